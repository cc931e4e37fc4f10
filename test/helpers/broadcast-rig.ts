// A broadcast rig for tests and `npm run bench`: one welkom app with Telegram and WhatsApp against the limit-enforcing
// fakes, N members in several languages across both channels, and a coordinator who drives /broadcast on Telegram.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { createTelegramChannel } from '../../src/channels/telegram/index.js';
import { createWhatsAppChannel } from '../../src/channels/whatsapp/index.js';
import { createConfig } from '../../src/config.js';
import { ManualClock, type Clock } from '../../src/core/clock.js';
import type { Member } from '../../src/store/schema.js';
import { startFakeTelegram, type FakeTelegram, type FakeTelegramLimits, type SentMessage } from '../fakes/telegram-api.js';
import { startFakeWhatsApp, type ApprovedTemplate, type FakeWhatsApp } from '../fakes/whatsapp-api.js';
import { createWebhookDriver, type WebhookDriver } from '../fakes/whatsapp-webhook.js';

export const CARLA = { id: 7_000_001, first_name: 'Carla' };
const HOUR = 3_600_000;

export interface RigOptions {
  /** People to reach (half volunteers on Telegram, half newcomers on WhatsApp). */
  recipients: number;
  /** Their languages, spread evenly. */
  locales: string[];
  /** Every n-th person said STOP (0: nobody). */
  optOutEvery?: number;
  /** Every n-th WhatsApp person last wrote more than 24 hours ago (0: everyone wrote recently). */
  outsideWindowEvery?: number;
  clock?: Clock;
  telegramLimits?: FakeTelegramLimits;
  whatsappPerSecond?: number;
}

export interface Rig {
  app: App;
  tg: FakeTelegram;
  wa: FakeWhatsApp;
  driver: WebhookDriver;
  members: Member[];
  /** Carla's messages from the bot so far. */
  toCarla(): SentMessage[];
  /** Carla writes `text`; resolves with the first new message containing `expect`. */
  say(text: string, expect: string): Promise<SentMessage>;
  /** Carla presses the button whose label starts with `label` under the latest question; resolves like `say`. */
  press(label: string, expect: string): Promise<SentMessage>;
  until(condition: () => boolean, timeoutMs?: number, what?: string): Promise<void>;
  close(): Promise<void>;
}

export function approvedTemplates(): ApprovedTemplate[] {
  const names = ['welkom_reminder', 'welkom_meetup_poll', 'welkom_practice_nudge', 'welkom_broadcast', 'welkom_meetup_reminder'];
  return names.flatMap((name) => ['nl', 'en', 'ar', 'tr', 'fa', 'uk'].map((language) => ({ name, language, bodyParams: 1 })));
}

/** The WhatsApp number of the n-th WhatsApp person (test numbers). */
export const waNumber = (n: number): string => `3169${String(n).padStart(7, '0')}`;
/** The Telegram user id of the n-th Telegram person. */
export const tgUser = (n: number): number => 8_000_000 + n;

/** Monday 30 Nov 2026, 11:00 in Amsterdam: outside quiet hours (the rig's clock runs on from here in real time). */
export const RIG_START = Date.UTC(2026, 10, 30, 10, 0, 0);

export async function startBroadcastRig(options: RigOptions): Promise<Rig> {
  const clock = options.clock ?? new ManualClock(undefined, RIG_START);
  const now = () => clock.now();
  const tg = await startFakeTelegram(options.telegramLimits ? { limits: options.telegramLimits } : {});
  const wa = await startFakeWhatsApp({ now, templates: approvedTemplates(), ...(options.whatsappPerSecond ? { limits: { perSecond: options.whatsappPerSecond } } : {}) });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-bc-rig-'));
  const config = createConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    PLAYGROUND: '0',
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    WHATSAPP_ACCESS_TOKEN: wa.token,
    WHATSAPP_PHONE_NUMBER_ID: wa.phoneNumberId,
    WHATSAPP_APP_SECRET: 'rig-app-secret',
    WHATSAPP_VERIFY_TOKEN: 'rig-verify',
    WHATSAPP_API_BASE_URL: wa.baseUrl,
    COORDINATOR_TELEGRAM_IDS: String(CARLA.id),
  });
  const app = await createApp({
    config,
    clock,
    channels: [createTelegramChannel(config.telegram!), createWhatsAppChannel(config.whatsapp!, { timeoutMs: 5_000 })],
  });
  const { store } = app.services;
  const at = now();
  const groups = Math.max(1, Math.ceil(options.recipients / 50));
  for (let g = 0; g < groups; g += 1) {
    store.put('groups', `g_rig${g}`, { id: `g_rig${g}`, name: `Welkomgroep ${g}`, municipality: g % 2 === 0 ? 'Utrecht' : 'Zeist', kind: 'welkomgroep', memberIds: [], chatKeys: [], createdBy: 'rig', startsAt: at, endsAt: at + 365 * 24 * HOUR });
  }
  const members: Member[] = [];
  for (let i = 0; i < options.recipients; i += 1) {
    const onWhatsApp = i % 2 === 1;
    const n = Math.floor(i / 2);
    const identity = onWhatsApp ? `whatsapp:${waNumber(n)}` : `telegram:${tgUser(n)}`;
    const groupId = `g_rig${i % groups}`;
    const member: Member = {
      id: `m_rig${i}`,
      name: `Persoon ${i}`,
      role: onWhatsApp ? 'newcomer' : 'volunteer',
      locale: options.locales[i % options.locales.length]!,
      identities: [identity],
      groupIds: [groupId],
      profile: {},
      timeZone: 'Europe/Amsterdam',
      createdAt: at,
      ...(options.optOutEvery && i % options.optOutEvery === 0 ? { optOut: { at, channel: onWhatsApp ? ('whatsapp' as const) : ('telegram' as const) } } : {}),
    };
    store.put('members', member.id, member);
    store.put('identities', identity, { key: identity, memberId: member.id });
    store.update('groups', groupId, (group) => group.memberIds.push(member.id));
    if (onWhatsApp) {
      const outside = options.outsideWindowEvery !== undefined && options.outsideWindowEvery > 0 && n % options.outsideWindowEvery === 0;
      const wroteAt = outside ? at - 30 * HOUR : at - HOUR;
      wa.userWrote(waNumber(n), wroteAt);
      store.put('contacts', `whatsapp:${waNumber(n)}`, { key: `whatsapp:${waNumber(n)}`, lastInboundAt: wroteAt });
    }
    members.push(member);
  }
  await store.committed();
  const port = await app.start();
  const driver = createWebhookDriver({ url: `http://127.0.0.1:${port}/webhooks/whatsapp`, appSecret: 'rig-app-secret', phoneNumberId: wa.phoneNumberId, api: wa, now });

  const toCarla = () => tg.sent(CARLA.id);
  const until = async (condition: () => boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`${what}: not met within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const awaitText = async (before: number, expect: string): Promise<SentMessage> => {
    let found: SentMessage | undefined;
    await until(() => (found = toCarla().slice(before).find((m) => m.plain.replace(/[\u2068\u2069]/g, '').includes(expect))) !== undefined, 20_000, `a message to Carla containing "${expect}"`);
    return found!;
  };
  return {
    app,
    tg,
    wa,
    driver,
    members,
    toCarla,
    until,
    async say(text, expect) {
      const before = toCarla().length;
      tg.userMessage({ chatId: CARLA.id, from: CARLA, text });
      return awaitText(before, expect);
    },
    async press(label, expect) {
      const find = () => {
        const question = [...toCarla()].reverse().find((m) => m.reply_markup?.inline_keyboard);
        const button = question?.reply_markup?.inline_keyboard?.flat().find((b) => b.text.replace(/[\u2068\u2069]/g, '').startsWith(label));
        return question && button?.callback_data ? { question, button } : undefined;
      };
      await until(() => find() !== undefined, 10_000, `a button "${label}" under Carla's latest question`);
      const { question, button } = find()!;
      const before = toCarla().length;
      tg.callback({ from: CARLA, chatId: CARLA.id, messageId: question.message_id, data: button.callback_data! });
      return awaitText(before, expect);
    },
    async close() {
      await app.stop();
      await tg.close();
      await wa.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
