// kill -9 at random moments while updates arrive over both channels (Telegram long polling and WhatsApp webhooks), 20 trials
// on one data folder with a seeded PRNG (the seed is printed; FAULT_SEED=<n> replays a run). After every kill the store
// opens, every update the platform saw acknowledged (Telegram offset confirmed, WhatsApp 200) is in it with its reply in the
// outbox; a scheduled broadcast makes exactly one outbox item per recipient however often the process dies; after a last start every
// acknowledged message has been answered.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { emptyData } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { startFakeWhatsApp, type FakeWhatsApp } from '../fakes/whatsapp-api.js';
import { createWebhookDriver } from '../fakes/whatsapp-webhook.js';
import { removeDataDir, startBot, type BotProcess } from '../helpers/bot-process.js';
import { APP_SECRET, approvedTemplates, BOT_NUMBER, VERIFY_TOKEN } from '../channels/whatsapp/setup.js';
import { NO_LIMITS, until } from './both-channels.js';

const TRIALS = 20;
const PER_TRIAL = 3; // updates per channel per trial: small loads, many kill moments
const SEED = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with FAULT_SEED. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

let telegram: FakeTelegram | undefined;
let whatsapp: FakeWhatsApp | undefined;
let bot: BotProcess | undefined;
const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-kill-'));
afterAll(async () => {
  await bot?.kill();
  await telegram?.close();
  await whatsapp?.close();
  removeDataDir(dataDir);
});

/** Data on disk before the first start: a group of three and a broadcast to it that is due now. */
function seed(now: number): void {
  const data = emptyData();
  const member = (id: string, role: 'coordinator' | 'volunteer' | 'newcomer', identity: string) => {
    data.members[id] = { id, name: id, role, locale: 'nl', identities: [identity], groupIds: role === 'coordinator' ? [] : ['g1'], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: now };
    data.identities[identity] = { key: identity, memberId: id };
  };
  member('m_c', 'coordinator', 'telegram:8000');
  member('m_v1', 'volunteer', 'telegram:8001');
  member('m_v2', 'volunteer', 'telegram:8002');
  member('m_n1', 'newcomer', 'whatsapp:31611100001');
  data.groups.g1 = { id: 'g1', name: 'Kill Oost', municipality: 'Utrecht', kind: 'welkomgroep', memberIds: ['m_v1', 'm_v2', 'm_n1'], chatKeys: [], createdBy: 'm_c', startsAt: now, endsAt: now + 365 * 86_400_000 };
  data.broadcasts.b1 = { id: 'b1', createdBy: 'm_c', createdAt: now, state: 'scheduled', audience: { groupIds: ['g1'], roles: ['volunteer', 'newcomer'] }, texts: { nl: 'Zaterdag is de fietsles.' }, replyTo: { channel: 'telegram', chatId: '8000' }, locale: 'nl', scheduledAt: now, itemIds: [], recipients: 0, optedOut: 0, edits: 0 };
  data.jobs['bc:b1'] = { id: 'bc:b1', type: 'broadcast.send', dueAt: now, graceMs: 86_400_000, payload: { broadcastId: 'b1' } };
  writeFileSync(path.join(dataDir, 'welkom.json'), JSON.stringify(data), { mode: 0o600 });
}

describe('kill -9 while updates arrive on both channels', () => {
  it(`keeps every acknowledged update, loses no outbox item and fires a broadcast once (${TRIALS} trials)`, async () => {
    console.log(`test/faults/kill.test.ts: seed ${SEED} (replay with FAULT_SEED=${SEED})`);
    const random = prng(SEED);
    telegram = await startFakeTelegram({ limits: NO_LIMITS });
    whatsapp = await startFakeWhatsApp({ templates: approvedTemplates(), limits: { perSecond: 0 } });
    seed(Date.now());
    const env = {
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      WHATSAPP_ACCESS_TOKEN: whatsapp.token,
      WHATSAPP_PHONE_NUMBER_ID: whatsapp.phoneNumberId,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
      WHATSAPP_API_BASE_URL: whatsapp.baseUrl,
      WHATSAPP_PHONE_NUMBER: BOT_NUMBER,
      LOG_LEVEL: 'warn',
    };
    const ackedWhatsApp: Array<{ id: string; from: string }> = [];
    const telegramChats = new Map<number, number>(); // update_id → chat
    let person = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      bot = await startBot(env, { dataDir, timeoutMs: 60_000 });
      const driver = createWebhookDriver({ url: `${bot.url}/webhooks/whatsapp`, appSecret: APP_SECRET, phoneNumberId: whatsapp.phoneNumberId, api: whatsapp });
      const posts: Array<Promise<void>> = [];
      for (let i = 0; i < PER_TRIAL; i += 1) {
        person += 1;
        const chat = 20_000 + person;
        telegramChats.set(telegram.userMessage({ chatId: chat, from: { id: chat, first_name: 'K', language_code: 'nl' }, text: '/help' }), chat);
        const from = String(31_620_000_000 + person);
        const payload = driver.text(from, 'help');
        const id = payload.entry[0]!.changes[0]!.value.messages![0]!.id;
        posts.push(driver.post(payload).then(
          (response) => void (response.status === 200 && ackedWhatsApp.push({ id, from })),
          () => undefined, // the connection died with the process: not acknowledged
        ));
      }
      // Half the trials die at a random moment after the load starts, the other half just after the first WhatsApp 200
      // (so acknowledged work is always in the mix, however slow the machine is).
      if (random() < 0.5) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 300)));
      else {
        const acked = ackedWhatsApp.length;
        await until(() => ackedWhatsApp.length > acked, 'a first acknowledgement', 20_000).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 40)));
      }
      await bot.kill();
      await Promise.all(posts);

      // The store always opens, and holds everything acknowledged so far.
      const store = await Store.open({ dataDir, logger: silentLogger(), purpose: 'test' });
      try {
        const confirmed = telegram.confirmedOffset();
        for (const [updateId] of telegramChats) {
          if (updateId >= confirmed) continue;
          expect(store.get('dedup', `telegram:update:${updateId}`), `confirmed Telegram update ${updateId} (trial ${trial}, seed ${SEED})`).toBeDefined();
          expect(store.values('outbox').some((item) => item.key === `telegram:update:${updateId}:reply:0`), `reply to ${updateId}`).toBe(true);
        }
        for (const { id } of ackedWhatsApp) {
          expect(store.get('dedup', `whatsapp:${id}`), `acknowledged WhatsApp message (trial ${trial}, seed ${SEED})`).toBeDefined();
          expect(store.values('outbox').some((item) => item.key === `whatsapp:${id}:reply:0`), 'its reply').toBe(true);
        }
        const broadcastItems = store.values('outbox').filter((item) => item.key.startsWith('bc:b1:to:'));
        expect(broadcastItems.length === 0 || broadcastItems.length === 3, `broadcast items: ${broadcastItems.length}`).toBe(true);
      } finally {
        await store.close();
      }
      if (process.env.FAULT_VERBOSE) console.log(`trial ${trial}: ${ackedWhatsApp.length} WhatsApp acknowledged, Telegram offset ${telegram.confirmedOffset()}`);
    }

    // A last start: everything acknowledged gets its answer. (The broadcast's own sending may wait for the end of quiet hours.)
    bot = await startBot(env, { dataDir, timeoutMs: 60_000 });
    const confirmed = telegram.confirmedOffset();
    await until(() => [...telegramChats].every(([updateId, chat]) => updateId >= confirmed || telegram!.sent(chat).length > 0), 'an answer in every confirmed Telegram chat', 30_000);
    await until(() => ackedWhatsApp.every(({ from }) => whatsapp!.sent(from).length > 0), 'an answer to every acknowledged WhatsApp message', 30_000);
    await bot.kill();
    const store = await Store.open({ dataDir, logger: silentLogger(), purpose: 'test' });
    try {
      const broadcastItems = store.values('outbox').filter((item) => item.key.startsWith('bc:b1:to:'));
      expect(broadcastItems).toHaveLength(3); // once per recipient, however often the process died
      expect(store.get('broadcasts', 'b1')?.state).not.toBe('scheduled');
    } finally {
      await store.close();
    }
    expect(ackedWhatsApp.length).toBeGreaterThan(0);
    expect(confirmed).toBeGreaterThan(0);
  }, 600_000);
});
