// "Acknowledged only after commit", proven per entry point: with the store's commit held open by the test, no HTTP 200 and no
// Telegram offset confirmation may appear; once released, the acknowledgement follows. Reversing the order in an adapter
// (acknowledge, then commit) makes these tests fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel } from '../../src/channels/telegram/index.js';
import { createConfig } from '../../src/config.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { startWhatsAppApp, type WhatsAppTestApp } from '../channels/whatsapp/setup.js';

const noLimits = { perChatPerSecond: Infinity, perGroupPerMinute: Infinity, globalPerSecond: Infinity };
const from = { id: 5151, first_name: 'Hold', language_code: 'nl' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let fake: FakeTelegram | undefined;
let app: App | undefined;
let wa: WhatsAppTestApp | undefined;
let dataDir = '';
/** The open hold, released before stopping so a failed assertion does not leave the store waiting. */
let release: () => void = () => undefined;
afterEach(async () => {
  release();
  await app?.stop();
  await fake?.close();
  await wa?.close();
  app = undefined;
  fake = undefined;
  wa = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function until(probe: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

let port = 0;
async function telegramApp(env: Record<string, string>): Promise<App> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-ack-'));
  const config = createConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', TELEGRAM_BOT_TOKEN: fake!.token, TELEGRAM_API_ROOT: fake!.apiRoot, ...env });
  app = await createApp({ config, channels: [createTelegramChannel(config.telegram!)] });
  port = await app.start();
  return app;
}

describe('acknowledged only after commit', () => {
  it('Telegram polling: the offset is not confirmed while the commit is held, and is right after release', async () => {
    fake = await startFakeTelegram({ limits: noLimits });
    const bot = await telegramApp({});
    release = bot.services.store.holdCommits();
    const seqBefore = bot.services.store.getStats().durableSeq;
    const id = fake.userMessage({ chatId: from.id, from, text: '/help' });
    // The update is fetched and handled (the dedup record exists in memory) but must not be confirmed.
    await until(() => bot.services.store.values('dedup').length > 0, 'the update to be handled');
    await sleep(300);
    expect(fake.confirmedOffset()).toBeLessThanOrEqual(id);
    expect(bot.services.store.getStats().durableSeq).toBe(seqBefore);
    release();
    await until(() => fake!.confirmedOffset() > id, 'the offset to be confirmed');
    expect(bot.services.store.getStats().durableSeq).toBeGreaterThan(seqBefore);
  });

  it('Telegram webhook: no 200 while the commit is held; 200 right after release', async () => {
    fake = await startFakeTelegram({ limits: noLimits });
    const bot = await telegramApp({ TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_URL: 'https://welkom.example.org/webhooks/telegram', TELEGRAM_WEBHOOK_SECRET: 'hold-secret' });
    const url = `http://127.0.0.1:${port}/webhooks/telegram`;
    const update = { update_id: 777, message: { message_id: 1, date: 1_764_000_000, chat: { id: from.id, type: 'private', first_name: 'Hold' }, from: { ...from, is_bot: false }, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } };
    release = bot.services.store.holdCommits();
    let status: number | undefined;
    const posting = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'hold-secret' }, body: JSON.stringify(update) }).then((r) => (status = r.status));
    await until(() => bot.services.store.values('dedup').length > 0, 'the update to be handled');
    await sleep(300);
    expect(status).toBeUndefined();
    release();
    await posting;
    expect(status).toBe(200);
  });

  it('WhatsApp webhook: no 200 while the commit is held; 200 right after release', async () => {
    wa = await startWhatsAppApp();
    release = wa.services.store.holdCommits();
    let status: number | undefined;
    const posting = wa.driver.post(wa.driver.text('31612345678', 'help')).then((r) => (status = r.status));
    await until(() => wa!.services.store.values('dedup').length > 0, 'the message to be handled');
    await sleep(300);
    expect(status).toBeUndefined();
    release();
    await posting;
    expect(status).toBe(200);
  });
});
