// A flood from one person slows only that person, with one localized notice; others are answered as usual.
import { afterEach, describe, expect, it } from 'vitest';
import { InboundLimiter } from '../../src/core/inbound-limit.js';
import { ManualClock } from '../../src/core/clock.js';
import { createHarness, START_TIME, type Harness } from '../helpers/harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('InboundLimiter', () => {
  it('allows a burst, then the steady rate, and says "slow down" once per flood', () => {
    const limiter = new InboundLimiter({ burst: 3, perMinute: 60 });
    const verdicts = Array.from({ length: 6 }, () => limiter.take('whatsapp:1', 0));
    expect(verdicts).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: false, notify: true }, { ok: false, notify: false }, { ok: false, notify: false }]);
    expect(limiter.take('whatsapp:2', 0)).toEqual({ ok: true }); // someone else is not slowed
    expect(limiter.take('whatsapp:1', 1_000)).toEqual({ ok: true }); // one per second comes back
    expect(limiter.take('whatsapp:1', 1_000)).toEqual({ ok: false, notify: false }); // still the same flood
    expect(limiter.take('whatsapp:1', 10_000)).toEqual({ ok: true }); // half full again: the notice may come again next time
    for (let i = 0; i < 5; i += 1) limiter.take('whatsapp:1', 10_000);
    expect(limiter.take('whatsapp:1', 10_000)).toEqual({ ok: false, notify: false });
  });

  it('is off with perMinute 0', () => {
    const limiter = new InboundLimiter({ burst: 1, perMinute: 0 });
    for (let i = 0; i < 100; i += 1) expect(limiter.take('x', 0).ok).toBe(true);
  });
});

describe('flood from one sender through the router', () => {
  it('answers the first messages, then one "slow down" in their language, drops the rest, and answers another person as usual', async () => {
    // A clock that stands still (unless moved): on a busy machine 40 messages may take seconds, which would refill the bucket.
    const clock = new ManualClock({ now: () => START_TIME });
    harness = await createHarness({}, { clock });
    const flooder = harness.person('flood', { chatId: 'flood', languageCode: 'ar' });
    const perMessage: string[][] = [];
    for (let i = 0; i < 40; i += 1) perMessage.push((await flooder.say(`hallo ${i}`)).map((m) => m.text));
    const slow = harness.app.services.translator.t('ar', 'common.slow_down');
    // The first 20 are answered, the 21st gets the notice alone, the rest nothing.
    for (const replies of perMessage.slice(0, 20)) expect(replies.length).toBeGreaterThan(0);
    expect(perMessage.slice(0, 20).flat()).not.toContain(slow);
    expect(perMessage[20]).toEqual([slow]);
    expect(perMessage.slice(21).flat()).toEqual([]);
    const other = await harness.person('calm', { chatId: 'calm' }).say('hallo');
    expect(other).toHaveLength(1);
    expect(other[0]!.text).not.toBe(harness.app.services.translator.t('nl', 'common.slow_down'));
    // A minute later the flooder is heard again; every dropped message was still acknowledged once (dedup recorded).
    clock.advance(60_000);
    expect(await flooder.say('nog iets')).toHaveLength(1);
    expect([...harness.app.services.store.values('dedup')].length).toBeGreaterThanOrEqual(42);
  });
});
