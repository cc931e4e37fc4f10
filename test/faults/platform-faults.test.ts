// The platforms misbehaving: Telegram answering 5xx and bursts of 429 (to sends and to getUpdates), WhatsApp answering 5xx,
// bursts of 130429 and a response slower than the client's timeout. Every answer still arrives; none is marked failed; an
// answer is sent twice at most where the platform may have accepted a request whose response never came (the timeout).
import { afterEach, describe, expect, it } from 'vitest';
import { startBothApp, until, type BothApp } from './both-channels.js';

let bot: BothApp | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** Moves the app's clock (backoff waits) and lets the outbox look again, until `done`. */
async function driveUntil(app: BothApp, done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    app.clock.advance(5_000);
    app.app.delivery.tick();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('platform faults', () => {
  it('Telegram 5xx and a 429 burst on sends and on getUpdates: every answer arrives once, none failed', async () => {
    bot = await startBothApp();
    const tg = bot.telegram;
    tg.failNext('getUpdates', { error_code: 502, description: 'Bad Gateway' }, 2);
    tg.failNext('sendMessage', { error_code: 500, description: 'Internal Server Error' }, 3);
    tg.failNext('sendMessage', { error_code: 429, description: 'Too Many Requests: retry after 1', retry_after: 1 }, 4);
    const chats = [7_200_001, 7_200_002, 7_200_003];
    for (const chat of chats) tg.userMessage({ chatId: chat, from: { id: chat, first_name: 'F', language_code: 'nl' }, text: '/help' });
    const app = bot;
    await driveUntil(app, () => chats.every((chat) => tg.sent(chat).length > 0), 'an answer in every chat');
    await app.app.delivery.idle();
    for (const chat of chats) expect(tg.sent(chat)).toHaveLength(1);
    const items = app.app.services.store.values('outbox').filter((item) => item.to.channel === 'telegram');
    expect(items.every((item) => item.state === 'sent')).toBe(true);
    expect(tg.calls.filter((c) => c.method === 'sendMessage' && !c.ok).length).toBe(7);
  }, 60_000);

  it('WhatsApp 5xx, a 130429 burst and a timeout: every answer arrives, none failed, at most the timed-out one twice', async () => {
    bot = await startBothApp();
    const wa = bot.whatsapp;
    wa.failNext({ status: 503, times: 2, kind: 'send' });
    wa.failNext({ code: 130429, times: 3, kind: 'send' });
    const people = ['31630000001', '31630000002', '31630000003'];
    for (const person of people) expect((await bot.driver.post(bot.driver.text(person, 'help'))).status).toBe(200);
    const app = bot;
    await driveUntil(app, () => people.every((p) => wa.sent(p).length > 0), 'an answer to everyone');
    // A response slower than the client's 2 s timeout: welkom cannot know whether it was sent, and tries again.
    wa.delayNext(2_500);
    expect((await bot.driver.post(bot.driver.text('31630000004', 'help'))).status).toBe(200);
    await driveUntil(app, () => wa.sent('31630000004').length > 0 && app.app.services.store.values('outbox').every((item) => item.state !== 'sending' && item.state !== 'queued'), 'the slow answer');
    for (const person of people) expect(wa.sent(person).length).toBe(1);
    expect(wa.sent('31630000004').length).toBeLessThanOrEqual(2);
    expect(app.app.services.store.values('outbox').filter((item) => item.to.channel === 'whatsapp').every((item) => item.state === 'sent')).toBe(true);
  }, 60_000);
});
