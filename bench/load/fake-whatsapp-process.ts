// The fake WhatsApp Graph API in its own process, so answering the bot's sends is not counted as the bot's work in benchmarks.
// The parent (the bench, which hosts the bot) talks to it over IPC: which numbers wrote (their 24-hour window is open), close.
import { fileURLToPath } from 'node:url';
import { startFakeWhatsApp } from '../../test/fakes/whatsapp-api.js';
import { startChildRpc } from './child-process-rpc.js';

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
export async function startFakeWhatsAppProcess(): Promise<FakeWhatsAppProcess> {
  const { ready, rpc } = await startChildRpc<Question, { baseUrl: string; token: string; phoneNumberId: string }>(fileURLToPath(import.meta.url), 'fake WhatsApp');
  return { ...ready, usersWrote: (waIds) => rpc.ask({ type: 'wrote', waIds }), counts: () => rpc.ask({ type: 'counts' }), close: () => rpc.close() };
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
