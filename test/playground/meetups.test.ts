// Meetups in the playground, through its HTTP API: Anna proposes in the group pane, Samira votes in the WhatsApp pane, "+1 day" fires reminders, the .ics downloads.
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalMessage } from '../../src/channels/local/local-channel.js';
import { FSI, PDI } from '../../src/i18n/i18n.js';
import type { PlaygroundState } from '../../src/playground/playground.js';
import { startPlayground, type PlaygroundApp } from './helpers.js';

let pg: PlaygroundApp | undefined;
afterEach(async () => {
  await pg?.close();
  pg = undefined;
});

const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');

async function act(path: 'say' | 'press', body: Record<string, unknown>): Promise<LocalMessage[]> {
  const response = await pg!.post(`/playground/api/${path}`, body);
  const json = (await response.json()) as { messages?: LocalMessage[]; error?: string };
  if (response.status !== 200) throw new Error(`${path} → ${response.status}: ${json.error}`);
  return json.messages ?? [];
}

async function state(): Promise<PlaygroundState> {
  return (await (await pg!.get('/playground/api/state')).json()) as PlaygroundState;
}

const annaInGroup = { persona: 'demo-anna', chat: 'demo-group' };
const samira = { persona: 'demo-newcomer', chat: 'demo-newcomer' };

/** Samira joins the demo group in Arabic (as in the WhatsApp pane). */
async function joinSamira(): Promise<void> {
  const join = (await state()).chats.find((c) => c.id === 'demo-newcomer')!.suggestion!;
  const language = (await act('say', { ...samira, text: join })).find((m) => m.direction === 'out')!;
  const consent = (await act('press', { ...samira, choiceId: 'ar', token: language.askToken })).find((m) => m.direction === 'out')!;
  await act('press', { ...samira, choiceId: 'yes', token: consent.askToken });
  await act('say', { ...samira, text: 'سميرة' });
  await act('say', { ...samira, text: 'العربية' });
  await act('say', { ...samira, text: '1' });
  const last = pg!.app.local.transcript('demo-newcomer').filter((m) => m.direction === 'out').at(-1)!;
  await act('press', { ...samira, choiceId: 'housing', token: last.askToken });
}

function lastWithChoice(chat: string, prefix: string): LocalMessage {
  const found = [...pg!.app.local.transcript(chat)].reverse().find((m) => m.direction === 'out' && m.choices?.some((c) => c.id.startsWith(prefix)));
  if (!found) throw new Error(`no message with a ${prefix} button in ${chat}`);
  return found;
}

describe('meetups in the playground', () => {
  it('Anna proposes in the group pane, Samira votes on WhatsApp, the poll updates in place, decide sends the .ics, +1 day fires reminders', async () => {
    pg = await startPlayground();
    await joinSamira();
    const chats = (await state()).chats;
    expect(chats.find((c) => c.id === 'demo-group')).toBeTruthy();

    await act('say', { ...annaInGroup, text: '/meetup' });
    await act('press', { ...annaInGroup, choiceId: 'walk' });
    expect(plain((await act('say', { ...annaInGroup, text: 'morgen om 15:00' })).map((m) => m.text).join('\n'))).toContain('Ik lees: dinsdag 1 december om 15:00.');
    await act('press', { ...annaInGroup, choiceId: 'add' });
    await act('say', { ...annaInGroup, text: 'woensdag half drie' });
    await act('press', { ...annaInGroup, choiceId: 'done' });
    await act('press', { ...annaInGroup, choiceId: 'place' });
    await act('say', { ...annaInGroup, text: 'Park Oost' });
    await act('press', { ...annaInGroup, choiceId: 'none' });
    await act('press', { ...annaInGroup, choiceId: 'once' });
    await pg.app.delivery.idle();

    const poll = lastWithChoice('demo-group', 'mt:v:');
    const id = poll.choices![0]!.id.split(':')[2]!;
    const samiraPoll = lastWithChoice('demo-newcomer', 'mt:v:');
    expect(samiraPoll.choices!.map((c) => c.id)).toEqual([`mt:v:${id}:0`, `mt:v:${id}:1`, `mt:v:${id}:x`]);
    await act('press', { ...samira, choiceId: `mt:v:${id}:1` });
    await act('press', { ...annaInGroup, choiceId: `mt:v:${id}:1` });
    await pg.post('/playground/api/clock', { advance: 'PT1M' });
    await pg.app.delivery.idle();
    const edited = pg.app.local.transcript('demo-group').find((m) => m.id === poll.id)!;
    expect(edited.edited).toBe(true);
    expect(plain(edited.text)).toContain('2. woensdag 2 december om 14:30 — 2 stemmen');

    await act('press', { ...annaInGroup, choiceId: `mt:d:${id}` });
    await pg.app.delivery.idle();
    const file = [...pg.app.local.transcript('demo-newcomer')].reverse().find((m) => m.attachment)!;
    expect(file.attachment).toMatchObject({ kind: 'document', mimeType: 'text/calendar', filename: `welkom-${id}.ics` });
    const download = await pg.get(file.attachment!.url);
    expect(download.status).toBe(200);
    const ics = await download.text();
    expect(ics).toContain('DTSTART:20261202T133000Z');
    expect(ics).toContain('BEGIN:VALARM');
    expect(pg.app.local.transcript('demo-group').some((m) => m.attachment?.filename === `welkom-${id}.ics`)).toBe(true);

    const before = pg.app.local.transcript('demo-newcomer').length;
    // Wednesday 14:30: the day-before reminder is due on Tuesday 14:30, so after two "+1 day" presses it has gone out.
    for (let day = 0; day < 2; day += 1) expect((await pg.post('/playground/api/clock', { advance: 'P1D' })).status).toBe(200);
    await pg.app.delivery.idle();
    const reminders = pg.app.local.transcript('demo-newcomer').slice(before).filter((m) => m.kind === 'meetup_reminder');
    expect(reminders.length).toBeGreaterThanOrEqual(1);
    expect(plain(reminders[0]!.text)).toContain('تذكير');
  });
});
