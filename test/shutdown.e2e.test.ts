// Graceful shutdown of the real process: SIGTERM during a load loses nothing and exits within 10 s; a second SIGTERM exits at once, safely.
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/core/logger.js';
import { Store } from '../src/store/store.js';
import { startFakeWhatsApp, type FakeWhatsApp } from './fakes/whatsapp-api.js';
import { createWebhookDriver, type WebhookDriver, type WebhookPayload } from './fakes/whatsapp-webhook.js';
import { removeDataDir, startBot, type BotProcess } from './helpers/bot-process.js';

const APP_SECRET = 'shutdown-test-secret';
const dirs: string[] = [];
const bots: BotProcess[] = [];
let fake: FakeWhatsApp | undefined;
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.kill();
  await fake?.close();
  fake = undefined;
});
afterAll(() => dirs.forEach(removeDataDir));

async function start(dataDir?: string): Promise<{ bot: BotProcess; driver: WebhookDriver }> {
  fake ??= await startFakeWhatsApp();
  const bot = await startBot(
    { WHATSAPP_ACCESS_TOKEN: fake.token, WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId, WHATSAPP_APP_SECRET: APP_SECRET, WHATSAPP_VERIFY_TOKEN: 'verify', WHATSAPP_API_BASE_URL: fake.baseUrl },
    { dataDir },
  );
  bots.push(bot);
  if (!dirs.includes(bot.dataDir)) dirs.push(bot.dataDir);
  return { bot, driver: createWebhookDriver({ url: `${bot.url}/webhooks/whatsapp`, appSecret: APP_SECRET, phoneNumberId: fake.phoneNumberId, api: fake }) };
}

/** Sends `signal` and resolves with the exit code and how long the process took to exit. */
function signalAndWait(bot: BotProcess, signal: NodeJS.Signals): { exited: Promise<{ code: number | null; ms: number }> } {
  const sent = Date.now();
  const exited = new Promise<{ code: number | null; ms: number }>((resolve) => bot.child.once('exit', (code) => resolve({ code, ms: Date.now() - sent })));
  bot.child.kill(signal);
  return { exited };
}

async function readStore(dataDir: string): Promise<{ dedup: Set<string>; outboxKeys: string[]; states: Record<string, number> }> {
  const store = await Store.open({ dataDir, logger: silentLogger(), purpose: 'test' });
  try {
    const states: Record<string, number> = {};
    for (const item of store.values('outbox')) states[item.state] = (states[item.state] ?? 0) + 1;
    return { dedup: new Set(store.values('dedup').map((d) => d.key)), outboxKeys: store.values('outbox').map((item) => item.key), states };
  } finally {
    await store.close();
  }
}

describe('graceful shutdown', () => {
  it('SIGTERM during a load: acknowledged messages are all kept, refused ones get 503 (never 500), the process exits 0 within 10 s', async () => {
    const { bot, driver } = await start();
    const acked: string[] = [];
    const refused: Array<{ id: string; payload: WebhookPayload }> = [];
    const statuses = new Set<number | string>();
    let running = true;
    const person = async (index: number) => {
      const from = `3165000${String(index).padStart(4, '0')}`;
      for (let n = 0; running; n += 1) {
        const id = driver.textId();
        const payload = driver.text(from, `bericht ${n}`, { id });
        try {
          const response = await driver.post(payload);
          statuses.add(response.status);
          if (response.status === 200) acked.push(id);
          else refused.push({ id, payload });
        } catch {
          statuses.add('connection closed');
          refused.push({ id, payload });
          running = false;
        }
      }
    };
    const load = Array.from({ length: 8 }, (_, index) => person(index));
    while (acked.length < 40) await new Promise((resolve) => setTimeout(resolve, 10));
    const { exited } = signalAndWait(bot, 'SIGTERM');
    const { code, ms } = await exited;
    running = false;
    await Promise.all(load);

    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect([...statuses].filter((s) => s !== 200 && s !== 503 && s !== 'connection closed')).toEqual([]);
    expect(bot.output()).toMatch(/stopping: no new updates/);
    const kept = await readStore(bot.dataDir);
    for (const id of acked) {
      expect(kept.dedup.has(`whatsapp:${id}`)).toBe(true);
      expect(kept.outboxKeys.some((key) => key.startsWith(`whatsapp:${id}`))).toBe(true);
    }

    // Meta delivers the refused ones again later: the restarted bot takes them, nothing is doubled.
    const again = await start(bot.dataDir);
    for (const { payload } of refused) expect((await again.driver.post(payload)).status).toBe(200);
    for (const { payload } of refused.slice(0, 3)) expect((await again.driver.post(payload)).status).toBe(200);
    expect(await again.bot.stop()).toBe(0);
    const after = await readStore(bot.dataDir);
    for (const { id } of [...refused, ...acked.map((id) => ({ id }))]) expect(after.dedup.has(`whatsapp:${id}`)).toBe(true);
    expect(after.outboxKeys.length).toBe(new Set(after.outboxKeys).size);
  }, 90_000);

  it('a second SIGTERM exits at once while sends hang; the next start sends them', async () => {
    const { bot, driver } = await start();
    fake!.delayNext(30_000, 50);
    for (let n = 0; n < 3; n += 1) expect((await driver.post(driver.text(`316510000${n}`, 'hallo'))).status).toBe(200);
    // Sends are now hanging in the fake; the first SIGTERM waits for them (up to its deadline).
    for (let i = 0; i < 200 && fake!.calls.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const first = signalAndWait(bot, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bot.child.exitCode).toBeNull();
    const { exited } = signalAndWait(bot, 'SIGTERM');
    const { code, ms } = await exited;
    await first.exited;
    expect(code).toBe(130);
    expect(ms).toBeLessThan(1_000);
    expect(bot.output()).toMatch(/second signal: exiting now/);

    const left = await readStore(bot.dataDir);
    expect((left.states.sending ?? 0) + (left.states.queued ?? 0)).toBe(3);
    // The killed process's sends were accepted by the fake but never answered: start from a clean record, windows still open.
    fake!.reset();
    for (let n = 0; n < 3; n += 1) fake!.userWrote(`316510000${n}`);
    const again = await start(bot.dataDir);
    for (let i = 0; i < 250 && fake!.sent().length < 3; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake!.sent().map((m) => m.waId).sort()).toEqual(['3165100000', '3165100001', '3165100002']);
    expect(await again.bot.stop()).toBe(0);
  }, 90_000);
});
