// Profiles the bot's process (inspector CPU profile) while the webhook generator posts at 200/s: `node --import tsx bench/profile-webhook.ts (env GROUPS, OUT, RATE, SNAPSHOT=1)`.
import { Session } from 'node:inspector/promises';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { channelFactories } from '../src/channels/index.js';
import { startFakeWhatsAppProcess } from './load/fake-whatsapp-process.js';
import { generatorNumbers, runGenerator } from './load/webhook-generator.js';
import { seedStore } from './seed.js';
import { whatsappConfig } from './sections/platform-config.js';
import { percentile } from './stats.js';
import { topEntries } from './profile-top.js';

const groups = Number(process.env.GROUPS ?? 0);
const out = process.env.OUT ?? '/tmp/webhook.cpuprofile';
const rate = Number(process.env.RATE ?? 200);
const seconds = Number(process.env.SECONDS_ ?? 6);
const snapshotToo = process.env.SNAPSHOT === '1';
const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-prof-'));
if (groups > 0) {
  // One seeded store per size, reused between runs (seeding 10,000 groups takes a while).
  const cached = path.join(tmpdir(), `welkom-prof-seed-${groups}`);
  if (!existsSync(path.join(cached, 'welkom.json'))) await seedStore(cached, groups);
  cpSync(cached, dataDir, { recursive: true });
}
const fake = await startFakeWhatsAppProcess();
await fake.usersWrote(generatorNumbers());
const config = whatsappConfig(fake, dataDir);
const app = await createApp({ config, channels: channelFactories(config) });
const port = await app.start();
// Which full scans of a collection (O(store)) run while the load is on.
const scans = new Map<string, number>();
if (process.env.COUNT_SCANS === '1') {
  const store = app.services.store as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ['values', 'entries', 'count']) {
    const original = store[method]!.bind(store);
    store[method] = (collection: unknown, ...rest: unknown[]) => {
      const key = `${method}(${String(collection)}) ${new Error().stack!.split('\n')[2]!.trim().replace(/^at /, '').replace(/\(.*\/(src|node_modules)\//, '($1/')}`;
      scans.set(key, (scans.get(key) ?? 0) + 1);
      return original(collection, ...rest);
    };
  }
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL_US ?? 1000) });
const profiling = process.env.PROFILE !== '0';
if (profiling) await session.post('Profiler.start');
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
// CPU per request in the steady state: from 2 s after the load starts to its end.
let steadyCpu: NodeJS.CpuUsage | undefined;
let steadyAt = 0;
setTimeout(() => ((steadyCpu = process.cpuUsage()), (steadyAt = performance.now())), 2_000);
const generated = runGenerator(`http://127.0.0.1:${port}/webhooks/whatsapp`, rate, seconds, 'bench-app-secret');
if (snapshotToo) {
  await new Promise((r) => setTimeout(r, 2000));
  const t = performance.now();
  await app.services.store.snapshot({ full: true });
  console.log('snapshot ms', performance.now() - t);
}
const sent = await generated;
const steady = process.cpuUsage(steadyCpu);
const steadyRequests = sent.filter((r) => r.at >= performance.timeOrigin + steadyAt).length;
console.log({ steadyCpuMsPerRequest: ((steady.user + steady.system) / 1000 / steadyRequests).toFixed(2) });
await new Promise((r) => setTimeout(r, 300));
const cpu = process.cpuUsage(cpuBefore);
const wall = performance.now() - wallBefore;
console.log({ cpuMsPerRequest: ((cpu.user + cpu.system) / 1000 / sent.length).toFixed(2), cpuShare: ((cpu.user + cpu.system) / 1000 / wall).toFixed(2), load: (await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ') });
if (profiling) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
}
const ms = sent.map((r) => r.ms);
console.log({ n: sent.length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: Math.max(...ms), errors: sent.filter((r) => r.status !== 200).length });
const t0 = Math.min(...sent.map((r) => r.at));
const perHalf = new Map<number, number[]>();
for (const r of sent) { const k = Math.floor((r.at - t0) / 500); perHalf.set(k, [...(perHalf.get(k) ?? []), r.ms]); }
console.log('per 0.5 s: p50/max', [...perHalf].map(([k, v]) => `${k / 2}s:${Math.round(percentile(v, 50))}/${Math.round(Math.max(...v))}`).join(' '));
const firsts = sent.slice().sort((a, b) => a.at - b.at).slice(0, 20).map((r) => Math.round(r.ms));
console.log('first 20 latencies', firsts.join(' '));
if (profiling) console.table(topEntries(out, 30));
console.log('fake', await fake.counts());
if (scans.size > 0) console.log('scans during the load', [...scans].sort((a, b) => b[1] - a[1]));
await app.stop();
await fake.close();
rmSync(dataDir, { recursive: true, force: true });
