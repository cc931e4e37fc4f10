// The hourly archive job: messages finished more than a day ago leave the live store (so start-up does not parse them) and
// stay readable in the archive; recent ones, unfinished ones and a message still being edited stay live.
import { afterEach, describe, expect, it } from 'vitest';
import { ARCHIVE_EVERY_MS, OUTBOX_LIVE_MS } from '../../../src/features/maintenance/jobs.js';
import { createHarness, type Harness } from '../../helpers/harness.js';

const HOUR = 3_600_000;
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Sends one message to a local chat through the outbox and waits until it is delivered. */
async function send(h: Harness, key: string, text: string, editOf?: string) {
  h.app.services.outbox.enqueue({ to: { channel: 'local', chatId: 'c1' }, message: { text, kind: 'reply', ...(editOf ? { editOf } : {}) }, priority: 'interactive', key });
  await h.app.services.store.committed();
  await h.app.delivery.idle();
  return h.app.services.outbox.find(key);
}

async function archived(h: Harness): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of h.app.services.store.backend.readArchive('outbox', 0)) keys.push((entry.value as { key: string }).key);
  return keys;
}

/** Moves the clock and lets the scheduler run what is due, then waits for the archive writes. */
async function advance(h: Harness, ms: number) {
  h.clock.advance(ms);
  h.app.scheduler.tick();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await h.app.services.store.committed();
}

describe('hourly archive of delivered messages', () => {
  it('is planned every hour, and moves only what finished more than a day ago', async () => {
    harness = await createHarness();
    const h = harness;
    // Planned an hour after the start (the clock moves on by itself a little meanwhile).
    const firstRun = h.app.services.store.get('jobs', 'maintenance.archive')!.dueAt - h.clock.now();
    expect(firstRun).toBeGreaterThan(ARCHIVE_EVERY_MS - 5_000);
    expect(firstRun).toBeLessThanOrEqual(ARCHIVE_EVERY_MS);
    expect((await send(h, 'old', 'Hallo'))?.state).toBe('sent');
    // 23 hours later: a second message; nothing is a day old yet.
    for (let hour = 0; hour < 23; hour += 1) await advance(h, HOUR);
    await send(h, 'recent', 'Tot morgen');
    expect(h.app.services.outbox.find('old')).toBeDefined();
    expect(await archived(h)).toEqual([]);
    // A day and an hour after the first: the first is archived, the second stays live.
    for (let hour = 0; hour < 2; hour += 1) await advance(h, HOUR);
    expect(OUTBOX_LIVE_MS).toBe(24 * HOUR);
    // The job archives in the background (batches, each made durable): wait for it, bounded.
    for (let tries = 0; tries < 100 && h.app.services.outbox.find('old'); tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(h.app.services.outbox.find('old')).toBeUndefined();
    expect(h.app.services.outbox.find('recent')?.state).toBe('sent');
    expect(await archived(h)).toEqual(['old']);
    expect(h.app.services.store.get('jobs', 'maintenance.archive')?.dueAt).toBeGreaterThan(h.clock.now());
  });

  it('keeps a message live while it is being edited (a poll whose counts change for days)', async () => {
    harness = await createHarness();
    const h = harness;
    await send(h, 'poll', 'Wanneer? 0 stemmen');
    for (let day = 1; day <= 3; day += 1) {
      for (let hour = 0; hour < 20; hour += 1) await advance(h, HOUR);
      await send(h, `poll:edit:${day}`, `Wanneer? ${day} stemmen`, 'poll');
    }
    // Three days after it was sent, it is still live and the edits went to the same message.
    expect(h.app.services.outbox.find('poll')).toBeDefined();
    const lines = h.app.local.transcript('c1').filter((line) => line.direction === 'out');
    expect(lines.map((line) => line.text)).toEqual(['Wanneer? 3 stemmen']);
  });
});
