// The settlement plan end to end through the local channel: adopting, committing, reminders, closing, reassigning, permissions.
import { afterEach, describe, expect, it } from 'vitest';
import { advanceTime } from '../../../src/playground/time.js';
import { createHarness, seedCoordinator, texts, type Harness, type Person } from '../../helpers/harness.js';
import { templateItems } from '../../../src/features/plan/template.js';
import { planFeature } from '../../../src/features/plan/feature.js';
import { FEATURES } from '../../../src/features/index.js';
import { eraseMember } from '../../../src/features/privacy/erase.js';
import { DEMO_PEOPLE, seedGroup } from './helpers.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function advance(h: Harness, ms: number): Promise<void> {
  await advanceTime({ clock: h.clock, services: h.app.services, scheduler: h.app.scheduler, delivery: h.app.delivery, settle: () => h.app.delivery.idle() }, ms);
}
async function advanceTo(h: Harness, at: number): Promise<void> {
  await advance(h, at - h.clock.now());
}

function item(h: Harness, groupId: string, itemId: string) {
  return h.app.services.store.values('commitments').find((c) => c.groupId === groupId && c.itemId === itemId)!;
}

/** Anna commits to "GP registration" for Samira and herself, due 5 December, through the /commit flow. */
async function commitGp(h: Harness, anna: Person, due = '5 december'): Promise<string> {
  await anna.say('/commit');
  await anna.press('health');
  const question = anna.lastQuestion()!;
  const gp = question.choices!.find((c) => c.label.startsWith('Inschrijven bij de huisarts'))!;
  await anna.press(gp.id);
  await anna.press('m_samira');
  await anna.press('m_anna');
  await anna.press('_done');
  await anna.say(due);
  const done = await anna.press('skip');
  return texts(done);
}

describe('plan: adopting the template', () => {
  it('a group created with /newgroup adopts every template item, once', async () => {
    harness = await createHarness();
    const carla = await seedCoordinator(harness);
    await carla.say('/newgroup');
    await carla.say('Welkomgroep Noord');
    await carla.say('Utrecht');
    await carla.press('welkomgroep');
    const { store } = harness.app.services;
    const group = store.values('groups')[0]!;
    const items = store.values('commitments').filter((c) => c.groupId === group.id);
    expect(items.map((c) => c.itemId).sort()).toEqual(templateItems().map((i) => i.id).sort());
    expect(items.every((c) => c.state === 'open' && c.ownerIds.length === 0)).toBe(true);
    // Looking at the plan again adds nothing.
    await carla.say('/plan');
    expect(store.values('commitments').filter((c) => c.groupId === group.id)).toHaveLength(items.length);
  });

  it('a group made before the plan existed adopts it on first use; /plan shows a bar per area', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    expect(harness.app.services.store.values('commitments')).toHaveLength(0);
    const reply = texts(await harness.person('anna').say('/plan'));
    expect(reply).toContain('Plan van \u2068Groep g1\u2069: 0 van 24 klaar (0%)');
    expect(reply).toContain('▱▱▱▱▱▱▱▱ 0/4 Gezondheid');
    expect(harness.app.services.store.values('commitments')).toHaveLength(24);
  });
});

describe('plan: committing and reminders', () => {
  it('Anna commits to GP registration for Samira; reminders come 2 days before and on the day, with buttons', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    const anna = harness.person('anna');
    const samira = harness.person('samira');
    expect(await commitGp(harness, anna)).toContain('Genoteerd: ⁨Inschrijven bij de huisarts⁩, door ⁨Samira, Anna⁩, klaar op ⁨zaterdag 5 december⁩');
    const gp = item(harness, 'g1', 'gp_registration');
    expect(gp).toMatchObject({ ownerIds: ['m_samira', 'm_anna'], dueDate: '2026-12-05', state: 'open' });
    // Samira heard she was added, in Arabic.
    expect(texts(await samira.inbox())).toContain('أضافك');

    // 3 December 09:00 in Amsterdam = 08:00 UTC.
    await advanceTo(harness, Date.UTC(2026, 11, 3, 7, 59));
    expect(await samira.inbox()).toEqual([]);
    await advance(harness, 2 * 60_000);
    const before = await samira.inbox();
    expect(before).toHaveLength(1);
    expect(before[0]!.kind).toBe('reminder');
    expect(before[0]!.text).toContain('خلال 2 أيام');
    expect(before[0]!.choices!.map((c) => c.id)).toEqual([`cm:d:${gp.id}`, `cm:h:${gp.id}`]);
    expect(texts(await anna.inbox())).toContain('moet over 2 dagen klaar zijn');

    await advanceTo(harness, Date.UTC(2026, 11, 5, 8, 1));
    expect(texts(await anna.inbox())).toContain('Vandaag is de dag');
    expect(await samira.inbox()).toHaveLength(1);
  });

  it('refuses a date in the past and a date it cannot read, then accepts a good one; nothing is lost', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    const anna = harness.person('anna');
    await anna.say('/commit');
    await anna.press('money');
    await anna.press(anna.lastQuestion()!.choices![0]!.id);
    await anna.press('m_ben');
    await anna.press('_done');
    expect(texts(await anna.say('gisteren'))).toContain('Die datum is al voorbij');
    expect(texts(await anna.say('banaan'))).toContain('Die datum begrijp ik niet');
    await anna.say('vrijdag');
    await anna.press('add');
    expect(texts(await anna.say('Samen naar ING'))).toContain('Genoteerd');
    const bank = item(harness, 'g1', 'bank_account');
    expect(bank).toMatchObject({ ownerIds: ['m_ben'], dueDate: '2026-12-04', note: 'Samen naar ING' });
  });

  it('an own item, typed by the volunteer', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    const anna = harness.person('anna');
    await anna.say('/commit');
    await anna.press('own');
    await anna.say('Fiets repareren');
    await anna.press('m_ben');
    await anna.press('_done');
    await anna.say('over 2 weken');
    await anna.press('skip');
    const own = harness.app.services.store.values('commitments').find((c) => c.title === 'Fiets repareren')!;
    expect(own).toMatchObject({ area: 'own', ownerIds: ['m_ben'], dueDate: '2026-12-14' });
    expect(texts(await anna.say('/commitments'))).toMatch(/14 december · Fiets repareren · Ben/);
  });

  it('an owner who left between the question and the answer is refused with a clear answer', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    const anna = harness.person('anna');
    await anna.say('/commit');
    await anna.press('health');
    await anna.press(anna.lastQuestion()!.choices![0]!.id);
    await anna.press('m_ben');
    await anna.press('_done');
    await anna.say('vrijdag');
    // Ben leaves the group before the last answer.
    const { store } = harness.app.services;
    const group = store.get('groups', 'g1')!;
    store.put('groups', 'g1', { ...group, memberIds: group.memberIds.filter((id) => id !== 'm_ben') });
    expect(texts(await anna.press('skip'))).toContain('niet meer in de groep');
    expect(store.values('commitments').filter((c) => c.ownerIds.length > 0)).toEqual([]);
  });
});

describe('plan: closing, help, reassigning', () => {
  it('Samira marks her item done from her chat; the group is told; a second "done" changes nothing', async () => {
    harness = await createHarness();
    const { chatId } = await seedGroup(harness, 'g1', DEMO_PEOPLE);
    const anna = harness.person('anna');
    const samira = harness.person('samira');
    await commitGp(harness, anna);
    await samira.inbox();
    const gp = item(harness, 'g1', 'gp_registration');
    const done = await samira.say('/done');
    expect(done[0]!.choices!.map((c) => c.id)).toEqual([`cm:d:${gp.id}`]);
    expect(texts(await samira.press(`cm:d:${gp.id}`))).toContain('أحسنت');
    const group = harness.person('anna-in-group', { chatId, chatType: 'group', userId: 'anna' });
    expect(texts(await group.inbox())).toContain('✓ ⁨Samira⁩ heeft ⁨Inschrijven bij de huisarts⁩ afgerond.');
    // Anna presses "done" on the old reminder too: told who did it, nothing doubled.
    expect(texts(await anna.press(`cm:d:${gp.id}`))).toContain('was al afgerond door ⁨Samira⁩');
    expect(item(harness, 'g1', 'gp_registration')).toMatchObject({ state: 'done', doneBy: 'm_samira' });
    expect(harness.app.services.store.values('audit').filter((a) => a.action === 'plan.done')).toHaveLength(1);
    // No more reminders for it.
    expect(harness.app.services.store.values('jobs').filter((j) => j.type === 'plan.remind')).toEqual([]);
  });

  it('a newcomer cannot close someone else\'s item, but can ask help with her own', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    const anna = harness.person('anna');
    const samira = harness.person('samira');
    await anna.say('/commit');
    await anna.press('money');
    await anna.press(anna.lastQuestion()!.choices![0]!.id);
    await anna.press('m_ben');
    await anna.press('_done');
    await anna.say('vrijdag');
    await anna.press('skip');
    const bank = item(harness, 'g1', 'bank_account');
    expect(texts(await samira.press(`cm:d:${bank.id}`))).toContain('يمكنك إنهاء بنودك فقط');
    expect(item(harness, 'g1', 'bank_account').state).toBe('open');
    expect(texts(await samira.say('/done'))).toContain('ليس لديك بنود مفتوحة');

    await commitGp(harness, anna);
    const gp = item(harness, 'g1', 'gp_registration');
    expect(texts(await samira.press(`cm:h:${gp.id}`))).toContain('المجموعة تعرف');
    // Anna reads it in the group chat (linked), not 1:1 as well.
    expect(texts(await anna.inbox())).toBe('');
    const chat = harness.app.local.transcript('g1-chat').map((m) => m.text).join('\n');
    expect(chat).toContain('⁨Samira⁩ vraagt hulp bij: ⁨Inschrijven bij de huisarts⁩');
    expect(texts(await anna.say('/commitments'))).toContain('hulp nodig');
  });

  it('reassigning with the owners menu, moving the date, "not needed" and reopening', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    const anna = harness.person('anna');
    const ben = harness.person('ben');
    await commitGp(harness, anna);
    const gp = item(harness, 'g1', 'gp_registration');
    const menu = await anna.press(`cm:m:${gp.id}`);
    expect(menu[0]!.choices!.map((c) => c.id)).toEqual([`cm:d:${gp.id}`, `cm:h:${gp.id}`, `cm:w:${gp.id}:7`, `cm:w:${gp.id}:14`, `cm:w:${gp.id}:30`, `cm:r:${gp.id}`, `cm:n:${gp.id}`]);
    const owners = await anna.press(`cm:r:${gp.id}`);
    expect(owners[0]!.choices!.map((c) => c.label)).toEqual(['✓ Anna', 'Ben', '✓ Samira']);
    await anna.press(`cm:o:${gp.id}:m_ben`);
    await anna.press(`cm:o:${gp.id}:m_anna`);
    expect(item(harness, 'g1', 'gp_registration').ownerIds).toEqual(['m_samira', 'm_ben']);
    expect(texts(await ben.inbox())).toContain('⁨Anna⁩ heeft je gekoppeld aan: ⁨Inschrijven bij de huisarts⁩');
    // The last owner stays.
    await anna.press(`cm:o:${gp.id}:m_samira`);
    expect(texts(await anna.press(`cm:o:${gp.id}:m_ben`))).toContain('minstens één persoon');

    expect(texts(await anna.press(`cm:w:${gp.id}:7`))).toContain('de nieuwe datum is ⁨zaterdag 12 december⁩');
    expect(item(harness, 'g1', 'gp_registration').dueDate).toBe('2026-12-12');
    expect(texts(await ben.inbox())).toContain('verzet naar ⁨zaterdag 12 december⁩');
    const jobs = harness.app.services.store.values('jobs').filter((j) => j.type === 'plan.remind');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.dueAt).toBe(Date.UTC(2026, 11, 10, 8, 0));

    expect(texts(await anna.press(`cm:n:${gp.id}`))).toContain('staat nu op niet nodig');
    expect(harness.app.services.store.values('jobs').filter((j) => j.type === 'plan.remind')).toEqual([]);
    expect(texts(await anna.say('/plan'))).toContain('0 van 23 klaar');
    expect(texts(await anna.press(`cm:u:${gp.id}`))).toContain('staat weer open');
    expect(harness.app.services.store.values('jobs').filter((j) => j.type === 'plan.remind')).toHaveLength(1);
  });

  it('the reminder setting is per group and re-plans open items', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    const anna = harness.person('anna');
    await commitGp(harness, anna);
    const settings = await anna.press('cm:s:g1');
    expect(settings[0]!.choices!.map((c) => c.id)).toEqual(['cm:S:g1:0', 'cm:S:g1:1', 'cm:S:g1:2', 'cm:S:g1:3', 'cm:S:g1:7']);
    await anna.press('cm:S:g1:3');
    const job = harness.app.services.store.values('jobs').find((j) => j.type === 'plan.remind')!;
    expect(job.dueAt).toBe(Date.UTC(2026, 11, 2, 8, 0));
    // A newcomer may not change it.
    expect(texts(await harness.person('samira').press('cm:S:g1:1'))).toContain('دور آخر');
    expect(harness.app.services.store.get('plans', 'g1')!.remindDaysBefore).toBe(3);
  });
});

describe('plan: privacy', () => {
  it('/mydata lists a member\'s items; erasing them keeps the item, drops their name and stops its reminders', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    await commitGp(harness, harness.person('anna'));
    const { services } = harness.app;
    const samira = services.store.get('members', 'm_samira')!;
    expect(planFeature.privacy!.export!('m_samira', services)).toEqual({ commitments: [expect.objectContaining({ item: 'gp_registration', dueDate: '2026-12-05', owner: true })] });
    eraseMember(services, samira, FEATURES, 'test');
    const anna = services.store.get('members', 'm_anna')!;
    eraseMember(services, anna, FEATURES, 'test');
    await services.store.committed();
    const gp = item(harness, 'g1', 'gp_registration');
    expect(gp).toMatchObject({ ownerIds: [], createdBy: 'template', state: 'open' });
    expect(services.store.values('jobs').filter((j) => j.type === 'plan.remind')).toEqual([]);
    expect(JSON.stringify(services.store.values('commitments'))).not.toMatch(/m_samira|m_anna/);
  });
});

describe('plan: permissions', () => {
  it('newcomers cannot /commit; people outside the group or scope cannot touch its items', async () => {
    harness = await createHarness();
    await seedGroup(harness, 'g1', DEMO_PEOPLE);
    await seedGroup(harness, 'g2', [{ userId: 'otto', name: 'Otto', role: 'volunteer' }], { municipality: 'Zwolle' });
    const { store } = harness.app.services;
    store.put('members', 'm_zwolle', { id: 'm_zwolle', name: 'Zeno', role: 'coordinator', locale: 'nl', identities: ['local:zeno'], groupIds: [], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 0, scope: { municipalities: ['Zwolle'] } });
    store.put('identities', 'local:zeno', { key: 'local:zeno', memberId: 'm_zwolle' });
    await store.committed();
    expect(texts(await harness.person('samira').say('/commit'))).toContain('دور آخر');
    await commitGp(harness, harness.person('anna'));
    const gp = item(harness, 'g1', 'gp_registration');
    for (const outsider of ['otto', 'zeno']) {
      const reply = texts(await harness.person(outsider).press(`cm:d:${gp.id}`));
      expect(reply).not.toContain('afgerond');
      expect(item(harness, 'g1', 'gp_registration').state).toBe('open');
    }
    expect(texts(await harness.person('zeno').say('/commitments'))).toContain('Groep g2');
    expect(texts(await harness.person('zeno').say('/commitments'))).not.toContain('Groep g1');
    // A national coordinator may act on any group.
    const carla = await seedCoordinator(harness);
    expect(texts(await carla.press(`cm:d:${gp.id}`))).toContain('afgerond');
  });
});
