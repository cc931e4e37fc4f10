// The fake Telegram Bot API in its own process, so answering the bot's sends is not counted as the bot's work in the
// throughput benchmark (for the bare grammY baseline and for welkom alike). The parent talks to it over IPC: push the
// update mix, read the confirmed offset, close.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFakeTelegram, type FakeTelegram } from '../../test/fakes/telegram-api.js';

/** A fake Bot API running in a child process: what the bot's configuration needs, and the calls the benchmark makes. */
export interface FakeTelegramProcess {
  token: string;
  apiRoot: string;
  /** Queues `count` updates of the benchmark's mix from these users and groups; resolves with the last update id. */
  pushMix(count: number, userIds: number[], groups: number): Promise<number>;
  /** Highest offset the bot has confirmed (every update below it is acknowledged). */
  confirmedOffset(): Promise<number>;
  close(): Promise<void>;
}

const NO_LIMITS = { perChatPerSecond: Infinity, perGroupPerMinute: Infinity, globalPerSecond: Infinity };

/** The mix: private commands, flow answers typed, button presses, group commands and group chatter. Returns the last update id. */
export function pushMix(fake: FakeTelegram, count: number, userIds: number[], groups: number): number {
  let last = 0;
  for (let i = 0; i < count; i += 1) {
    const userId = userIds[(i * 7919) % userIds.length]!;
    const from = { id: userId, first_name: `Anna ${userId}`, language_code: 'nl' };
    const group = -1000 - ((i * 31) % groups);
    const kind = i % 10;
    if (kind < 2) last = fake.userMessage({ chatId: userId, from, text: kind === 0 ? '/help' : '/mygroup' });
    else if (kind < 4) last = fake.userMessage({ chatId: userId, from, text: kind === 2 ? '/language' : '2' });
    else if (kind < 6) last = fake.callback({ from, chatId: userId, messageId: 1, data: `AbCdEf|${kind === 4 ? 'yes' : 'nl'}` });
    else if (kind === 6) last = fake.userMessage({ chatId: group, chatType: 'supergroup', from, text: '/mygroup@welkom_test_bot' });
    else last = fake.userMessage({ chatId: group, chatType: 'supergroup', from, text: 'Zullen we zaterdag koffie drinken?' });
  }
  return last;
}

type Question = { type: 'push'; count: number; userIds: number[]; groups: number } | { type: 'offset' } | { type: 'close' };
type Request = { id: number } & Question;

export function startFakeTelegramProcess(): Promise<FakeTelegramProcess> {
  const child = fork(fileURLToPath(import.meta.url), ['child'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let next = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  const ask = <T>(request: Question): Promise<T> =>
    new Promise((resolve) => {
      const id = (next += 1);
      waiting.set(id, resolve as (value: unknown) => void);
      child.send({ ...request, id });
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the fake Telegram process exited with ${code}`)));
    child.on('message', (message: { id?: number; ready?: { token: string; apiRoot: string }; value?: unknown }) => {
      if (message.ready) {
        resolve({
          ...message.ready,
          pushMix: (count, userIds, groups) => ask({ type: 'push', count, userIds, groups }),
          confirmedOffset: () => ask({ type: 'offset' }),
          close: async () => {
            if (child.exitCode !== null) return;
            const exited = new Promise((done) => child.once('exit', done));
            child.send({ type: 'close', id: 0 });
            await exited;
          },
        });
        return;
      }
      const done = message.id !== undefined ? waiting.get(message.id) : undefined;
      if (done) {
        waiting.delete(message.id!);
        done(message.value);
      }
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'child') {
  const fake = await startFakeTelegram({ limits: NO_LIMITS });
  process.on('message', (request: Request) => {
    if (request.type === 'push') process.send!({ id: request.id, value: pushMix(fake, request.count, request.userIds, request.groups) });
    else if (request.type === 'offset') process.send!({ id: request.id, value: fake.confirmedOffset() });
    else void fake.close().then(() => process.exit(0));
  });
  process.send!({ ready: { token: fake.token, apiRoot: fake.apiRoot } });
}
