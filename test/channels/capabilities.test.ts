// Files, edits in place and replies on every channel: the local channel (playground), Telegram and WhatsApp through their fakes.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { toInbound } from '../../src/channels/whatsapp/inbound.js';
import { messageSchema } from '../../src/channels/whatsapp/schema.js';
import { createTelegramChannel } from '../../src/channels/telegram/index.js';
import { createConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import type { Address, Outbound } from '../../src/core/types.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { createHarness, type Harness } from '../helpers/harness.js';
import { seedMember, startWhatsAppApp, type WhatsAppTestApp } from './whatsapp/setup.js';

const ICS = Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n').toString('base64');
const calendar: Outbound = { text: 'Koffie op zaterdag', kind: 'notice', attachment: { kind: 'document', filename: 'koffie.ics', mimeType: 'text/calendar', data: ICS } };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('local channel (playground)', () => {
  let harness: Harness;
  const to: Address = { channel: 'local', chatId: 'demo-group' };

  it('edits a message in place; an older edit still queued is skipped for the newest', async () => {
    harness = await createHarness();
    cleanups.push(() => harness.close());
    const { outbox } = harness.app.services;
    outbox.enqueue({ to, message: { text: 'votes: 0', kind: 'notice' }, priority: 'bulk', urgent: true, key: 'poll:1' });
    await harness.app.services.store.committed();
    await harness.app.delivery.idle();
    outbox.enqueue({ to, message: { text: 'votes: 1', kind: 'notice', editOf: 'poll:1' }, priority: 'bulk', urgent: true, key: 'poll:1:e1' });
    outbox.enqueue({ to, message: { text: 'votes: 2', kind: 'notice', editOf: 'poll:1' }, priority: 'bulk', urgent: true, key: 'poll:1:e2' });
    await harness.app.services.store.committed();
    await harness.app.delivery.idle();
    const lines = harness.app.local.transcript('demo-group');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ text: 'votes: 2', edited: true });
    const items = [...harness.app.services.store.values('outbox')];
    expect(items.find((i) => i.key === 'poll:1:e1')?.state).toBe('cancelled');
    expect(items.find((i) => i.key === 'poll:1:e2')?.state).toBe('sent');
  });

  it('an edit of a message that never went out is sent as a new message, and later edits change that one', async () => {
    harness = await createHarness();
    cleanups.push(() => harness.close());
    const { outbox, store } = harness.app.services;
    outbox.enqueue({ to, message: { text: 'progress 10%', kind: 'notice', editOf: 'missing' }, priority: 'bulk', urgent: true, key: 'p:e1' });
    await store.committed();
    await harness.app.delivery.idle();
    expect(harness.app.local.transcript('demo-group').map((l) => l.text)).toEqual(['progress 10%']);
  });

  it('keeps a sent file for download and removes a file-backed attachment once delivered', async () => {
    harness = await createHarness();
    cleanups.push(() => harness.close());
    const file = path.join(harness.dataDir, 'photo.jpg');
    writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
    harness.app.services.outbox.enqueue({ to, message: calendar, priority: 'bulk', urgent: true, key: 'ics' });
    harness.app.services.outbox.enqueue({ to, message: { text: '', kind: 'relay', attachment: { kind: 'image', filename: 'photo.jpg', mimeType: 'image/jpeg', file } }, priority: 'bulk', urgent: true, key: 'img' });
    await harness.app.services.store.committed();
    await harness.app.delivery.idle();
    const [ics, image] = harness.app.local.transcript('demo-group');
    expect(ics?.attachment).toMatchObject({ kind: 'document', filename: 'koffie.ics', mimeType: 'text/calendar', url: `/playground/api/files/${ics!.id}` });
    expect(harness.app.local.file(ics!.id)?.bytes.toString()).toContain('BEGIN:VCALENDAR');
    expect(image?.attachment?.size).toBe(4);
    expect(existsSync(file)).toBe(false);
  });

  it('passes a reply-to id from a person to the features, and back on the bot line', async () => {
    harness = await createHarness();
    cleanups.push(() => harness.close());
    const seen: Array<string | undefined> = [];
    harness.app.local.attach(async (inbound) => {
      seen.push(inbound.replyTo, inbound.messageId);
    });
    await harness.app.local.say({ chatId: 'g', userId: 'anna', chatType: 'group' }, 'first');
    const first = harness.app.local.lastId();
    await harness.app.local.say({ chatId: 'g', userId: 'ben', chatType: 'group' }, 'answer', { replyTo: first });
    expect(seen).toEqual([undefined, `local:${first}`, `local:${first}`, `local:${first + 1}`]);
    harness.app.services.outbox.enqueue({ to: { channel: 'local', chatId: 'g' }, message: { text: 'noted', kind: 'reply', replyTo: `local:${first}` }, priority: 'interactive', key: 'r' });
    await harness.app.services.store.committed();
    await harness.app.delivery.idle();
    expect(harness.app.local.transcript('g').at(-1)).toMatchObject({ text: 'noted', replyTo: first });
  });
});

describe('Telegram', () => {
  let fake: FakeTelegram;
  let app: App;
  const start = async () => {
    fake = await startFakeTelegram({ limits: { perChatPerSecond: Infinity, perGroupPerMinute: Infinity, globalPerSecond: Infinity } });
    const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-tg-cap-'));
    const config = createConfig({ DATA_DIR: dataDir, PORT: '0', TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, PLAYGROUND: '0' });
    app = await createApp({ config, clock: new ManualClock(undefined, Date.UTC(2026, 10, 30, 10)), channels: [createTelegramChannel(config.telegram!)] });
    await app.start();
    cleanups.push(async () => {
      await app.stop();
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
  };
  const send = async (key: string, message: Outbound, chatId = '-1001') => {
    app.services.outbox.enqueue({ to: { channel: 'telegram', chatId }, message, priority: 'bulk', urgent: true, key });
    await app.services.store.committed();
    await app.delivery.idle();
  };

  it('sends a file as a document with the text as caption, replies to a message, and edits in place', async () => {
    await start();
    await send('ics', calendar);
    const doc = fake.sent(-1001).find((m) => m.method === 'sendDocument');
    expect(doc?.plain).toBe('Koffie op zaterdag');
    expect(doc?.file).toMatchObject({ filename: 'koffie.ics' });

    await send('poll', { text: 'Stemmen: 0', kind: 'meetup_poll', choices: [{ id: 'mt:1:a', label: 'za 14:00' }] });
    const poll = fake.sent(-1001).find((m) => m.method === 'sendMessage' && m.plain === 'Stemmen: 0')!;
    await send('poll:e1', { text: 'Stemmen: 1', kind: 'meetup_poll', choices: [{ id: 'mt:1:a', label: 'za 14:00 (1)' }], editOf: 'poll' });
    const edit = fake.calls.find((c) => c.method === 'editMessageText');
    expect(edit?.params).toMatchObject({ message_id: poll.message_id });
    expect(String(edit?.params.chat_id)).toBe('-1001');
    expect(fake.sent(-1001).filter((m) => m.method === 'sendMessage')).toHaveLength(1);
    // The same text again: Telegram says "not modified", which counts as done.
    await send('poll:e2', { text: 'Stemmen: 1', kind: 'meetup_poll', choices: [{ id: 'mt:1:a', label: 'za 14:00 (1)' }], editOf: 'poll' });
    expect([...app.services.store.values('outbox')].find((i) => i.key === 'poll:e2')?.state).toBe('sent');

    await send('reply', { text: 'Dank je!', kind: 'reply', replyTo: String(poll.message_id) });
    const reply = fake.calls.filter((c) => c.method === 'sendMessage').at(-1);
    expect(reply?.params.reply_parameters).toMatchObject({ message_id: poll.message_id, allow_sending_without_reply: true });
  });

  it('a long text goes first and the file after it without caption', async () => {
    await start();
    await send('long', { ...calendar, text: 'x '.repeat(700) });
    const methods = fake.sent(-1001).map((m) => m.method);
    expect(methods).toEqual(['sendMessage', 'sendDocument']);
    expect(fake.sent(-1001)[1]?.text).toBe('');
  });
});

describe('WhatsApp', () => {
  let wa: WhatsAppTestApp;
  const send = async (key: string, message: Outbound) => {
    wa.services.outbox.enqueue({ to: { channel: 'whatsapp', chatId: '31612345678' }, memberId: 'm1', message, priority: 'bulk', urgent: true, key });
    await wa.services.store.committed();
    await wa.app.delivery.idle();
  };

  it('uploads a file and sends it as a document message with caption, threads a reply, and holds a file outside the window', async () => {
    wa = await startWhatsAppApp({ seed: (services) => void seedMember(services, { id: 'm1', identity: 'whatsapp:31612345678', locale: 'ar' }) });
    cleanups.push(() => wa.close());
    await wa.driver.post(wa.driver.text('31612345678', 'hallo'));
    await wa.app.delivery.idle();
    await send('ics', calendar);
    const doc = wa.fake.sent('31612345678').find((m) => m.type === 'document');
    expect(doc?.body.document).toMatchObject({ filename: 'koffie.ics', caption: 'Koffie op zaterdag' });
    const mediaId = (doc?.body.document as { id: string }).id;
    expect(wa.fake.media.get(mediaId)?.bytes.toString()).toContain('BEGIN:VCALENDAR');
    expect(wa.fake.media.get(mediaId)?.mimeType).toBe('text/calendar');

    const theirs = wa.fake.sent('31612345678')[0]!.id;
    await send('reply', { text: 'Anna (groep): hoi', kind: 'relay', replyTo: theirs });
    expect(wa.fake.sent('31612345678').at(-1)?.body.context).toEqual({ message_id: theirs });

    wa.clock.advance(25 * 3_600_000);
    await send('late-ics', { ...calendar, kind: 'reminder' });
    expect([...wa.services.store.values('outbox')].find((i) => i.key === 'late-ics')?.state).toBe('held');
  });

  it('reads the message id and the replied-to id of an inbound message', () => {
    const message = messageSchema.parse({ id: 'wamid.B', from: '31612345678', type: 'text', text: { body: 'ja' }, context: { from: '31850001234', id: 'wamid.A' } });
    const result = toInbound(message, []);
    expect(result.kind === 'inbound' && result.inbound).toMatchObject({ messageId: 'wamid.B', replyTo: 'wamid.A' });
  });

  it('the fake refuses an upload over the limit for its kind (Meta 131053)', async () => {
    wa = await startWhatsAppApp({ seed: (services) => void seedMember(services, { id: 'm1', identity: 'whatsapp:31612345678' }) });
    cleanups.push(() => wa.close());
    await wa.driver.post(wa.driver.text('31612345678', 'hallo'));
    await wa.app.delivery.idle();
    const big = Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64');
    await send('big', { text: '', kind: 'relay', attachment: { kind: 'image', filename: 'big.jpg', mimeType: 'image/jpeg', data: big } });
    const item = [...wa.services.store.values('outbox')].find((i) => i.key === 'big');
    expect(item?.state).toBe('failed');
    expect(item?.reason).toContain('131053');
  });
});
