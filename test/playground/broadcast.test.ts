// The playground: Carla (demo-coordinator) broadcasts to the demo group through the API and watches the progress message.
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
const carla = { persona: 'demo-coordinator', chat: 'demo-coordinator' };

async function state(): Promise<PlaygroundState> {
  return (await (await pg!.get('/playground/api/state')).json()) as PlaygroundState;
}

async function act(path: 'say' | 'press', body: Record<string, unknown>): Promise<LocalMessage[]> {
  const response = await pg!.post(`/playground/api/${path}`, body);
  const json = (await response.json()) as { messages?: LocalMessage[]; error?: string };
  if (response.status !== 200) throw new Error(`${path} → ${response.status}: ${json.error}`);
  return json.messages ?? [];
}

async function transcript(chat: string): Promise<LocalMessage[]> {
  return (await state()).chats.find((c) => c.id === chat)!.messages;
}

describe('playground broadcast', () => {
  it('Carla sends a prepared message to the demo group; each volunteer reads it in their language; the progress message ends at 100 %', async () => {
    pg = await startPlayground();
    await state(); // the demo is seeded when the playground is first used
    const groupId = pg.app.services.store.values('groups').find((g) => g.demo)!.id;
    expect(plain((await act('say', { ...carla, text: '/broadcast' })).map((m) => m.text).join('\n'))).toContain('Aan wie stuur je het bericht?');
    await act('press', { ...carla, choiceId: 'groups' });
    await act('press', { ...carla, choiceId: groupId });
    await act('press', { ...carla, choiceId: '_done' });
    await act('press', { ...carla, choiceId: 'both' });
    await act('press', { ...carla, choiceId: 'all' });
    await act('press', { ...carla, choiceId: 'prepared' });
    const preview = plain((await act('press', { ...carla, choiceId: 'check_in' })).map((m) => m.text).join('\n'));
    expect(preview).toContain('Voorbeeld: zo krijgt iedereen het bericht. Ontvangers: 2.');
    await act('press', { ...carla, choiceId: 'send' });
    let progress: LocalMessage | undefined;
    for (let i = 0; i < 200 && !progress?.text.includes('100%'); i += 1) {
      progress = (await transcript('demo-coordinator')).find((m) => m.direction === 'out' && plain(m.text).includes('📣 Rondzendbericht aan 2 mensen'));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(plain(progress!.text)).toContain('📣 Rondzendbericht aan 2 mensen: klaar\n[████████████] 100%');
    expect(plain((await transcript('demo-anna')).map((m) => m.text).join('\n'))).toContain('Hoe gaat het met je?');
    expect(plain((await transcript('demo-ben')).map((m) => m.text).join('\n'))).toContain('Як у тебе справи?');
  });
});
