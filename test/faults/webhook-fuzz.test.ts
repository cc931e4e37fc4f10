// Bad input at both webhooks (property-based, fast-check): signed arbitrary JSON, truncated payloads, wrong types in every
// field of real payloads, 100 KB strings, control and bidi-override characters, mixed scripts and emoji. Never a crash,
// never an unhandled rejection (vitest fails the run on one), never a 5xx: a 2xx (known unprocessable, so the platform stops
// re-sending) or a 4xx; a readable text message still gets a localized answer; and the bot keeps working afterwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBothApp, until, type BothApp } from './both-channels.js';
import { nastyText } from '../helpers/nasty-text.js';

let bot: BothApp;
beforeAll(async () => {
  bot = await startBothApp({ telegramMode: 'webhook' });
}, 30_000);
afterAll(async () => {
  await bot?.close();
});

/** Replaces the value at one random path of a JSON value with another arbitrary value (wrong types, wrong shapes). */
function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  const paths: Array<Array<string | number>> = [];
  const walk = (node: unknown, at: Array<string | number>) => {
    paths.push(at);
    if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...at, index]));
    else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, [...at, key]);
  };
  walk(value, []);
  const target = paths[pick % paths.length]!;
  if (target.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of target.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[target.at(-1)!] = replacement;
  return copy;
}

const anyJson = fc.oneof(fc.jsonValue(), fc.constantFrom(null, [], {}, 0, -1, 1e308, '', 'x'.repeat(100_000), true));
let phone = 31_600_000_000;
let updateId = 5_000_000;

function expectNotServerError(status: number): void {
  expect(status).toBeGreaterThanOrEqual(200);
  expect(status).toBeLessThan(500);
}

describe('WhatsApp webhook under bad input', () => {
  it('signed arbitrary JSON, wrong types in real payloads and truncated bodies: a 2xx or 4xx, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, fc.nat(), anyJson, fc.nat({ max: 400 }), nastyText, async (json, pick, replacement, cut, text) => {
        const real = bot.driver.text(String((phone += 1)), text);
        expectNotServerError((await bot.driver.post(json as object)).status);
        expectNotServerError((await bot.driver.post(mutate(real, pick, replacement) as object)).status);
        const raw = JSON.stringify(real);
        expectNotServerError((await bot.driver.post(raw.slice(0, cut % raw.length))).status);
      }),
      { numRuns: 40, seed: 15 },
    );
  }, 60_000);

  it('a readable message with any text gets a localized answer', async () => {
    await fc.assert(
      fc.asyncProperty(nastyText, async (text) => {
        const from = String((phone += 1));
        const response = await bot.driver.post(bot.driver.text(from, text));
        expect(response.status).toBe(200);
        await bot.app.delivery.idle();
        const answers = bot.app.services.store.values('outbox').filter((item) => item.to.channel === 'whatsapp' && item.to.chatId === from);
        expect(answers.length).toBeGreaterThan(0);
        expect(answers.every((item) => item.message.text.length > 0 && !/^[a-z_]+(\.[a-z_]+)+$/.test(item.message.text))).toBe(true);
      }),
      { numRuns: 25, seed: 15 },
    );
  }, 60_000);

  it('an unsigned or wrongly signed body is refused with 401/403 and changes nothing', async () => {
    const before = bot.app.services.store.getStats().seq;
    expect((await bot.driver.post(bot.driver.text('31699999999', 'hallo'), { signature: null })).status).toBeOneOf([401, 403]);
    expect((await bot.driver.post(bot.driver.text('31699999999', 'hallo'), { signature: 'sha256=' + '0'.repeat(64) })).status).toBeOneOf([401, 403]);
    expect(bot.app.services.store.getStats().seq).toBe(before);
  });
});

describe('Telegram webhook under bad input', () => {
  const message = (text: string, id: number) => ({
    update_id: id,
    message: { message_id: id, date: 1_764_000_000, chat: { id: 7_000 + (id % 50), type: 'private', first_name: 'Fuzz' }, from: { id: 7_000 + (id % 50), is_bot: false, first_name: 'Fuzz', language_code: 'nl' }, text },
  });

  it('arbitrary JSON, wrong types in real updates and truncated bodies: a 2xx or 4xx, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, fc.nat(), anyJson, fc.nat({ max: 400 }), nastyText, async (json, pick, replacement, cut, text) => {
        expectNotServerError(await bot.telegramWebhook(JSON.stringify(json)));
        const real = message(text, (updateId += 1));
        const mutated = mutate(real, pick, replacement) as { update_id?: unknown };
        if (typeof mutated === 'object' && mutated !== null && !Array.isArray(mutated)) mutated.update_id = (updateId += 1);
        expectNotServerError(await bot.telegramWebhook(JSON.stringify(mutated)));
        const raw = JSON.stringify(message(text, (updateId += 1)));
        expectNotServerError(await bot.telegramWebhook(raw.slice(0, cut % raw.length)));
      }),
      { numRuns: 40, seed: 15 },
    );
  }, 60_000);

  it('a wrong secret token is refused with 401 and changes nothing', async () => {
    const before = bot.app.services.store.getStats().seq;
    expect(await bot.telegramWebhook(JSON.stringify(message('hallo', (updateId += 1))), 'wrong')).toBe(401);
    expect(bot.app.services.store.getStats().seq).toBe(before);
  });

  it('an oversized body (2 MB) is refused with 413 on both webhooks, and nothing is stored', async () => {
    const before = bot.app.services.store.getStats().seq;
    const big = JSON.stringify(message('x'.repeat(2_000_000), (updateId += 1)));
    expect(await bot.telegramWebhook(big)).toBe(413);
    expect((await bot.driver.post(bot.driver.text('31699999998', 'y'.repeat(2_000_000)))).status).toBe(413);
    expect(bot.app.services.store.getStats().seq).toBe(before);
  });

  it('still answers a normal message afterwards', async () => {
    const id = (updateId += 1);
    expect(await bot.telegramWebhook(JSON.stringify(message('/help', id)))).toBe(200);
    await until(() => bot.telegram.sent(7_000 + (id % 50)).length > 0, 'an answer');
  });
});
