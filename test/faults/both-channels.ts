// Test setup for fault and bad-input tests: one real welkom app in-process with Telegram (polling or webhook) and WhatsApp,
// against the fake Bot API, the fake Graph API and the signing webhook driver; logs captured; a data folder of the caller's choice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel } from '../../src/channels/telegram/index.js';
import { createWhatsAppChannel } from '../../src/channels/whatsapp/index.js';
import { createConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/core/logger.js';
import { startFakeTelegram, type FakeTelegram, type FakeTelegramLimits } from '../fakes/telegram-api.js';
import { startFakeWhatsApp, type FakeWhatsApp } from '../fakes/whatsapp-api.js';
import { createWebhookDriver, type WebhookDriver } from '../fakes/whatsapp-webhook.js';
import { APP_SECRET, approvedTemplates, BOT_NUMBER, START, VERIFY_TOKEN } from '../channels/whatsapp/setup.js';

export const TELEGRAM_SECRET = 'faults-secret';
export const NO_LIMITS: FakeTelegramLimits = { perChatPerSecond: Infinity, perGroupPerMinute: Infinity, globalPerSecond: Infinity };

export interface BothApp {
  app: App;
  clock: ManualClock;
  telegram: FakeTelegram;
  whatsapp: FakeWhatsApp;
  driver: WebhookDriver;
  url: string;
  dataDir: string;
  logs(): string;
  /** POSTs a raw body to /webhooks/telegram with the right (or a given) secret token. */
  telegramWebhook(body: string, secret?: string): Promise<number>;
  close(): Promise<void>;
}

export async function startBothApp(options: { dataDir?: string; telegramMode?: 'polling' | 'webhook'; limits?: FakeTelegramLimits; env?: Record<string, string> } = {}): Promise<BothApp> {
  const clock = new ManualClock(undefined, START);
  const telegram = await startFakeTelegram({ limits: options.limits ?? NO_LIMITS });
  const whatsapp = await startFakeWhatsApp({ now: () => clock.now(), templates: approvedTemplates() });
  const ownDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'welkom-faults-'));
  const webhook = options.telegramMode === 'webhook' ? { TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_URL: 'https://welkom.example.org/webhooks/telegram', TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET } : {};
  const config = createConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    ...webhook,
    WHATSAPP_ACCESS_TOKEN: whatsapp.token,
    WHATSAPP_PHONE_NUMBER_ID: whatsapp.phoneNumberId,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_API_BASE_URL: whatsapp.baseUrl,
    WHATSAPP_PHONE_NUMBER: BOT_NUMBER,
    PUBLIC_URL: 'https://welkom.example.org',
    ...options.env,
  });
  let output = '';
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const app = await createApp({ config, clock, logger: createLogger('debug', stream), channels: [createTelegramChannel(config.telegram!), createWhatsAppChannel(config.whatsapp!, { timeoutMs: 2_000 })] });
  const port = await app.start();
  const url = `http://127.0.0.1:${port}`;
  const driver = createWebhookDriver({ url: `${url}/webhooks/whatsapp`, appSecret: APP_SECRET, phoneNumberId: whatsapp.phoneNumberId, api: whatsapp, now: () => clock.now() });
  let closed = false;
  return {
    app,
    clock,
    telegram,
    whatsapp,
    driver,
    url,
    dataDir,
    logs: () => output,
    async telegramWebhook(body, secret = TELEGRAM_SECRET) {
      const response = await fetch(`${url}/webhooks/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body });
      await response.arrayBuffer();
      return response.status;
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.stop();
      await telegram.close();
      await whatsapp.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function until(probe: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
