// Bad input at every flow step: each flow in flows/*.yaml is driven with random mixes of button presses (to get deeper) and
// arbitrary text (control and bidi-override characters, mixed scripts, emoji, 100 KB strings) at whatever step it is on.
// Every action must get an answer, never the generic "something went wrong" (a caught crash) and never a raw text key.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/i18n.js';
import { nastyText } from '../helpers/nasty-text.js';
import { createHarness, seedCoordinator, type Harness, type Person } from '../helpers/harness.js';

type Action = { press: number } | { say: string };
const actions = fc.array(fc.oneof({ arbitrary: fc.nat({ max: 9 }).map((press) => ({ press })), weight: 3 }, { arbitrary: nastyText.map((say) => ({ say })), weight: 2 }), { minLength: 1, maxLength: 8 });

let harness: Harness;
let coordinator: Person;
let errorTexts: Set<string>;
beforeAll(async () => {
  harness = await createHarness();
  coordinator = await seedCoordinator(harness);
  const { store } = harness.app.services;
  const now = harness.clock.now();
  store.put('groups', 'g_fuzz', { id: 'g_fuzz', name: 'Fuzz Oost', municipality: 'Utrecht', kind: 'welkomgroep', memberIds: ['m_coord'], chatKeys: [], createdBy: 'm_coord', startsAt: now, endsAt: now + 365 * 86_400_000 });
  store.update('members', 'm_coord', (m) => void m.groupIds.push('g_fuzz'));
  for (const role of ['newcomer', 'volunteer'] as const) store.put('invites', `FUZZ${role.toUpperCase().padEnd(12, 'X')}`.slice(0, 16), { code: `FUZZ${role.toUpperCase().padEnd(12, 'X')}`.slice(0, 16), groupId: 'g_fuzz', role, createdBy: 'm_coord', createdAt: now, expiresAt: now + 86_400_000 * 30, usesLeft: 100_000 });
  await store.committed();
  errorTexts = new Set(LOCALES.map((lng) => harness.app.services.translator.t(lng, 'common.error')));
}, 30_000);
afterAll(async () => {
  await harness?.close();
});

async function act(person: Person, action: Action): Promise<string[]> {
  if ('say' in action) return (await person.say(action.say)).map((m) => m.text);
  const question = person.lastQuestion();
  if (!question?.choices?.length) return (await person.say(String(action.press))).map((m) => m.text);
  const choice = question.choices[action.press % question.choices.length]!;
  return (await person.press(choice.id)).map((m) => m.text);
}

function expectSane(replies: string[], what: string): void {
  expect(replies.length, `no answer to ${what}`).toBeGreaterThan(0);
  for (const text of replies) {
    expect(errorTexts.has(text), `a caught crash answering ${what}`).toBe(false);
    expect(text).not.toMatch(/^[a-z_]+(\.[a-z_]+)+$/); // an untranslated key
  }
}

let run = 0;
const flows: Array<{ flow: string; start: (person: Person) => Promise<string[]>; who: 'coordinator' | 'newcomer' | 'volunteer' }> = [
  { flow: 'join (newcomer)', who: 'newcomer', start: (p) => p.say('/start FUZZNEWCOMERX').then((r) => r.map((m) => m.text)) },
  { flow: 'join (volunteer)', who: 'volunteer', start: (p) => p.say('/start FUZZVOLUNTEERX').then((r) => r.map((m) => m.text)) },
  { flow: 'newgroup', who: 'coordinator', start: (p) => p.say('/newgroup').then((r) => r.map((m) => m.text)) },
  { flow: 'invite', who: 'coordinator', start: (p) => p.say('/invite').then((r) => r.map((m) => m.text)) },
  { flow: 'broadcast', who: 'coordinator', start: (p) => p.say('/broadcast').then((r) => r.map((m) => m.text)) },
  { flow: 'coordinators', who: 'coordinator', start: (p) => p.say('/coordinators').then((r) => r.map((m) => m.text)) },
  { flow: 'meetup', who: 'coordinator', start: (p) => p.say('/meetup').then((r) => r.map((m) => m.text)) },
  { flow: 'language', who: 'coordinator', start: (p) => p.say('/language').then((r) => r.map((m) => m.text)) },
];

describe('arbitrary input at every flow step', () => {
  for (const { flow, start, who } of flows) {
    it(`${flow}: every step answers bad input with a localized text`, async () => {
      await fc.assert(
        fc.asyncProperty(actions, async (steps) => {
          // A new person per run: the per-sender flood limit would otherwise (rightly) silence one busy tester.
          run += 1;
          const person = who === 'coordinator' ? await seedCoordinator(harness, `coord${run}`) : harness.person(`fuzz${run}`);
          expectSane(await start(person), `the start of ${flow}`);
          for (const step of steps) expectSane(await act(person, step), `${JSON.stringify(step).slice(0, 80)} in ${flow}`);
          await person.say('/cancel');
        }),
        { numRuns: 8, seed: 15, endOnFailure: true },
      );
    }, 60_000);
  }
});
