// End to end: the real welkom process (npm start's command) against the fake Telegram Bot API, in polling and webhook mode.
// The polling tests run in order and share one process and one conversation history, like a day in a Welcome Group.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FSI, PDI } from '../../../src/i18n/i18n.js';
import { startFakeTelegram, type FakeTelegram, type FakeUser, type SentMessage } from '../../fakes/telegram-api.js';
import { removeDataDir, startBot, type BotProcess } from '../../helpers/bot-process.js';
import { telegramUpdates } from '../../helpers/fixtures.js';

const RLM = '\u200F';
const carla: FakeUser = { id: 1001, first_name: 'Carla', language_code: 'nl' };
const ali: FakeUser = { id: 2002, first_name: `${RLM}<b>Ali</b> & ${RLM}Co`, language_code: 'ar' };
const bo: FakeUser = { id: 3003, first_name: `<b>Bo</b> & ${RLM}Li${RLM}`, language_code: 'nl' };
const OLD_GROUP = -4001;
const SUPERGROUP = -1004001;

const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** One chat as the fake saw it: waits for the bot's next message containing a text. */
class ChatView {
  private seen = 0;
  constructor(
    private readonly fake: () => FakeTelegram,
    readonly id: number,
  ) {}

  async next(needle: string | RegExp, timeoutMs?: number): Promise<SentMessage> {
    const matches = (m: SentMessage) => (typeof needle === 'string' ? plain(m.plain).includes(needle) : needle.test(plain(m.plain)));
    const found = await waitFor(`"${String(needle)}" in chat ${this.id}`, () => this.fake().sent(this.id).slice(this.seen).find(matches), timeoutMs);
    this.seen = this.fake().sent(this.id).indexOf(found) + 1;
    return found;
  }

  /** Skips everything sent so far. */
  skip(): void {
    this.seen = this.fake().sent(this.id).length;
  }
}

/** The callback_data of the button whose data ends with `|<choiceId>`. */
function button(message: SentMessage, choiceId: string): string {
  const data = message.reply_markup?.inline_keyboard?.flat().find((b) => b.callback_data?.endsWith(`|${choiceId}`))?.callback_data;
  if (!data) throw new Error(`no button "${choiceId}" under: ${message.plain}`);
  return data;
}

describe('Telegram, polling: the real process against the fake Bot API', () => {
  let fake: FakeTelegram;
  let bot: BotProcess;
  const env = () => ({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, COORDINATOR_TELEGRAM_IDS: String(carla.id) });
  const carlaChat = new ChatView(() => fake, carla.id);
  const aliChat = new ChatView(() => fake, ali.id);
  const oldGroup = new ChatView(() => fake, OLD_GROUP);
  const superGroup = new ChatView(() => fake, SUPERGROUP);
  const codes = { volunteer: '', link: '' };
  let languageQuestion: SentMessage;

  beforeAll(async () => {
    fake = await startFakeTelegram();
    bot = await startBot(env());
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    if (bot) removeDataDir(bot.dataDir);
  });

  const say = (from: FakeUser, text: string, chatId = from.id, chatType: 'private' | 'group' | 'supergroup' = 'private') => fake.userMessage({ chatId, from, text, chatType, title: chatType === 'private' ? undefined : 'Zwolle Zuid' });
  const press = (from: FakeUser, message: SentMessage, choiceId: string) => fake.callback({ from, chatId: Number(message.chat_id), messageId: message.message_id, data: button(message, choiceId) });
  const answered = (callbackUpdateId: number) =>
    waitFor('answerCallbackQuery', () => {
      const update = fake.calls.flatMap((c) => (c.method === 'getUpdates' && c.ok ? ((c.response as { result: Array<{ update_id: number; callback_query?: { id: string } }> }).result ?? []) : [])).find((u) => u.update_id === callbackUpdateId);
      const id = update?.callback_query?.id;
      return id !== undefined && fake.calls.some((c) => c.method === 'answerCallbackQuery' && c.params.callback_query_id === id && c.ok);
    });

  it('starts with getMe, registers the menus per scope and language, and polls', async () => {
    expect(fake.calls.some((c) => c.method === 'getMe')).toBe(true);
    await waitFor('the coordinator menu', () => fake.myCommands({ type: 'chat', chat_id: carla.id }).length > 0);
    const names = (scope: object, language?: string) => fake.myCommands(scope, language).map((c) => c.command);
    expect(names({ type: 'chat', chat_id: carla.id })).toEqual(expect.arrayContaining(['newgroup', 'invite', 'help']));
    expect(names({ type: 'all_private_chats' }, 'nl')).toEqual(expect.arrayContaining(['start', 'help', 'language']));
    expect(names({ type: 'all_private_chats' }, 'nl')).not.toContain('newgroup');
    expect(names({ type: 'all_group_chats' }, 'en')).toEqual(expect.arrayContaining(['link', 'mygroup', 'help']));
    expect(names({ type: 'all_group_chats' }, 'en')).not.toContain('start');
    expect(fake.myCommands({ type: 'all_private_chats' }, 'ar').find((c) => c.command === 'help')?.description).toBe('عرض ما يمكنك فعله');
    expect(fake.myCommands({ type: 'default' }).find((c) => c.command === 'help')?.description).toBe('Laat zien wat je kunt doen');
    await fake.waitForPendingPoll();
  });

  it('a coordinator creates a group with /newgroup, answering with a button, and gets codes and deep links', async () => {
    say(carla, '/newgroup');
    await carlaChat.next('Hoe heet de nieuwe groep?');
    say(carla, 'Zwolle Zuid');
    await carlaChat.next('In welke gemeente');
    say(carla, 'Zwolle');
    const kind = await carlaChat.next('Wat voor groep is het?');
    const pressed = press(carla, kind, 'welkomgroep');
    const created = await carlaChat.next('Zwolle Zuid in Zwolle is klaar');
    codes.volunteer = /vrijwilligers: ([A-Z0-9-]+)/.exec(plain(created.plain))?.[1] ?? '';
    expect(codes.volunteer).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const link = await carlaChat.next('https://t.me/welkom_test_bot?start=');
    codes.link = /https:\/\/t\.me\/welkom_test_bot\?start=([A-Z0-9]+)/.exec(plain(link.plain))?.[1] ?? '';
    expect(codes.link).toBe(codes.volunteer.replaceAll('-', ''));
    await answered(pressed);
  });

  it('added to a group, the bot introduces itself; /link links the chat; /mygroup@welkom_test_bot answers', async () => {
    fake.myChatMember({ chatId: OLD_GROUP, chatType: 'group', title: 'Zwolle Zuid', from: carla, oldStatus: 'left', newStatus: 'member' });
    const intro = await oldGroup.next('/link');
    expect(intro.parse_mode).toBe('HTML');
    say(carla, `/link ${codes.volunteer}`, OLD_GROUP, 'group');
    await oldGroup.next('Gelukt! Deze chat hoort nu bij Zwolle Zuid');
    say(carla, '/mygroup@other_bot', OLD_GROUP, 'group'); // not for us: no answer
    say(carla, '/mygroup@welkom_test_bot', OLD_GROUP, 'group');
    const mygroup = await oldGroup.next('Zwolle Zuid in Zwolle');
    expect(fake.sent(OLD_GROUP).filter((m) => plain(m.plain).includes('Zwolle Zuid in Zwolle'))).toHaveLength(1);
    expect(mygroup.plain).toContain('0 leden');
  });

  it('a volunteer onboards 1:1 from the deep link, with language buttons; a name full of <b>& and RTL marks passes HTML checks', async () => {
    say(ali, `/start ${codes.link}`);
    languageQuestion = await aliChat.next('Kies je taal');
    expect(languageQuestion.reply_markup?.inline_keyboard?.flat()).toHaveLength(8);
    press(ali, languageQuestion, 'nl');
    const consent = await aliChat.next('Ga je hiermee akkoord?');
    press(ali, consent, 'yes');
    await aliChat.next('Hoe mogen we je noemen?');
    say(ali, `<b>Ali</b> & ${RLM}Sara`);
    await aliChat.next('Waarmee help je graag?');
    say(ali, '1, 3');
    await aliChat.next('Welke talen spreek je?');
    say(ali, 'Nederlands, Arabisch');
    await aliChat.next('Wanneer heb je meestal tijd?');
    say(ali, '2');
    const welcome = await aliChat.next('Welkom in Zwolle Zuid');
    expect(plain(welcome.plain)).toContain('Welkom in Zwolle Zuid, <b>Ali</b> & Sara!');
    expect(welcome.text).toContain('&lt;b&gt;Ali&lt;/b&gt; &amp; Sara');
    expect(welcome.entities).toBeUndefined();
    // The linked group chat hears about it, in Dutch.
    const notice = await oldGroup.next('doet nu mee met Zwolle Zuid als vrijwilliger');
    expect(plain(notice.plain)).toContain('<b>Ali</b> & Sara');
  });

  it('people joining the linked chat are invited to sign up 1:1 with a deep link (their names escaped, RTL marks kept)', async () => {
    fake.pushUpdate({ message: { message_id: 900, date: Math.floor(Date.now() / 1000), chat: { id: OLD_GROUP, type: 'group', title: 'Zwolle Zuid' }, from: carla, new_chat_members: [bo, { id: 555, is_bot: true, first_name: 'Other bot' }] } });
    const invitation = await oldGroup.next('Doe ook mee met Zwolle Zuid');
    expect(plain(invitation.plain)).toContain(bo.first_name);
    expect(invitation.plain).toMatch(/https:\/\/t\.me\/welkom_test_bot\?start=[A-Z0-9]{16}/);
    expect(invitation.plain).not.toContain('Other bot');
  });

  it('a button pressed after its question closed gets “this question is closed”, and the press is answered', async () => {
    const pressed = press(ali, languageQuestion, 'en');
    await aliChat.next('Deze vraag is al gesloten.');
    await answered(pressed);
  });

  it('supergroup migration: a send failing with migrate_to_chat_id, then the service message; later messages go to the new id', async () => {
    fake.migrateChat(OLD_GROUP, SUPERGROUP);
    say(carla, '/mygroup', OLD_GROUP, 'group'); // sent just before the upgrade: the reply is refused for the old id
    await superGroup.next('Zwolle Zuid in Zwolle');
    fake.pushUpdate({ message: { message_id: 901, date: Math.floor(Date.now() / 1000), chat: { id: OLD_GROUP, type: 'group', title: 'Zwolle Zuid' }, from: carla, migrate_to_chat_id: SUPERGROUP } });
    fake.pushUpdate({ message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: SUPERGROUP, type: 'supergroup', title: 'Zwolle Zuid' }, from: carla, migrate_from_chat_id: OLD_GROUP } });
    // Asked in a forum topic of the new supergroup: the answer stays in that topic.
    fake.userMessage({ chatId: SUPERGROUP, from: carla, text: '/mygroup', chatType: 'supergroup', threadId: 7 });
    const reply = await superGroup.next('Zwolle Zuid in Zwolle');
    expect(plain(reply.plain)).toContain('1 lid'); // the linked group, not the coordinator's overview of all groups
    expect(reply.message_thread_id).toBe(7);
  });

  it('a 429 storm: every message arrives exactly once, and retry_after is respected', async () => {
    carlaChat.skip();
    const before = fake.count429();
    const from = fake.calls.length;
    fake.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 }, 4);
    say(carla, '/help');
    say(carla, '/language');
    say(carla, '/mygroup');
    await carlaChat.next('Dit kun je doen');
    await carlaChat.next('Kies je taal', 20_000);
    await carlaChat.next('Je hebt 1 groep', 20_000);
    expect(fake.count429() - before).toBeGreaterThanOrEqual(4); // the fake's own limiter may add one when clocks differ
    const sends = fake.calls.slice(from).filter((c) => c.method === 'sendMessage');
    sends.forEach((call, index) => {
      const next = sends[index + 1];
      if (!call.ok && next) expect(next.at - call.at).toBeGreaterThanOrEqual(950);
    });
    const delivered = fake.sent(carla.id).slice(-3).map((m) => plain(m.plain));
    expect(delivered.filter((t) => t.startsWith('Dit kun je doen'))).toHaveLength(1);
    expect(fake.sent(carla.id).filter((m) => m.plain.includes('Je hebt 1 groep'))).toHaveLength(1);
  }, 30_000);

  it('removed from the group: the link goes inactive and the coordinator is told', async () => {
    fake.myChatMember({ chatId: SUPERGROUP, chatType: 'supergroup', title: 'Zwolle Zuid', from: carla, oldStatus: 'member', newStatus: 'kicked' });
    await carlaChat.next('Welkom zit niet meer in de groepschat van Zwolle Zuid');
  });

  it('a person who blocked the bot: the reply fails once with 403, is not retried, and the person is marked unreachable', async () => {
    fake.blockChat(ali.id);
    const from = fake.calls.length;
    say(ali, '/help');
    const toAli = (c: { method: string; params: Record<string, unknown> }) => c.method === 'sendMessage' && String(c.params.chat_id) === String(ali.id);
    await fake.waitForCall((c) => toAli(c) && !c.ok, 5_000, from);
    const journal = () =>
      readdirSync(path.join(bot.dataDir, 'journal'))
        .map((name) => readFileSync(path.join(bot.dataDir, 'journal', name), 'utf8'))
        .join('');
    await waitFor('the contact marked unreachable', () => /"c":"contacts","i":"telegram:2002","v":\{[^\n]*"unreachable"/.test(journal()));
    await sleep(1_500);
    expect(fake.calls.slice(from).filter(toAli)).toHaveLength(1);
    fake.unblockChat(ali.id);
  });

  it('replays every recorded real-world update without a crash; all are confirmed and /healthz stays 200', async () => {
    let pushed = 0;
    for (const { update } of telegramUpdates()) {
      const { update_id: _ignored, ...rest } = update as unknown as Record<string, unknown>; // the fake numbers them after ours
      fake.pushUpdate(rest);
      pushed += 1;
    }
    expect(pushed).toBeGreaterThanOrEqual(35);
    await waitFor('every update confirmed', () => fake.pendingUpdates() === 0);
    await fake.waitForPendingPoll();
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(bot.output()).not.toMatch(/"level":(50|60)/); // no error or fatal log lines
  });

  it('logs no message texts, names or codes', () => {
    const output = bot.output();
    for (const secret of ['Zwolle Zuid', 'Ali', 'Carla', 'Sara', codes.volunteer, codes.link, 'Kies je taal']) expect(output).not.toContain(secret);
  });

  it('confirms an update only after its commit: killed with SIGKILL right after fetching one, nothing is lost or repeated', async () => {
    const isHelp = (m: SentMessage) => m.plain.startsWith('Dit kun je doen');
    const before = fake.sent(carla.id).length;
    // The first reply attempt fails, so no reply can have left before the crash.
    fake.failNext('sendMessage', { error_code: 502, description: 'Bad Gateway' }, 1);
    const updateId = say(carla, '/help');
    await fake.waitForCall((c) => c.method === 'getUpdates' && c.ok && ((c.response as { result: Array<{ update_id: number }> }).result ?? []).some((u) => u.update_id === updateId));
    await bot.kill();
    bot = await startBot(env(), { dataDir: bot.dataDir });
    await waitFor('the reply after the restart', () => fake.sent(carla.id).slice(before).some(isHelp), 15_000);
    await waitFor('the update confirmed', () => fake.confirmedOffset() > updateId);
    await sleep(1_500); // a repeated reply would come within this time
    expect(fake.sent(carla.id).slice(before).filter(isHelp)).toHaveLength(1);
  }, 40_000);
});

describe('Telegram, webhook mode', () => {
  let fake: FakeTelegram;
  let bot: BotProcess;
  const secret = 'webhook-secret_42';
  const update = (updateId: number, text: string) => ({
    update_id: updateId,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: carla.id, type: 'private', first_name: 'Carla' }, from: { ...carla, is_bot: false }, text },
  });
  const post = (body: string, token?: string) =>
    fetch(`${bot.url}/webhooks/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { 'x-telegram-bot-api-secret-token': token }) }, body });

  beforeAll(async () => {
    fake = await startFakeTelegram();
    bot = await startBot({
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: secret,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/webhooks/telegram',
      COORDINATOR_TELEGRAM_IDS: String(carla.id),
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    if (bot) removeDataDir(bot.dataDir);
  });

  it('registers the webhook with its secret and never polls', () => {
    expect(fake.webhook()).toEqual({ url: 'https://bot.example.org/webhooks/telegram', secret_token: secret });
    expect(fake.calls.some((c) => c.method === 'getUpdates')).toBe(false);
  });

  it('refuses a missing or wrong secret', async () => {
    expect((await post(JSON.stringify(update(1, '/help')))).status).toBe(401);
    expect((await post(JSON.stringify(update(1, '/help')), 'wrong-secret')).status).toBe(401);
    expect((await post(JSON.stringify(update(1, '/help')), `${secret}x`)).status).toBe(401);
    expect(fake.sent(carla.id)).toEqual([]);
  });

  it('answers 200 once the update is committed, handles it once even when Telegram sends it twice', async () => {
    expect((await post('not json', secret)).status).toBe(400);
    const response = await post(JSON.stringify(update(77, '/help')), secret);
    expect(response.status).toBe(200);
    expect((await post(JSON.stringify(update(77, '/help')), secret)).status).toBe(200);
    await waitFor('the reply', () => fake.sent(carla.id).some((m) => m.plain.startsWith('Dit kun je doen')));
    await sleep(500);
    expect(fake.sent(carla.id).filter((m) => m.plain.startsWith('Dit kun je doen'))).toHaveLength(1);
  });
});
