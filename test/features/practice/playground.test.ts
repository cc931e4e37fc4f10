// The playground with the real deck: Samira practises in the WhatsApp pane, and "+1 day" makes words due and sends the nudge.
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalMessage } from '../../../src/channels/local/local-channel.js';
import { unpack } from '../../../src/features/practice/fsrs.js';
import type { PlaygroundState } from '../../../src/playground/playground.js';
import { startPlayground, type PlaygroundApp } from '../../playground/helpers.js';

let pg: PlaygroundApp | undefined;
afterEach(async () => {
  await pg?.close();
  pg = undefined;
});

const newcomer = { persona: 'demo-newcomer', chat: 'demo-newcomer' };

async function act(path: 'say' | 'press', body: Record<string, unknown>): Promise<LocalMessage[]> {
  const response = await pg!.post(`/playground/api/${path}`, body);
  const json = (await response.json()) as { messages?: LocalMessage[]; error?: string };
  if (response.status !== 200) throw new Error(`${path} → ${response.status}: ${json.error}`);
  return (json.messages ?? []).filter((m) => m.direction === 'out');
}

async function join(): Promise<string> {
  const state = (await (await pg!.get('/playground/api/state')).json()) as PlaygroundState;
  const code = state.chats.find((c) => c.id === 'demo-newcomer')!.suggestion!;
  const language = (await act('say', { ...newcomer, text: code }))[0]!;
  const consent = (await act('press', { ...newcomer, choiceId: 'ar', token: language.askToken }))[0]!;
  await act('press', { ...newcomer, choiceId: 'yes', token: consent.askToken });
  await act('say', { ...newcomer, text: 'سميرة' });
  await act('say', { ...newcomer, text: 'العربية' });
  await act('say', { ...newcomer, text: '1' });
  const helpFirst = pg!.app.local.transcript('demo-newcomer').filter((m) => m.direction === 'out').at(-1)!;
  await act('press', { ...newcomer, choiceId: 'housing', token: helpFirst.askToken });
  const identity = pg!.app.services.store.get('identities', 'local:demo-newcomer');
  return identity!.memberId;
}

/** Answers the whole round right, reading the question the engine stored. */
async function practise(memberId: string, first: LocalMessage[]): Promise<LocalMessage> {
  const { store } = pg!.app.services;
  let last = first.at(-1)!;
  for (let guard = 0; guard < 40; guard += 1) {
    const question = store.get('practiceLearners', memberId)?.session?.question;
    if (!question) break;
    if (question.type === 'type') {
      const { loadWords } = await import('../../../src/features/practice/source.js');
      const { PROJECT_ROOT } = await import('../../../src/app.js');
      last = (await act('say', { ...newcomer, text: loadWords(PROJECT_ROOT).words.get(question.entryId)!.nl })).at(-1)!;
    } else last = (await act('press', { ...newcomer, choiceId: last.choices![question.correct!]!.id })).at(-1)!;
  }
  return last;
}

describe('practice in the playground', () => {
  it('Samira practises with the Dutch keyword; two days later the nudge is in her chat and words are due', async () => {
    pg = await startPlayground();
    const memberId = await join();
    const first = await act('say', { ...newcomer, text: 'oefenen' });
    expect(first[0]!.text).toContain('أهلًا بك في تمرين اللغة الهولندية');
    expect(first[0]!.choices).toHaveLength(3);
    const end = await practise(memberId, first);
    expect(end.text).toContain('انتهينا');
    const cards = pg.app.services.store.values('practiceCards').filter((c) => c.memberId === memberId);
    expect(cards).toHaveLength(5);

    // Monday → Tuesday: she practised on Monday, so no nudge that evening. Tuesday 18:00: the nudge.
    await pg.post('/playground/api/clock', { advance: 'P1D' });
    await pg.post('/playground/api/clock', { advance: 'P1D' });
    const nudges = pg.app.local.transcript('demo-newcomer').filter((m) => m.kind === 'practice_nudge');
    expect(nudges).toHaveLength(1);
    expect(nudges[0]!.text).toContain('هولندية');
    // The word of the day reached the group chat, with Arabic next to the Dutch.
    const group = pg.app.local.transcript('demo-group').filter((m) => m.text.includes('Woord van de dag'));
    expect(group.length).toBeGreaterThanOrEqual(1);
    expect(group[0]!.text).toContain('العربية: ');
    // The nudge's button starts a round with the words that are due now.
    const round = await act('press', { ...newcomer, choiceId: nudges[0]!.choices![0]!.id });
    const session = pg.app.services.store.get('practiceLearners', memberId)!.session!;
    expect(round[0]!.text).toMatch(/السؤال 1 من/);
    expect(session.queue.length + 1).toBeGreaterThan(0);
    expect(cards.some((c) => unpack(c).due <= pg!.clock.now())).toBe(true);
  });
});
