// Benchmark 6: a full snapshot of a 10,000-group store written while signed WhatsApp webhooks arrive at 200/s from another
// process: the longest event-loop stall and the webhook p99 during the snapshot, next to the old way (one synchronous
// JSON.stringify of the whole store, then the write) measured in the same run on the same store.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app.js';
import { channelFactories } from '../../src/channels/index.js';
import { writeFileAtomic } from '../../src/store/secure-json-file.js';
import { startFakeWhatsAppProcess } from '../load/fake-whatsapp-process.js';
import { generatorNumbers, runGenerator } from '../load/webhook-generator.js';
import { seedStore } from '../seed.js';
import { median, percentile, repeat, spread } from '../stats.js';
import { whatsappConfig } from './platform-config.js';

const APP_SECRET = 'bench-app-secret';
const GROUPS = 10_000;
const RATE = 200;
const SECONDS = 10;
/** Before the measured load: this many requests per second for this long (the same numbers). */
const WARM_UP_RATE = 50;
const WARM_UP_SECONDS = 2;

interface SnapshotRun {
  mode: 'sliced' | 'synchronous';
  snapshotMs: number;
  stallMs: number;
  p99During: number;
  p99Outside: number;
  requestsDuring: number;
  errors: number;
}

/** Records the longest gap between 5 ms timer ticks (how long the event loop could not run anything) within [from, to]. */
function stallMonitor() {
  const gaps: Array<{ at: number; gap: number }> = [];
  let last = performance.timeOrigin + performance.now();
  let timer: NodeJS.Timeout;
  const tick = () => {
    const now = performance.timeOrigin + performance.now();
    gaps.push({ at: now, gap: now - last - 5 });
    last = now;
    timer = setTimeout(tick, 5);
  };
  timer = setTimeout(tick, 5);
  return {
    stop: () => clearTimeout(timer),
    /** A gap ending at `at` started at `at - gap`: count it when it overlaps the window. */
    longest: (from: number, to: number) => Math.max(0, ...gaps.filter((g) => g.at >= from && g.at - g.gap - 5 <= to).map((g) => g.gap)),
  };
}

async function once(seeded: string, mode: SnapshotRun['mode']): Promise<SnapshotRun> {
  // Meta's side in its own process: answering the bot's sends is not the bot's work. The generator's numbers have written.
  const fake = await startFakeWhatsAppProcess();
  await fake.usersWrote(generatorNumbers());
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-bench-snap-'));
  cpSync(seeded, dataDir, { recursive: true });
  try {
    const config = whatsappConfig(fake, dataDir, APP_SECRET);
    const app = await createApp({ config, channels: channelFactories(config) });
    const port = await app.start();
    const { store } = app.services;
    // A bot that has been running: the first requests after a start compile code; they are not what this measures.
    await runGenerator(`http://127.0.0.1:${port}/webhooks/whatsapp`, WARM_UP_RATE, WARM_UP_SECONDS, APP_SECRET);
    await app.delivery.idle();
    const monitor = stallMonitor();
    const generated = runGenerator(`http://127.0.0.1:${port}/webhooks/whatsapp`, RATE, SECONDS, APP_SECRET);
    // Begin once the load is flowing (about a second of it).
    const startSeq = store.getStats().seq;
    while (store.getStats().seq < startSeq + RATE) await new Promise((resolve) => setTimeout(resolve, 20));
    const from = performance.timeOrigin + performance.now();
    if (mode === 'sliced') await store.snapshot({ full: true });
    else {
      // What welkom did before: serialise every collection in one go, convert, write.
      const data = (store as unknown as { data: unknown }).data;
      await writeFileAtomic(path.join(dataDir, 'old-way.json'), JSON.stringify(data));
    }
    const to = performance.timeOrigin + performance.now();
    const sent = await generated;
    monitor.stop();
    await app.stop();
    const during = sent.filter((r) => r.at >= from && r.at <= to).map((r) => r.ms);
    const outside = sent.filter((r) => r.at < from || r.at > to).map((r) => r.ms);
    return {
      mode,
      snapshotMs: to - from,
      stallMs: monitor.longest(from, to),
      p99During: during.length > 0 ? percentile(during, 99) : NaN,
      p99Outside: percentile(outside, 99),
      requestsDuring: during.length,
      errors: sent.filter((r) => r.status !== 200).length,
    };
  } finally {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function snapshotStall(runs: number) {
  const seeded = mkdtempSync(path.join(tmpdir(), 'welkom-bench-snap-seed-'));
  try {
    await seedStore(seeded, GROUPS);
    // Side by side: each run measures the old way and the new one on the same store, one after the other.
    const pairs = await repeat(runs, async () => ({ old: await once(seeded, 'synchronous'), now: await once(seeded, 'sliced') }));
    const old = pairs.map((p) => p.old);
    const now = pairs.map((p) => p.now);
    const row = (label: string, set: SnapshotRun[]) => ({
      snapshot: label,
      'snapshot s': spread(set.map((r) => r.snapshotMs / 1000), 2),
      'longest stall ms': spread(set.map((r) => r.stallMs), 0),
      'webhook p99 during ms': spread(set.map((r) => r.p99During), 1),
      'requests during': median(set.map((r) => r.requestsDuring)),
      'webhook p99 outside ms': spread(set.map((r) => r.p99Outside), 1),
      'non-200': median(set.map((r) => r.errors)),
    });
    const stall = median(now.map((r) => r.stallMs));
    const p99 = median(now.map((r) => r.p99During));
    return {
      name: `Snapshot at ${GROUPS.toLocaleString('en')} groups while webhooks arrive at ${RATE}/s (generator in its own process)`,
      rows: [row('one synchronous JSON.stringify of everything (before; baseline)', old), row('per-collection lowdb files written in slices (now)', now)],
      ratio: { 'longest stall now : before': Number((stall / median(old.map((r) => r.stallMs))).toFixed(3)) },
      goals: [
        { measure: `webhook p99 while a snapshot is written (${GROUPS.toLocaleString('en')} groups, ${RATE} req/s)`, figure: `${p99.toFixed(1)} ms`, goal: '≤ 50 ms', met: p99 <= 50 },
        { measure: 'longest event-loop stall while a snapshot is written', figure: `${stall.toFixed(0)} ms`, goal: '≤ 100 ms', met: stall <= 100 },
      ],
      note:
        'A full snapshot (every collection rewritten, the worst case; normally only changed collections are) while the load generator posts from its own process. ' +
        `The bot has answered ${WARM_UP_RATE * WARM_UP_SECONDS} requests before (${WARM_UP_SECONDS} s at ${WARM_UP_RATE}/s), and the fake Graph API runs in its own process with the senders’ windows open, so replies are sent. ` +
        '“Longest stall” is the longest time a 5 ms timer in the bot’s process waited beyond its due time during the snapshot. The old way is measured on the same store in the same run: the ' +
        'store’s state serialised with one JSON.stringify and written atomically, as welkom did before. The sliced snapshot takes longer in total but lets requests through between slices of ≤ 5 ms, pausing for as long as the event loop is busy with them.',
      raw: { pairs },
    };
  } finally {
    rmSync(seeded, { recursive: true, force: true });
  }
}
