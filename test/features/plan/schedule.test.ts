// Plan reminders over time: across DST, across a restart, weekly when overdue, the coordinator after 14 days, quiet groups.
import { outboxHistory } from '../../helpers/outbox-history.js';
import { afterEach, describe, expect, it } from 'vitest';
import { commit } from '../../../src/features/plan/items.js';
import { ensurePlan } from '../../../src/features/plan/plan.js';
import { nextReminder } from '../../../src/features/plan/reminders.js';
import { advanceTime } from '../../../src/playground/time.js';
import { createHarness, seedCoordinator, texts, type Harness } from '../../helpers/harness.js';
import { DEMO_PEOPLE, seedGroup } from './helpers.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = 'Europe/Amsterdam';

async function advanceTo(h: Harness, at: number): Promise<void> {
  await advanceTime({ clock: h.clock, services: h.app.services, scheduler: h.app.scheduler, delivery: h.app.delivery, settle: () => h.app.delivery.idle() }, at - h.clock.now());
}

/** Commits `itemId` of group g1 to the given owners, due `dueDate`, as Anna. */
async function commitDirect(h: Harness, itemId: string, ownerIds: string[], dueDate: string): Promise<string> {
  const { services } = h.app;
  const group = services.store.get('groups', 'g1')!;
  ensurePlan(services, group, h.clock.now());
  const target = services.store.values('commitments').find((c) => c.groupId === 'g1' && c.itemId === itemId)!;
  const result = commit(services, { group, actor: services.store.get('members', 'm_anna')!, commitmentId: target.id, ownerIds, dueDate }, h.clock.now());
  expect(result.ok).toBe(true);
  await services.store.committed();
  return target.id;
}

/** Reminders (kind "reminder") a local chat received, with the time they were sent. */
function reminders(h: Harness, chatId: string) {
  return h.app.local.transcript(chatId).filter((m) => m.direction === 'out' && m.kind === 'reminder');
}

/** Send times to the minute (the manual clock also moves with real milliseconds). */
const minutes = (list: Array<{ at: number }>) => list.map((m) => Math.floor(m.at / 60_000) * 60_000);

describe('nextReminder', () => {
  it('is 09:00 local time on either side of the spring DST change', () => {
    const before = Date.UTC(2027, 2, 20, 12);
    expect(nextReminder('2027-03-29', 2, before, ZONE)).toEqual({ stage: 'before', at: Date.UTC(2027, 2, 27, 8) }); // CET
    expect(nextReminder('2027-03-29', 2, Date.UTC(2027, 2, 27, 8), ZONE)).toEqual({ stage: 'due', at: Date.UTC(2027, 2, 29, 7) }); // CEST
    expect(nextReminder('2027-03-29', 2, Date.UTC(2027, 2, 29, 7), ZONE)).toEqual({ stage: 'overdue', at: Date.UTC(2027, 3, 5, 7) });
  });

  it('is 09:00 local time on either side of the autumn DST change, and weekly once overdue', () => {
    expect(nextReminder('2027-11-01', 2, Date.UTC(2027, 9, 20), ZONE)).toEqual({ stage: 'before', at: Date.UTC(2027, 9, 30, 7) }); // CEST
    expect(nextReminder('2027-11-01', 2, Date.UTC(2027, 9, 30, 7), ZONE)).toEqual({ stage: 'due', at: Date.UTC(2027, 10, 1, 8) }); // CET
    expect(nextReminder('2027-11-01', 2, Date.UTC(2027, 10, 10), ZONE)).toEqual({ stage: 'overdue', at: Date.UTC(2027, 10, 15, 8) });
    expect(nextReminder('2027-11-01', 0, Date.UTC(2027, 9, 20), ZONE).stage).toBe('due');
  });
});

describe('plan reminders over time', () => {
  it('fire at 09:00 local across the DST change and a restart, once each', async () => {
    harness = await createHarness();
    harness.clock.advance(Date.UTC(2027, 2, 22, 10) - harness.clock.now()); // Monday 22 March 2027
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    await commitDirect(harness, 'gp_registration', ['m_samira'], '2027-03-29'); // Monday after the clocks go forward

    await advanceTo(harness, Date.UTC(2027, 2, 27, 7, 59));
    expect(reminders(harness, 'samira')).toEqual([]);
    await advanceTo(harness, Date.UTC(2027, 2, 27, 12));
    expect(minutes(reminders(harness, 'samira'))).toEqual([Date.UTC(2027, 2, 27, 8)]);

    // welkom restarts between two reminders: the next one is still planned, and nothing is sent twice.
    await harness.restart();
    await advanceTo(harness, Date.UTC(2027, 2, 29, 12));
    expect(minutes(reminders(harness, 'samira'))).toEqual([Date.UTC(2027, 2, 29, 7)]);
    // Both sent once: the first one, finished two days ago, is in the archive by now (the live store keeps a day).
    const sent = (await outboxHistory(harness.app.services.store)).filter((i) => i.to.chatId === 'samira' && i.message.kind === 'reminder');
    expect(sent).toHaveLength(2);
  });

  it('a reminder missed while welkom was down is not lost: the daily check plans the next one', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    const id = await commitDirect(harness, 'bank_account', ['m_ben'], '2026-12-10');
    const { store, jobs } = harness.app.services;
    // As if the job was skipped for being too late: gone from the store.
    jobs.cancel(store.get('commitments', id)!.reminderJob!);
    await store.committed();
    await advanceTo(harness, Date.UTC(2026, 11, 10, 12));
    expect(reminders(harness, 'ben').map((m) => m.text).join('\n')).toContain('Vandaag is de dag');
  });

  it('overdue: a weekly nudge to the owner, and after 14 days the coordinator hears, once', async () => {
    harness = await createHarness();
    const carla = await seedCoordinator(harness);
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    await commitDirect(harness, 'rental_contract', ['m_ben'], '2026-12-05');
    await advanceTo(harness, Date.UTC(2026, 11, 18, 12));
    const ben = reminders(harness, 'ben');
    expect(minutes(ben)).toEqual([Date.UTC(2026, 11, 3, 8), Date.UTC(2026, 11, 5, 8), Date.UTC(2026, 11, 12, 8)]);
    expect(ben[2]!.text).toContain('7 dagen geleden');
    // (Carla's Monday digest lists it already; the escalation is a message of its own.)
    expect(texts(await carla.inbox())).not.toContain('te laat (wie');

    await advanceTo(harness, Date.UTC(2026, 11, 19, 12));
    expect(reminders(harness, 'ben')).toHaveLength(4);
    const told = texts(await carla.inbox());
    expect(told).toContain('⁨Groep g1⁩: ⁨Huurcontract⁩ is 14 dagen te laat (wie: ⁨Ben⁩)');
    await advanceTo(harness, Date.UTC(2027, 0, 3, 12));
    expect(reminders(harness, 'ben')).toHaveLength(6);
    expect(texts(await carla.inbox())).not.toContain('te laat (wie');
  });

  it('a newcomer outside WhatsApp\'s 24 hours gets the reminder as a "reminder" message (the approved template)', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    await commitDirect(harness, 'gp_registration', ['m_samira'], '2026-12-05');
    await advanceTo(harness, Date.UTC(2026, 11, 3, 9));
    const item = harness.app.services.store.values('outbox').find((i) => i.to.chatId === 'samira' && i.message.kind === 'reminder')!;
    expect(item).toMatchObject({ priority: 'bulk', urgent: false, memberId: 'm_samira' });
    expect(item.message.text).toContain('تذكير');
  });
});

describe('quiet groups', () => {
  it('a friendly nudge in the group chat after 14 silent days, the coordinator after 28; a message resets it', async () => {
    harness = await createHarness();
    const carla = await seedCoordinator(harness);
    const { chatId } = await seedGroup(harness, 'g1', DEMO_PEOPLE);
    await harness.person('anna').say('/plan'); // adopts the plan: silence counts from here (30 Nov 11:00)
    await advanceTo(harness, Date.UTC(2026, 11, 14, 12));
    // (Other features post in the group too, e.g. the practice word of the day: only the plan's nudges count here.)
    const chat = () => harness!.app.local.transcript(chatId).filter((m) => m.direction === 'out' && m.text.startsWith('Hallo ')).map((m) => m.text);
    expect(chat()).toEqual([]);
    await advanceTo(harness, Date.UTC(2026, 11, 15, 12));
    expect(chat()).toEqual(['Hallo ⁨Groep g1⁩! Het is al 14 dagen stil. Hoe gaat het? Een berichtje of een afspraak doet goed.']);
    expect(reminders(harness, 'samira')).toEqual([]);
    expect(harness.app.local.transcript('samira')).toEqual([]);
    await advanceTo(harness, Date.UTC(2026, 11, 29, 12));
    expect(texts(await carla.inbox())).toContain('⁨Groep g1⁩ is al 28 dagen stil');
    expect(chat()).toHaveLength(1);

    // Someone writes in the group chat: the silence ends; a new one starts counting.
    await harness.person('ben-group', { chatId, chatType: 'group', userId: 'ben' }).say('Zullen we zaterdag koffie drinken?');
    await advanceTo(harness, Date.UTC(2027, 0, 10, 12));
    expect(chat()).toHaveLength(1);
    await advanceTo(harness, Date.UTC(2027, 0, 13, 12));
    expect(chat()).toHaveLength(2);
  });
});
