// A practice round through the real router (local channel): new words, buttons, typed answers, re-asking, stop, bad input.
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalMessage } from '../../../src/channels/local/local-channel.js';
import { contextOf } from '../../../src/features/practice/context.js';
import { unpack } from '../../../src/features/practice/fsrs.js';
import { createHarness, type Harness, type Person } from '../../helpers/harness.js';
import { featuresWithFixture, fixtureWords } from './fixture.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const words = fixtureWords();
const DAY = 86_400_000;

async function setup(locale = 'en'): Promise<{ h: Harness; samira: Person }> {
  const h = await createHarness({}, { features: featuresWithFixture() });
  harness = h;
  const { store } = h.app.services;
  store.put('groups', 'g1', { id: 'g1', name: 'Utrecht Oost', municipality: 'Utrecht', kind: 'welkomgroep', memberIds: ['m_samira'], chatKeys: [], createdBy: 'm_c', startsAt: h.clock.now(), endsAt: h.clock.now() + 365 * DAY });
  store.put('members', 'm_samira', { id: 'm_samira', name: 'Samira', role: 'newcomer', locale, identities: ['local:samira'], groupIds: ['g1'], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: h.clock.now() });
  store.put('identities', 'local:samira', { key: 'local:samira', memberId: 'm_samira' });
  await store.committed();
  return { h, samira: h.person('samira') };
}

/** Answers the current question right (or wrong) by reading the stored question. */
function rightChoice(h: Harness, last: LocalMessage, right = true): string {
  const q = h.app.services.store.get('practiceLearners', 'm_samira')!.session!.question!;
  const choices = last.choices!;
  if (q.type === 'type') return right ? `typed:${words.words.get(q.entryId)!.nl}` : 'typed:xyzzy';
  const index = right ? q.correct! : (q.correct! + 1) % (q.type === 'article' ? 2 : 3);
  return choices[index]!.id;
}

async function answer(h: Harness, samira: Person, right = true): Promise<LocalMessage[]> {
  const last = samira.lastQuestion()!;
  const pick = rightChoice(h, last, right);
  return pick.startsWith('typed:') ? samira.say(pick.slice(6)) : samira.press(pick);
}

describe('a practice round', () => {
  it('introduces new words, asks them with buttons, re-asks a missed one and ends with a kind summary', async () => {
    const { h, samira } = await setup();
    const first = await samira.say('/practice');
    expect(first).toHaveLength(1);
    expect(first[0]!.text).toContain('Welcome to Dutch practice');
    expect(first[0]!.text).toContain('New word: *');
    expect(first[0]!.text).toMatch(/Question 1 of \d+/);
    expect(first[0]!.choices?.map((c) => c.id).every((id) => id.startsWith('pr:a:'))).toBe(true);

    // First answer wrong: the word comes back later in this round.
    const missed = h.app.services.store.get('practiceLearners', 'm_samira')!.session!.question!.entryId;
    const wrong = await answer(h, samira, false);
    expect(wrong[0]!.text).toContain('The right answer is');
    let guard = 0;
    let asked: string[] = [];
    let last = wrong;
    while (h.app.services.store.get('practiceLearners', 'm_samira')?.session && guard++ < 30) {
      asked.push(h.app.services.store.get('practiceLearners', 'm_samira')!.session!.question!.entryId);
      last = await answer(h, samira, true);
    }
    expect(asked).toContain(missed);
    const summary = last.at(-1)!.text;
    expect(summary).toMatch(/Done! You answered \d+ questions/);
    expect(last.at(-1)!.choices?.some((c) => c.id === 'pr:s')).toBe(true);
    // 5 new words a day by default.
    const learner = h.app.services.store.get('practiceLearners', 'm_samira')!;
    expect(learner.newToday.count).toBe(5);
    expect(h.app.services.store.values('practiceCards')).toHaveLength(5);
    // The missed card is due again within the day (relearned in the round → next day), the others in ≥ 1 day.
    const missedCard = unpack(h.app.services.store.get('practiceCards', `m_samira/${missed}`)!);
    expect(missedCard.due - h.clock.now()).toBeGreaterThan(12 * 3_600_000);
    expect(learner.nextDueAt).toBe(Math.min(...h.app.services.store.values('practiceCards').map((c) => unpack(c).due)));
    // Nothing more today: a new round says so.
    const again = await samira.say('/practice');
    expect(again[0]!.text).toContain('no words to practise right now');
    // A nudge and a weekly note are planned.
    const agenda = contextOf(h.app.services).agenda;
    expect(new Date(agenda.at('m_samira')!).toISOString()).toBe('2026-11-30T17:00:00.000Z'); // today 18:00 in Amsterdam
    expect(new Date(agenda.at('m_samira', 'weekly')!).toISOString()).toBe('2026-12-06T10:00:00.000Z'); // Sunday 11:00
    expect(h.app.services.store.values('jobs').filter((j) => j.type === 'practice.nudges').map((j) => j.dueAt)).toContain(agenda.at('m_samira'));
  });

  it('keeps the round through bad input, stale buttons and keyword-like answers; "stop" ends it', async () => {
    const { h, samira } = await setup();
    await samira.say('/practice');
    const token = h.app.services.store.get('practiceLearners', 'm_samira')!.session!.question!.token;
    for (const [send, expected] of [
      [() => samira.say('👍🙂'), 'in letters'],
      [() => samira.say('   '), 'I got no text'],
      [async () => {
        await h.app.local.sendUnsupported({ chatId: 'samira', userId: 'samira', chatType: 'private' }, 'voice');
        return samira.inbox();
      }, 'voice messages'],
      [() => samira.say('x'.repeat(5000)), '4096'],
      [() => samira.say('help'), 'Choose one of the buttons'],
    ] as Array<[() => Promise<unknown>, string]>) {
      const replies = (await send()) as LocalMessage[] | undefined;
      if (expected && replies) expect(replies.map((r) => r.text).join('\n')).toContain(expected);
      expect(h.app.services.store.get('practiceLearners', 'm_samira')!.session!.question!.token).toBe(token);
    }
    // A button under the question is answered; pressing it again (old question) gives the current one back.
    const pressed = samira.lastQuestion()!.choices![0]!.id;
    await samira.press(pressed);
    const stale = await samira.press(pressed);
    expect(stale[0]!.text).toContain('That was an earlier question');
    expect(h.app.services.store.get('practiceLearners', 'm_samira')!.session).toBeDefined();
    const stop = await samira.say('stop');
    expect(stop[0]!.text).toContain('OK, we stop here.');
    expect(h.app.services.store.get('practiceLearners', 'm_samira')!.session).toBeUndefined();
    // In a round, STOP (any language) ends the round only: it is not the opt-out of broadcasts and nudges.
    expect(h.app.services.store.get('members', 'm_samira')!.optOut).toBeUndefined();
    await samira.say('/practice');
    expect((await samira.say('توقف'))[0]!.text).toContain('OK, we stop here.');
    expect(h.app.services.store.get('members', 'm_samira')!.optOut).toBeUndefined();
  });

  it('offers a restart to an answer after the round expired', async () => {
    const { h, samira } = await setup();
    await samira.say('/practice');
    const id = samira.lastQuestion()!.choices![0]!.id;
    h.clock.advance(2 * 3_600_000);
    const late = await samira.press(id);
    expect(late[0]!.text).toContain('already ended');
    expect(late[0]!.choices?.[0]?.id).toBe('pr:start');
    await samira.say('/practice');
    h.clock.advance(2 * 3_600_000);
    const typed = await samira.say('huisarts');
    expect(typed[0]!.text).toContain('already ended');
  });

  it('reviews due words the next days, with typed and article questions, and shows /progress', async () => {
    const { h, samira } = await setup();
    const types = new Set<string>();
    for (let day = 0; day < 20; day += 1) {
      await samira.say('/practice');
      let guard = 0;
      while (h.app.services.store.get('practiceLearners', 'm_samira')?.session && guard++ < 40) {
        types.add(h.app.services.store.get('practiceLearners', 'm_samira')!.session!.question!.type);
        await answer(h, samira, true);
      }
      h.clock.advance(DAY);
    }
    expect([...types].sort()).toEqual(['article', 'recall', 'recognise', 'type']);
    const progress = await samira.say('/progress');
    expect(progress[0]!.text).toContain('Your words per theme');
    expect(progress[0]!.text).toMatch(/[█▒░]{10} Health: \d+\/4 learned/);
  });
});
