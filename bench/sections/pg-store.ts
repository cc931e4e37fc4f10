// Benchmark: the JSON store next to PostgreSQL in one run — durable changes per second, start-up load, webhook p99.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app.js';
import { channelFactories } from '../../src/channels/index.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Group } from '../../src/store/schema.js';
import { Store, type StoreOptions } from '../../src/store/store.js';
import { startFakeWhatsApp } from '../../test/fakes/whatsapp-api.js';
import { createTestDatabase, pgAvailable } from '../../test/helpers/pg.js';
import { median, repeat } from '../stats.js';
import { whatsappConfig } from './platform-config.js';
import { drive } from './whatsapp-webhook.js';

const WRITERS = 50;
const SECONDS = 3;
const LOAD_ENTITIES = 20_000;
const WEBHOOK_RATE = 200;
const APP_SECRET = 'bench-app-secret';

interface Run {
  changesPerSecond: number;
  commitsPerSecond: number;
  loadMs: number;
  webhookP50: number;
  webhookP99: number;
  webhookErrors: number;
}

function group(id: string): Group {
  return { id, name: `Groep ${id}`, municipality: 'Utrecht', kind: 'welkomgroep', memberIds: ['m1', 'm2', 'm3'], chatKeys: [], createdBy: 'c', startsAt: 0, endsAt: 1 };
}

/** One place to keep data: where Store.open and createApp find it, and how to throw it away. */
interface Place {
  options: Pick<StoreOptions, 'dataDir' | 'databaseUrl'>;
  dispose(): Promise<void>;
}

async function jsonPlace(): Promise<Place> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-bench-store-'));
  return { options: { dataDir }, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function pgPlace(): Promise<Place> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-bench-store-'));
  const database = await createTestDatabase();
  return {
    options: { dataDir, databaseUrl: database.url },
    async dispose() {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function measure(place: () => Promise<Place>): Promise<Run> {
  // Durable throughput: WRITERS callers, each changing an entity and waiting for its commit, for SECONDS seconds.
  const first = await place();
  let run: Run;
  try {
    const store = await Store.open({ ...first.options, logger: silentLogger() });
    let changes = 0;
    const commitsBefore = store.getStats().commits;
    const until = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        for (let i = 0; performance.now() < until; i += 1) {
          const id = `w${writer}-${i % 100}`;
          if (i < 100) store.put('groups', id, group(id));
          else store.patch('groups', id, { name: `Groep ${i}` });
          await store.committed();
          changes += 1;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const commits = store.getStats().commits - commitsBefore;
    for (let i = 0; i < LOAD_ENTITIES; i += 1) store.put('groups', `g${i}`, group(`g${i}`));
    await store.close();
    const loadStarted = performance.now();
    const reopened = await Store.open({ ...first.options, logger: silentLogger() });
    const loadMs = performance.now() - loadStarted;
    await reopened.close();
    run = { changesPerSecond: changes / elapsed, commitsPerSecond: commits / elapsed, loadMs, webhookP50: 0, webhookP99: 0, webhookErrors: 0 };
  } finally {
    await first.dispose();
  }

  // Webhook: signed WhatsApp POSTs at a fixed rate; each 200 comes after the commit.
  const second = await place();
  const fake = await startFakeWhatsApp({ limits: { perSecond: Infinity } });
  try {
    const config = { ...whatsappConfig(fake, second.options.dataDir, APP_SECRET), databaseUrl: second.options.databaseUrl };
    const app = await createApp({ config, channels: channelFactories(config) });
    const port = await app.start();
    const result = await drive(`http://127.0.0.1:${port}/webhooks/whatsapp`, WEBHOOK_RATE);
    await app.stop();
    return { ...run, webhookP50: result.p50, webhookP99: result.p99, webhookErrors: result.errors };
  } finally {
    await fake.close();
    await second.dispose();
  }
}

export async function pgStore(runs: number) {
  const json = await repeat(runs, () => measure(jsonPlace));
  const pg = pgAvailable ? await repeat(runs, () => measure(pgPlace)) : [];
  const row = (backend: string, set: Run[]) => ({
    store: backend,
    'durable changes /s': median(set.map((r) => r.changesPerSecond)).toFixed(0),
    'commits /s': median(set.map((r) => r.commitsPerSecond)).toFixed(0),
    [`start-up load of ${LOAD_ENTITIES / 1000}k groups ms`]: median(set.map((r) => r.loadMs)).toFixed(0),
    [`webhook p50 ms @${WEBHOOK_RATE}/s`]: median(set.map((r) => r.webhookP50)).toFixed(1),
    [`webhook p99 ms @${WEBHOOK_RATE}/s`]: median(set.map((r) => r.webhookP99)).toFixed(1),
    'non-200': median(set.map((r) => r.webhookErrors)),
  });
  const rows = [row('JSON files (DATA_DIR, fsync per commit)', json), ...(pg.length ? [row('PostgreSQL (DATABASE_URL, one transaction per commit)', pg)] : [])];
  const ratio: Record<string, number> = pg.length
    ? {
        'PostgreSQL : JSON durable changes/s': Number((median(pg.map((r) => r.changesPerSecond)) / median(json.map((r) => r.changesPerSecond))).toFixed(2)),
        'PostgreSQL : JSON webhook p99': Number((median(pg.map((r) => r.webhookP99)) / median(json.map((r) => r.webhookP99))).toFixed(2)),
      }
    : {};
  return {
    name: `Store backends: ${WRITERS} callers each waiting for their own durable commit for ${SECONDS} s; start-up load; WhatsApp webhook at ${WEBHOOK_RATE}/s`,
    rows,
    ratio,
    note: pg.length
      ? 'PostgreSQL runs on the same machine (loopback, default settings: synchronous_commit on, fsync on). Both backends group-commit: a commit carries every change made while the previous one was being written.'
      : 'PostgreSQL was not reachable (set TEST_DATABASE_URL), so only the JSON store was measured.',
    raw: { json, pg },
  };
}
