// The group bridge end to end through both fakes: a newcomer on WhatsApp and volunteers in a Telegram group talk as one group.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel } from '../../src/channels/telegram/index.js';
import { createWhatsAppChannel } from '../../src/channels/whatsapp/index.js';
import { createConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/core/logger.js';
import { PRIVACY_VERSION } from '../../src/core/privacy.js';
import { DELIVERED_REACTION, READ_REACTION } from '../../src/features/bridge/feature.js';
import { FSI, PDI } from '../../src/i18n/i18n.js';
import type { Member } from '../../src/store/schema.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { startFakeWhatsApp, type FakeWhatsApp } from '../fakes/whatsapp-api.js';
import { createWebhookDriver, type WebhookDriver } from '../fakes/whatsapp-webhook.js';
import { approvedTemplates } from '../channels/whatsapp/setup.js';

const APP_SECRET = 'bridge-secret';
const START = Date.UTC(2026, 10, 30, 10, 0, 0);
const GROUP_CHAT = -1007001;
const AMAL = '31611111111';
const YONAS = '31622222222';
const anna = { id: 5001, first_name: 'Anna', username: 'anna_nl', language_code: 'nl' };
const ben = { id: 5002, first_name: 'Ben', language_code: 'nl' };
const plain = (text: string | undefined) => (text ?? '').replaceAll(FSI, '').replaceAll(PDI, '');

interface Setup {
  app: App;
  tg: FakeTelegram;
  wa: FakeWhatsApp;
  driver: WebhookDriver;
  clock: ManualClock;
  logs(): string;
}
let setup: Setup | undefined;
let dataDir = '';
afterEach(async () => {
  await setup?.app.stop();
  await setup?.tg.close();
  await setup?.wa.close();
  rmSync(dataDir, { recursive: true, force: true });
  setup = undefined;
});

async function start(options: { bridge?: boolean } = {}): Promise<Setup> {
  const clock = new ManualClock(undefined, START);
  const tg = await startFakeTelegram({ limits: { perChatPerSecond: Infinity, perGroupPerMinute: Infinity, globalPerSecond: Infinity } });
  const wa = await startFakeWhatsApp({ now: () => clock.now(), templates: approvedTemplates() });
  dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-bridge-'));
  const config = createConfig({
    DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', PLAYGROUND: '0',
    TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot,
    WHATSAPP_ACCESS_TOKEN: wa.token, WHATSAPP_PHONE_NUMBER_ID: wa.phoneNumberId, WHATSAPP_APP_SECRET: APP_SECRET, WHATSAPP_VERIFY_TOKEN: 'v', WHATSAPP_API_BASE_URL: wa.baseUrl,
  });
  let output = '';
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const app = await createApp({ config, clock, logger: createLogger('debug', stream), channels: [createTelegramChannel(config.telegram!), createWhatsAppChannel(config.whatsapp!, { timeoutMs: 5_000 })] });
  const { store } = app.services;
  const member = (id: string, name: string, role: Member['role'], locale: string, identity: string, profile: Member['profile'] = {}): Member => {
    const m: Member = { id, name, role, locale, identities: [identity], groupIds: ['g1'], profile, timeZone: 'Europe/Amsterdam', createdAt: START, consent: { at: START, version: PRIVACY_VERSION } };
    store.put('members', id, m);
    store.put('identities', identity, { key: identity, memberId: id });
    return m;
  };
  member('m_amal', 'Amal Haddad', 'newcomer', 'ar', `whatsapp:${AMAL}`, { bridge: 'yes' });
  member('m_yonas', 'Yonas', 'newcomer', 'ti', `whatsapp:${YONAS}`, { bridge: 'yes' });
  member('m_anna', 'Anna de Vries', 'volunteer', 'nl', `telegram:${anna.id}`);
  member('m_ben', 'Ben', 'volunteer', 'nl', `telegram:${ben.id}`);
  store.put('groups', 'g1', { id: 'g1', name: 'Utrecht Oost', municipality: 'Utrecht', kind: 'welkomgroep', memberIds: ['m_amal', 'm_yonas', 'm_anna', 'm_ben'], chatKeys: [`telegram:${GROUP_CHAT}`], createdBy: 'm_carla', startsAt: START, endsAt: START + 365 * 86_400_000, bridge: options.bridge ?? true });
  store.put('chats', `telegram:${GROUP_CHAT}`, { key: `telegram:${GROUP_CHAT}`, address: { channel: 'telegram', chatId: String(GROUP_CHAT) }, kind: 'group', title: 'Utrecht Oost', groupId: 'g1', status: 'active', updatedAt: START });
  await store.committed();
  const port = await app.start();
  const driver = createWebhookDriver({ url: `http://127.0.0.1:${port}/webhooks/whatsapp`, appSecret: APP_SECRET, phoneNumberId: wa.phoneNumberId, api: wa, now: () => clock.now() });
  setup = { app, tg, wa, driver, clock, logs: () => output };
  return setup;
}

async function until<T>(what: string, probe: () => T | undefined | false): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const groupMessages = (s: Setup) => s.tg.sent(GROUP_CHAT);

describe('group bridge through both fakes', () => {
  it('newcomer → group (name isolated, HTML escaped, no phone number), reply → newcomer threaded to her message, ✓ and ✓✓ as reactions', async () => {
    const s = await start();
    const original = 'wamid.AMAL-1';
    expect((await s.driver.post(s.driver.text(AMAL, 'Hoi allemaal <script>alert(1)</script> \u202Eevil', { id: original, name: 'Amal' }))).status).toBe(200);
    const relayed = await until('relay in the group', () => groupMessages(s).find((m) => m.plain.includes('Hoi allemaal')));
    expect(plain(relayed.plain)).toBe('Amal (WhatsApp): Hoi allemaal <script>alert(1)</script> \u202Eevil');
    expect(relayed.text).toContain('&lt;script&gt;'); // escaped in the HTML the bot sent
    expect(relayed.plain).toContain(`${FSI}Amal${PDI}`);
    expect(relayed.plain).not.toContain(AMAL);
    // Amal is told once where her words went.
    await until('first-relay notice', () => s.wa.sent(AMAL).length >= 1);
    expect(s.wa.sent(AMAL)[0]!.text).toContain('Utrecht Oost');

    // Anna answers by replying to the relayed message.
    const annaMessage = s.tg.userMessage({ chatId: GROUP_CHAT, chatType: 'supergroup', from: anna, text: 'Welkom Amal! Zaterdag koffie?', replyTo: relayed.message_id });
    void annaMessage;
    const reply = await until('reply on WhatsApp', () => s.wa.sent(AMAL).find((m) => m.text?.includes('Welkom Amal')));
    expect(plain(reply.text)).toBe('Anna (المجموعة): Welkom Amal! Zaterdag koffie?');
    expect(reply.body.context).toEqual({ message_id: original });
    expect(reply.text).not.toContain('anna_nl');

    // WhatsApp reports delivered, then read: 👌 then 👀 on Anna's message.
    await s.driver.post(s.driver.status(reply.id, AMAL, 'delivered'));
    await until('delivered reaction', () => s.tg.reactions.find((r) => r.emoji.includes(DELIVERED_REACTION)));
    await s.driver.post(s.driver.status(reply.id, AMAL, 'read'));
    const read = await until('read reaction', () => s.tg.reactions.find((r) => r.emoji.includes(READ_REACTION)));
    expect(String(read.chatId)).toBe(String(GROUP_CHAT));
    // Relay records keep ids, never the texts.
    expect(JSON.stringify([...s.app.services.store.values('relays')])).not.toContain('Welkom');
    expect(s.logs()).not.toContain('Hoi allemaal');
    expect(s.logs()).not.toContain(AMAL);
  });

  it('two newcomers in one group: each reply reaches the right one; /to reaches a newcomer by first name', async () => {
    const s = await start();
    await s.driver.post(s.driver.text(AMAL, 'vraag van Amal', { id: 'wamid.A' }));
    await s.driver.post(s.driver.text(YONAS, 'vraag van Yonas', { id: 'wamid.Y' }));
    const fromYonas = await until('Yonas relayed', () => groupMessages(s).find((m) => m.plain.includes('vraag van Yonas')));
    s.tg.userMessage({ chatId: GROUP_CHAT, chatType: 'supergroup', from: ben, text: 'antwoord voor Yonas', replyTo: fromYonas.message_id });
    await until('reply to Yonas', () => s.wa.sent(YONAS).find((m) => m.text?.includes('antwoord voor Yonas')));
    expect(s.wa.sent(AMAL).some((m) => m.text?.includes('antwoord voor Yonas'))).toBe(false);
    s.tg.userMessage({ chatId: GROUP_CHAT, chatType: 'supergroup', from: anna, text: '/to amal tot morgen!' });
    await until('/to reached Amal', () => s.wa.sent(AMAL).find((m) => m.text?.includes('tot morgen!')));
    // A reply to a message that is not a relay is ordinary group chat: nothing is sent anywhere.
    const before = s.wa.sent(AMAL).length + s.wa.sent(YONAS).length;
    s.tg.pushUpdate({ message: { message_id: 8001, date: Math.floor(START / 1000), chat: { id: GROUP_CHAT, type: 'supergroup', title: 'Utrecht Oost' }, from: anna, text: 'gewoon een bericht' } });
    const last = s.tg.pushUpdate({ message: { message_id: 8002, date: Math.floor(START / 1000), chat: { id: GROUP_CHAT, type: 'supergroup', title: 'Utrecht Oost' }, from: ben, text: 'ja leuk', reply_to_message: { message_id: 8001, date: 1, chat: { id: GROUP_CHAT, type: 'supergroup' } } } });
    await until('updates confirmed', () => s.tg.confirmedOffset() > last);
    await s.app.delivery.idle();
    expect(s.wa.sent(AMAL).length + s.wa.sent(YONAS).length).toBe(before);
  });

  it('outside the 24-hour window the reply waits and the volunteer is told; it arrives when the newcomer writes', async () => {
    const s = await start();
    await s.driver.post(s.driver.text(AMAL, 'tot later', { id: 'wamid.late' }));
    const relayed = await until('relay', () => groupMessages(s).find((m) => m.plain.includes('tot later')));
    s.clock.advance(25 * 3_600_000);
    s.tg.userMessage({ chatId: GROUP_CHAT, chatType: 'supergroup', from: anna, text: 'hoe gaat het?', replyTo: relayed.message_id });
    const told = await until('volunteer told', () => groupMessages(s).find((m) => m.plain.includes('meer dan een dag')));
    expect(plain(told.plain)).toContain('Amal');
    expect(s.wa.sent(AMAL).some((m) => m.text?.includes('hoe gaat het?'))).toBe(false);
    await s.driver.post(s.driver.text(AMAL, 'ik ben er weer', { id: 'wamid.back' }));
    await until('held reply delivered', () => s.wa.sent(AMAL).find((m) => m.text?.includes('hoe gaat het?')));
  });

  it('media both ways: a photo from WhatsApp into the group, a photo from Telegram to the newcomer; a too-large file and a sticker get notices', async () => {
    const s = await start();
    const photo = Buffer.from('fake-jpeg-bytes-from-amal');
    const mediaId = s.wa.addMedia(photo, 'image/jpeg');
    await s.driver.post(s.driver.media(AMAL, 'image', { mediaId, caption: 'mijn brief', id: 'wamid.photo' } as never));
    const inGroup = await until('photo in the group', () => groupMessages(s).find((m) => m.method === 'sendPhoto'));
    expect(plain(inGroup.plain)).toBe('Amal (WhatsApp): mijn brief');
    expect(typeof inGroup.file === 'object' && inGroup.file.bytes?.equals(photo)).toBe(true);

    // Ben sends a photo as a reply to Amal's relayed photo: it reaches Amal on WhatsApp.
    const back = Buffer.from('fake-jpeg-from-ben');
    s.tg.files.set('BEN-PHOTO', { bytes: back, mimeType: 'image/jpeg' });
    s.tg.pushUpdate({ message: { message_id: 9001, date: Math.floor(START / 1000), chat: { id: GROUP_CHAT, type: 'supergroup', title: 'Utrecht Oost' }, from: ben, photo: [{ file_id: 'BEN-PHOTO', file_unique_id: 'b1', width: 10, height: 10, file_size: back.length }], caption: 'kijk', reply_to_message: { message_id: inGroup.message_id, date: 1, chat: { id: GROUP_CHAT, type: 'supergroup' } } } });
    const image = await until('photo on WhatsApp', () => s.wa.sent(AMAL).find((m) => m.type === 'image'));
    const uploaded = s.wa.media.get((image.body.image as { id: string }).id);
    expect(uploaded?.bytes.equals(back)).toBe(true);
    expect(plain((image.body.image as { caption: string }).caption)).toBe('Ben (المجموعة): kijk');

    // A 6 MB photo is over WhatsApp's 5 MB image limit: Ben is told, nothing half sent.
    s.tg.files.set('BIG', { bytes: Buffer.alloc(6 * 1024 * 1024), mimeType: 'image/jpeg' });
    s.tg.pushUpdate({ message: { message_id: 9002, date: Math.floor(START / 1000), chat: { id: GROUP_CHAT, type: 'supergroup', title: 'Utrecht Oost' }, from: ben, photo: [{ file_id: 'BIG', file_unique_id: 'b2', width: 10, height: 10, file_size: 6 * 1024 * 1024 }], reply_to_message: { message_id: inGroup.message_id, date: 1, chat: { id: GROUP_CHAT, type: 'supergroup' } } } });
    await until('too-large notice', () => groupMessages(s).find((m) => m.plain.includes('te groot')));

    // A sticker cannot be passed on: both sides hear it.
    await s.driver.post(s.driver.media(AMAL, 'sticker', { id: 'wamid.sticker' } as never));
    await until('sticker notice in the group', () => groupMessages(s).find((m) => m.plain.includes('sticker')));
    await until('sticker notice to Amal', () => s.wa.sent(AMAL).find((m) => m.text?.includes('ملصق')));
  });

  it('bridge off: the newcomer’s messages stay with the bot; /bridge on in the group turns it on again', async () => {
    const s = await start({ bridge: false });
    await s.driver.post(s.driver.text(AMAL, 'is er iemand?', { id: 'wamid.off' }));
    await until('an answer to Amal', () => s.wa.sent(AMAL).length >= 1);
    expect(groupMessages(s).some((m) => m.plain.includes('is er iemand'))).toBe(false);
    s.tg.userMessage({ chatId: GROUP_CHAT, chatType: 'supergroup', from: anna, text: '/bridge on' });
    await until('bridge on', () => groupMessages(s).find((m) => m.plain.includes('staat aan')));
    await s.driver.post(s.driver.text(AMAL, 'nu wel?', { id: 'wamid.on' }));
    await until('relayed now', () => groupMessages(s).find((m) => m.plain.includes('nu wel?')));
  });
});
