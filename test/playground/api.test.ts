// The playground's HTTP API against a real app on a random port: state, acting as personas, validation, token, live events, clock and demo.
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalMessage } from '../../src/channels/local/local-channel.js';
import { FSI, PDI } from '../../src/i18n/i18n.js';
import type { ChatView, PlaygroundState } from '../../src/playground/playground.js';
import { readEvents, startPlayground, type PlaygroundApp } from './helpers.js';

let pg: PlaygroundApp | undefined;
afterEach(async () => {
  await pg?.close();
  pg = undefined;
});

const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');
const t = (locale: string, key: string, vars: Record<string, string | number> = {}) => plain(pg!.app.services.translator.t(locale, key, vars));

async function state(): Promise<PlaygroundState> {
  const response = await pg!.get('/playground/api/state');
  expect(response.status).toBe(200);
  return (await response.json()) as PlaygroundState;
}

function chatOf(s: PlaygroundState, id: string): ChatView {
  const chat = s.chats.find((c) => c.id === id);
  if (!chat) throw new Error(`no chat ${id}`);
  return chat;
}

async function act(path: 'say' | 'press', body: Record<string, unknown>): Promise<LocalMessage[]> {
  const response = await pg!.post(`/playground/api/${path}`, body);
  const json = (await response.json()) as { messages?: LocalMessage[]; error?: string };
  if (response.status !== 200) throw new Error(`${path} → ${response.status}: ${json.error}`);
  return json.messages ?? [];
}

const newcomer = { persona: 'demo-newcomer', chat: 'demo-newcomer' };

/** The newcomer joins the demo group in Arabic through the API, pressing buttons as WhatsApp would send them. */
async function joinInArabic(name = 'سارة'): Promise<LocalMessage[]> {
  const s = await state();
  const join = chatOf(s, 'demo-newcomer').suggestion!;
  const language = (await act('say', { ...newcomer, text: join })).find((m) => m.direction === 'out')!;
  const consent = (await act('press', { ...newcomer, choiceId: 'ar', token: language.askToken })).find((m) => m.direction === 'out')!;
  await act('press', { ...newcomer, choiceId: 'yes', token: consent.askToken });
  await act('say', { ...newcomer, text: name });
  await act('say', { ...newcomer, text: 'العربية، الإنجليزية' });
  await act('say', { ...newcomer, text: '١، ٣' });
  const helpFirst = pg!.app.local.transcript('demo-newcomer').filter((m) => m.direction === 'out').at(-1)!;
  return act('press', { ...newcomer, choiceId: 'housing', token: helpFirst.askToken });
}

describe('playground API', () => {
  it('describes personas, chats, the demo and the clock', async () => {
    pg = await startPlayground();
    const s = await state();
    expect(s.now).toBe(pg.clock.now());
    expect(s.clockSteerable).toBe(true);
    expect(s.demo).toMatchObject({ present: true, group: 'Welkomgroep Demo', municipality: 'Utrecht' });
    expect(s.demo.inviteCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(s.personas.map((p) => [p.id, p.role, p.platform, p.locale, p.member])).toEqual([
      ['demo-newcomer', 'newcomer', 'whatsapp', 'ar', false],
      ['demo-anna', 'volunteer', 'telegram', 'nl', true],
      ['demo-ben', 'volunteer', 'telegram', 'uk', true],
      ['demo-coordinator', 'coordinator', 'telegram', 'nl', true],
    ]);
    expect(s.personas[0]!.dir).toBe('rtl');
    expect(s.chats.map((c) => [c.id, c.type, c.platform, c.commandStyle])).toEqual([
      ['demo-newcomer', 'private', 'whatsapp', 'keyword'],
      ['demo-group', 'group', 'telegram', 'slash'],
      ['demo-anna', 'private', 'telegram', 'slash'],
      ['demo-ben', 'private', 'telegram', 'slash'],
      ['demo-coordinator', 'private', 'telegram', 'slash'],
    ]);
    expect(chatOf(s, 'demo-group').writers).toEqual(['demo-anna', 'demo-ben']);
    expect(chatOf(s, 'demo-newcomer').suggestion).toBe(`JOIN ${s.demo.inviteCode}`);
    expect(chatOf(s, 'demo-newcomer').listButton).toBe(t('ar', 'playground.whatsapp.list_button'));
    expect(s.locales.map((l) => l.code)).toEqual(['nl', 'en', 'ar', 'ti', 'tr', 'fa', 'so', 'uk']);
    // Everything seeded is marked as demo data.
    const { store } = pg.app.services;
    expect(store.values('groups').every((g) => g.demo === true)).toBe(true);
    expect(store.values('members').every((m) => m.demo === true)).toBe(true);
  });

  it('serves the page and its files with a strict Content-Security-Policy, and nothing outside its folder', async () => {
    pg = await startPlayground();
    const page = await pg.get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/playground/static/app.js"></script>');
    expect(html).not.toMatch(/<script>|<script type="module">|\son\w+=|https?:\/\/(?!www\.w3\.org)/);
    expect((await pg.get('/playground/static/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await pg.get('/playground/static/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await pg.get('/playground/static/nope.js')).status).toBe(404);
    expect((await pg.get('/playground/static/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await pg.get('/playground/static/../../package.json')).status).toBe(404);
    const texts = (await (await pg.get('/playground/api/texts?lang=ar')).json()) as { lang: string; dir: string; texts: Record<string, unknown> };
    expect(texts).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(texts.texts.title).toBe(t('ar', 'playground.title'));
    expect(((await (await pg.get('/playground/api/texts?lang=xx')).json()) as { lang: string }).lang).toBe('en');
  });

  it('lets the newcomer join in Arabic through say and press; the group and the volunteers hear it in their languages', async () => {
    pg = await startPlayground();
    const welcome = await joinInArabic();
    expect(plain(welcome.filter((m) => m.direction === 'out').map((m) => m.text).join('\n'))).toContain(t('ar', 'onboarding.welcome', { group: 'Welkomgroep Demo', name: 'سارة', help: 'HELP' }).split('،')[0]);
    const s = await state();
    const notice = (locale: string) => t(locale, 'onboarding.joined_notice', { name: 'سارة', group: 'Welkomgroep Demo', role: t(locale, 'common.role.newcomer') });
    expect(chatOf(s, 'demo-group').messages.map((m) => plain(m.text))).toContain(notice('nl'));
    expect(chatOf(s, 'demo-anna').messages.map((m) => plain(m.text))).toContain(notice('nl'));
    expect(chatOf(s, 'demo-ben').messages.map((m) => plain(m.text))).toContain(notice('uk'));
    expect(s.personas.find((p) => p.id === 'demo-newcomer')).toMatchObject({ member: true, name: 'سارة', locale: 'ar' });
    expect(chatOf(s, 'demo-newcomer').suggestion).toBeUndefined();

    // Ben asks in the group chat; the answer is in Ukrainian and lists the newcomer.
    const reply = await act('say', { persona: 'demo-ben', chat: 'demo-group', text: '/mygroup' });
    const answer = plain(reply.find((m) => m.direction === 'out')!.text);
    expect(answer).toContain(t('uk', 'groups.mygroup.members', { count: 3 }));
    expect(answer).toContain('سارة');
    // Group chatter is kept in the transcript with its writer.
    const chatter = await act('say', { persona: 'demo-anna', chat: 'demo-group', text: 'Zullen we zaterdag koffie drinken?' });
    expect(chatter).toEqual([expect.objectContaining({ direction: 'in', userId: 'demo-anna', text: 'Zullen we zaterdag koffie drinken?' })]);
  });

  it('refuses unknown personas and chats, and people writing where they are not', async () => {
    pg = await startPlayground();
    const say = (body: unknown) => pg!.post('/playground/api/say', body);
    expect((await say({ persona: 'demo-nobody', chat: 'demo-newcomer', text: 'hi' })).status).toBe(404);
    expect((await say({ persona: '../../etc', chat: 'demo-newcomer', text: 'hi' })).status).toBe(404);
    expect((await say({ persona: 'demo-newcomer', chat: 'demo-nowhere', text: 'hi' })).status).toBe(404);
    const wrongChat = await say({ persona: 'demo-newcomer', chat: 'demo-group', text: 'hi' });
    expect(wrongChat.status).toBe(403);
    expect(((await wrongChat.json()) as { error: string }).error).toMatch(/cannot write/);
    expect((await say({ persona: 'demo-anna', chat: 'demo-ben', text: 'hi' })).status).toBe(403);
    expect((await pg.post('/playground/api/press', { persona: 'demo-ghost', chat: 'demo-anna', choiceId: 'yes' })).status).toBe(404);
    expect((await pg.post('/playground/api/locale', { persona: 'demo-ghost', locale: 'nl' })).status).toBe(404);
    expect((await pg.post('/playground/api/locale', { persona: 'demo-anna', locale: 'de' })).status).toBe(400);
    expect((await say({ persona: 42, chat: 'demo-anna', text: 'hi' })).status).toBe(400);
    expect(pg.app.local.transcript('demo-group')).toEqual([]);
  });

  it('refuses oversized texts and bodies, bad JSON, other content types, unknown actions and fields', async () => {
    pg = await startPlayground();
    const anna = { persona: 'demo-anna', chat: 'demo-anna' };
    const tooLong = await pg.post('/playground/api/say', { ...anna, text: 'a'.repeat(4097) });
    expect(tooLong.status).toBe(413);
    expect(((await tooLong.json()) as { error: string }).error).toMatch(/4096/);
    expect((await pg.post('/playground/api/say', { ...anna, text: '😀'.repeat(4096) })).status).toBe(200);
    expect((await pg.post('/playground/api/say', { ...anna, text: 'x', pad: 'y'.repeat(70_000) })).status).toBe(413);
    expect((await pg.post('/playground/api/say', '{"persona": ')).status).toBe(400);
    expect((await pg.post('/playground/api/say', JSON.stringify({ ...anna, text: 'hi' }), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await pg.post('/playground/api/say', { ...anna })).status).toBe(400);
    expect((await pg.post('/playground/api/say', { ...anna, text: 'hi', media: 'voice' })).status).toBe(400);
    expect((await pg.post('/playground/api/say', { ...anna, text: 'hi', extra: 1 })).status).toBe(400);
    const unknownAction = await pg.post('/playground/api/demo', { action: 'explode' });
    expect(unknownAction.status).toBe(400);
    expect(((await unknownAction.json()) as { error: string }).error).toMatch(/action/);
    expect((await pg.post('/playground/api/clock', { advance: 'tomorrow' })).status).toBe(400);
    expect((await pg.post('/playground/api/clock', { advance: -5 })).status).toBe(400);
    expect((await pg.post('/playground/api/clock', { advance: 'P400D' })).status).toBe(400);
    expect((await pg.post('/playground/api/nothing', {})).status).toBe(404);
  });

  it('answers a wrong method with 405', async () => {
    pg = await startPlayground();
    expect((await pg.get('/playground/api/say')).status).toBe(405);
    expect((await pg.get('/playground/api/demo')).status).toBe(405);
    expect((await pg.post('/playground/api/state', {})).status).toBe(405);
    expect((await fetch(`${pg.base}/playground/api/say`, { method: 'PUT', body: '{}' })).status).toBe(405);
  });

  it('refuses cross-site requests and foreign host names (DNS rebinding) when there is no token', async () => {
    pg = await startPlayground();
    const body = { persona: 'demo-anna', chat: 'demo-anna', text: '/help' };
    expect((await pg.post('/playground/api/say', body, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await pg.post('/playground/api/say', body, { origin: pg.base })).status).toBe(200);
    const rebound = await new Promise<number>((resolve, reject) => {
      // fetch() does not let us set Host, so use a raw request.
      import('node:http').then(({ request }) => {
        const req = request(`${pg!.base}/playground/api/state`, { headers: { host: 'evil.example:3000' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      }, reject);
    });
    expect(rebound).toBe(403);
  });

  it('requires the token on every request when PLAYGROUND_TOKEN is set, and compares it exactly', async () => {
    pg = await startPlayground({ PLAYGROUND_TOKEN: 's3cret-token' });
    expect((await pg.get('/playground/api/state')).status).toBe(401);
    expect((await pg.get('/playground/api/state', { 'x-playground-token': 's3cret-toke' })).status).toBe(401);
    expect((await pg.get('/playground/api/state', { 'x-playground-token': 's3cret-token!' })).status).toBe(401);
    expect((await pg.get('/playground/api/state', { 'x-playground-token': 's3cret-token' })).status).toBe(200);
    expect((await pg.get('/playground/api/state?token=s3cret-token')).status).toBe(200);
    expect((await pg.post('/playground/api/say', { persona: 'demo-anna', chat: 'demo-anna', text: 'hi' })).status).toBe(401);
    expect((await pg.get('/playground/api/events')).status).toBe(401);
    expect((await pg.get('/playground/static/app.js')).status).toBe(401);
    const denied = await pg.get('/');
    expect(denied.status).toBe(401);
    expect(denied.headers.get('content-type')).toContain('text/html');
    expect(await denied.text()).toContain('name="token"');
    // The page with ?token= sets a cookie, so its scripts, API calls and event stream work without the header.
    const page = await pg.get('/?token=s3cret-token');
    expect(page.status).toBe(200);
    const cookie = page.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^welkom_playground=s3cret-token; Path=\/; HttpOnly; SameSite=Strict/);
    const jar = { cookie: cookie.split(';')[0]! };
    expect((await pg.get('/playground/static/app.js', jar)).status).toBe(200);
    expect((await pg.post('/playground/api/say', { persona: 'demo-anna', chat: 'demo-anna', text: 'hi' }, jar)).status).toBe(200);
    expect((await pg.get('/playground/api/state', { cookie: 'welkom_playground=wrong' })).status).toBe(401);
  });

  it('streams every message of the playground chats as it happens (SSE)', async () => {
    pg = await startPlayground();
    const stream = await pg.get('/playground/api/events');
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reading = readEvents(stream, (events) => events.some((e) => e.event === 'message' && (e.data as LocalMessage).direction === 'out'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await act('say', { persona: 'demo-coordinator', chat: 'demo-coordinator', text: '/help' });
    const events = await reading;
    expect(events[0]).toMatchObject({ event: 'hello', data: { now: pg.clock.now() } });
    const messages = events.filter((e) => e.event === 'message').map((e) => e.data as LocalMessage);
    expect(messages[0]).toMatchObject({ chatId: 'demo-coordinator', direction: 'in', userId: 'demo-coordinator', text: '/help' });
    expect(messages[1]).toMatchObject({ chatId: 'demo-coordinator', direction: 'out' });
    expect(messages[1]!.text).toContain('/newgroup');
  });

  it('moves the clock through the jobs on the way, and holds notices in quiet hours until the clock passes them', async () => {
    pg = await startPlayground();
    const start = pg.clock.now();
    const stream = await pg.get('/playground/api/events');
    const reading = readEvents(stream, (events) => events.some((e) => e.event === 'clock'));
    const response = await pg.post('/playground/api/clock', { advance: 'P1D' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { now: number; jobsRun: number };
    expect(body.now).toBe(start + 86_400_000);
    // The nightly jobs (clean-up, retention at 03:30, and whatever features plan) ran on their time instead of being skipped as too late.
    expect(body.jobsRun).toBeGreaterThanOrEqual(2);
    expect((await reading).find((e) => e.event === 'clock')?.data).toEqual({ now: start + 86_400_000 });
    expect((await state()).now).toBe(start + 86_400_000);

    // 11:00 + 12 h = 23:00 in Amsterdam: notices to members wait for the morning; the group chat gets its notice at once.
    await pg.post('/playground/api/clock', { advance: 'PT12H' });
    await joinInArabic('Omar');
    let s = await state();
    expect(chatOf(s, 'demo-anna').waiting.count).toBe(1);
    expect(chatOf(s, 'demo-ben').messages).toEqual([]);
    expect(chatOf(s, 'demo-group').messages).toHaveLength(1);
    await pg.post('/playground/api/clock', { advance: 'PT9H' });
    s = await state();
    expect(chatOf(s, 'demo-anna').waiting.count).toBe(0);
    expect(chatOf(s, 'demo-ben').messages.map((m) => plain(m.text))).toEqual([t('uk', 'onboarding.joined_notice', { name: 'Omar', group: 'Welkomgroep Demo', role: t('uk', 'common.role.newcomer') })]);
  });

  it('switches a member’s language, and a guest’s language hint', async () => {
    pg = await startPlayground();
    const response = await pg.post('/playground/api/locale', { persona: 'demo-anna', locale: 'fa' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { persona: { locale: string; dir: string } }).persona).toMatchObject({ locale: 'fa', dir: 'rtl' });
    const anna = pg.app.services.store.values('members').find((m) => m.identities.includes('local:demo-anna'));
    expect(anna?.locale).toBe('fa');
    await pg.post('/playground/api/locale', { persona: 'demo-newcomer', locale: 'uk' });
    const s = await state();
    expect(chatOf(s, 'demo-newcomer')).toMatchObject({ locale: 'uk', dir: 'ltr' });
    const question = await act('say', { ...newcomer, text: chatOf(s, 'demo-newcomer').suggestion });
    expect(plain(question.find((m) => m.direction === 'out')!.text)).toBe(t('uk', 'onboarding.language.question'));
  });

  it('removes every trace of the demo with one call, and Reset demo brings a fresh one', async () => {
    pg = await startPlayground();
    await joinInArabic();
    const before = await state();
    const removed = await pg.post('/playground/api/demo', { action: 'remove' });
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as { demo: { present: boolean } }).demo.present).toBe(false);
    const { store } = pg.app.services;
    for (const collection of ['groups', 'members', 'identities', 'invites', 'chats', 'conversations', 'outbox', 'audit'] as const) {
      expect(store.values(collection), collection).toEqual([]);
    }
    const empty = await state();
    expect(empty.demo.present).toBe(false);
    expect(empty.chats).toEqual([]);
    expect((await pg.post('/playground/api/say', { persona: 'demo-anna', chat: 'demo-anna', text: 'hi' })).status).toBe(409);
    // Removed stays removed, also after a restart on the same data.
    await pg.restart();
    expect((await state()).demo.present).toBe(false);

    expect((await pg.post('/playground/api/demo', { action: 'reset' })).status).toBe(200);
    const fresh = await state();
    expect(fresh.demo.present).toBe(true);
    expect(fresh.demo.inviteCode).not.toBe(before.demo.inviteCode);
    expect(fresh.chats.every((c) => c.messages.length === 0)).toBe(true);
    expect(fresh.personas.find((p) => p.id === 'demo-newcomer')).toMatchObject({ member: false, locale: 'ar' });
    expect(pg.app.services.store.values('members')).toHaveLength(3);
  });

  it('keeps real time when real channels are configured (PLAYGROUND=1 next to Telegram or WhatsApp)', async () => {
    pg = await startPlayground({ PLAYGROUND: '1' }, (config) => ({ ...config, mode: 'live' }));
    expect((await state()).clockSteerable).toBe(false);
    const refused = await pg.post('/playground/api/clock', { advance: 'PT1H' });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: string }).error).toMatch(/local mode/);
  });

  it('sends /playground to the page', async () => {
    pg = await startPlayground();
    const response = await fetch(`${pg.base}/playground`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
  });

  it('has no routes when the playground is off', async () => {
    pg = await startPlayground({}, (config) => ({ ...config, playground: { enabled: false } }));
    expect((await pg.get('/')).status).toBe(404);
    expect((await pg.get('/playground/api/state')).status).toBe(404);
    expect((await pg.get('/playground/static/app.js')).status).toBe(404);
    expect(pg.app.services.store.values('groups')).toEqual([]);
  });
});
