// Load generator in its own process (so its work does not slow the bot it measures): signed WhatsApp webhook POSTs at a fixed rate.
// Usage: node --import tsx bench/load/webhook-generator.ts <url> <rate/s> <seconds> <appSecret> [numbers] [warmUpSeconds]
// Prints one JSON line: {"sent": [{at, ms, status}, …]} with the time each POST was sent (performance.timeOrigin-based).
// With a warm-up, the generator first posts at the same rate for that long without counting those requests, then goes
// on at once with the measured ones: both processes are warm (compiled code, heap sized for the rate) when measuring starts.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createWebhookDriver } from '../../test/fakes/whatsapp-webhook.js';

export interface GeneratedRequest {
  /** When it was sent (ms since the epoch, sub-millisecond). */
  at: number;
  ms: number;
  status: number;
}

const DEFAULT_NUMBERS = 2_000;
/** Seeded stores (bench/seed.ts) use the same pattern: the newcomer of group g is number g × 10. */
const senderNumber = (index: number) => `3161${String(index).padStart(7, '0')}`;

/** The WhatsApp numbers the generator writes from (the i-th request comes from number i modulo their count). */
export function generatorNumbers(numbers = DEFAULT_NUMBERS): string[] {
  return Array.from({ length: numbers }, (_, i) => senderNumber(i));
}

async function generate(url: string, rate: number, seconds: number, appSecret: string, numbers: number, warmUpSeconds: number): Promise<GeneratedRequest[]> {
  const driver = createWebhookDriver({ url, appSecret });
  const warmUp = Math.round(rate * warmUpSeconds);
  const total = warmUp + Math.round(rate * seconds);
  const results: GeneratedRequest[] = [];
  const started = performance.now();
  const posts: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const from = senderNumber(i % numbers);
    const at = performance.timeOrigin + performance.now();
    const counted = i >= warmUp;
    posts.push(
      driver.post(driver.text(from, `Hallo, ik ben nummer ${i}`)).then(
        (result) => void (counted && results.push({ at, ms: result.ms, status: result.status })),
        // A refused or reset connection counts as a failed request (status 0), with the time it took to fail.
        () => void (counted && results.push({ at, ms: performance.timeOrigin + performance.now() - at, status: 0 })),
      ),
    );
  }
  await Promise.all(posts);
  return results;
}

/**
 * Runs the generator in a child process and returns every measured request's send time, latency and status (the
 * `warmUpSeconds` before them are posted at the same rate but not returned).
 */
export function runGenerator(url: string, rate: number, seconds: number, appSecret: string, numbers = DEFAULT_NUMBERS, warmUpSeconds = 0): Promise<GeneratedRequest[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [url, String(rate), String(seconds), appSecret, String(numbers), String(warmUpSeconds)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`webhook generator exited with ${code}`));
      try {
        resolve((JSON.parse(output) as { sent: GeneratedRequest[] }).sent);
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [url, rate, seconds, secret, numbers, warmUpSeconds] = process.argv.slice(2);
  const sent = await generate(url!, Number(rate), Number(seconds), secret!, Number(numbers ?? DEFAULT_NUMBERS), Number(warmUpSeconds ?? 0));
  // stdout to a pipe is written asynchronously: exit only once all of it is out (a long run is more than a pipe holds).
  process.stdout.write(JSON.stringify({ sent }) + '\n', () => process.exit(0));
}
