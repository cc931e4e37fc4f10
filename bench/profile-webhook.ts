// Profiles the bot's process while the webhook generator posts: CPU per request, latencies over time, and where the CPU
// goes by part of the request path. `node --import tsx bench/profile-webhook.ts`, with these environment variables:
//   STORE_GROUPS=10000  seed a store of that many groups first (cached in the temp folder between runs)
//   RATE=200       requests per second;  SECONDS=6  how long
//   SNAPSHOT=1     write a full snapshot 2 s into the load
//   PROFILE=0      no CPU profile (less overhead);  OUT=file.cpuprofile  where to keep it;  INTERVAL_US=1000 sampling interval
//   SLOWEST=5      what the loop did while the 5 slowest steady-state requests waited
//   COUNT_SCANS=1  count full scans of a collection (store.values/entries/count) while the load runs, by caller
import { Session } from 'node:inspector/promises';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { channelFactories } from '../src/channels/index.js';
import { startFakeWhatsAppProcess } from './load/fake-whatsapp-process.js';
import { generatorNumbers, runGenerator } from './load/webhook-generator.js';
import { topEntries } from './profile-top.js';
import { seedStore } from './seed.js';
import { whatsappConfig } from './sections/platform-config.js';
import { percentile } from './stats.js';

const env = process.env;
const groups = Number(env.STORE_GROUPS ?? 0);
const out = env.OUT ?? path.join(tmpdir(), 'welkom-webhook.cpuprofile');
const rate = Number(env.RATE ?? 200);
const seconds = Number(env.SECONDS ?? 6);
const profiling = env.PROFILE !== '0';
/** The steady state starts this long after the load: the first requests pay for compiling code. */
const WARM_MS = 2_000;

/** Parts of the request path, by the first matching frame of a sample's stack (outermost first). */
const PARTS: Array<[string, (frame: { functionName: string; url: string }) => boolean]> = [
  ['read receipts (markRead)', (f) => f.functionName === 'markRead'],
  ['reply sending (Graph client)', (f) => /@kapso|whatsapp\/(sender|channel|graph-fetch)\.ts/.test(f.url)],
  ['undici fetch (outside a send)', (f) => /undici|webstreams/.test(f.url)],
  ['store (commit, journal)', (f) => f.url.includes('src/store/')],
  ['outbox', (f) => f.url.includes('src/delivery/')],
  ['texts (i18n)', (f) => /src\/i18n\/|i18next/.test(f.url)],
  ['router, features, flows', (f) => /src\/(core|flows|features)\//.test(f.url)],
  ['webhook: verify, parse', (f) => /whatsapp\/(webhook|schema|signature|inbound|contacts)\.ts|zod/.test(f.url)],
  ['node:http and sockets', (f) => /_http_|node:net|stream/.test(f.url)],
];

/** CPU share of each part of the request path in the samples taken after `fromMs`. */
function shares(file: string, fromMs: number): Array<{ part: string; share: number }> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  let elapsed = 0;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    elapsed += profile.timeDeltas[i] ?? 0;
    if (elapsed / 1000 < fromMs) continue;
    const frames: Array<{ functionName: string; url: string }> = [];
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) frames.push(byId.get(id)!.callFrame);
    const leaf = frames[0]!.functionName;
    const part = PARTS.find(([, test]) => frames.some(test))?.[0] ?? (leaf.startsWith('(') ? leaf : 'other');
    totals.set(part, (totals.get(part) ?? 0) + (profile.timeDeltas[i] ?? 0));
    total += profile.timeDeltas[i] ?? 0;
  }
  return [...totals].sort((a, b) => b[1] - a[1]).map(([part, us]) => ({ part, share: Number(((us / total) * 100).toFixed(1)) }));
}

/** Self time per function within [fromMs, toMs] of the profile. */
function windowEntries(file: string, fromMs: number, toMs: number, count: number): Array<{ fn: string; ms: number }> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let elapsed = 0;
  for (let i = 0; i < profile.samples.length; i += 1) {
    elapsed += (profile.timeDeltas[i] ?? 0) / 1000;
    if (elapsed < fromMs || elapsed > toMs) continue;
    const frame = byId.get(profile.samples[i]!)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(node_modules|src)\//, '$1/')}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([fn, ms]) => ({ fn, ms: Number(ms.toFixed(1)) }));
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-prof-'));
if (groups > 0) {
  const cached = path.join(tmpdir(), `welkom-prof-seed-${groups}`);
  if (!existsSync(path.join(cached, 'welkom.json'))) await seedStore(cached, groups);
  cpSync(cached, dataDir, { recursive: true });
}
const fake = await startFakeWhatsAppProcess();
await fake.usersWrote(generatorNumbers());
const config = whatsappConfig(fake, dataDir);
const app = await createApp({ config, channels: channelFactories(config) });
const port = await app.start();

// How long each commit (the journal append, durable when it resolves) took: an ack waits for one.
const commitMs: number[] = [];
const backend = app.services.store.backend;
const append = backend.append.bind(backend);
backend.append = async (entries) => {
  const started = performance.now();
  try {
    return await append(entries);
  } finally {
    commitMs.push(performance.now() - started);
  }
};

const scans = new Map<string, number>();
if (env.COUNT_SCANS === '1') {
  const store = app.services.store as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ['values', 'entries', 'count']) {
    const original = store[method]!.bind(store);
    store[method] = (collection: unknown, ...rest: unknown[]) => {
      const caller = new Error().stack!.split('\n')[2]!.trim().replace(/^at /, '').replace(/\(.*\/(src|node_modules)\//, '($1/');
      const key = `${method}(${String(collection)}) ${caller}`;
      scans.set(key, (scans.get(key) ?? 0) + 1);
      return original(collection, ...rest);
    };
  }
}

const session = new Session();
session.connect();
if (profiling) {
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: Number(env.INTERVAL_US ?? 1000) });
  await session.post('Profiler.start');
}
const profileStartedAt = performance.timeOrigin + performance.now();
let steadyCpu = process.cpuUsage();
let steadyAt = performance.now();
setTimeout(() => ((steadyCpu = process.cpuUsage()), (steadyAt = performance.now())), WARM_MS);
const generated = runGenerator(`http://127.0.0.1:${port}/webhooks/whatsapp`, rate, seconds, 'bench-app-secret');
let snapshotWindow: [number, number] | undefined;
if (env.SNAPSHOT === '1') {
  await new Promise((resolve) => setTimeout(resolve, WARM_MS + 1_000));
  const started = performance.timeOrigin + performance.now();
  await app.services.store.snapshot({ full: true });
  snapshotWindow = [started, performance.timeOrigin + performance.now()];
}
const sent = await generated;
if (snapshotWindow) {
  const [from, to] = snapshotWindow;
  const during = sent.filter((r) => r.at >= from && r.at <= to).map((r) => r.ms);
  const before = sent.filter((r) => r.at >= from - (to - from) && r.at < from).map((r) => r.ms);
  console.log(`full snapshot: ${(to - from).toFixed(0)} ms; ${during.length} requests during it: p50 ${percentile(during, 50).toFixed(1)}, p99 ${percentile(during, 99).toFixed(1)} ms; as long before it: p99 ${percentile(before, 99).toFixed(1)} ms`);
}
const steady = process.cpuUsage(steadyCpu);
const steadyWall = performance.now() - steadyAt;
const steadyRequests = sent.filter((r) => r.at >= performance.timeOrigin + steadyAt).length;
if (profiling) writeFileSync(out, JSON.stringify((await session.post('Profiler.stop')).profile));

const ms = sent.map((r) => r.ms);
console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log(
  `steady state: ${((steady.user + steady.system) / 1000 / steadyRequests).toFixed(2)} ms CPU per request (${(steady.system / 1000 / steadyRequests).toFixed(2)} of it in the kernel), the process had ${((steady.user + steady.system) / 1000 / steadyWall).toFixed(2)} of a core`,
);
const steadyMs = sent.filter((r) => r.at >= performance.timeOrigin + steadyAt).map((r) => r.ms);
console.log(`steady-state latency: p50 ${percentile(steadyMs, 50).toFixed(1)} ms, p99 ${percentile(steadyMs, 99).toFixed(1)} ms`);
if (env.SLOWEST) {
  const slow = sent.filter((r) => r.at >= performance.timeOrigin + steadyAt && r.ms > percentile(steadyMs, 98)).sort((a, b) => a.at - b.at);
  console.log(`slowest 2 % of the steady state (ms after the profile started: latency): ${slow.map((r) => `${(r.at - profileStartedAt).toFixed(0)}:${r.ms.toFixed(0)}`).join(' ')}`);
}
console.log(`latency: p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms, non-200: ${sent.filter((r) => r.status !== 200).length} of ${sent.length}`);
const first = Math.min(...sent.map((r) => r.at));
const halves = new Map<number, number[]>();
for (const r of sent) halves.set(Math.floor((r.at - first) / 500), [...(halves.get(Math.floor((r.at - first) / 500)) ?? []), r.ms]);
console.log(`p50/max per 0.5 s: ${[...halves].map(([k, v]) => `${k / 2}s ${Math.round(percentile(v, 50))}/${Math.round(Math.max(...v))}`).join(', ')}`);
console.log(`first 20 requests (ms): ${[...sent].sort((a, b) => a.at - b.at).slice(0, 20).map((r) => Math.round(r.ms)).join(' ')}`);
console.log(`commits: ${commitMs.length}, p50 ${percentile(commitMs, 50).toFixed(2)} ms, p99 ${percentile(commitMs, 99).toFixed(2)} ms, max ${Math.max(...commitMs).toFixed(1)} ms, ${commitMs.filter((x) => x > 20).length} over 20 ms`);
console.log('fake Graph API', await fake.counts(), 'store', app.services.store.getStats());
if (scans.size > 0) console.log('full scans during the load', [...scans].sort((a, b) => b[1] - a[1]));
if (profiling) {
  console.log(`steady-state CPU by part of the request path (${out}):`);
  console.table(shares(out, WARM_MS));
  console.table(topEntries(out, 20));
  if (env.SLOWEST) {
    // What the bot's event loop did while the slowest steady-state requests waited.
    const slowest = sent.filter((r) => r.at >= performance.timeOrigin + steadyAt).sort((a, b) => b.ms - a.ms).slice(0, Number(env.SLOWEST));
    for (const r of slowest) {
      const from = r.at - profileStartedAt;
      console.log(`request at ${from.toFixed(0)} ms took ${r.ms.toFixed(1)} ms; the loop meanwhile:`);
      console.table(windowEntries(out, from, from + r.ms, 8));
    }
  }
}
await app.stop();
await fake.close();
rmSync(dataDir, { recursive: true, force: true });
