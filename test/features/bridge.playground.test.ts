// The bridge in the playground: Samira writes in the WhatsApp pane, it appears in the group pane, Anna replies to it and Samira sees the answer.
import { afterEach, describe, expect, it } from 'vitest';
import { FSI, PDI } from '../../src/i18n/i18n.js';
import { startPlayground } from '../playground/helpers.js';

type TestPlayground = Awaited<ReturnType<typeof startPlayground>>;

let pg: TestPlayground | undefined;
afterEach(async () => {
  await pg?.close();
  pg = undefined;
});
const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');

interface Line { id: number; text: string; replyTo?: number; attachment?: { url: string }; direction: string }
describe('bridge in the playground', () => {
  it('relays Samira’s message into the group pane and Anna’s reply back to Samira, photos too', async () => {
    pg = await startPlayground();
    const say = async (persona: string, chat: string, body: Record<string, unknown>) => {
      const response = await pg!.post('/playground/api/say', { persona, chat, ...body });
      expect(response.status).toBe(200);
      return ((await response.json()) as { messages: Line[] }).messages;
    };
    const state = async () => (await (await pg!.get('/playground/api/state')).json()) as { demo: { inviteCode: string }; chats: Array<{ id: string; messages: Line[] }> };
    const chat = async (id: string) => (await state()).chats.find((c) => c.id === id)!.messages;
    // Samira joins with the demo invite in Arabic and says yes to the bridge.
    const press = async (choiceId: string, token?: string) => ((await (await pg!.post('/playground/api/press', { persona: 'demo-newcomer', chat: 'demo-newcomer', choiceId, token })).json()) as { messages: Array<Line & { askToken?: string }> }).messages.filter((m) => m.direction === 'out').at(-1)!;
    const code = (await state()).demo.inviteCode;
    const language = (await say('demo-newcomer', 'demo-newcomer', { text: `JOIN ${code}` })).filter((m) => m.direction === 'out').at(-1)! as Line & { askToken?: string };
    const consent = await press('ar', language.askToken);
    await press('yes', consent.askToken);
    await say('demo-newcomer', 'demo-newcomer', { text: 'Samira' });
    await say('demo-newcomer', 'demo-newcomer', { text: 'العربية' });
    const interests = (await say('demo-newcomer', 'demo-newcomer', { text: '1' })).filter((m) => m.direction === 'out').at(-1)! as Line & { askToken?: string };
    void interests;
    const helpFirst = pg.app.local.transcript('demo-newcomer').filter((m: { direction: string }) => m.direction === 'out').at(-1)!;
    await press('housing', helpFirst.askToken);
    expect(pg.app.local.transcript('demo-newcomer').some((m: { direction: string; text: string }) => m.direction === 'out' && plain(m.text).includes('Samira'))).toBe(true);
    // The first message for the group: Samira is asked whether it may be passed on; yes sends it.
    const asked = (await say('demo-newcomer', 'demo-newcomer', { text: 'Hoi allemaal' })).filter((m) => m.direction === 'out').at(-1)! as Line & { choices?: Array<{ id: string }> };
    expect(asked.choices?.map((c) => c.id)).toEqual(['br:yes', 'br:no']);
    await press('br:yes');
    const relayed = (await chat('demo-group')).find((m) => plain(m.text).includes('Hoi allemaal'));
    expect(relayed && plain(relayed.text)).toMatch(/^Samira \(WhatsApp\): Hoi allemaal$/);
    await say('demo-anna', 'demo-group', { text: 'Welkom Samira!', replyTo: relayed!.id });
    const answer = (await chat('demo-newcomer')).find((m) => plain(m.text).includes('Welkom Samira!'));
    expect(answer).toBeDefined();
    // A photo from the WhatsApp pane reaches the group as a file.
    await say('demo-newcomer', 'demo-newcomer', { media: 'image' });
    const photo = (await chat('demo-group')).find((m) => m.attachment);
    expect(photo?.attachment?.url).toMatch(/^\/playground\/api\/files\/\d+$/);
    expect((await pg.get(photo!.attachment!.url)).status).toBe(200);
  });
});
