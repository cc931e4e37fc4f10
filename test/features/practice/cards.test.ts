// The due index, built per learner on first use from her own cards, answers as a full pass over every stored card
// does (the former start-up index): after answers, /addword, leaving the group and /forget; and the nudge reads no card.
import { afterEach, describe, expect, it } from 'vitest';
import { CardIndex } from '../../../src/features/practice/cards.js';
import { contextOf } from '../../../src/features/practice/context.js';
import { storedDue } from '../../../src/features/practice/fsrs.js';
import { advanceTime } from '../../../src/playground/time.js';
import type { Store } from '../../../src/store/store.js';
import { createHarness, type Harness, type Person } from '../../helpers/harness.js';
import { featuresWithFixture, fixtureWords, outboxItems, seedPracticeGroup } from './fixture.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function setup() {
  const h = await createHarness({}, { features: featuresWithFixture() });
  harness = h;
  const { store } = h.app.services;
  const now = h.clock.now();
  seedPracticeGroup(store, now);
  const people: Array<[string, string, 'newcomer' | 'volunteer', string[]]> = [
    ['samira', 'ar', 'newcomer', ['g1']],
    ['omar', 'ar', 'newcomer', []],
    ['anna', 'nl', 'volunteer', ['g1']],
  ];
  for (const [name, locale, role, groupIds] of people) {
    store.put('members', `m_${name}`, { id: `m_${name}`, name, role, locale, identities: [`local:${name}`], groupIds, profile: {}, timeZone: 'Europe/Amsterdam', createdAt: now });
    store.put('identities', `local:${name}`, { key: `local:${name}`, memberId: `m_${name}` });
  }
  await store.committed();
  const advance = (ms: number) =>
    advanceTime({ clock: h.clock, services: h.app.services, scheduler: h.app.scheduler, delivery: h.app.delivery, settle: async () => { await h.app.services.store.committed(); await h.app.delivery.idle(); } }, ms);
  return { h, samira: h.person('samira'), omar: h.person('omar'), group: h.person('anna', { chatId: 'grp', chatType: 'group' }), advance };
}

/** Practises one round: every answer right, except the first `wrong` questions (they come back in a minute). */
async function practise(h: Harness, person: Person, memberId: string, wrong = 0): Promise<void> {
  await person.say('/practice');
  for (let asked = 0; asked < 40 && h.app.services.store.get('practiceLearners', memberId)?.session; asked += 1) {
    const q = h.app.services.store.get('practiceLearners', memberId)!.session!.question!;
    if (q.type === 'type') await person.say(asked < wrong ? 'xyz' : (fixtureWords().words.get(q.entryId)?.nl ?? h.app.services.store.get('practiceWords', q.entryId.slice(2))!.nl));
    else await person.press(person.lastQuestion()!.choices![asked < wrong ? (q.correct! + 1) % 2 : q.correct!]!.id);
  }
}

/** The learner's cards as a pass over every stored card finds them, by due time (then entry id), as the former index sorted. */
function fullPass(store: Store, memberId: string): Array<{ entryId: string; due: number }> {
  return store
    .values('practiceCards')
    .filter((card) => card.memberId === memberId)
    .map((card) => ({ entryId: card.e, due: storedDue(card) }))
    .sort((a, b) => a.due - b.due || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
}

/** The app's own index (kept by answers) and a new one (as after a restart) both answer as the full pass does. */
function expectSameAsFullPass(h: Harness, memberId: string): void {
  const { store } = h.app.services;
  const expected = fullPass(store, memberId);
  const ids = expected.map((card) => card.entryId);
  const times = [h.clock.now(), h.clock.now() + HOUR, h.clock.now() + DAY, h.clock.now() + 30 * DAY, ...expected.map((card) => card.due)];
  for (const index of [contextOf(h.app.services).index, new CardIndex(store, [...fixtureWords().words.keys()])]) {
    const learner = index.learner(memberId);
    expect(learner.size).toBe(expected.length);
    expect(learner.first()).toBe(expected[0]?.due);
    expect(learner.due(Infinity)).toEqual(ids);
    for (const at of times) {
      const due = expected.filter((card) => card.due <= at).map((card) => card.entryId);
      expect(learner.countDue(at)).toBe(due.length);
      expect(learner.due(at, 3)).toEqual(due.slice(0, 3));
    }
    expect([...index.entries(memberId)].sort()).toEqual([...ids].sort());
    for (const word of fixtureWords().words.keys()) expect(index.has(memberId, word)).toBe(ids.includes(word));
  }
  const learner = store.get('practiceLearners', memberId);
  if (learner) expect({ nextDueAt: learner.nextDueAt, cards: learner.cards }).toEqual({ nextDueAt: expected[0]?.due, cards: expected.length });
}

describe('the due index, built per learner on first use', () => {
  it('answers as a pass over every card: after answers, /addword, leaving the group and /forget', async () => {
    const { h, samira, omar, group, advance } = await setup();
    const { store } = h.app.services;
    expect((await group.say('/addword de wachtkamer = غرفة الانتظار'))[0]!.text).toContain('Toegevoegd');
    await practise(h, samira, 'm_samira', 2);
    await practise(h, omar, 'm_omar');
    expect(fullPass(store, 'm_samira').map((card) => card.entryId)).toContain(`g.${store.values('practiceWords')[0]!.id}`);
    expectSameAsFullPass(h, 'm_samira');
    expectSameAsFullPass(h, 'm_omar');

    // The next day: another group word, another round each (due words first, then new ones).
    await advance(DAY);
    await group.say('/addword de afspraak = موعد');
    await practise(h, samira, 'm_samira', 1);
    await practise(h, omar, 'm_omar', 3);
    expect(fullPass(store, 'm_samira').filter((card) => card.entryId.startsWith('g.'))).toHaveLength(2);
    expectSameAsFullPass(h, 'm_samira');
    expectSameAsFullPass(h, 'm_omar');

    // She leaves the group: her cards of its words are still hers (found, counted, exported and erased).
    store.put('members', 'm_samira', { ...store.get('members', 'm_samira')!, groupIds: [] });
    store.put('groups', 'g1', { ...store.get('groups', 'g1')!, memberIds: ['m_anna'] });
    expectSameAsFullPass(h, 'm_samira');

    // After a restart, the first use builds her index from her own cards.
    await h.restart();
    expect(contextOf(h.app.services).index.isLoaded('m_samira')).toBe(false);
    expectSameAsFullPass(h, 'm_samira');

    await samira.say('/forget');
    await samira.press('pv:forget:yes');
    expect(fullPass(h.app.services.store, 'm_samira')).toEqual([]);
    expectSameAsFullPass(h, 'm_samira');
    expectSameAsFullPass(h, 'm_omar');
  });
});

describe('the daily nudge', () => {
  it('reads only the learner record: no index is built for it, and the text needs no count', async () => {
    const { h, omar, advance } = await setup(); // Omar is in no group (the word of the day reads its newcomers' cards)
    await practise(h, omar, 'm_omar');
    const firstDue = h.app.services.store.get('practiceLearners', 'm_omar')!.nextDueAt!;
    await h.restart();
    const days = Math.ceil((firstDue - h.clock.now()) / DAY) + 1;
    for (let day = 0; day < days; day += 1) await advance(DAY);
    const nudges = await outboxItems(h, 'practice.nudge:m_omar@');
    const { translator } = h.app.services;
    // Before his first word is due: new words (his record says how many he has seen); from then on: words wait.
    expect(nudges.length).toBeGreaterThanOrEqual(2);
    for (const nudge of nudges) expect(nudge.message.text).toBe(nudge.createdAt < firstDue ? translator.t('ar', 'practice.nudge.new', { count: 5 }) : translator.t('ar', 'practice.nudge.waiting'));
    expect(nudges.filter((nudge) => nudge.createdAt >= firstDue).length).toBeGreaterThanOrEqual(1);
    expect(contextOf(h.app.services).index.isLoaded('m_omar')).toBe(false);
  });

  it('offers new words when nothing is due; a record from before `cards` builds the learner’s index once for it', async () => {
    const { h, omar, advance } = await setup();
    await practise(h, omar, 'm_omar');
    const { store } = h.app.services;
    // A record as written before `cards` was kept, saying his first word is due next month: the nudge must count his cards.
    const { cards: _cards, ...older } = store.get('practiceLearners', 'm_omar')!;
    store.put('practiceLearners', 'm_omar', { ...older, nextDueAt: h.clock.now() + 30 * DAY });
    await store.committed();
    await h.restart();
    await advance(DAY + 8 * HOUR);
    const nudges = await outboxItems(h, 'practice.nudge:m_omar@');
    expect(nudges.map((item) => item.message.text)).toEqual([h.app.services.translator.t('ar', 'practice.nudge.new', { count: 5 })]);
    expect(contextOf(h.app.services).index.isLoaded('m_omar')).toBe(true);
  });
});
