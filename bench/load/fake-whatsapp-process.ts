// The fake WhatsApp Graph API in its own process, so answering the bot's sends is not counted as the bot's work in benchmarks.
// The parent (the bench, which hosts the bot) talks to it over IPC: which numbers wrote (their 24-hour window is open), close.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFakeWhatsApp } from '../../test/fakes/whatsapp-api.js';

/** A fake Graph API running in a child process: what the bot's configuration needs, and the calls a benchmark makes. */
export interface FakeWhatsAppProcess {
  baseUrl: string;
  token: string;
  phoneNumberId: string;
  /** Opens the 24-hour window of these numbers now, as if each had written (resolves once the fake has them). */
  usersWrote(waIds: string[]): Promise<void>;
  /** How many messages the fake accepted (not mark-as-read), and how many requests it answered with an error. */
  counts(): Promise<{ sent: number; reads: number; errors: number }>;
  close(): Promise<void>;
}

type Request = { id: number } & ({ type: 'wrote'; waIds: string[] } | { type: 'counts' } | { type: 'close' });
type Question = { type: 'wrote'; waIds: string[] } | { type: 'counts' };

/** Starts the fake (no throughput limit: the bot's own lanes keep Meta's pace) in a child process. */
export function startFakeWhatsAppProcess(): Promise<FakeWhatsAppProcess> {
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
    child.once('exit', (code) => reject(new Error(`the fake WhatsApp process exited with ${code}`)));
    child.on('message', (message: { id?: number; ready?: { baseUrl: string; token: string; phoneNumberId: string }; value?: unknown }) => {
      if (message.ready) {
        resolve({
          ...message.ready,
          usersWrote: (waIds) => ask({ type: 'wrote', waIds }),
          counts: () => ask({ type: 'counts' }),
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
  const fake = await startFakeWhatsApp({ limits: { perSecond: Infinity } });
  // The fake keeps every call for tests; a benchmark only needs the counts, so the logs are emptied as they grow
  // (a reset also forgets the windows: the numbers that wrote are told again).
  const counted = { sent: 0, reads: 0, errors: 0 };
  const windows = new Set<string>();
  const tally = setInterval(() => {
    counted.sent += fake.sent().length;
    counted.reads += fake.reads().length;
    counted.errors += fake.calls.filter((call) => call.status >= 400).length;
    fake.reset();
    for (const waId of windows) fake.userWrote(waId);
  }, 1_000);
  process.on('message', (request: Request) => {
    if (request.type === 'wrote') {
      for (const waId of request.waIds) {
        windows.add(waId);
        fake.userWrote(waId);
      }
      process.send!({ id: request.id });
    } else if (request.type === 'counts') {
      process.send!({ id: request.id, value: { sent: counted.sent + fake.sent().length, reads: counted.reads + fake.reads().length, errors: counted.errors + fake.calls.filter((call) => call.status >= 400).length } });
    } else {
      clearInterval(tally);
      void fake.close().then(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send!({ ready: { baseUrl: fake.baseUrl, token: fake.token, phoneNumberId: fake.phoneNumberId } });
}
