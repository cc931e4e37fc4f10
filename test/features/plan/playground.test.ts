// The plan in the playground: Anna commits to GP registration for Samira, "+1 day" brings the reminder, Carla gets Monday's digest.
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalMessage } from '../../../src/channels/local/local-channel.js';
import type { PlaygroundState } from '../../../src/playground/playground.js';
import { startPlayground, type PlaygroundApp } from '../../playground/helpers.js';

let pg: PlaygroundApp | undefined;
afterEach(async () => {
  await pg?.close();
  pg = undefined;
});

const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

async function act(path: 'say' | 'press' | 'clock', body: Record<string, unknown>): Promise<LocalMessage[]> {
  const response = await pg!.post(`/playground/api/${path}`, body);
  const json = (await response.json()) as { messages?: LocalMessage[]; error?: string };
  if (response.status !== 200) throw new Error(`${path} → ${response.status}: ${json.error}`);
  return json.messages ?? [];
}

async function state(): Promise<PlaygroundState> {
  return (await (await pg!.get('/playground/api/state')).json()) as PlaygroundState;
}

const samira = { persona: 'demo-newcomer', chat: 'demo-newcomer' };
const anna = { persona: 'demo-anna', chat: 'demo-anna' };
const lastOut = (messages: LocalMessage[]) => messages.filter((m) => m.direction === 'out').at(-1)!;

describe('plan in the playground', () => {
  it('Anna commits to GP registration for Samira, +1 day brings the reminder, Samira marks it done, Carla gets the digest on Monday', async () => {
    pg = await startPlayground();
    // Samira joins in Arabic.
    const join = (await state()).chats.find((c) => c.id === 'demo-newcomer')!.suggestion!;
    let out = lastOut(await act('say', { ...samira, text: join }));
    out = lastOut(await act('press', { ...samira, choiceId: 'ar', token: out.askToken }));
    await act('press', { ...samira, choiceId: 'yes', token: out.askToken });
    await act('say', { ...samira, text: 'Samira' });
    await act('say', { ...samira, text: 'العربية' });
    await act('say', { ...samira, text: '1' });
    out = pg.app.local.transcript('demo-newcomer').filter((m) => m.direction === 'out').at(-1)!;
    await act('press', { ...samira, choiceId: 'health', token: out.askToken });

    // Anna: /commit → health → GP registration → Samira → done → tomorrow → no note.
    out = lastOut(await act('say', { ...anna, text: '/commit' }));
    out = lastOut(await act('press', { ...anna, choiceId: 'health', token: out.askToken }));
    const gp = out.choices!.find((c) => c.label.startsWith('Inschrijven bij de huisarts'))!;
    out = lastOut(await act('press', { ...anna, choiceId: gp.id, token: out.askToken }));
    const samiraChoice = out.choices!.find((c) => c.label.startsWith('Samira'))!;
    await act('press', { ...anna, choiceId: samiraChoice.id, token: out.askToken });
    out = lastOut(await act('press', { ...anna, choiceId: '_done', token: out.askToken }));
    out = lastOut(await act('say', { ...anna, text: 'morgen' }));
    const committed = lastOut(await act('press', { ...anna, choiceId: 'skip', token: out.askToken }));
    expect(plain(committed.text)).toContain('Genoteerd: Inschrijven bij de huisarts, door Samira, klaar op dinsdag 1 december');

    // +1 day: the due-day reminder (09:00) reaches Samira, in Arabic, with buttons.
    const before = pg.app.local.lastId();
    await act('clock', { advance: 'P1D' });
    const reminder = pg.app.local.transcript('demo-newcomer').find((m) => m.id > before && m.kind === 'reminder')!;
    expect(plain(reminder.text)).toContain('اليوم هو الموعد');
    expect(reminder.choices!.map((c) => c.id)).toEqual([`cm:d:${gp.id}`, `cm:h:${gp.id}`]);
    const done = await act('press', { ...samira, choiceId: `cm:d:${gp.id}` });
    expect(plain(lastOut(done).text)).toContain('أحسنت');
    expect(pg.app.local.transcript('demo-group').map((m) => plain(m.text))).toContain('✓ Samira heeft Inschrijven bij de huisarts afgerond.');

    // Monday 7 December 09:00: Carla's weekly digest.
    await act('clock', { advance: 'P6D' });
    const digest = pg.app.local.transcript('demo-coordinator').map((m) => plain(m.text)).find((t) => t.startsWith('Weekoverzicht'))!;
    expect(digest).toContain('Welkomgroep Demo (Utrecht) — vraagt aandacht · plan 1/24 (4%)');
    expect(digest).toContain('2 vrijwilligers (minder dan 5)');
    expect(digest).toContain('✓ Inschrijven bij de huisarts');
  });
});
