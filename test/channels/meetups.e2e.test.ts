// One meetup poll across both platforms in one real process: volunteers vote in the Telegram group (fake Bot API), the newcomer on WhatsApp (fake Graph API).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FSI, PDI } from '../../src/i18n/i18n.js';
import { startFakeTelegram, type FakeTelegram, type FakeUser, type SentMessage } from '../fakes/telegram-api.js';
import { startFakeWhatsApp, type FakeWhatsApp } from '../fakes/whatsapp-api.js';
import { createWebhookDriver, type WebhookDriver } from '../fakes/whatsapp-webhook.js';
import { removeDataDir, startBot, type BotProcess } from '../helpers/bot-process.js';
import { APP_SECRET, approvedTemplates, BOT_NUMBER, VERIFY_TOKEN } from './whatsapp/setup.js';

const HOUR = 3_600_000;
const GROUP = -1005001;
const SAMIRA = '31620000077';
const anna: FakeUser = { id: 1001, first_name: 'Anna', language_code: 'nl' };
const ben: FakeUser = { id: 1002, first_name: 'Ben', language_code: 'nl' };

let telegram: FakeTelegram;
let whatsapp: FakeWhatsApp;
let bot: BotProcess;
let driver: WebhookDriver;

const plain = (text: string) => text.replaceAll(FSI, '').replaceAll(PDI, '');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

function seed(now: number) {
  const member = (id: string, identity: string, name: string, role: string, locale: string) => ({
    id, name, role, locale, identities: [identity], groupIds: ['g1'], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: now - 48 * HOUR, consent: { at: now, version: 'test' },
    // The test runs on the real clock: no quiet hours (from = to), so a poll is not held until 08:00.
    quietHours: { from: '00:00', to: '00:00' },
  });
  const members = [member('m_anna', 'telegram:1001', 'Anna', 'volunteer', 'nl'), member('m_ben', 'telegram:1002', 'Ben', 'volunteer', 'nl'), member('m_samira', `whatsapp:${SAMIRA}`, 'Samira Haddad', 'newcomer', 'ar')];
  return {
    version: 1,
    seq: 0,
    groups: { g1: { id: 'g1', name: 'Utrecht Oost', municipality: 'Utrecht', kind: 'welkomgroep', memberIds: members.map((m) => m.id), chatKeys: [`telegram:${GROUP}`], createdBy: 'm_anna', startsAt: now, endsAt: now + 365 * 24 * HOUR } },
    members: Object.fromEntries(members.map((m) => [m.id, m])),
    identities: Object.fromEntries(members.map((m) => [m.identities[0], { key: m.identities[0], memberId: m.id }])),
    chats: { [`telegram:${GROUP}`]: { key: `telegram:${GROUP}`, address: { channel: 'telegram', chatId: String(GROUP) }, kind: 'group', title: 'Utrecht Oost', groupId: 'g1', status: 'active', updatedAt: now } },
    contacts: { [`whatsapp:${SAMIRA}`]: { key: `whatsapp:${SAMIRA}`, lastInboundAt: now - HOUR } },
  };
}

beforeAll(async () => {
  const now = Date.now();
  telegram = await startFakeTelegram();
  whatsapp = await startFakeWhatsApp({ templates: approvedTemplates() });
  whatsapp.userWrote(SAMIRA, now - HOUR);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-meetups-e2e-'));
  writeFileSync(path.join(dataDir, 'welkom.json'), JSON.stringify(seed(now)), { mode: 0o600 });
  bot = await startBot(
    {
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      WHATSAPP_ACCESS_TOKEN: whatsapp.token,
      WHATSAPP_PHONE_NUMBER_ID: whatsapp.phoneNumberId,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
      WHATSAPP_API_BASE_URL: whatsapp.baseUrl,
      WHATSAPP_PHONE_NUMBER: BOT_NUMBER,
      LOG_LEVEL: 'debug',
    },
    { dataDir },
  );
  driver = createWebhookDriver({ url: `${bot.url}/webhooks/whatsapp`, appSecret: APP_SECRET, phoneNumberId: whatsapp.phoneNumberId, api: whatsapp });
}, 40_000);

afterAll(async () => {
  const dataDir = bot?.dataDir;
  await bot?.stop();
  await telegram?.close();
  await whatsapp?.close();
  if (dataDir) removeDataDir(dataDir);
});

/** The callback_data of a button whose choice id is `choiceId` (`token|choiceId`). */
function data(message: SentMessage, choiceId: string): string {
  const found = message.reply_markup?.inline_keyboard?.flat().find((b) => b.callback_data?.split('|')[1] === choiceId)?.callback_data;
  if (!found) throw new Error(`no button ${choiceId} under: ${message.plain}`);
  return found;
}

let seen = 0;
/** The bot's next group message (after the last one looked at) that matches. */
async function nextInGroup(what: string, match: (m: SentMessage) => boolean): Promise<SentMessage> {
  const found = await waitFor(what, () => telegram.sent(GROUP).slice(seen).find(match));
  seen = telegram.sent(GROUP).indexOf(found) + 1;
  return found;
}
const press = (from: FakeUser, message: SentMessage, choiceId: string) => telegram.callback({ from, chatId: GROUP, messageId: message.message_id, data: data(message, choiceId) });
const hasButton = (prefix: string) => (m: SentMessage) => !!m.reply_markup?.inline_keyboard?.flat().some((b) => b.callback_data?.split('|')[1]?.startsWith(prefix));

describe('a meetup poll across Telegram and WhatsApp (real process)', () => {
  let meetupId = '';
  let poll: SentMessage;

  it('Anna proposes 1:1 on Telegram; the poll goes to the group and, in Arabic, to Samira on WhatsApp', async () => {
    let mine = 0;
    /** Anna's next private message from the bot that matches. */
    const nextForAnna = async (what: string, match: (m: SentMessage) => boolean) => {
      const found = await waitFor(what, () => telegram.sent(anna.id).slice(mine).find(match));
      mine = telegram.sent(anna.id).indexOf(found) + 1;
      return found;
    };
    const sayPrivately = (text: string) => telegram.userMessage({ chatId: anna.id, from: anna, text });
    const pressPrivately = (message: SentMessage, choiceId: string) => telegram.callback({ from: anna, chatId: anna.id, messageId: message.message_id, data: data(message, choiceId) });
    sayPrivately('/meetup');
    pressPrivately(await nextForAnna('what question', (m) => m.plain.includes('Wat gaan jullie doen?')), 'coffee');
    await nextForAnna('time question', (m) => m.plain.includes('Welke tijd stel je voor?'));
    sayPrivately('zaterdag 5 december om 14:00');
    expect(plain((await nextForAnna('read back', (m) => m.plain.includes('Ik lees'))).plain)).toContain('Ik lees: zaterdag 5 december om 14:00.');
    pressPrivately(await nextForAnna('more question', (m) => m.plain.includes('Klopt dat?')), 'add');
    await nextForAnna('time question 2', (m) => m.plain.includes('Welke tijd stel je voor?'));
    sayPrivately('zondag 6 december half drie');
    pressPrivately(await nextForAnna('more question 2', (m) => m.plain.includes('Klopt dat?')), 'done');
    pressPrivately(await nextForAnna('where', (m) => m.plain.includes('Waar spreken jullie af?')), 'place');
    await nextForAnna('place', (m) => m.plain.includes('Op welke plek?'));
    sayPrivately('Bibliotheek Oost');
    pressPrivately(await nextForAnna('deadline', (m) => m.plain.includes('Wanneer moet de keuze vallen?')), 'none');
    pressPrivately(await nextForAnna('repeat', (m) => m.plain.includes('Is het een vaste afspraak?')), 'once');
    poll = await nextInGroup('poll', hasButton('mt:d:'));
    meetupId = poll.reply_markup!.inline_keyboard!.flat().find((b) => b.callback_data?.includes('|mt:d:'))!.callback_data!.split('|mt:d:')[1]!;
    expect(meetupId).toMatch(/^[a-z2-9]{8}$/);
    expect(plain(poll.plain)).toContain('Anna wil afspreken: Koffie drinken');

    const toSamira = await waitFor('poll on WhatsApp', () => whatsapp.sent(SAMIRA).find((m) => m.type === 'interactive'));
    expect(toSamira.text).toContain('يريد ترتيب لقاء');
    const interactive = toSamira.body.interactive as { action: { buttons?: Array<{ reply: { id: string; title: string } }> } };
    expect(interactive.action.buttons!.map((b) => b.reply.id)).toEqual([`|mt:v:${meetupId}:0`, `|mt:v:${meetupId}:1`, `|mt:v:${meetupId}:x`]);
  });

  it('votes from both platforms count in one tally, edited in place in the group; a vote pressed twice counts once', async () => {
    press(anna, poll, `mt:v:${meetupId}:0`);
    const reply = await driver.post(driver.buttonReply(SAMIRA, `|mt:v:${meetupId}:1`, 'الأحد'));
    expect(reply.status).toBe(200);
    await driver.post(driver.buttonReply(SAMIRA, `|mt:v:${meetupId}:1`, 'الأحد'));
    press(ben, poll, `mt:v:${meetupId}:1`);
    const edited = await waitFor('edited poll with three votes', () =>
      telegram.sent(GROUP).find((m) => m.method === 'editMessageText' && m.message_id === poll.message_id && plain(m.plain).includes('2 stemmen') && m.plain.includes('Anna')),
    );
    expect(plain(edited.plain)).toMatch(/2\. zondag 6 december om 14:30 — 2 stemmen\n\s+Samira, Ben|2\. zondag 6 december om 14:30 — 2 stemmen\n\s+Ben, Samira/);
    expect(edited.plain).not.toContain('Haddad');
    const thanks = whatsapp.sent(SAMIRA).filter((m) => m.text?.includes('شكراً') || m.text?.includes('لقد اخترتَ'));
    expect(thanks.length).toBe(2);
    expect(thanks.some((m) => m.text!.includes('لقد اخترتَ'))).toBe(true);
  });

  it('decide: the group gets the confirmation and the .ics (sendDocument); Samira gets it in Arabic and the .ics as a WhatsApp document (media upload)', async () => {
    press(anna, poll, `mt:d:${meetupId}`);
    const confirmation = await nextInGroup('confirmation', (m) => plain(m.plain).includes('Afgesproken! Koffie drinken'));
    expect(plain(confirmation.plain)).toContain('Wanneer: zondag 6 december om 14:30');
    const document = await nextInGroup('.ics in the group', (m) => m.method === 'sendDocument');
    expect(typeof document.file === 'object' && document.file.filename).toBe(`welkom-${meetupId}.ics`);

    const arabic = await waitFor('confirmation on WhatsApp', () => whatsapp.sent(SAMIRA).find((m) => m.text?.includes('تم الاتفاق')));
    expect(arabic.type).toBe('interactive');
    const file = await waitFor('document on WhatsApp', () => whatsapp.sent(SAMIRA).find((m) => m.type === 'document'));
    const doc = file.body.document as { id: string; filename: string };
    expect(doc.filename).toBe(`welkom-${meetupId}.ics`);
    const uploaded = whatsapp.media.get(doc.id)!;
    expect(uploaded.mimeType).toBe('text/calendar');
    expect(uploaded.bytes.toString()).toContain('DTSTART:20261206T133000Z');

    // RSVP from WhatsApp shows up in the group's confirmation (edited in place).
    await driver.post(driver.buttonReply(SAMIRA, `|mt:r:${meetupId}:m`, 'ربما'));
    await waitFor('RSVP summary edit', () => telegram.sent(GROUP).find((m) => m.method === 'editMessageText' && m.message_id === confirmation.message_id && plain(m.plain).includes('Misschien: Samira')));
    // A vote on the closed poll is answered.
    await driver.post(driver.buttonReply(SAMIRA, `|mt:v:${meetupId}:0`, 'السبت'));
    await waitFor('closed answer', () => whatsapp.sent(SAMIRA).find((m) => m.text?.includes('انتهى هذا التصويت')));
  });

  it('keeps phone numbers, names and typed texts out of the logs', () => {
    const output = bot.output();
    expect(output).not.toContain(SAMIRA);
    expect(output).not.toContain('Bibliotheek Oost');
    expect(output).not.toContain('Haddad');
  });
});
