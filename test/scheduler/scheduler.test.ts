// Tests for the scheduler: daily jobs at local time across DST, catch-up after downtime, stale runs skipped, once per occurrence.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localTime } from '../../src/delivery/quiet-hours.js';
import { quietUntil } from '../../src/delivery/quiet-hours.js';
import { localDate, nextDaily } from '../../src/scheduler/daily.js';
import { createHarness, type Harness } from '../helpers/harness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await createHarness();
});
afterEach(async () => {
  await harness.close();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('Scheduler', () => {
  it('runs a daily 09:00 job at 09:00 Amsterdam time through the week clocks go forward', async () => {
    const { scheduler, services } = harness.app;
    const runs: number[] = [];
    scheduler.register('test.daily', (_job, { now, occurrence }) => {
      runs.push(now);
      services.outbox.enqueue({ to: { channel: 'local', chatId: 'x' }, message: { text: 'tick', kind: 'reminder' }, priority: 'bulk', urgent: true, key: `${occurrence}:x` });
    });
    // 2027-03-25, a few days before summer time starts (28 March).
    harness.clock.advance(Date.UTC(2027, 2, 25, 6, 0) - harness.clock.now());
    scheduler.daily('practice:m1', 'test.daily', '09:00', 'Europe/Amsterdam');
    for (let hour = 0; hour < 6 * 24; hour += 1) {
      harness.clock.advance(HOUR);
      scheduler.tick();
      scheduler.tick(); // a second tick in the same minute must not run it again
    }
    expect(runs).toHaveLength(6);
    for (const at of runs) expect(localTime(at, 'Europe/Amsterdam')).toMatchObject({ hour: 9 });
    // UTC hour moves from 08:00 (winter) to 07:00 (summer).
    expect(new Date(runs[0]!).getUTCHours()).toBe(8);
    expect(new Date(runs.at(-1)!).getUTCHours()).toBe(7);
    await harness.app.delivery.idle();
    expect(harness.app.local.transcript('x')).toHaveLength(6);
  });

  it('after downtime runs a missed job once when still useful, and skips it when stale', async () => {
    const { scheduler } = harness.app;
    const ran: string[] = [];
    scheduler.register('test.once', (job) => void ran.push(job.id));
    const now = harness.clock.now();
    scheduler.upsert({ id: 'fresh', type: 'test.once', dueAt: now - HOUR, graceMs: 2 * HOUR, payload: {} });
    scheduler.upsert({ id: 'stale', type: 'test.once', dueAt: now - 3 * DAY, graceMs: 6 * HOUR, payload: {} });
    scheduler.daily('daily', 'test.once', '09:00', 'Europe/Amsterdam');
    harness.app.services.store.update('jobs', 'daily', (job) => (job.dueAt = now - 5 * DAY));
    scheduler.tick();
    expect(ran.sort()).toEqual(['fresh']);
    expect(harness.app.services.store.get('jobs', 'fresh')).toBeUndefined();
    expect(harness.app.services.store.get('jobs', 'stale')).toBeUndefined();
    expect(harness.app.services.store.get('jobs', 'daily')!.dueAt).toBeGreaterThan(now);
    scheduler.tick();
    expect(ran).toHaveLength(1);
  });

  it('runs a weekly digest on Mondays at 18:00 local time, also across the autumn clock change', async () => {
    const { scheduler } = harness.app;
    const runs: number[] = [];
    scheduler.register('test.weekly', (_job, { now }) => void runs.push(now));
    harness.clock.advance(Date.UTC(2027, 9, 10, 12, 0) - harness.clock.now()); // Sunday 10 Oct 2027; clocks go back on 31 Oct
    scheduler.weekly('digest:g1', 'test.weekly', 1, '18:00', 'Europe/Amsterdam');
    for (let hour = 0; hour < 5 * 7 * 24; hour += 1) {
      harness.clock.advance(HOUR);
      scheduler.tick();
    }
    expect(runs).toHaveLength(5);
    for (const at of runs) {
      expect(new Date(at).toLocaleString('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'long', hour: '2-digit', minute: '2-digit' })).toBe('Monday 18:00');
    }
  });

  it('keeps jobs across a graceful restart (stop, then start)', async () => {
    harness.app.scheduler.daily('keep', 'maintenance.prune', '03:30', 'Europe/Amsterdam');
    await harness.restart();
    expect(harness.app.services.store.get('jobs', 'keep')?.schedule).toEqual({ time: '03:30', timeZone: 'Europe/Amsterdam' });
  });
});

describe('scheduling rules (property tests)', () => {
  const zones = ['Europe/Amsterdam', 'Asia/Tehran', 'Africa/Mogadishu', 'America/New_York', 'Europe/Kyiv'];
  const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) });
  const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

  it('nextDaily is after `after`, within ~25 hours, and shows the wanted local time (unless the clock skips it)', () => {
    fc.assert(
      fc.property(instant, hhmm, fc.constantFrom(...zones), (after, time, zone) => {
        const next = nextDaily(after, time, zone);
        expect(next).toBeGreaterThan(after);
        expect(next - after).toBeLessThanOrEqual(25 * HOUR);
        const local = localTime(next, zone);
        const shown = `${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
        if (shown !== time) {
          // Only allowed when that local time does not exist that day (spring forward): then it is within an hour after.
          const [h, m] = time.split(':').map(Number);
          const wanted = h! * 60 + m!;
          expect((local.hour * 60 + local.minute - wanted + 1440) % 1440).toBeLessThanOrEqual(60);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('nextDaily never skips a day: two consecutive runs are on consecutive local dates', () => {
    fc.assert(
      fc.property(instant, hhmm, fc.constantFrom(...zones), (after, time, zone) => {
        const first = nextDaily(after, time, zone);
        const second = nextDaily(first, time, zone);
        const a = localDate(first, zone);
        const b = localDate(second, zone);
        expect(Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)).toBe(DAY);
      }),
      { numRuns: 300 },
    );
  });

  it('quietUntil ends at the first non-quiet instant: never earlier than now, outside quiet hours, and within 11 hours', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (at, zone) => {
        const end = quietUntil(at, zone);
        const local = localTime(at, zone);
        const minutes = local.hour * 60 + local.minute;
        const quiet = minutes >= 22 * 60 || minutes < 8 * 60;
        if (!quiet) {
          expect(end).toBeUndefined();
          return;
        }
        expect(end).toBeDefined();
        expect(end!).toBeGreaterThanOrEqual(at);
        expect(end! - at).toBeLessThanOrEqual(11 * HOUR);
        expect(localTime(end!, zone)).toMatchObject({ hour: 8, minute: 0 });
      }),
      { numRuns: 300 },
    );
  });
});
