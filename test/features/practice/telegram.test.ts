// A practice round over the Telegram channel (grammY, polling) against the fake Bot API: /practice, inline buttons,
// a typed answer and /progress, for a learner who uses Telegram in Ukrainian.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { createTelegramChannel } from '../../../src/channels/telegram/index.js';
import { createConfig } from '../../../src/config.js';
import { ManualClock } from '../../../src/core/clock.js';
import { startFakeTelegram, type FakeTelegram, type SentMessage } from '../../fakes/telegram-api.js';
import { featuresWithFixture, fixtureWords } from './fixture.js';

const START = Date.UTC(2026, 10, 30, 10, 0, 0);
const oksana = { id: 4242, first_name: 'Oksana' };
const words = fixtureWords();
let fake: FakeTelegram | undefined;
let app: App | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await app?.stop();
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  app = fake = dataDir = undefined;
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('practice on Telegram', () => {
  it('runs a round with inline buttons and typed answers, then shows /progress', async () => {
    fake = await startFakeTelegram({ limits: { perChatPerSecond: Infinity, perGroupPerMinute: Infinity, globalPerSecond: Infinity } });
    dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-tg-practice-'));
    const config = createConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, PLAYGROUND: '0' });
    app = await createApp({ config, clock: new ManualClock(undefined, START), channels: [createTelegramChannel(config.telegram!)], features: featuresWithFixture() });
    const { store } = app.services;
    store.put('members', 'm_oksana', { id: 'm_oksana', name: 'Oksana', role: 'newcomer', locale: 'uk', identities: [`telegram:${oksana.id}`], groupIds: [], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: START });
    store.put('identities', `telegram:${oksana.id}`, { key: `telegram:${oksana.id}`, memberId: 'm_oksana' });
    await store.committed();
    await app.start();
    const f = fake;
    const a = app;
    const sent = () => f.sent(oksana.id);
    const next = async (count: number) => {
      await until(() => sent().length >= count);
      return sent()[count - 1]!;
    };

    f.userMessage({ chatId: oksana.id, from: oksana, text: '/practice' });
    let last: SentMessage = await next(1);
    expect(last.plain).toContain('Вітаємо у вправах');
    expect(last.plain).toContain('Нове слово');
    let count = 1;
    for (let guard = 0; guard < 20; guard += 1) {
      const question = a.services.store.get('practiceLearners', 'm_oksana')?.session?.question;
      if (!question) break;
      if (question.type === 'type') {
        f.userMessage({ chatId: oksana.id, from: oksana, text: words.words.get(question.entryId)!.nl });
      } else {
        const buttons = (last.reply_markup?.inline_keyboard ?? []).flat();
        const label = question.type === 'article' ? ['de', 'het'][question.correct!]! : undefined;
        const button = label ? buttons.find((b) => b.text === label)! : buttons[question.correct!]!;
        expect(button.callback_data).toMatch(/pr:a:/);
        f.callback({ from: oksana, chatId: oksana.id, messageId: last.message_id, data: button.callback_data! });
      }
      count += 1;
      last = await next(count);
    }
    expect(last.plain).toContain('Готово!');
    expect(a.services.store.values('practiceCards')).toHaveLength(5);

    f.userMessage({ chatId: oksana.id, from: oksana, text: '/progress' });
    last = await next(count + 1);
    expect(last.plain).toContain('Твої слова за темами');
    expect(last.plain).toMatch(/▒ Gezondheid: 0\/4 вивчено, 4 вивчається/);
  });
});
