// Tests for the fake Telegram Bot API: protocol behaviour, validation wording, rate limits, faults, and real grammY/runner round trips.
import { afterEach, describe, expect, it } from 'vitest';
import { Bot, GrammyError, InputFile } from 'grammy';
import type { Message, Update } from 'grammy/types';
import { run } from '@grammyjs/runner';
import { parseTelegramHtml, startFakeTelegram } from './telegram-api.js';
import type { FakeTelegram, FakeTelegramOptions } from './telegram-api.js';

interface Reply<T> {
  ok: boolean;
  result?: T;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

const running: FakeTelegram[] = [];

async function start(opts: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const fake = await startFakeTelegram(opts);
  running.push(fake);
  return fake;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((f) => f.close()));
});

/** Raw Bot API call with global fetch (a second, independent HTTP client besides grammY). */
async function api<T = unknown>(
  fake: FakeTelegram,
  method: string,
  params: Record<string, unknown> = {},
  token = fake.token,
): Promise<{ status: number; body: Reply<T> }> {
  const res = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: res.status, body: (await res.json()) as Reply<T> };
}

const alice = { id: 4242, first_name: 'Alice', username: 'alice', language_code: 'nl' };
const noLimits = { perChatPerSecond: Infinity, perGroupPerMinute: Infinity, globalPerSecond: Infinity };

function botFor(fake: FakeTelegram): Bot {
  return new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
}

describe('protocol basics', () => {
  it('serves getMe to a real grammY Bot and records the call', async () => {
    const fake = await start();
    expect(fake.apiRoot).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const me = await botFor(fake).api.getMe();
    expect(me).toMatchObject({ id: 999000, is_bot: true, first_name: 'Welkom', username: 'welkom_test_bot' });
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]).toMatchObject({ method: 'getMe', ok: true });
  });

  it('answers a wrong token with 401 and an unknown method with 404', async () => {
    const fake = await start();
    const wrong = await api(fake, 'getMe', {}, '1:nope');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });
    const unknown = await api(fake, 'sendTelepathy', { chat_id: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ ok: false, error_code: 404, description: 'Not Found' });
    await expect(new Bot('1:nope', { client: { apiRoot: fake.apiRoot } }).api.getMe()).rejects.toMatchObject({
      error_code: 401,
    });
  });

  it('sendMessage via grammY returns a realistic Message with per-chat increasing ids', async () => {
    const fake = await start({ limits: noLimits });
    const bot = botFor(fake);
    const m1 = await bot.api.sendMessage(42, 'Hallo <b>wereld</b>', { parse_mode: 'HTML' });
    const m2 = await bot.api.sendMessage(42, 'tweede');
    const other = await bot.api.sendMessage(-100777, 'groep');
    expect(m1).toMatchObject({
      message_id: 1,
      from: { id: 999000, is_bot: true, username: 'welkom_test_bot' },
      chat: { id: 42, type: 'private' },
      text: 'Hallo wereld',
      entities: [{ type: 'bold', offset: 6, length: 6 }],
    });
    expect(typeof m1.date).toBe('number');
    expect(m2.message_id).toBe(2);
    expect(other).toMatchObject({ message_id: 1, chat: { id: -100777, type: 'supergroup' } });
    expect(fake.sent(42).map((s) => [s.message_id, s.text, s.plain, s.parse_mode])).toEqual([
      [1, 'Hallo <b>wereld</b>', 'Hallo wereld', 'HTML'],
      [2, 'tweede', 'tweede', undefined],
    ]);
    expect(fake.sent()).toHaveLength(3);
  });

  it('accepts multipart uploads (sendPhoto/sendDocument with InputFile) and records chat_id, caption and size', async () => {
    const fake = await start({ limits: noLimits });
    const bot = botFor(fake);
    const photo = await bot.api.sendPhoto(42, new InputFile(Buffer.alloc(1234, 7), 'qr.png'), {
      caption: 'Scan <b>mij</b>',
      parse_mode: 'HTML',
    });
    expect(photo.caption).toBe('Scan mij');
    expect(photo.photo?.at(-1)?.file_size).toBe(1234);
    const doc = await bot.api.sendDocument(-100555, new InputFile(Buffer.from('hello'), 'notes.txt'));
    expect(doc.document).toMatchObject({ file_name: 'notes.txt', file_size: 5 });

    const call = fake.calls.find((c) => c.method === 'sendPhoto');
    expect(call?.params).toMatchObject({ chat_id: 42, caption: 'Scan <b>mij</b>', photo: { filename: 'qr.png', size: 1234 } });
    expect(fake.sent(42)[0]).toMatchObject({ method: 'sendPhoto', plain: 'Scan mij', file: { size: 1234 } });
    expect(fake.sent(-100555)[0]).toMatchObject({ method: 'sendDocument', text: '', file: { filename: 'notes.txt', size: 5 } });
  });
});

describe('getUpdates long polling', () => {
  it('holds a long poll until an update is pushed; the next offset confirms it', async () => {
    const fake = await start();
    const bot = botFor(fake);
    const polling = bot.api.getUpdates({ offset: 0, timeout: 1 });
    await fake.waitForPendingPoll();
    const id = fake.userMessage({ chatId: alice.id, from: alice, text: '/start' });
    const updates = await polling;
    expect(updates).toHaveLength(1);
    const msg = updates[0]?.message;
    expect(updates[0]?.update_id).toBe(id);
    expect(msg).toMatchObject({
      text: '/start',
      from: { id: alice.id, is_bot: false, first_name: 'Alice', username: 'alice', language_code: 'nl' },
      chat: { id: alice.id, type: 'private', first_name: 'Alice' },
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
    });
    // Not confirmed yet: asking again returns it again.
    expect(fake.pendingUpdates()).toBe(1);
    expect(await bot.api.getUpdates({ offset: 0, timeout: 0 })).toHaveLength(1);
    // Offset id+1 confirms and drops it.
    expect(await bot.api.getUpdates({ offset: id + 1, timeout: 0 })).toEqual([]);
    expect(fake.confirmedOffset()).toBe(id + 1);
    expect(fake.pendingUpdates()).toBe(0);
  });

  it('times out a long poll with [] after `timeout` seconds', async () => {
    const fake = await start();
    const t0 = Date.now();
    const res = await api<Update[]>(fake, 'getUpdates', { timeout: 1 });
    expect(res.body).toEqual({ ok: true, result: [] });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it('answers the waiting poll with 409 when another getUpdates long poll arrives (Telegram behaviour)', async () => {
    const fake = await start();
    const first = api<Update[]>(fake, 'getUpdates', { timeout: 1 });
    await fake.waitForPendingPoll();
    const second = api<Update[]>(fake, 'getUpdates', { timeout: 1 });
    const conflicted = await first;
    expect(conflicted.status).toBe(409);
    expect(conflicted.body).toMatchObject({ ok: false, error_code: 409 });
    expect(conflicted.body.description).toContain('Conflict: terminated by other getUpdates request');
    await fake.waitForPendingPoll();
    const id = fake.userMessage({ chatId: -100900, from: alice, text: 'hoi allemaal', chatType: 'supergroup', threadId: 5 });
    const delivered = await second;
    expect(delivered.body.result?.map((u) => u.update_id)).toEqual([id]);
    expect(delivered.body.result?.[0]?.message).toMatchObject({ message_thread_id: 5, is_topic_message: true, chat: { type: 'supergroup' } });
  });

  it('batches updates pushed in the same tick, honours limit and negative offsets', async () => {
    const fake = await start();
    const polling = api<Update[]>(fake, 'getUpdates', { timeout: 1, limit: 2 });
    await fake.waitForPendingPoll();
    const a = fake.userMessage({ chatId: 1, from: alice, text: 'a' });
    const b = fake.userMessage({ chatId: 1, from: alice, text: 'b' });
    const c = fake.userMessage({ chatId: 1, from: alice, text: 'c' });
    expect((await polling).body.result?.map((u) => u.update_id)).toEqual([a, b]);
    const last = await api<Update[]>(fake, 'getUpdates', { offset: -1 });
    expect(last.body.result?.map((u) => u.update_id)).toEqual([c]);
    expect(fake.confirmedOffset()).toBe(c);
    expect(fake.pendingUpdates()).toBe(1);
  });

  it('does not deliver chat_member updates unless allowed_updates lists them', async () => {
    const fake = await start();
    const member = { chat: { id: -100, type: 'supergroup', title: 'G' }, from: alice, date: 1 };
    fake.pushUpdate({ chat_member: member });
    expect((await api<Update[]>(fake, 'getUpdates', {})).body.result).toEqual([]);
    const id = fake.pushUpdate({ chat_member: member });
    const res = await api<Update[]>(fake, 'getUpdates', { allowed_updates: ['message', 'chat_member'] });
    expect(res.body.result?.map((u) => u.update_id)).toEqual([id]);
  });

  it('refuses getUpdates while a webhook is set and a setWebhook terminates a waiting poll', async () => {
    const fake = await start();
    const waiting = api(fake, 'getUpdates', { timeout: 1 });
    await fake.waitForPendingPoll();
    const set = await api(fake, 'setWebhook', { url: 'https://welkom.example.org/tg', secret_token: 'abc_DEF-1' });
    expect(set.body).toEqual({ ok: true, result: true, description: 'Webhook was set' });
    expect((await waiting).body).toMatchObject({ error_code: 409, description: 'Conflict: terminated by setWebhook request' });
    expect(fake.webhook()).toEqual({ url: 'https://welkom.example.org/tg', secret_token: 'abc_DEF-1' });

    const refused = await api(fake, 'getUpdates', {});
    expect(refused.status).toBe(409);
    expect(refused.body.description).toMatch(/^Conflict: can't use getUpdates method while webhook is active/);
    expect((await api(fake, 'getWebhookInfo')).body.result).toMatchObject({ url: 'https://welkom.example.org/tg', pending_update_count: 0 });
    expect((await api(fake, 'setWebhook', { url: 'http://insecure.example.org' })).body.description).toContain('HTTPS URL');

    expect((await api(fake, 'deleteWebhook')).body).toEqual({ ok: true, result: true, description: 'Webhook was deleted' });
    expect((await api(fake, 'getUpdates', {})).body).toEqual({ ok: true, result: [] });
  });

  it('answers a pending long poll with [] on close(); close() is idempotent', async () => {
    const fake = await startFakeTelegram();
    const waiting = api<Update[]>(fake, 'getUpdates', { timeout: 1 });
    await fake.waitForPendingPoll();
    const t0 = Date.now();
    await Promise.all([fake.close(), fake.close()]);
    expect((await waiting).body).toEqual({ ok: true, result: [] });
    expect(Date.now() - t0).toBeLessThan(900);
    await fake.close();
    await expect(fetch(`${fake.apiRoot}/bot${fake.token}/getMe`)).rejects.toThrow();
  });
});

describe('real grammY bot and runner round trips', () => {
  it('bot.start(): command → reply with keyboard → button press → answer + edit → bot.stop() confirms', async () => {
    const fake = await start({ limits: noLimits });
    const bot = botFor(fake);
    bot.command('start', (ctx) =>
      ctx.reply('Welkom! Kies een taal:', {
        reply_markup: { inline_keyboard: [[{ text: 'Nederlands', callback_data: 'lang:nl' }, { text: 'العربية', callback_data: 'lang:ar' }]] },
      }),
    );
    bot.callbackQuery(/^lang:(.+)$/, async (ctx) => {
      await ctx.answerCallbackQuery({ text: 'OK' });
      await ctx.editMessageText(`Taal: <b>${ctx.match[1] ?? ''}</b>`, { parse_mode: 'HTML' });
    });
    const stopped = bot.start({ timeout: 1 });

    const startId = fake.userMessage({ chatId: alice.id, from: alice, text: '/start' });
    const reply = await fake.waitForCall((c) => c.method === 'sendMessage');
    expect(reply.ok).toBe(true);
    const keyboardMsg = (reply.response as Reply<Message>).result;
    expect(keyboardMsg?.reply_markup?.inline_keyboard[0]?.[1]).toMatchObject({ text: 'العربية', callback_data: 'lang:ar' });
    expect(fake.sent(alice.id)[0]?.reply_markup?.inline_keyboard?.[0]?.[1]?.callback_data).toBe('lang:ar');

    const cbId = fake.callback({ from: alice, chatId: alice.id, messageId: keyboardMsg?.message_id ?? 0, data: 'lang:ar' });
    expect(cbId).toBeGreaterThan(startId);
    const answered = await fake.waitForCall((c) => c.method === 'answerCallbackQuery');
    expect(answered.ok).toBe(true);
    const edited = await fake.waitForCall((c) => c.method === 'editMessageText');
    expect(edited.ok).toBe(true);
    expect(fake.sent(alice.id).map((s) => [s.method, s.plain])).toEqual([
      ['sendMessage', 'Welkom! Kies een taal:'],
      ['editMessageText', 'Taal: ar'],
    ]);

    await bot.stop();
    await stopped;
    expect(fake.confirmedOffset()).toBe(cbId + 1);
    expect(fake.pendingUpdates()).toBe(0);
    expect(fake.calls.filter((c) => c.method === 'getUpdates' && !c.ok && (c.response as Reply<unknown>).error_code === 409)).toEqual([]);
  });

  it('@grammyjs/runner works against the fake and stops cleanly', async () => {
    const fake = await start({ limits: noLimits });
    const bot = botFor(fake);
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    await bot.init();
    const handle = run(bot, { runner: { fetch: { timeout: 1 } } });
    fake.userMessage({ chatId: -4001, from: alice, text: 'hallo', chatType: 'group', title: 'Welkom Utrecht' });
    const call = await fake.waitForCall((c) => c.method === 'sendMessage');
    expect(call.params).toMatchObject({ chat_id: -4001, text: 'echo: hallo' });
    expect((call.response as Reply<Message>).result?.chat).toMatchObject({ type: 'group', title: 'Welkom Utrecht' });
    await handle.stop();
  });
});

describe('HTML parse_mode validation', () => {
  const send = (fake: FakeTelegram, text: string) => api<Message>(fake, 'sendMessage', { chat_id: 42, text, parse_mode: 'HTML' });

  it('accepts valid nested markup and records the plain text', async () => {
    const fake = await start({ limits: noLimits });
    const html =
      '<b>vet <i>schuin</i></b> <a href="https://welkom.example.org/x?a=1&amp;b=2">link</a> <tg-spoiler>geheim</tg-spoiler> ' +
      '<span class="tg-spoiler">ook</span> <code>x</code> <pre><code class="language-ts">let a = 1;</code></pre> ' +
      '<blockquote expandable>citaat</blockquote> &lt;tag&gt; &quot;q&quot; &#65;&#x42; <u>o</u><s>d</s>';
    const res = await send(fake, html);
    expect(res.body.ok).toBe(true);
    const plain = 'vet schuin link geheim ook x let a = 1; citaat <tag> "q" AB od';
    expect(res.body.result?.text).toBe(plain);
    expect(fake.sent(42)[0]?.plain).toBe(plain);
    expect(res.body.result?.entities).toEqual(
      expect.arrayContaining([
        { type: 'bold', offset: 0, length: 10 },
        { type: 'italic', offset: 4, length: 6 },
        { type: 'text_link', offset: 11, length: 4, url: 'https://welkom.example.org/x?a=1&b=2' },
        { type: 'spoiler', offset: 16, length: 6 },
        { type: 'code', offset: 27, length: 1 },
        { type: 'pre', offset: 29, length: 10, language: 'ts' },
        { type: 'expandable_blockquote', offset: 40, length: 6 },
      ]),
    );
  });

  it('rejects unclosed, misnested and unknown tags and a bare "<", with Telegram wording and byte offsets', async () => {
    const fake = await start({ limits: noLimits });
    const cases: Array<[string, string]> = [
      ['<b>x', 'Can\'t find end tag corresponding to start tag "b"'],
      ['a < b', 'Unsupported start tag "" at byte offset 2'],
      ['<x>hi</x>', 'Unsupported start tag "x" at byte offset 0'],
      ['héllo <blink>', 'Unsupported start tag "blink" at byte offset 7'],
      ['<b><i>x</b></i>', 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'],
      ['x</b>', 'Unexpected end tag at byte offset 1'],
      ['<span>x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
      ['<a href="https://x.org"', 'Unclosed start tag at byte offset 0'],
    ];
    for (const [text, error] of cases) {
      const res = await send(fake, text);
      expect(res.status, text).toBe(400);
      expect(res.body.description, text).toBe(`Bad Request: can't parse entities: ${error}`);
    }
    expect(fake.sent()).toEqual([]);
  });

  it('accepts escaped entities; a bare "&" stays literal like on Telegram', async () => {
    const fake = await start({ limits: noLimits });
    expect((await send(fake, 'a &lt; b')).body.result?.text).toBe('a < b');
    expect((await send(fake, 'Tom & Jerry &nbsp;')).body.result?.text).toBe('Tom & Jerry &nbsp;');
    expect(parseTelegramHtml('&amp &#x1F600;')).toEqual({ ok: true, text: '& 😀', entities: [] });
  });

  it('reports invalid custom emoji ids and unsupported parse modes', async () => {
    const fake = await start({ limits: noLimits });
    expect((await send(fake, '<tg-emoji emoji-id="abc">👍</tg-emoji>')).body.description).toBe(
      "Bad Request: can't parse entities: Invalid custom emoji identifier specified",
    );
    const bad = await api(fake, 'sendMessage', { chat_id: 42, text: 'x', parse_mode: 'BBCode' });
    expect(bad.body.description).toBe('Bad Request: unsupported parse_mode');
  });
});

describe('text limits', () => {
  it('counts the 4096 limit in UTF-16 code units after entity parsing', async () => {
    const fake = await start({ limits: noLimits });
    const ok = await api<Message>(fake, 'sendMessage', { chat_id: 1, text: `<b>${'a'.repeat(4096)}</b>`, parse_mode: 'HTML' });
    expect(ok.body.ok).toBe(true);
    expect(ok.body.result?.text).toHaveLength(4096);
    const tooLong = await api(fake, 'sendMessage', { chat_id: 1, text: `<b>${'a'.repeat(4097)}</b>`, parse_mode: 'HTML' });
    expect(tooLong.body).toEqual({ ok: false, error_code: 400, description: 'Bad Request: message is too long' });
    // Emoji outside the BMP count twice.
    expect((await api(fake, 'sendMessage', { chat_id: 1, text: '😀'.repeat(2048) })).body.ok).toBe(true);
    expect((await api(fake, 'sendMessage', { chat_id: 1, text: `${'😀'.repeat(2048)}x` })).body.description).toBe(
      'Bad Request: message is too long',
    );
  });

  it('rejects text that is empty after parsing/trimming', async () => {
    const fake = await start({ limits: noLimits });
    for (const params of [{ text: '' }, { text: '   \n ' }, { text: '<b></b>', parse_mode: 'HTML' }, {}]) {
      const res = await api(fake, 'sendMessage', { chat_id: 1, ...params });
      expect(res.body.description).toBe('Bad Request: message text is empty');
    }
    expect((await api(fake, 'sendMessage', { text: 'x' })).body.description).toBe('Bad Request: chat_id is empty');
  });

  it('validates message_thread_id', async () => {
    const fake = await start({ limits: noLimits });
    for (const id of [0, -3, 'abc']) {
      const res = await api(fake, 'sendMessage', { chat_id: -100123, text: 'x', message_thread_id: id });
      expect(res.body.description).toBe('Bad Request: message thread not found');
    }
    const ok = await api<Message>(fake, 'sendMessage', { chat_id: -100123, text: 'x', message_thread_id: 7 });
    expect(ok.body.result).toMatchObject({ message_thread_id: 7, is_topic_message: true });
    expect(fake.sent(-100123)[0]?.message_thread_id).toBe(7);
  });
});

describe('inline keyboards', () => {
  const withButton = (button: Record<string, unknown>) => ({ chat_id: 5, text: 'kies', reply_markup: { inline_keyboard: [[button]] } });

  it('checks callback_data length in UTF-8 bytes (Arabic: 2 bytes per letter)', async () => {
    const fake = await start({ limits: noLimits });
    const ok64 = 'ب'.repeat(32);
    const bad65 = `${ok64}a`;
    expect(Buffer.byteLength(ok64)).toBe(64);
    expect(bad65.length).toBe(33);
    expect((await api(fake, 'sendMessage', withButton({ text: 'ok', callback_data: ok64 }))).body.ok).toBe(true);
    const bad = await api(fake, 'sendMessage', withButton({ text: 'te lang', callback_data: bad65 }));
    expect(bad.body).toEqual({ ok: false, error_code: 400, description: 'Bad Request: BUTTON_DATA_INVALID' });

    const bot = botFor(fake);
    const err = await bot.api
      .sendMessage(5, 'kies', { reply_markup: { inline_keyboard: [[{ text: 'x', callback_data: bad65 }]] } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).description).toBe('Bad Request: BUTTON_DATA_INVALID');
  });

  it('rejects buttons without an action, with two actions, without text, and more than 100 buttons', async () => {
    const fake = await start({ limits: noLimits });
    expect((await api(fake, 'sendMessage', withButton({ text: 'kaal' }))).body.description).toBe(
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
    expect((await api(fake, 'sendMessage', withButton({ text: 'twee', url: 'https://a.org', callback_data: 'x' }))).body.description).toContain(
      'exactly one',
    );
    expect((await api(fake, 'sendMessage', withButton({ callback_data: 'x' }))).body.description).toBe(
      'Bad Request: can\'t parse inline keyboard button: Can\'t find field "text"',
    );
    expect((await api(fake, 'sendMessage', withButton({ text: '', callback_data: 'x' }))).body.error_code).toBe(400);
    expect((await api(fake, 'sendMessage', withButton({ text: 'lokaal', url: 'http://localhost:3000' }))).body.description).toContain(
      'Wrong HTTP URL',
    );
    const rows = Array.from({ length: 11 }, (_, r) => Array.from({ length: 10 }, (_, c) => ({ text: `${r}.${c}`, callback_data: `${r}.${c}` })));
    const tooMany = await api(fake, 'sendMessage', { chat_id: 5, text: 'veel', reply_markup: { inline_keyboard: rows } });
    expect(tooMany.body.description).toBe('Bad Request: reply markup is too long');
    const hundred = await api(fake, 'sendMessage', { chat_id: 5, text: 'veel', reply_markup: { inline_keyboard: rows.slice(0, 10) } });
    expect(hundred.body.ok).toBe(true);
  });
});

describe('rate limits (injected clock)', () => {
  it('per chat: burst of 3, then 429 with retry_after; refills with time', async () => {
    let t = 1_000_000;
    const fake = await start({ now: () => t });
    for (let i = 0; i < 3; i++) expect((await api(fake, 'sendMessage', { chat_id: 7, text: `m${i}` })).body.ok).toBe(true);
    const limited = await api(fake, 'sendMessage', { chat_id: 7, text: 'm3' });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    expect(fake.count429()).toBe(1);
    // Another chat is unaffected; non-sending methods are never limited.
    expect((await api(fake, 'sendMessage', { chat_id: 8, text: 'x' })).body.ok).toBe(true);
    expect((await api(fake, 'getMe')).body.ok).toBe(true);
    t += 1000;
    expect((await api(fake, 'sendMessage', { chat_id: 7, text: 'm4' })).body.ok).toBe(true);
    expect((await api(fake, 'sendMessage', { chat_id: 7, text: 'm5' })).status).toBe(429);

    // grammY surfaces it as a GrammyError with parameters.retry_after.
    const err = await botFor(fake)
      .api.sendMessage(7, 'again')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GrammyError);
    expect((err as GrammyError).error_code).toBe(429);
    expect((err as GrammyError).parameters.retry_after).toBe(1);
  });

  it('per group: 20 per minute, retry_after computed from the bucket', async () => {
    let t = 5_000_000;
    const fake = await start({ now: () => t, limits: { perChatPerSecond: Infinity } });
    for (let i = 0; i < 20; i++) expect((await api(fake, 'sendMessage', { chat_id: -100321, text: `g${i}` })).body.ok).toBe(true);
    const limited = await api(fake, 'sendMessage', { chat_id: -100321, text: 'g20' });
    expect(limited.body.parameters).toEqual({ retry_after: 3 });
    t += 2000;
    expect((await api(fake, 'sendMessage', { chat_id: -100321, text: 'g20' })).body.parameters).toEqual({ retry_after: 1 });
    t += 1000;
    expect((await api(fake, 'sendMessage', { chat_id: -100321, text: 'g20' })).body.ok).toBe(true);
    // Private chats have no per-minute group limit.
    for (let i = 0; i < 25; i++) expect((await api(fake, 'sendMessage', { chat_id: 99, text: `p${i}` })).body.ok).toBe(true);
  });

  it('global: 30 per second over all chats; edits count too', async () => {
    const t = 9_000_000;
    const fake = await start({ now: () => t, limits: { perChatPerSecond: Infinity, perGroupPerMinute: Infinity } });
    for (let i = 0; i < 29; i++) expect((await api(fake, 'sendMessage', { chat_id: 1000 + i, text: 'x' })).body.ok).toBe(true);
    expect((await api(fake, 'editMessageText', { chat_id: 1000, message_id: 1, text: 'y' })).body.ok).toBe(true);
    const limited = await api(fake, 'sendMessage', { chat_id: 2000, text: 'x' });
    expect(limited.body).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
  });
});

describe('faults, blocked and migrated chats', () => {
  it('blockChat → 403 with Telegram wording for private and group chats', async () => {
    const fake = await start({ limits: noLimits });
    fake.blockChat(alice.id);
    fake.blockChat(-4002);
    fake.blockChat(-1004003);
    expect((await api(fake, 'sendMessage', { chat_id: alice.id, text: 'x' })).body).toEqual({
      ok: false,
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    expect((await api(fake, 'sendMessage', { chat_id: -4002, text: 'x' })).body.description).toBe(
      'Forbidden: bot was kicked from the group chat',
    );
    expect((await api(fake, 'sendMessage', { chat_id: -1004003, text: 'x' })).body.description).toBe(
      'Forbidden: bot was kicked from the supergroup chat',
    );
    const err = await botFor(fake)
      .api.sendMessage(alice.id, 'x')
      .catch((e: unknown) => e);
    expect((err as GrammyError).error_code).toBe(403);
    fake.unblockChat(alice.id);
    expect((await api(fake, 'sendMessage', { chat_id: alice.id, text: 'x' })).body.ok).toBe(true);
  });

  it('my_chat_member kicked/member updates block and unblock sends', async () => {
    const fake = await start({ limits: noLimits });
    fake.myChatMember({ chatId: -4100, chatType: 'group', title: 'Welkom Zwolle', from: alice, oldStatus: 'member', newStatus: 'kicked' });
    expect((await api(fake, 'sendMessage', { chat_id: -4100, text: 'x' })).status).toBe(403);
    const ups = await api<Update[]>(fake, 'getUpdates', {});
    expect(ups.body.result?.[0]?.my_chat_member).toMatchObject({
      chat: { id: -4100, type: 'group', title: 'Welkom Zwolle' },
      old_chat_member: { status: 'member', user: { id: 999000 } },
      new_chat_member: { status: 'kicked', user: { id: 999000 } },
    });
    fake.myChatMember({ chatId: -4100, chatType: 'group', from: alice, oldStatus: 'left', newStatus: 'administrator' });
    expect((await api(fake, 'sendMessage', { chat_id: -4100, text: 'x' })).body.ok).toBe(true);
  });

  it('migrateChat → 400 with parameters.migrate_to_chat_id (also via grammY)', async () => {
    const fake = await start({ limits: noLimits });
    fake.migrateChat(-4200, -1004200);
    const res = await api(fake, 'sendMessage', { chat_id: -4200, text: 'x' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: -1004200 },
    });
    const err = await botFor(fake)
      .api.sendMessage(-4200, 'x')
      .catch((e: unknown) => e);
    expect((err as GrammyError).parameters.migrate_to_chat_id).toBe(-1004200);
    expect((await api(fake, 'sendMessage', { chat_id: -1004200, text: 'x' })).body.ok).toBe(true);
  });

  it('failNext injects errors for the next N calls, then behaves normally', async () => {
    const fake = await start({ limits: noLimits });
    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 5', retry_after: 5 });
    fake.failNext('getMe', { error_code: 502, description: 'Bad Gateway' }, 2);
    expect((await api(fake, 'sendMessage', { chat_id: 1, text: 'x' })).body).toEqual({
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 5',
      parameters: { retry_after: 5 },
    });
    expect(fake.count429()).toBe(1);
    expect((await api(fake, 'sendMessage', { chat_id: 1, text: 'x' })).body.ok).toBe(true);
    expect((await api(fake, 'getMe')).status).toBe(502);
    expect((await api(fake, 'getMe')).status).toBe(502);
    expect((await api(fake, 'getMe')).status).toBe(200);
  });
});

describe('callbacks, edits and deletes', () => {
  it('answerCallbackQuery accepts an issued id once; unknown ids fail like Telegram', async () => {
    const fake = await start({ limits: noLimits });
    const tooOld = 'Bad Request: query is too old and response timeout expired or query ID is invalid';
    expect((await api(fake, 'answerCallbackQuery', { callback_query_id: '123' })).body).toEqual({
      ok: false,
      error_code: 400,
      description: tooOld,
    });
    const sent = await api<Message>(fake, 'sendMessage', {
      chat_id: 1,
      text: 'kies',
      reply_markup: { inline_keyboard: [[{ text: 'ja', callback_data: 'yes' }]] },
    });
    fake.callback({ from: alice, chatId: 1, messageId: sent.body.result?.message_id ?? 0, data: 'yes' });
    const ups = await api<Update[]>(fake, 'getUpdates', {});
    const cq = ups.body.result?.[0]?.callback_query;
    expect(cq).toMatchObject({ data: 'yes', from: { id: alice.id }, message: { message_id: 1, text: 'kies' } });
    expect((await api(fake, 'answerCallbackQuery', { callback_query_id: cq?.id })).body.ok).toBe(true);
    expect((await api(fake, 'answerCallbackQuery', { callback_query_id: cq?.id })).body.description).toBe(tooOld);
  });

  it('edits and deletes check the message like Telegram', async () => {
    const fake = await start({ limits: noLimits });
    const kb = { inline_keyboard: [[{ text: 'a', callback_data: 'a' }]] };
    await api(fake, 'sendMessage', { chat_id: 3, text: 'origineel', reply_markup: kb });
    expect((await api(fake, 'editMessageText', { chat_id: 3, message_id: 99, text: 'x' })).body.description).toBe(
      'Bad Request: message to edit not found',
    );
    expect((await api(fake, 'editMessageText', { chat_id: 3, message_id: 1, text: 'origineel', reply_markup: kb })).body.description).toMatch(
      /^Bad Request: message is not modified/,
    );
    const edited = await api<Message>(fake, 'editMessageText', { chat_id: 3, message_id: 1, text: 'nieuw' });
    expect(edited.body.result).toMatchObject({ message_id: 1, text: 'nieuw' });
    expect(edited.body.result?.reply_markup).toBeUndefined();
    const markup = await api<Message>(fake, 'editMessageReplyMarkup', { chat_id: 3, message_id: 1, reply_markup: kb });
    expect(markup.body.result?.reply_markup).toEqual(kb);
    const userMsgId = fake.userMessage({ chatId: 3, from: alice, text: 'hoi' });
    expect(userMsgId).toBeGreaterThan(0);
    expect((await api(fake, 'editMessageText', { chat_id: 3, message_id: 2, text: 'x' })).body.description).toBe(
      "Bad Request: message can't be edited",
    );
    expect((await api(fake, 'deleteMessage', { chat_id: 3, message_id: 1 })).body.ok).toBe(true);
    expect((await api(fake, 'deleteMessage', { chat_id: 3, message_id: 1 })).body.description).toBe(
      'Bad Request: message to delete not found',
    );
    expect(fake.sent(3).map((s) => s.method)).toEqual(['sendMessage', 'editMessageText', 'editMessageReplyMarkup']);
  });
});

describe('bot commands and chat methods', () => {
  it('stores commands per scope and language and validates them', async () => {
    const fake = await start();
    const bot = botFor(fake);
    await bot.api.setMyCommands([{ command: 'start', description: 'Begin' }, { command: 'help', description: 'Hulp' }]);
    await bot.api.setMyCommands([{ command: 'start', description: 'ابدأ' }], { language_code: 'ar' });
    await bot.api.setMyCommands([{ command: 'admin', description: 'Beheer' }], { scope: { type: 'chat', chat_id: -1005 } });
    expect(await bot.api.getMyCommands()).toEqual([
      { command: 'start', description: 'Begin' },
      { command: 'help', description: 'Hulp' },
    ]);
    expect(await bot.api.getMyCommands({ language_code: 'ar' })).toEqual([{ command: 'start', description: 'ابدأ' }]);
    expect(fake.myCommands({ type: 'chat', chat_id: -1005 })).toEqual([{ command: 'admin', description: 'Beheer' }]);
    await bot.api.deleteMyCommands({ language_code: 'ar' });
    expect(await bot.api.getMyCommands({ language_code: 'ar' })).toEqual([]);

    const bad = async (commands: unknown, extra: Record<string, unknown> = {}) =>
      (await api(fake, 'setMyCommands', { commands, ...extra })).body.description;
    expect(await bad([{ command: 'Start', description: 'x' }])).toBe('Bad Request: BOT_COMMAND_INVALID');
    expect(await bad([{ command: 'met-streepje', description: 'x' }])).toBe('Bad Request: BOT_COMMAND_INVALID');
    expect(await bad([{ command: 'a'.repeat(33), description: 'x' }])).toBe('Bad Request: command length must not exceed 32');
    expect(await bad([{ command: 'ok', description: '' }])).toBe('Bad Request: command description must be non-empty');
    expect(await bad([{ command: 'ok', description: 'd'.repeat(257) }])).toBe(
      'Bad Request: command description length must not exceed 256',
    );
    expect(await bad(Array.from({ length: 101 }, (_, i) => ({ command: `c${i}`, description: 'd' })))).toBe(
      'Bad Request: BOT_COMMANDS_TOO_MUCH',
    );
    expect(await bad([{ command: 'ok', description: 'd' }], { language_code: 'NL' })).toBe('Bad Request: invalid language code specified');
    expect((await api(fake, 'setMyCommands', { commands: [{ command: 'a'.repeat(32), description: 'd'.repeat(256) }] })).body.ok).toBe(true);
  });

  it('getChat, getChatMember, leaveChat, setChatMenuButton, sendChatAction', async () => {
    const fake = await start({ limits: noLimits });
    const bot = botFor(fake);
    fake.userMessage({ chatId: -100600, from: alice, text: 'hoi', chatType: 'supergroup', title: 'Welkom Den Haag' });
    expect(await bot.api.getChat(-100600)).toMatchObject({ id: -100600, type: 'supergroup', title: 'Welkom Den Haag' });
    expect(await bot.api.getChatMember(-100600, alice.id)).toMatchObject({ status: 'member', user: { id: alice.id, first_name: 'Alice' } });
    expect(await bot.api.setChatMenuButton({ menu_button: { type: 'commands' } })).toBe(true);
    expect(await bot.api.sendChatAction(-100600, 'typing')).toBe(true);
    expect(await bot.api.leaveChat(-100600)).toBe(true);
    expect((await api(fake, 'sendMessage', { chat_id: -100600, text: 'x' })).body.description).toBe(
      'Forbidden: bot is not a member of the supergroup chat',
    );
    expect((await api(fake, 'leaveChat', { chat_id: alice.id })).body.description).toBe(
      "Bad Request: chat member status can't be changed in private chats",
    );
  });
});

describe('test helpers', () => {
  it('waitForCall resolves for past and future calls and rejects listing recent calls', async () => {
    const fake = await start({ limits: noLimits });
    await api(fake, 'getMe');
    await expect(fake.waitForCall((c) => c.method === 'getMe')).resolves.toMatchObject({ method: 'getMe' });
    const future = fake.waitForCall((c) => c.method === 'sendMessage', 2000, fake.calls.length);
    await api(fake, 'sendMessage', { chat_id: 1, text: 'later' });
    await expect(future).resolves.toMatchObject({ params: { text: 'later' } });
    const err = await fake.waitForCall((c) => c.method === 'deleteMessage', 30).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain('no matching call within 30 ms');
    expect((err as Error).message).toContain('sendMessage');
  });

  it('pushUpdate assigns increasing ids and keeps explicit ones', async () => {
    const fake = await start();
    const a = fake.pushUpdate({ message: { message_id: 10, date: 1, chat: { id: 5, type: 'private', first_name: 'B' }, text: 'x' } });
    const b = fake.pushUpdate({ update_id: a + 10, message: { message_id: 11, date: 1, chat: { id: 5, type: 'private', first_name: 'B' }, text: 'y' } });
    const c = fake.userMessage({ chatId: 5, from: alice, text: 'z', entities: 'none' });
    expect([b - a, c - b]).toEqual([10, 1]);
    const ups = await api<Update[]>(fake, 'getUpdates', {});
    expect(ups.body.result?.[2]?.message).toMatchObject({ message_id: 12, text: 'z' });
    expect(ups.body.result?.[2]?.message?.entities).toBeUndefined();
  });
});
