// The bot's own limit of 20 messages a minute per Telegram group, tested on the outbox lane with the real Telegram adapter:
// the fake Bot API enforces nothing here and only records when each message arrived (on the same steered clock).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelContext } from '../../src/app.js';
import { TelegramAdapter } from '../../src/channels/telegram/adapter.js';
import { createTelegramBot } from '../../src/channels/telegram/index.js';
import { ManualClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { Delivery } from '../../src/delivery/outbox.js';
import { Store } from '../../src/store/store.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';

const START = Date.UTC(2026, 10, 30, 10, 0); // 11:00 in Amsterdam: not quiet hours
const GROUP = -1007770001;
const PERSON = 4242;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('Telegram group limit on the bot', () => {
  it('never sends more than 20 messages into one group in any 60 seconds, and a private chat is not held up', async () => {
    let virtual = 1_000_000; // the lane's monotonic clock, steered by the test
    const fake: FakeTelegram = await startFakeTelegram({ now: () => virtual, limits: { perChatPerSecond: Infinity, perGroupPerMinute: Infinity, globalPerSecond: Infinity } });
    cleanups.push(() => fake.close());
    const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-grouplimit-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const store = await Store.open({ dataDir, logger: silentLogger() });
    cleanups.push(() => store.close());
    const delivery = new Delivery({ store, clock: new ManualClock({ now: () => 0 }, START), logger: silentLogger(), timeZone: 'Europe/Amsterdam', monotonic: () => virtual, random: () => 0.5 });
    const config = { token: fake.token, apiRoot: fake.apiRoot, mode: 'polling' as const };
    // Sending needs only the logger from the app context (no polling, no webhook route).
    const adapter = new TelegramAdapter(config, { services: { logger: silentLogger() } } as unknown as ChannelContext, createTelegramBot(config));
    delivery.addChannel(adapter);
    delivery.start();
    cleanups.push(() => delivery.stop());

    for (let i = 0; i < 30; i += 1) delivery.enqueue({ to: { channel: 'telegram', chatId: String(GROUP) }, message: { text: `Groepsbericht ${i}`, kind: 'broadcast' }, priority: 'bulk', key: `g:${i}` });
    await store.committed();
    const groupSent = () => fake.sent(GROUP).length;
    let nudges = 0;
    for (let step = 0; step < 400 && groupSent() < 30; step += 1) {
      virtual += 1_000;
      // Enqueueing makes the lane look again (its own timer runs on real time); a private chat meanwhile flows freely.
      delivery.enqueue({ to: { channel: 'telegram', chatId: String(PERSON) }, message: { text: `Prive ${step}`, kind: 'notice' }, priority: 'interactive', key: `p:${step}` });
      nudges += 1;
      await store.committed();
      const deadline = Date.now() + 2_000;
      while (fake.sent(PERSON).length < nudges && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2));
      await new Promise((resolve) => setTimeout(resolve, 10)); // a group send started with the nudge lands too
    }
    const times = fake.sent(GROUP).map((m) => fake.calls.find((c) => c.ok && (c.response as { result?: { message_id?: number } }).result?.message_id === m.message_id && String(c.params.chat_id) === String(GROUP))!.at);
    expect(times).toHaveLength(30);
    for (let i = 20; i < times.length; i += 1) expect(times[i]! - times[i - 20]!).toBeGreaterThanOrEqual(60_000);
    // The private chat got every nudge without waiting for the group's slots.
    expect(fake.sent(PERSON).length).toBe(nudges);
    expect(fake.sent(GROUP).map((m) => m.plain)).toEqual(Array.from({ length: 30 }, (_, i) => `Groepsbericht ${i}`));
  }, 30_000);
});
