// Real welkom processes on one PostgreSQL: kill -9 and restart loses nothing; with a standby, killing the active one under
// load hands over within 15 s and every acknowledged update and queued message still arrives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateStore } from '../../src/cli/migrate-store.js';
import { silentLogger } from '../../src/core/logger.js';
import type { OutboxItem } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { startBot, type BotProcess } from '../helpers/bot-process.js';
import { createTestDatabase, PG_SUITE, pgAvailable, type TestDatabase } from '../helpers/pg.js';

const IN_FLIGHT = 8; // the Telegram lane's concurrency
const fakes: FakeTelegram[] = [];
const bots: BotProcess[] = [];
const databases: TestDatabase[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const bot of bots) await bot.kill();
  for (const fake of fakes) await fake.close();
  for (const database of databases) await database.drop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A database holding `items` queued broadcast messages to chats 10000…, put there by `welkom migrate-store`. */
async function databaseWithQueuedOutbox(items: number): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'welkom-failover-'));
  dirs.push(dir);
  const store = await Store.open({ dataDir: dir, logger: silentLogger() });
  const now = Date.now();
  for (let i = 0; i < items; i += 1) {
    const item: OutboxItem = {
      id: `o${i}`,
      key: `broadcast:1:${i}`,
      to: { channel: 'telegram', chatId: String(10_000 + i) },
      message: { text: `Bericht ${i}`, kind: 'broadcast' },
      priority: 'bulk',
      urgent: true,
      state: 'queued',
      attempts: 0,
      notBefore: 0,
      createdAt: now,
      updatedAt: now,
    };
    store.put('outbox', item.id, item);
  }
  await store.close();
  const database = await createTestDatabase();
  databases.push(database);
  const report = await migrateStore({ dataDir: dir, url: database.url });
  expect(report.ok).toBe(true);
  return database;
}

/** Per chat of the queued messages (10000…; users who write in are 500000…), how many arrived. */
function perChat(fake: FakeTelegram): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sent of fake.sent()) if (Number(sent.chat_id) >= 10_000 && Number(sent.chat_id) < 500_000) counts.set(String(sent.chat_id), (counts.get(String(sent.chat_id)) ?? 0) + 1);
  return counts;
}

describe.skipIf(!pgAvailable)(`${PG_SUITE}: crash and failover with real processes`, () => {
  it('delivers all 300 queued messages after kill -9 and a restart (the durability trial on PostgreSQL)', async () => {
    const ITEMS = 300;
    const database = await databaseWithQueuedOutbox(ITEMS);
    const fake = await startFakeTelegram();
    fakes.push(fake);
    const env = { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'warn', DATABASE_URL: database.url };
    const first = await startBot(env, { timeoutMs: 60_000 });
    bots.push(first);
    await until(() => perChat(fake).size >= 100, 30_000, '100 deliveries');
    await first.kill();
    expect(perChat(fake).size).toBeLessThan(ITEMS);

    const second = await startBot(env, { timeoutMs: 60_000 });
    bots.push(second);
    await until(() => perChat(fake).size === ITEMS, 60_000, 'all chats to get their message');
    await new Promise((resolve) => setTimeout(resolve, 500)); // anything still to come would be a duplicate
    const counts = perChat(fake);
    const twice = [...counts.values()].filter((count) => count > 1).length;
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(twice).toBeLessThanOrEqual(IN_FLIGHT);
    await second.stop();
  }, 120_000);

  it('a standby takes over within 15 s when the active instance is killed under load, and nothing acknowledged is lost', async () => {
    const ITEMS = 200;
    const USERS = 40;
    const database = await databaseWithQueuedOutbox(ITEMS);
    const fake = await startFakeTelegram();
    fakes.push(fake);
    const env = { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'warn', DATABASE_URL: database.url };
    const active = await startBot(env, { timeoutMs: 60_000 });
    bots.push(active);
    const standby = await startBot(env, { standby: true, timeoutMs: 60_000 });
    bots.push(standby);
    const health = await fetch(`${standby.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'standby' });
    expect((await fetch(`${standby.url}/webhooks/whatsapp`, { method: 'POST', body: '{}' })).status).toBe(503);
    expect(await (await fetch(`${active.url}/healthz`)).json()).toMatchObject({ status: 'ok', role: 'active' });

    // Load: the outbox is sending, and people keep writing in while the active instance dies.
    let written = 0;
    const writing = (async () => {
      while (written < USERS) {
        const id = 500_000 + written;
        fake.userMessage({ chatId: id, from: { id, is_bot: false, first_name: `Gast ${written}` }, text: 'hallo' });
        written += 1;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    await until(() => perChat(fake).size >= 50 && written >= USERS / 2, 30_000, '50 deliveries and half of the users writing');
    const confirmedBeforeKill = fake.confirmedOffset();
    await active.kill();
    const killedAt = Date.now();
    let takeoverMs = 0;
    for (;;) {
      const response = await fetch(`${standby.url}/healthz`).catch(() => undefined);
      if (response?.status === 200) {
        takeoverMs = Date.now() - killedAt;
        break;
      }
      if (Date.now() - killedAt > 20_000) throw new Error('the standby did not take over within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(takeoverMs).toBeLessThan(15_000);
    await writing;

    // Every queued message arrives, at most the ones in flight at the kill twice; every user gets an answer.
    await until(() => perChat(fake).size === ITEMS, 60_000, 'all queued messages').catch((error: Error) => {
      throw new Error(`${error.message}: ${perChat(fake).size} of ${ITEMS} arrived; the new active instance said:\n${standby.output().slice(-3_000)}`);
    });
    const guests = () => new Set(fake.sent().filter((s) => Number(s.chat_id) >= 500_000).map((s) => String(s.chat_id)));
    await until(() => guests().size === USERS, 30_000, 'an answer to every user');
    expect(fake.confirmedOffset()).toBeGreaterThanOrEqual(confirmedBeforeKill);
    await until(() => fake.pendingUpdates() === 0, 10_000, 'every update confirmed');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const counts = perChat(fake);
    expect([...counts.values()].filter((count) => count > 1).length).toBeLessThanOrEqual(IN_FLIGHT);
    expect(await (await fetch(`${standby.url}/healthz`)).json()).toMatchObject({ status: 'ok', role: 'active' });
    await standby.stop();
  }, 120_000);
});
