// Daily nudges at the learner's time (never in quiet hours), pause/resume, the weekly note, word of the day and /addword.
import { afterEach, describe, expect, it } from 'vitest';
import { contextOf } from '../../../src/features/practice/context.js';
import { advanceTime } from '../../../src/playground/time.js';
import { createHarness, type Harness, type Person } from '../../helpers/harness.js';
import { featuresWithFixture, outboxItems, seedPracticeGroup } from './fixture.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const DAY = 86_400_000;

/** The harness clock runs on (real milliseconds pass between steps): equal to the minute. */
function expectNear(at: number, iso: string): void {
  expect(Math.abs(at - Date.parse(iso))).toBeLessThan(60_000);
}
const HOUR = 3_600_000;

async function setup(quietHours?: { from: string; to: string }) {
  const h = await createHarness({}, { features: featuresWithFixture() });
  harness = h;
  const { store } = h.app.services;
  const now = h.clock.now();
  seedPracticeGroup(store, now);
  store.put('members', 'm_samira', { id: 'm_samira', name: 'Samira', role: 'newcomer', locale: 'ar', identities: ['local:samira'], groupIds: ['g1'], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: now, ...(quietHours ? { quietHours } : {}) });
  store.put('identities', 'local:samira', { key: 'local:samira', memberId: 'm_samira' });
  store.put('members', 'm_anna', { id: 'm_anna', name: 'Anna', role: 'volunteer', locale: 'nl', identities: ['local:anna'], groupIds: ['g1'], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: now });
  store.put('identities', 'local:anna', { key: 'local:anna', memberId: 'm_anna' });
  await store.committed();
  const advance = (ms: number) =>
    advanceTime({ clock: h.clock, services: h.app.services, scheduler: h.app.scheduler, delivery: h.app.delivery, settle: async () => { await h.app.services.store.committed(); await h.app.delivery.idle(); } }, ms);
  return { h, samira: h.person('samira'), anna: h.person('anna'), group: h.person('anna', { chatId: 'grp', chatType: 'group' }), advance };
}

/** Practises one whole round, answering everything right. */
async function practise(h: Harness, samira: Person): Promise<void> {
  await samira.say('/practice');
  for (let guard = 0; guard < 40 && h.app.services.store.get('practiceLearners', 'm_samira')?.session; guard += 1) {
    const q = h.app.services.store.get('practiceLearners', 'm_samira')!.session!.question!;
    if (q.type === 'type') {
      const { fixtureWords } = await import('./fixture.js');
      await samira.say(fixtureWords().words.get(q.entryId)!.nl);
    } else await samira.press(samira.lastQuestion()!.choices![q.correct!]!.id);
  }
}

/** Samira's nudges and weekly notes, also those already moved to the archive. */
const nudges = async (h: Harness) => (await outboxItems(h, 'practice.')).filter((i) => i.message.kind === 'practice_nudge' && i.to.chatId === 'samira');

describe('daily nudge', () => {
  it('comes at 18:00 on days without practice, not on a day already practised, and not while paused', async () => {
    const { h, samira, advance } = await setup();
    await practise(h, samira); // Monday 11:00: practised today ⇒ no nudge tonight
    await advance(10 * HOUR); // Monday 21:00
    expect(await nudges(h)).toHaveLength(0);
    await advance(DAY); // Tuesday 21:00: the nudge came at 18:00
    expect(await nudges(h)).toHaveLength(1);
    const [nudge] = await nudges(h);
    expectNear(nudge!.createdAt, '2026-12-01T17:00:00.000Z'); // 18:00 in Amsterdam
    expect(nudge!.message.text).toContain('هولندية'); // in Samira's language
    expect(nudge!.message.choices?.[0]?.id).toBe('pr:start');
    expect(nudge!.state).toBe('sent');
    // Pausing stops nudges; resuming brings them back.
    await samira.press('pr:pause');
    await advance(2 * DAY);
    expect(await nudges(h)).toHaveLength(1);
    await samira.press('pr:resume');
    await advance(DAY);
    expect(await nudges(h)).toHaveLength(2);
  });

  it('sends no nudge to someone who said STOP, and nudges again after START', async () => {
    const { h, samira, advance } = await setup();
    await practise(h, samira);
    const stop = await samira.say('STOP');
    expect(h.app.services.store.get('members', 'm_samira')!.optOut).toBeDefined();
    expect(stop.map((m) => m.text).join()).not.toContain('OK, we stop');
    await advance(2 * DAY);
    expect(await nudges(h)).toHaveLength(0);
    h.app.services.store.put('members', 'm_samira', { ...h.app.services.store.get('members', 'm_samira')!, optOut: undefined });
    await advance(DAY);
    expect(await nudges(h)).toHaveLength(1);
  });

  it('waits out quiet hours: a nudge due in them is delivered when they end', async () => {
    const { h, samira, advance } = await setup({ from: '17:30', to: '19:45' });
    await practise(h, samira);
    await advance(DAY + 7 * HOUR); // Tuesday 18:00 → in quiet hours
    const [nudge] = await nudges(h);
    expect(nudge).toBeDefined();
    expect(nudge!.state).toBe('queued');
    expectNear(nudge!.notBefore, '2026-12-01T18:45:00.000Z'); // 19:45 in Amsterdam
    expect(h.app.local.transcript('samira').filter((m) => m.kind === 'practice_nudge')).toHaveLength(0);
    await advance(2 * HOUR);
    expect((await nudges(h))[0]!.state).toBe('sent');
  });

  it('lets the learner move the nudge time (times inside quiet hours are not offered)', async () => {
    const { h, samira, advance } = await setup();
    await practise(h, samira);
    const menu = await samira.press('pr:s:time');
    const times = menu[0]!.choices!.map((c) => c.label);
    expect(times).toContain('20:00');
    expect(times).not.toContain('22:30');
    await samira.press('pr:t:2000');
    expectNear(contextOf(h.app.services).agenda.at('m_samira')!, '2026-11-30T19:00:00.000Z'); // today 20:00 in Amsterdam
    await advance(DAY + 9 * HOUR); // Tuesday 20:00
    expectNear((await nudges(h))[0]!.createdAt, '2026-12-01T19:00:00.000Z');
  });

  it('keeps nudging after a restart (the agenda is rebuilt from the learners), once per day', async () => {
    const { h, samira, advance } = await setup();
    await practise(h, samira);
    await h.restart();
    const again = () => advanceTime({ clock: h.clock, services: h.app.services, scheduler: h.app.scheduler, delivery: h.app.delivery, settle: async () => { await h.app.services.store.committed(); await h.app.delivery.idle(); } }, DAY);
    await again(); // Tuesday 11:00
    await again(); // Wednesday 11:00: Tuesday's nudge came
    expect(await nudges(h)).toHaveLength(1);
    expectNear((await nudges(h))[0]!.createdAt, '2026-12-01T17:00:00.000Z');
    void advance;
  });

  it('sends a kind weekly note on Sunday, also after a quiet week', async () => {
    const { h, samira, advance } = await setup();
    await practise(h, samira);
    await advance(7 * DAY);
    // Weekly notes by their key (the daily nudge also says "your words are waiting").
    const weeklyNotes = async () => (await nudges(h)).filter((n) => n.key.startsWith('practice.weekly:'));
    expect((await weeklyNotes()).length).toBe(1);
    expect((await weeklyNotes())[0]!.message.text).toContain('أسبوعك مع اللغة الهولندية');
    await advance(7 * DAY);
    const quiet = (await weeklyNotes()).filter((n) => n.message.text.includes('كلماتك تنتظرك، متى ما ناسبك ذلك'));
    expect(quiet.length).toBe(1);
  });
});

describe('group words', () => {
  it('posts a word of the day in the group chat with the newcomer’s language, from the words she is learning', async () => {
    const { h, samira, advance } = await setup();
    await practise(h, samira);
    await advance(DAY); // Tuesday 10:00 word of the day
    const posts = h.app.local.transcript('grp').filter((m) => m.direction === 'out');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain('Woord van de dag');
    expect(posts[0]!.text).toContain('العربية: ');
    const learning = h.app.services.store.values('practiceCards').map((c) => c.e);
    const { fixtureWords } = await import('./fixture.js');
    const shown = [...fixtureWords().words.values()].find((w) => posts[0]!.text.includes(`${w.article ? `${w.article} ` : ''}${w.nl}`));
    expect(learning).toContain(shown!.id);
  });

  it('/addword adds a group word to the newcomer’s deck, marked as made by the group', async () => {
    const { h, samira, group, anna } = await setup();
    expect((await anna.say('/addword'))[0]!.text).toContain('Zo voeg je een woord toe');
    const added = await group.say('/addword de wachtkamer = غرفة الانتظار');
    expect(added[0]!.text).toContain('Toegevoegd');
    const first = await samira.say('/practice');
    expect(first[0]!.text).toContain('كلمة جديدة من مجموعتك');
    expect(first[0]!.text).toContain('de wachtkamer');
    expect(first[0]!.text).toContain('غرفة الانتظار');
    const progress = await samira.say('/progress');
    expect(progress[0]!.text).toContain('كلمات مجموعتك');
    // Newcomers cannot add words.
    expect((await samira.say('/addword de bus = باص'))[0]!.text).not.toContain('Toegevoegd');
  });
});

describe('privacy', () => {
  it('/mydata includes the practice data; /forget erases the cards and settings, the group keeps her added words', async () => {
    const { h, samira, group } = await setup();
    await group.say('/addword de wachtkamer = غرفة الانتظار');
    await practise(h, samira);
    const { store } = h.app.services;
    const { practicePrivacy } = await import('../../../src/features/practice/privacy.js');
    const exported = practicePrivacy.export!('m_samira', h.app.services)!;
    expect((exported.cards as unknown[]).length).toBe(5);
    expect(exported.settings).toMatchObject({ time: '18:00', newPerDay: 5 });
    const anna = practicePrivacy.export!('m_anna', h.app.services)!;
    expect(anna.wordsAddedForGroup).toEqual([expect.objectContaining({ word: 'wachtkamer', article: 'de' })]);
    await samira.say('/forget');
    await samira.press('pv:forget:yes');
    expect(store.values('practiceCards').filter((c) => c.memberId === 'm_samira')).toHaveLength(0);
    expect(store.get('practiceLearners', 'm_samira')).toBeUndefined();
    expect(contextOf(h.app.services).index.learner('m_samira').size).toBe(0);
    practicePrivacy.erase!('m_anna', h.app.services);
    expect(store.values('practiceWords').map((w) => w.addedBy)).toEqual(['erased-member']);
  });
});
