// The clock jumping forward (a suspended VM, NTP catching up) and back (NTP correcting, a restart with an earlier time):
// a daily job runs once per day however the clock moves — never twice for one day, never once per missed day — with one
// outbox message per run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import type { Feature } from '../../src/core/feature.js';
import { FEATURES } from '../../src/features/index.js';
import { START_TIME } from '../helpers/harness.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const runs: number[] = [];
/** A test feature: a daily job that sends one message through the outbox, keyed by its occurrence. */
const daily: Feature = {
  name: 'clockprobe',
  jobs: {
    'clockprobe.tick': (_job, { services, occurrence, now }) => {
      runs.push(now);
      services.outbox.enqueue({ to: { channel: 'local', chatId: 'probe' }, message: { text: `tick ${occurrence}`, kind: 'reminder' }, priority: 'bulk', key: `${occurrence}:probe` });
    },
  },
};

let app: App | undefined;
const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-clock-'));
afterEach(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start(at: number): Promise<{ app: App; clock: ManualClock }> {
  const clock = new ManualClock(undefined, at);
  const config = createConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
  app = await createApp({ config, clock, features: [...FEATURES, daily] });
  await app.start();
  return { app, clock };
}

describe('clock jumps', () => {
  it('forward by days: never one run per missed day; back (restart at an earlier time): no second run for a day', async () => {
    let { app: current, clock } = await start(START_TIME); // Monday 11:00 in Amsterdam
    current.scheduler.daily('probe', 'clockprobe.tick', '12:00', 'Europe/Amsterdam');
    await current.services.store.committed();
    clock.advance(HOUR + 60_000);
    current.scheduler.tick();
    expect(runs).toHaveLength(1);

    // Forward three days at once (12:01 Thursday): never one run per missed day (missed beyond the grace are skipped).
    clock.advance(3 * DAY);
    current.scheduler.tick();
    current.scheduler.tick();
    expect(runs.length).toBeLessThanOrEqual(2);
    // And the day after, it runs exactly once.
    const before = runs.length;
    clock.advance(DAY);
    current.scheduler.tick();
    current.scheduler.tick();
    expect(runs).toHaveLength(before + 1);
    await current.services.store.committed();
    const lastRun = runs.at(-1)!;

    // Back: the process restarts with a clock two hours earlier (10:01 Thursday); Thursday's run already happened.
    await current.stop();
    ({ app: current, clock } = await start(lastRun - 2 * HOUR));
    current.scheduler.tick();
    clock.advance(2 * HOUR + 60_000); // past 12:00 on Thursday again
    current.scheduler.tick();
    expect(runs).toHaveLength(before + 1);
    // The next day runs as usual.
    clock.advance(DAY);
    current.scheduler.tick();
    expect(runs).toHaveLength(before + 2);
    // One outbox message per run, never two for one occurrence.
    const ticks = current.services.store.values('outbox').filter((item) => item.key.endsWith(':probe'));
    expect(ticks).toHaveLength(runs.length);
    expect(new Set(ticks.map((item) => item.key)).size).toBe(runs.length);
  });
});
