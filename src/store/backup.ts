// Backup and restore of a store folder, through the store's own open/put/close: consistent while the bot runs, layout-independent.
//
// Backup: the folder's files are copied (a copy equals a crash at that moment, which the store survives), the copy is
// opened with Store.open (snapshot + journal replay), and every collection is written to one JSON file. A snapshot or
// journal rotation racing the copy shows up as a missing file or a sequence gap, and the copy is simply taken again.
// Restore: the file is checked completely, a new store is built from it next to the live one and read back, and only
// then, holding the folder's lock (so never under a running bot), the old files are moved to backups/ and the new ones in.
// A backup holds the live collections, not the archive (delivered-message history that start-up never loads and that is
// pruned after 14 days anyway); after a restore the old archive is with the previous data in backups/before-restore-*/.
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger, type Logger } from '../core/logger.js';
import { StoreCorruptError } from './errors.js';
import { acquireLock, LOCK_FILE } from './lock.js';
import { migrate } from './migrations.js';
import { COLLECTIONS, SCHEMA_VERSION, type CollectionName } from './schema.js';
import { writeFileAtomic } from './secure-json-file.js';
import { Store } from './store.js';

export const BACKUP_FORMAT = 'welkom-backup';
/** Folder entries that belong to the folder, not to the store's data. */
const NOT_DATA = new Set(['backups', LOCK_FILE]);
const COPY_ATTEMPTS = 6;

/** A backup file as written by {@link createBackup}. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  createdAt: string;
  /** The store's sequence number the copy was taken at. */
  seq: number;
  counts: Record<string, number>;
  collections: Record<string, Record<string, unknown>>;
}

/** A backup file that cannot be used: says why and leaves everything untouched. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Progress callback: `step` names the phase, `done`/`total` count its units. */
export type Progress = (step: string, done: number, total: number) => void;

/** Collection name → entity count. */
export type Counts = Record<string, number>;

/**
 * Opens a consistent, private copy of the store in `dataDir` (works while a bot is running on it).
 * Call `dispose()` when done; the copy is deleted then.
 */
export async function openCopy(dataDir: string, options: { logger?: Logger; onProgress?: Progress } = {}): Promise<{ store: Store; dispose(): Promise<void> }> {
  const logger = options.logger ?? silentLogger();
  let lastError: unknown;
  for (let attempt = 1; attempt <= COPY_ATTEMPTS; attempt += 1) {
    const temp = await mkdtemp(path.join(tmpdir(), 'welkom-copy-'));
    try {
      await copyDataFiles(dataDir, temp, options.onProgress);
      const store = await Store.open({ dataDir: temp, logger, purpose: 'copy' });
      return {
        store,
        async dispose() {
          await store.close();
          await rm(temp, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      lastError = error;
      // A file removed or a gap created by the live store while copying: copy again. Anything else is real.
      const racing = (error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof StoreCorruptError;
      if (!racing) throw error;
      logger.debug({ attempt }, 'the store changed while it was copied; copying again');
    }
  }
  throw lastError;
}

/** Copies the store's files (not backups/ or the lock): the snapshot first, then everything else, so the journal is the newer part. */
async function copyDataFiles(from: string, to: string, onProgress?: Progress): Promise<void> {
  const names = (await readdir(from)).filter((name) => !NOT_DATA.has(name) && !name.startsWith('.')).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  let done = 0;
  for (const name of names) {
    onProgress?.('copy', done, names.length);
    await cp(path.join(from, name), path.join(to, name), { recursive: true, filter: (source) => !path.basename(source).startsWith('.') });
    done += 1;
  }
  onProgress?.('copy', done, names.length);
}

/** Snapshot files (welkom.json, then the snapshots/ folder) before folders such as journal/. */
function rank(name: string): number {
  return name.endsWith('.json') ? 0 : name.startsWith('snapshot') ? 1 : 2;
}

/** Reads every collection of an open store. */
export function dumpStore(store: Store, onProgress?: Progress): { seq: number; counts: Counts; collections: Record<string, Record<string, unknown>> } {
  const collections: Record<string, Record<string, unknown>> = {};
  const counts: Counts = {};
  COLLECTIONS.forEach((name, index) => {
    onProgress?.('read', index, COLLECTIONS.length);
    const table: Record<string, unknown> = Object.fromEntries(store.entries(name));
    collections[name] = table;
    counts[name] = Object.keys(table).length;
  });
  onProgress?.('read', COLLECTIONS.length, COLLECTIONS.length);
  return { seq: store.getStats().seq, counts, collections };
}

/** Writes a consistent backup of the store in `dataDir` to `file` (mode 0600) and returns what it holds. */
export async function createBackup(dataDir: string, file: string, options: { logger?: Logger; onProgress?: Progress; now?: () => number } = {}): Promise<BackupFile> {
  const copy = await openCopy(dataDir, options);
  try {
    const dump = dumpStore(copy.store, options.onProgress);
    const backup: BackupFile = { format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, createdAt: new Date((options.now ?? Date.now)()).toISOString(), ...dump };
    options.onProgress?.('write', 0, 1);
    await mkdir(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
    await writeFileAtomic(path.resolve(file), JSON.stringify(backup));
    options.onProgress?.('write', 1, 1);
    return backup;
  } finally {
    await copy.dispose();
  }
}

/**
 * Reads and checks a backup file completely without changing anything. Accepts files from `createBackup` and the
 * daily snapshot copies in DATA_DIR/backups/ (older schema versions are migrated). Throws BackupError saying what is wrong.
 */
export async function readBackup(file: string): Promise<{ collections: Record<CollectionName, Record<string, unknown>>; counts: Counts; createdAt?: string; schemaVersion: number }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new BackupError(`Cannot read ${file}: ${(error as Error).message}.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BackupError(`${file} is not valid JSON (${(error as Error).message}); it may be cut off. Use another backup.`);
  }
  if (!isObject(raw)) throw new BackupError(`${file} is not a welkom backup (the top level is not a JSON object).`);
  const isBackup = raw.format === BACKUP_FORMAT;
  const body: Record<string, unknown> = isBackup ? { version: raw.schemaVersion, ...(isObject(raw.collections) ? raw.collections : {}) } : raw;
  if (!isBackup && !('version' in raw && COLLECTIONS.some((name) => name in raw))) {
    throw new BackupError(`${file} is not a welkom backup (no "format": "${BACKUP_FORMAT}" and no store collections).`);
  }
  const version = typeof body.version === 'number' ? body.version : 0;
  if (version > SCHEMA_VERSION) throw new BackupError(`${file} was made by a newer welkom (schema version ${version}; this one understands up to ${SCHEMA_VERSION}). Upgrade welkom first.`);
  let data: Record<string, unknown>;
  try {
    data = migrate(body).data as unknown as Record<string, unknown>;
  } catch (error) {
    throw new BackupError(`${file} cannot be upgraded to this welkom's schema: ${(error as Error).message}`);
  }
  const known = new Set<string>(COLLECTIONS);
  const unknown = Object.keys(isBackup ? (raw.collections as object) : raw).filter((name) => !known.has(name) && !['version', 'seq'].includes(name));
  if (unknown.length > 0) throw new BackupError(`${file} has collections this welkom does not know (${unknown.join(', ')}): it was made by a newer or different version. Upgrade welkom first.`);
  const collections = {} as Record<CollectionName, Record<string, unknown>>;
  const counts: Counts = {};
  for (const name of COLLECTIONS) {
    const table = data[name] ?? {};
    if (!isObject(table)) throw new BackupError(`${file}: "${name}" must be an object of entities.`);
    for (const [id, entity] of Object.entries(table)) {
      if (!isObject(entity)) throw new BackupError(`${file}: ${name} "${id}" is not an object.`);
    }
    collections[name] = table;
    counts[name] = Object.keys(table).length;
  }
  if (isBackup && isObject(raw.counts)) {
    for (const name of COLLECTIONS) {
      const expected = raw.counts[name];
      if (typeof expected === 'number' && expected !== counts[name]) throw new BackupError(`${file}: ${name} should hold ${expected} entries but holds ${counts[name]}; the file is damaged.`);
    }
  }
  return { collections, counts, createdAt: typeof raw.createdAt === 'string' ? raw.createdAt : undefined, schemaVersion: version };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Replaces the store in `dataDir` with the backup in `file`. Refuses (StoreLockedError) while a bot runs on the folder,
 * and (BackupError) when the file is not a usable backup — in both cases nothing is changed. The previous data is kept in
 * `DATA_DIR/backups/before-restore-<time>/`. Returns that folder and the restored counts.
 */
export async function restoreBackup(
  file: string,
  dataDir: string,
  options: { logger?: Logger; onProgress?: Progress; now?: () => number } = {},
): Promise<{ counts: Counts; previous?: string }> {
  const logger = options.logger ?? silentLogger();
  const backup = await readBackup(file);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const lock = await acquireLock(dataDir, 'restore');
  const stamp = new Date((options.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-');
  const staging = path.join(dataDir, `.restore-${stamp}`);
  try {
    // 1. Build the new store next to the live one (same disk, so the final moves are renames).
    await rm(staging, { recursive: true, force: true });
    const fresh = await Store.open({ dataDir: staging, logger, purpose: 'restore' });
    const total = Object.values(backup.counts).reduce((sum, count) => sum + count, 0);
    let done = 0;
    try {
      for (const name of COLLECTIONS) {
        for (const [id, entity] of Object.entries(backup.collections[name])) {
          // Entities were checked above (objects); the store keeps them as they were saved.
          fresh.put(name, id, entity as never);
          done += 1;
          if (done % 1000 === 0) options.onProgress?.('restore', done, total);
        }
      }
      await fresh.committed();
    } finally {
      await fresh.close();
    }
    options.onProgress?.('restore', total, total);
    // 2. Read it back: the same counts, or stop before touching the live files.
    const check = await Store.open({ dataDir: staging, logger, purpose: 'restore' });
    const mismatch = COLLECTIONS.find((name) => check.count(name) !== backup.counts[name]);
    await check.close();
    if (mismatch) throw new BackupError(`The restored store holds a different number of ${mismatch} than the backup; nothing was changed.`);
    // 3. Swap: the old data to backups/before-restore-<time>/, the new data in.
    const current = (await readdir(dataDir)).filter((name) => !NOT_DATA.has(name) && !name.startsWith('.'));
    let previous: string | undefined;
    if (current.length > 0) {
      previous = path.join(dataDir, 'backups', `before-restore-${stamp}`);
      await mkdir(previous, { recursive: true, mode: 0o700 });
      for (const name of current) await rename(path.join(dataDir, name), path.join(previous, name));
    }
    for (const name of await readdir(staging)) {
      if (NOT_DATA.has(name)) continue;
      await rename(path.join(staging, name), path.join(dataDir, name));
    }
    await mkdir(path.join(dataDir, 'backups'), { recursive: true, mode: 0o700 });
    return { counts: backup.counts, previous };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await lock.release();
  }
}

/** Total size in bytes of the store's own files in `dataDir` (snapshot and journal, not backups/). */
export async function storeSize(dataDir: string): Promise<number> {
  let total = 0;
  const walk = async (dir: string, top: boolean): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      if (top && NOT_DATA.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, false);
      else total += (await stat(full).catch(() => ({ size: 0 }))).size;
    }
  };
  await walk(dataDir, true);
  return total;
}
