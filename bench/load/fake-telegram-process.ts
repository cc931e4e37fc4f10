// The fake Telegram Bot API in its own process, so answering the bot's sends is not counted as the bot's work in the
// throughput benchmark (for the bare grammY baseline and for welkom alike). The parent talks to it over IPC: push the
// update mix, read the confirmed offset, close.
import { fileURLToPath } from 'node:url';
import { startFakeTelegram, type FakeTelegram } from '../../test/fakes/telegram-api.js';
import { startChildRpc } from './child-process-rpc.js';

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

export async function startFakeTelegramProcess(): Promise<FakeTelegramProcess> {
  const { ready, rpc } = await startChildRpc<Question, { token: string; apiRoot: string }>(fileURLToPath(import.meta.url), 'fake Telegram');
  return {
    ...ready,
    pushMix: (count, userIds, groups) => rpc.ask({ type: 'push', count, userIds, groups }),
    confirmedOffset: () => rpc.ask({ type: 'offset' }),
    close: () => rpc.close(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'child') {
  const fake = await startFakeTelegram({ limits: NO_LIMITS });
  process.on('message', (request: Request) => {
    if (request.type === 'push') process.send!({ id: request.id, value: pushMix(fake, request.count, request.userIds, request.groups) });
    else if (request.type === 'offset') process.send!({ id: request.id, value: fake.confirmedOffset() });
    else void fake.close().then(() => process.exit(0));
  });
  process.on('disconnect', () => process.exit(0));
  process.send!({ ready: { token: fake.token, apiRoot: fake.apiRoot } });
}
