// Long polling against the fake Bot API: the offset moves only after a batch is committed; chats run side by side, each in order.
import type { Update } from 'grammy/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramBot } from '../../../src/channels/telegram/index.js';
import { Poller } from '../../../src/channels/telegram/polling.js';
import { Sequencer } from '../../../src/channels/telegram/sequencer.js';
import { silentLogger } from '../../../src/core/logger.js';
import { startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-api.js';

const alice = { id: 1, first_name: 'Alice' };
const bob = { id: 2, first_name: 'Bob' };
const noLimits = { perChatPerSecond: Infinity, perGroupPerMinute: Infinity, globalPerSecond: Infinity };

/** A promise with its resolve and reject outside. */
function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('Sequencer', () => {
  it('runs one key in order and different keys side by side; a failure does not block the key', async () => {
    const sequencer = new Sequencer();
    const log: string[] = [];
    const gate = deferred();
    const a1 = sequencer.run('a', async () => {
      log.push('a1 start');
      await gate.promise;
      log.push('a1 end');
    });
    const a2 = sequencer.run('a', async () => void log.push('a2'));
    const b1 = sequencer.run('b', async () => void log.push('b1'));
    const a3 = sequencer.run('a', async () => {
      throw new Error('a3 fails');
    });
    const a4 = sequencer.run('a', async () => void log.push('a4'));
    // Idle keys start at once, in call order; b does not wait for a.
    expect(log).toEqual(['a1 start', 'b1']);
    await b1;
    gate.resolve();
    await Promise.all([a1, a2, a4]);
    await expect(a3).rejects.toThrow('a3 fails');
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2', 'a4']);
    await sequencer.idle();
    expect(sequencer.size).toBe(0);
  });
});

describe('Poller', () => {
  let fake: FakeTelegram;
  let poller: Poller | undefined;
  beforeEach(async () => {
    fake = await startFakeTelegram({ limits: noLimits });
  });
  afterEach(async () => {
    await poller?.stop();
    poller = undefined;
    await fake.close();
  });

  const start = (dispatch: (update: Update) => Promise<void>) => {
    const bot = createTelegramBot({ token: fake.token, apiRoot: fake.apiRoot });
    poller = new Poller({ api: bot.api, dispatch, sequencer: new Sequencer(), logger: silentLogger(), allowedUpdates: ['message'], timeoutSeconds: 5, backoff: { initialMs: 10, maxMs: 50 } });
    poller.start();
    return poller;
  };

  it('confirms an update only after its handling resolved (committed)', async () => {
    const gate = deferred();
    const seen: number[] = [];
    start(async (update) => {
      seen.push(update.update_id);
      await gate.promise;
    });
    await fake.waitForPendingPoll();
    const id = fake.userMessage({ chatId: 1, from: alice, text: 'hoi' });
    await until(() => seen.includes(id));
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Still being handled: no new getUpdates, nothing confirmed, Telegram keeps the update.
    expect(fake.confirmedOffset()).toBeLessThanOrEqual(id);
    expect(fake.pendingUpdates()).toBe(1);
    gate.resolve();
    await until(() => fake.confirmedOffset() === id + 1);
    expect(fake.pendingUpdates()).toBe(0);
  });

  it('handles chats side by side and each chat in order within a batch', async () => {
    const gate = deferred();
    const log: string[] = [];
    start(async (update) => {
      const text = update.message?.text ?? '';
      log.push(`${text} start`);
      if (text === 'a1') await gate.promise;
      log.push(`${text} end`);
    });
    await fake.waitForPendingPoll();
    fake.userMessage({ chatId: 1, from: alice, text: 'a1' });
    fake.userMessage({ chatId: 1, from: alice, text: 'a2' });
    fake.userMessage({ chatId: 2, from: bob, text: 'b1' });
    await until(() => log.includes('b1 end'));
    expect(log).toEqual(['a1 start', 'b1 start', 'b1 end']); // a2 waits for a1; b1 does not
    gate.resolve();
    await until(() => log.includes('a2 end'));
    expect(log.slice(3)).toEqual(['a1 end', 'a2 start', 'a2 end']);
  });

  it('does not move past an update that failed: it and later ones are fetched again', async () => {
    const calls: number[] = [];
    let failed = false;
    const ids: number[] = [];
    start(async (update) => {
      calls.push(update.update_id);
      if (update.update_id === ids[1] && !failed) {
        failed = true;
        throw new Error('the store could not commit');
      }
    });
    await fake.waitForPendingPoll();
    ids.push(fake.userMessage({ chatId: 1, from: alice, text: 'one' }));
    ids.push(fake.userMessage({ chatId: 2, from: bob, text: 'two' }));
    ids.push(fake.userMessage({ chatId: 1, from: alice, text: 'three' }));
    await until(() => fake.confirmedOffset() === ids[2]! + 1);
    const count = (id: number) => calls.filter((c) => c === id).length;
    expect([count(ids[0]!), count(ids[1]!), count(ids[2]!)]).toEqual([1, 2, 2]);
  });

  it('stop() lets the batch in hand finish, then confirms it', async () => {
    const gate = deferred();
    const seen: number[] = [];
    const running = start(async (update) => {
      seen.push(update.update_id);
      await gate.promise;
    });
    await fake.waitForPendingPoll();
    const id = fake.userMessage({ chatId: 1, from: alice, text: 'laatste' });
    await until(() => seen.includes(id));
    const stopped = running.stop();
    setTimeout(gate.resolve, 50);
    await stopped;
    poller = undefined;
    expect(fake.confirmedOffset()).toBe(id + 1);
  });
});
