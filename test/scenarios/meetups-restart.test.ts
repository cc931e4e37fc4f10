// Reminders at the right minute across the spring DST change, with a crash (the disk as kill -9 leaves it) in between.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConfig } from '../../src/config.js';
import { advanceTime } from '../../src/playground/time.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { latestMeetup, propose, seedMeetupGroup } from './meetups-helpers.js';

let harness: Harness;
let second: { app: App; dir: string } | undefined;
afterEach(async () => {
  await second?.app.stop();
  if (second) rmSync(second.dir, { recursive: true, force: true });
  second = undefined;
  await harness.close();
});

/** A new app on a copy of the data folder as it is on disk now (committed journal, no final snapshot): what kill -9 leaves. */
async function crashCopy(): Promise<App> {
  await harness.app.services.store.committed();
  const dir = mkdtempSync(path.join(tmpdir(), 'welkom-crash-copy-'));
  cpSync(harness.dataDir, dir, { recursive: true });
  await harness.app.stop(); // the old process is gone; its later writes go to the old folder only
  const app = await createApp({ config: createConfig({ DATA_DIR: dir, PORT: '0' }), clock: harness.clock });
  await app.start();
  second = { app, dir };
  return app;
}

async function advanceTo(app: App, at: number): Promise<void> {
  await advanceTime({ clock: harness.clock, services: app.services, scheduler: app.scheduler, delivery: app.delivery, settle: () => app.delivery.idle() }, at - harness.clock.now());
}

describe('meetup reminders across DST and a crash', () => {
  it('sends the day-before reminder at the same wall-clock time and the 2-hour one 2 real hours before, once each, after a crash restart', async () => {
    harness = await createHarness();
    const cast = await seedMeetupGroup(harness);
    const meetup = await propose(cast, harness, ['zondag 28 maart 2027 om 14:00']);
    await cast.samira.press(`mt:v:${meetup.id}:0`);
    await cast.annaGroup.press(`mt:d:${meetup.id}`);
    expect(new Date(latestMeetup(harness).at!).toISOString()).toBe('2027-03-28T12:00:00.000Z'); // 14:00 summer time

    const app = await crashCopy();
    const reminders = () => app.services.store.values('outbox').filter((i) => i.message.kind === 'meetup_reminder' && i.key.includes(`mt:${meetup.id}:r`));
    const jobs = app.services.store.values('jobs').filter((j) => j.type === 'meetups.reminder').map((j) => new Date(j.dueAt).toISOString()).sort();
    // Saturday 27 March 14:00 winter time (13:00Z, 25 real hours before) and Sunday 12:00 summer time (10:00Z).
    expect(jobs).toEqual(['2027-03-27T13:00:00.000Z', '2027-03-28T10:00:00.000Z']);

    await advanceTo(app, Date.parse('2027-03-27T12:59:00Z'));
    expect(reminders()).toEqual([]);
    await advanceTo(app, Date.parse('2027-03-27T13:00:30Z'));
    const dayBefore = reminders();
    expect(dayBefore.map((i) => i.memberId).sort()).toEqual(['m_anna', 'm_ben', 'm_samira']);
    for (const item of dayBefore) expect(item.createdAt - Date.parse('2027-03-27T13:00:00Z')).toBeLessThan(60_000);
    expect(dayBefore.find((i) => i.memberId === 'm_anna')!.message.text).toContain('zondag 28 maart om 14:00');

    await advanceTo(app, Date.parse('2027-03-28T10:00:30Z'));
    const all = reminders();
    expect(all).toHaveLength(6);
    const twoHours = all.filter((i) => i.key.includes(':r2@'));
    for (const item of twoHours) expect(item.createdAt - Date.parse('2027-03-28T10:00:00Z')).toBeLessThan(60_000);
    expect(app.services.store.values('jobs').filter((j) => j.type === 'meetups.reminder')).toEqual([]);
    await app.delivery.idle();
    const sent = app.local.transcript('samira').filter((m) => m.kind === 'meetup_reminder');
    expect(sent).toHaveLength(2);
  });
});
