// Tests for src/delivery/outbox.ts: once and in order, rate limits per chat and group, slow-down, retries, holds, priority and restarts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { Delivery, MAX_ATTEMPTS } from '../../src/delivery/outbox.js';
import { Store } from '../../src/store/store.js';
import { DeliveryError, ScriptedChannel } from '../helpers/scripted-channel.js';

const START = Date.UTC(2026, 10, 30, 10, 0); // 11:00 in Amsterdam: not quiet hours
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(channel = new ScriptedChannel(), dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-outbox-'))) {
  const clock = new ManualClock({ now: () => 0 }, START); // frozen: moves only when told
  const store = await Store.open({ dataDir, logger: silentLogger() });
  const delivery = new Delivery({ store, clock, logger: silentLogger(), timeZone: 'Europe/Amsterdam', random: () => 0.5 });
  delivery.addChannel(channel);
  delivery.start();
  cleanups.push(async () => {
    await delivery.stop();
    await store.close().catch(() => undefined);
  });
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  return { clock, store, delivery, channel, dataDir };
}

const to = (chatId: string) => ({ channel: 'telegram' as const, chatId });
const message = (text: string) => ({ text, kind: 'notice' as const });

describe('Delivery', () => {
  it('sends each item once, in order per chat, and never twice for the same key', async () => {
    const { delivery, channel, store } = await setup();
    for (let i = 0; i < 20; i += 1) delivery.enqueue({ to: to(String(i % 3)), message: message(`m${i}`), priority: 'bulk', key: `job@1:${i}` });
    delivery.enqueue({ to: to('0'), message: message('again'), priority: 'bulk', key: 'job@1:0' });
    await store.committed();
    await delivery.idle();
    expect(channel.delivered).toHaveLength(20);
    for (const chat of ['0', '1', '2']) {
      const order = channel.delivered.filter((d) => d.chatId === chat).map((d) => Number(d.text.slice(1)));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
    expect(store.values('outbox').every((item) => item.state === 'sent')).toBe(true);
  });

  it('keeps to one message per second per chat (after a burst of 3) and 30 per second overall', async () => {
    const channel = new ScriptedChannel({ globalPerSecond: 30, perChatPerSecond: 1, perChatBurst: 3, concurrency: 8 });
    const { delivery } = await setup(channel);
    for (let i = 0; i < 6; i += 1) delivery.enqueue({ to: to('42'), message: message(`m${i}`), priority: 'bulk' });
    await delivery.idle();
    const times = channel.delivered.map((d) => d.at);
    expect(times).toHaveLength(6);
    // Messages 4..6 wait for the bucket: at least ~1 s apart.
    expect(times[5]! - times[2]!).toBeGreaterThanOrEqual(2_900);
  }, 15_000);

  it('honours retry_after for the affected chat only; other chats keep flowing', async () => {
    const channel = new ScriptedChannel();
    let storms = 3;
    channel.rule = (address) => (address.chatId === 'slow' && storms-- > 0 ? new DeliveryError('rate_limited', '429 Too Many Requests', 300) : undefined);
    const { delivery } = await setup(channel);
    delivery.enqueue({ to: to('slow'), message: message('a'), priority: 'bulk' });
    delivery.enqueue({ to: to('slow'), message: message('b'), priority: 'bulk' });
    delivery.enqueue({ to: to('fast'), message: message('c'), priority: 'bulk' });
    await delivery.idle();
    expect(channel.delivered.map((d) => d.text)).toEqual(['c', 'a', 'b']);
    const slowAttempts = channel.attempts.filter((a) => a.chatId === 'slow').map((a) => a.at);
    for (let i = 1; i < 4; i += 1) expect(slowAttempts[i]! - slowAttempts[i - 1]!).toBeGreaterThanOrEqual(290);
  });

  it('fails a permanently failing recipient at once, with the reason, without blocking others', async () => {
    const channel = new ScriptedChannel();
    channel.rule = (address) => (address.chatId === 'blocked' ? new DeliveryError('permanent', '403 Forbidden: bot was blocked by the user') : undefined);
    const { delivery, store } = await setup(channel);
    const bad = delivery.enqueue({ to: to('blocked'), message: message('x'), priority: 'bulk' })!;
    for (let i = 0; i < 5; i += 1) delivery.enqueue({ to: to(`ok${i}`), message: message('y'), priority: 'bulk' });
    await delivery.idle();
    expect(store.get('outbox', bad.id)).toMatchObject({ state: 'failed', reason: '403 Forbidden: bot was blocked by the user', attempts: 1 });
    expect(channel.delivered).toHaveLength(5);
    expect(delivery.summary().counts).toMatchObject({ failed: 1, sent: 5 });
    expect(delivery.summary().recentFailures[0]!.id).toBe(bad.id);
  });

  it('retries transient errors with growing backoff, then gives up after MAX_ATTEMPTS', async () => {
    const channel = new ScriptedChannel();
    channel.rule = () => new DeliveryError('transient', '502 Bad Gateway');
    const { delivery, store, clock } = await setup(channel);
    const item = delivery.enqueue({ to: to('1'), message: message('x'), priority: 'bulk' })!;
    await delivery.idle();
    const waits: number[] = [];
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      const current = store.get('outbox', item.id)!;
      expect(current.state).toBe('queued');
      waits.push(current.notBefore - clock.now());
      clock.advance(current.notBefore - clock.now());
      delivery.tick();
      await delivery.idle();
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(store.get('outbox', item.id)).toMatchObject({ state: 'failed', reason: '502 Bad Gateway', attempts: MAX_ATTEMPTS });
  });

  it('keeps the order within a chat when an earlier message must be retried', async () => {
    const channel = new ScriptedChannel();
    let failures = 1;
    channel.rule = (_to, message) => (message.text === 'question 1' && failures-- > 0 ? new DeliveryError('transient', '502 Bad Gateway') : undefined);
    const { delivery, clock } = await setup(channel);
    delivery.enqueue({ to: to('42'), message: message('question 1'), priority: 'interactive' });
    delivery.enqueue({ to: to('42'), message: message('question 2'), priority: 'interactive' });
    delivery.enqueue({ to: to('7'), message: message('other chat'), priority: 'interactive' });
    await delivery.idle();
    expect(channel.delivered.map((d) => d.text)).toEqual(['other chat']);
    clock.advance(1_000);
    delivery.tick();
    await delivery.idle();
    expect(channel.delivered.map((d) => d.text)).toEqual(['other chat', 'question 1', 'question 2']);
  });

  it('does not send an item cancelled before it left', async () => {
    const { delivery, store, channel } = await setup();
    const item = delivery.enqueue({ to: to('1'), message: message('withdrawn'), priority: 'bulk' })!;
    expect(delivery.cancel(item.id)).toBe(true);
    await store.committed();
    await delivery.idle();
    expect(channel.delivered).toHaveLength(0);
    expect(store.get('outbox', item.id)!.state).toBe('cancelled');
  });

  it('on stop, waits for sends in flight and records them as sent', async () => {
    const channel = new ScriptedChannel();
    channel.latencyMs = 200;
    const { delivery, store } = await setup(channel);
    const items = [0, 1, 2].map((i) => delivery.enqueue({ to: to(String(i)), message: message(`m${i}`), priority: 'bulk' })!);
    await store.committed();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await delivery.stop();
    expect(items.map((item) => store.get('outbox', item.id)!.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('forgets finished items after the retention time, with their keys; keeps recent and waiting ones', async () => {
    const { delivery, store, clock } = await setup();
    const old = delivery.enqueue({ to: to('1'), message: message('old'), priority: 'bulk', key: 'digest@1:1' })!;
    await delivery.idle();
    clock.advance(15 * 86_400_000);
    const recent = delivery.enqueue({ to: to('2'), message: message('recent'), priority: 'bulk', key: 'digest@2:2' })!;
    await delivery.idle();
    expect(delivery.prune(clock.now() - 14 * 86_400_000)).toBe(1);
    expect(store.get('outbox', old.id)).toBeUndefined();
    expect(store.get('outbox', recent.id)?.state).toBe('sent');
    // The key is free again; the recent one still deduplicates.
    expect(delivery.enqueue({ to: to('1'), message: message('old'), priority: 'bulk', key: 'digest@1:1' })!.id).not.toBe(old.id);
    expect(delivery.enqueue({ to: to('2'), message: message('recent'), priority: 'bulk', key: 'digest@2:2' })!.id).toBe(recent.id);
  });

  it('sends interactive replies before a bulk send that is already waiting', async () => {
    const channel = new ScriptedChannel({ globalPerSecond: 5, perChatPerSecond: 100, perChatBurst: 100, concurrency: 1 });
    const { delivery } = await setup(channel);
    for (let i = 0; i < 10; i += 1) delivery.enqueue({ to: to(`group${i}`), message: message(`bulk${i}`), priority: 'bulk' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    delivery.enqueue({ to: to('user'), message: message('reply'), priority: 'interactive' });
    await delivery.idle();
    const position = channel.delivered.findIndex((d) => d.text === 'reply');
    expect(position).toBeGreaterThan(0);
    expect(position).toBeLessThanOrEqual(6);
  }, 15_000);

  it('holds messages when the window is closed and releases them when the person writes', async () => {
    const channel = new ScriptedChannel();
    let open = false;
    channel.rule = () => (open ? undefined : new DeliveryError('window_closed', '131047 Re-engagement message'));
    const { delivery, store } = await setup(channel);
    const item = delivery.enqueue({ to: to('31612345678'), message: message('reminder'), priority: 'bulk' })!;
    await delivery.idle();
    expect(store.get('outbox', item.id)!.state).toBe('held');
    open = true;
    delivery.release(to('31612345678'));
    await delivery.idle();
    expect(store.get('outbox', item.id)!.state).toBe('sent');
  });

  it('waits with non-urgent messages during quiet hours in the member’s time zone', async () => {
    const { delivery, store, clock, channel } = await setup();
    store.put('members', 'm1', { id: 'm1', name: 'Sara', role: 'newcomer', locale: 'ar', identities: ['telegram:1'], groupIds: [], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 0 });
    clock.advance(12 * 3_600_000); // 23:00 in Amsterdam
    const nudge = delivery.enqueue({ to: to('1'), memberId: 'm1', message: message('practice'), priority: 'bulk' })!;
    const urgent = delivery.enqueue({ to: to('1'), memberId: 'm1', message: message('meetup moved'), priority: 'bulk', urgent: true })!;
    await delivery.idle();
    expect(store.get('outbox', urgent.id)!.state).toBe('sent');
    expect(store.get('outbox', nudge.id)!.state).toBe('queued');
    expect(new Date(store.get('outbox', nudge.id)!.notBefore).toISOString()).toBe('2026-12-01T07:00:00.000Z'); // 08:00 Amsterdam
    clock.advance(9 * 3_600_000 - 1); // 07:59:59.999 in Amsterdam — still quiet
    delivery.tick();
    await delivery.idle();
    expect(channel.delivered).toHaveLength(1);
    clock.advance(1);
    delivery.tick();
    await delivery.idle();
    expect(channel.delivered.map((d) => d.text)).toEqual(['meetup moved', 'practice']);
  });

  it('after a crash, retries items left "sending" and sends the queued ones, each exactly once', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-outbox-'));
    const first = await setup(new ScriptedChannel(), dataDir);
    await first.delivery.stop();
    for (let i = 0; i < 500; i += 1) first.delivery.enqueue({ to: to(String(i % 50)), message: message(`m${i}`), priority: 'bulk', key: `k${i}` });
    const someItem = first.store.values('outbox')[0]!;
    first.store.put('outbox', someItem.id, { ...someItem, state: 'sending' });
    await first.store.committed();
    // Crash: no close, no snapshot. A new process opens the same folder.
    const second = await setup(new ScriptedChannel(), dataDir);
    await second.delivery.idle();
    const keys = second.channel.delivered.map((d) => d.key);
    expect(keys).toHaveLength(500);
    expect(new Set(keys).size).toBe(500);
  }, 20_000);
});
