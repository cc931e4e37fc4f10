// `welkom migrate-store --to <DATABASE_URL>`: copies a JSON store (DATA_DIR) into an empty PostgreSQL database and checks the copy.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../core/logger.js';
import { silentLogger } from '../core/logger.js';
import type { ArchiveEntry } from '../store/backend.js';
import { DatabaseInUseError, PgLease } from '../store/lease.js';
import { PgBackend } from '../store/pg-backend.js';
import { COLLECTIONS, SCHEMA_VERSION, type CollectionName, type StoreData } from '../store/schema.js';
import { Store } from '../store/store.js';
import { UsageError } from './admin.js';

/** What was copied and what the database holds afterwards, per collection. */
export interface CollectionCheck {
  collection: CollectionName;
  source: number;
  copied: number;
  sourceHash: string;
  copiedHash: string;
  ok: boolean;
}

export interface MigrationReport {
  location: string;
  seq: number;
  collections: CollectionCheck[];
  archive: { source: number; copied: number; ok: boolean };
  ok: boolean;
}

/** JSON with object keys in sorted order, so the same data gives the same text wherever it was stored. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** sha256 over `id<TAB>canonical JSON` lines of a collection, in id order (the first 16 hex digits). */
export function collectionHash(entries: Iterable<[string, unknown]>): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256');
  for (const [id, value] of sorted) hash.update(`${id}\t${canonicalJson(value)}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Copies every collection and the archive in one transaction each, then reads the database back and compares counts and
 * hashes. The JSON store is opened with its lock (the bot must be stopped) and not changed; the database must be empty.
 */
export async function migrateStore(options: { dataDir: string; url: string; logger?: Logger }): Promise<MigrationReport> {
  const logger = options.logger ?? silentLogger();
  if (!existsSync(path.join(options.dataDir, 'welkom.json'))) throw new UsageError(`There is no JSON store in ${path.resolve(options.dataDir)} (no welkom.json). Give the data folder with --data-dir.`);
  const source = await Store.open({ dataDir: options.dataDir, logger, purpose: 'migrate-store' });
  let backend: PgBackend | undefined;
  try {
    const lease = await PgLease.connect(options.url, logger);
    if (!(await lease.tryAcquire())) {
      await lease.release();
      throw new DatabaseInUseError(lease.location);
    }
    backend = new PgBackend({ lease, logger });
    await backend.load();
    if (!backend.wasEmpty) throw new UsageError(`The database ${backend.location} already holds welkom data. migrate-store only copies into an empty database (make a new one, or drop the welkom_* tables).`);
    const seq = source.getStats().seq;
    const data = { version: SCHEMA_VERSION, seq } as StoreData;
    for (const name of COLLECTIONS) (data as Record<string, unknown>)[name] = Object.fromEntries(source.entries(name));
    await backend.snapshot({ seq, version: SCHEMA_VERSION, collections: data, changed: new Set(COLLECTIONS) });

    let archived = 0;
    for (const name of COLLECTIONS) {
      let batch: ArchiveEntry[] = [];
      for await (const entry of source.readArchive(name, 0)) {
        batch.push({ collection: name, id: entry.id, at: entry.at, json: JSON.stringify(entry.value) });
        if (batch.length >= 1_000) {
          await backend.archive(batch);
          archived += batch.length;
          batch = [];
        }
      }
      await backend.archive(batch);
      archived += batch.length;
    }
    await backend.close();
    backend = undefined;

    // Check: read the database back through a fresh store, as the bot will.
    const copy = await Store.open({ dataDir: options.dataDir, databaseUrl: options.url, logger });
    try {
      const collections = COLLECTIONS.map((name): CollectionCheck => {
        const sourceHash = collectionHash(source.entries(name));
        const copiedHash = collectionHash(copy.entries(name));
        const check = { collection: name, source: source.count(name), copied: copy.count(name), sourceHash, copiedHash };
        return { ...check, ok: check.source === check.copied && sourceHash === copiedHash };
      });
      let copiedArchive = 0;
      for (const name of COLLECTIONS) for await (const _ of copy.readArchive(name, 0)) copiedArchive += 1;
      const archive = { source: archived, copied: copiedArchive, ok: archived === copiedArchive };
      const ok = collections.every((c) => c.ok) && archive.ok && copy.getStats().seq === seq;
      return { location: copy.backend.location, seq, collections, archive, ok };
    } finally {
      await copy.close();
    }
  } finally {
    await backend?.close();
    await source.close();
  }
}

/** The report as a table for the terminal. */
export function formatMigrationReport(report: MigrationReport): string {
  const lines = [`Copied the JSON store into ${report.location} (change ${report.seq}).`, '', 'collection      JSON store  database  hash (JSON / database)', ''.padEnd(72, '-')];
  for (const c of report.collections) {
    lines.push(`${c.collection.padEnd(15)} ${String(c.source).padStart(10)}  ${String(c.copied).padStart(8)}  ${c.sourceHash} / ${c.copiedHash}  ${c.ok ? 'ok' : 'DIFFERENT'}`);
  }
  lines.push(`${'archive'.padEnd(15)} ${String(report.archive.source).padStart(10)}  ${String(report.archive.copied).padStart(8)}  ${report.archive.ok ? 'ok' : 'DIFFERENT'}`);
  lines.push('');
  lines.push(
    report.ok
      ? 'Every collection matches. Set DATABASE_URL to this database and start welkom; keep the JSON folder as a backup until you are sure.'
      : 'The copy does NOT match the JSON store. Do not switch; drop the database and run migrate-store again, or report the problem.',
  );
  return lines.join('\n');
}
