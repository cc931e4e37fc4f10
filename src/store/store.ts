// The JSON file store: in-memory collections, a group-committed append-only journal, and lowdb snapshots.
//
// Layout under DATA_DIR:
//   welkom.json               snapshot of all collections at sequence number `seq` (lowdb, mode 0600)
//   journal/<seq>-<gen>.jsonl changes after the snapshot, one JSON line each: {"s":seq,"c":collection,"i":id,"v":value} or "d":1 for delete;
//                             a new segment (never an existing file) per start and per snapshot; a segment is removed only when a
//                             snapshot covers every record in it
//   backups/welkom-<day>.json a copy of the snapshot per day, the newest 7 kept
//
// A commit appends only the changed entities and fsyncs once for everything changed since the previous
// commit (group commit), so its cost depends on the size of the change, not the size of the store.
import { mkdir, open, readdir, readFile, unlink, copyFile, chmod, type FileHandle } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import type { Logger } from '../core/logger.js';
import { StoreCorruptError, StoreVersionError, StoreWriteError } from './errors.js';
import { migrate } from './migrations.js';
import { SCHEMA_VERSION, COLLECTIONS, emptyData, type CollectionName, type Collections, type StoreData } from './schema.js';
import { SecureJsonFile, syncDirectory } from './secure-json-file.js';
import { acquireLock, type StoreLock } from './lock.js';

export interface StoreOptions {
  dataDir: string;
  logger: Logger;
  /** Write a new snapshot after this many journal records (default 20,000). */
  snapshotEvery?: number;
  /** Daily backups to keep (default 7). */
  keepBackups?: number;
  /** For backup file names; defaults to the system clock. */
  now?: () => number;
  /** Said in the lock file (DATA_DIR/welkom.lock) while the store is open; default `bot`. */
  purpose?: string;
}

interface JournalRecord {
  s: number;
  c: CollectionName;
  i: string;
  v?: unknown;
  d?: 1;
}

/** What happened to the disk so far: used by tests, metrics and benchmarks. */
export interface StoreStats {
  seq: number;
  durableSeq: number;
  commits: number;
  journalBytes: number;
  snapshots: number;
}

/** Typed collections in memory, made durable by `committed()`. Open it with `Store.open`. */
export class Store {
  readonly file: string;
  private readonly journalDir: string;
  private readonly backupDir: string;
  private readonly db: Low<StoreData>;
  private data: StoreData;
  private pending: string[] = [];
  private durableSeq: number;
  private waiters: Array<{ seq: number; resolve: () => void; reject: (error: Error) => void }> = [];
  private segment?: { handle: FileHandle; name: string; maxSeq: number };
  /** Closed segments still on disk, with the highest seq each holds. */
  private closedSegments: Array<{ name: string; maxSeq: number }> = [];
  private generation = 0;
  private chain: Promise<void> = Promise.resolve();
  private flushScheduled = false;
  private recordsSinceSnapshot = 0;
  private snapshotRunning?: Promise<void>;
  private failure?: Error;
  private closed = false;
  private readonly stats: StoreStats;
  private lock?: StoreLock;

  private constructor(
    private readonly options: StoreOptions,
    data: StoreData,
  ) {
    this.file = path.join(options.dataDir, 'welkom.json');
    this.journalDir = path.join(options.dataDir, 'journal');
    this.backupDir = path.join(options.dataDir, 'backups');
    this.db = new Low(new SecureJsonFile<StoreData>(this.file), data);
    this.data = data;
    this.durableSeq = data.seq;
    this.stats = { seq: data.seq, durableSeq: data.seq, commits: 0, journalBytes: 0, snapshots: 0 };
  }

  /**
   * Loads snapshot + journal (migrating old data), or starts empty. Throws StoreCorruptError and touches nothing when it cannot read,
   * and StoreLockedError when another live process (a running bot, a restore) has the folder.
   */
  static async open(options: StoreOptions): Promise<Store> {
    await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
    const lock = await acquireLock(options.dataDir, options.purpose ?? 'bot');
    try {
      const store = await Store.load(options);
      store.lock = lock;
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  private static async load(options: StoreOptions): Promise<Store> {
    const file = path.join(options.dataDir, 'welkom.json');
    const raw = await new SecureJsonFile<Record<string, unknown>>(file).read();
    if (raw && typeof raw.version === 'number' && raw.version > SCHEMA_VERSION) throw new StoreVersionError(file, raw.version, SCHEMA_VERSION);
    const { data, migrated } = raw ? migrate(raw) : { data: emptyData(), migrated: false };
    for (const name of COLLECTIONS) if (!data[name] || typeof data[name] !== 'object') (data as Record<string, unknown>)[name] = {};
    const { applied: replayed, segments } = await replayJournal(path.join(options.dataDir, 'journal'), data);
    const store = new Store(options, data);
    store.closedSegments = segments;
    store.generation = segments.reduce((max, segment) => Math.max(max, generationOf(segment.name)), 0);
    await mkdir(store.journalDir, { recursive: true, mode: 0o700 });
    await mkdir(store.backupDir, { recursive: true, mode: 0o700 });
    if (migrated && raw) {
      await copyFile(file, path.join(store.backupDir, `welkom-before-v${SCHEMA_VERSION}-${Date.now()}.json`));
      options.logger.info({ to: SCHEMA_VERSION }, 'store migrated to a new schema version; the old file was kept in backups/');
    }
    await store.openSegment(data.seq + 1);
    if (migrated || !raw) await store.snapshot();
    else await store.backupDaily();
    options.logger.debug({ seq: data.seq, replayed }, 'store opened');
    return store;
  }

  // ---- reading ----

  /** One entity by id, or undefined. Treat it as read-only: change it through `put` or `update`. */
  get<C extends CollectionName>(collection: C, id: string): Collections[C] | undefined {
    return this.table(collection)[id];
  }

  private table<C extends CollectionName>(collection: C): Record<string, Collections[C]> {
    return this.data[collection] as Record<string, Collections[C]>;
  }

  /** All entities of a collection (a live view; do not change while iterating). */
  values<C extends CollectionName>(collection: C): Collections[C][] {
    return Object.values(this.table(collection));
  }

  /** All `[id, entity]` pairs of a collection (for backups, which must not guess ids). */
  entries<C extends CollectionName>(collection: C): Array<[string, Collections[C]]> {
    return Object.entries(this.table(collection));
  }

  count(collection: CollectionName): number {
    return Object.keys(this.data[collection]).length;
  }

  // ---- writing ----

  /** Stores an entity (replacing any with the same id) and queues it for the next commit. */
  put<C extends CollectionName>(collection: C, id: string, value: Collections[C]): void {
    this.assertWritable();
    this.table(collection)[id] = value;
    this.record({ s: ++this.data.seq, c: collection, i: id, v: value });
  }

  /** Changes an entity in place and queues it; returns undefined when the id does not exist. */
  update<C extends CollectionName>(collection: C, id: string, change: (entity: Collections[C]) => void): Collections[C] | undefined {
    const entity = this.table(collection)[id];
    if (!entity) return undefined;
    change(entity);
    this.put(collection, id, entity);
    return entity;
  }

  /** Removes an entity (no-op when absent) and queues the removal. */
  delete(collection: CollectionName, id: string): void {
    this.assertWritable();
    if (!(id in this.data[collection])) return;
    delete this.data[collection][id];
    this.record({ s: ++this.data.seq, c: collection, i: id, d: 1 });
  }

  /** Resolves once every change made so far is on disk (fsynced). Many callers share one write. */
  committed(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.data.seq;
    if (seq <= this.durableSeq) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  /** Resolves when no write or snapshot is running (tests use it to "crash" at a quiet moment). */
  async idle(): Promise<void> {
    while (this.snapshotRunning || this.pending.length > 0 || this.flushScheduled) {
      await this.snapshotRunning?.catch(() => undefined);
      await this.committed().catch(() => undefined);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await this.chain;
  }

  getStats(): StoreStats {
    return { ...this.stats, seq: this.data.seq, durableSeq: this.durableSeq };
  }

  /** Writes a full snapshot now and starts a fresh journal segment; old segments are removed afterwards. */
  snapshot(): Promise<void> {
    if (this.snapshotRunning) return this.snapshotRunning.then(() => this.snapshot());
    const seq = this.data.seq;
    this.recordsSinceSnapshot = 0;
    // Serialise now, so the snapshot is exactly the state at `seq`.
    const writing = this.db.adapter.write(this.data);
    this.scheduleFlush();
    const rotated = this.enqueue(async () => {
      // Records made after the snapshot may land in the old segment too; it is then kept until a later snapshot covers it.
      await this.flushPending();
      await this.openSegment(this.data.seq + 1);
    });
    this.snapshotRunning = Promise.all([writing, rotated])
      .then(async () => {
        this.stats.snapshots += 1;
        await this.removeSegmentsCoveredBy(seq);
        await this.backupDaily();
      })
      .finally(() => {
        this.snapshotRunning = undefined;
      });
    return this.snapshotRunning;
  }

  /** Commits what is pending, writes a final snapshot and closes files. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (!this.failure) {
      await this.committed().catch(() => undefined);
      await this.snapshot().catch((error: unknown) => this.options.logger.error({ err: error }, 'final snapshot failed; the journal still holds every change'));
    }
    this.closed = true;
    await this.chain.catch(() => undefined);
    await this.segment?.handle.close().catch(() => undefined);
    this.segment = undefined;
    await this.lock?.release();
  }

  // ---- internals ----

  private assertWritable(): void {
    if (this.closed) throw new Error('The store is closed; no more changes can be made.');
    if (this.failure) throw this.failure;
  }

  private record(record: JournalRecord): void {
    this.pending.push(JSON.stringify(record));
    this.recordsSinceSnapshot += 1;
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Let every change of this turn of the event loop join the same write.
    setImmediate(() => {
      this.flushScheduled = false;
      void this.enqueue(() => this.flushPending()).catch(() => undefined);
      const every = this.options.snapshotEvery ?? 20_000;
      if (this.recordsSinceSnapshot >= every && !this.snapshotRunning && !this.closed) {
        void this.snapshot().catch((error: unknown) => this.options.logger.error({ err: error }, 'background snapshot failed; the journal still holds every change'));
      }
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.chain.then(task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async flushPending(): Promise<void> {
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    const upTo = lastSeq(lines) ?? this.data.seq;
    const buffer = Buffer.from(lines.join('\n') + '\n');
    try {
      if (!this.segment) throw new Error('no open journal segment');
      // FileHandle.write may write less than asked (e.g. a nearly full disk): write the rest too.
      for (let offset = 0; offset < buffer.length; ) {
        const { bytesWritten } = await this.segment.handle.write(buffer, offset, buffer.length - offset);
        if (bytesWritten <= 0) throw new Error('the disk accepted no more bytes');
        offset += bytesWritten;
      }
      await this.segment.handle.datasync();
      this.segment.maxSeq = Math.max(this.segment.maxSeq, upTo);
    } catch (error) {
      this.fail(new StoreWriteError(this.journalDir, error));
      return;
    }
    this.stats.commits += 1;
    this.stats.journalBytes += buffer.length;
    this.durableSeq = Math.max(this.durableSeq, upTo);
    const still: typeof this.waiters = [];
    for (const waiter of this.waiters) (waiter.seq <= this.durableSeq ? waiter.resolve() : still.push(waiter));
    this.waiters = still;
  }

  private fail(error: Error): void {
    this.failure = error;
    this.options.logger.fatal({ err: error }, 'the store can no longer write; stopping acknowledgements');
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters = [];
  }

  /** Closes the current segment (if any) and starts a new file; an existing file is never appended to (it may end torn). */
  private async openSegment(firstSeq: number): Promise<void> {
    if (this.segment) {
      await this.segment.handle.close();
      this.closedSegments.push({ name: this.segment.name, maxSeq: this.segment.maxSeq });
      this.segment = undefined;
    }
    this.generation += 1;
    const name = `${String(firstSeq).padStart(12, '0')}-${String(this.generation).padStart(6, '0')}.jsonl`;
    const file = path.join(this.journalDir, name);
    const handle = await open(file, 'wx', 0o600);
    await chmod(file, 0o600);
    await syncDirectory(this.journalDir);
    this.segment = { handle, name, maxSeq: 0 };
  }

  /** Removes closed segments whose every record is in the snapshot at `seq`. */
  private async removeSegmentsCoveredBy(seq: number): Promise<void> {
    const keep: typeof this.closedSegments = [];
    for (const segment of this.closedSegments) {
      if (segment.maxSeq <= seq) await unlink(path.join(this.journalDir, segment.name)).catch(() => undefined);
      else keep.push(segment);
    }
    this.closedSegments = keep;
  }

  private async backupDaily(): Promise<void> {
    if (!existsSync(this.file)) return;
    const day = new Date((this.options.now ?? Date.now)()).toISOString().slice(0, 10);
    const target = path.join(this.backupDir, `welkom-${day}.json`);
    if (!existsSync(target)) {
      await copyFile(this.file, target);
      await chmod(target, 0o600);
    }
    const keep = this.options.keepBackups ?? 7;
    const daily = (await readdir(this.backupDir)).filter((name) => /^welkom-\d{4}-\d{2}-\d{2}\.json$/.test(name)).sort();
    for (const old of daily.slice(0, Math.max(0, daily.length - keep))) await unlink(path.join(this.backupDir, old)).catch(() => undefined);
  }
}

function lastSeq(lines: string[]): number | undefined {
  const last = lines[lines.length - 1];
  if (!last) return undefined;
  return (JSON.parse(last) as JournalRecord).s;
}

/** Generation number in a segment name `<seq>-<gen>.jsonl` (0 for other names). */
function generationOf(name: string): number {
  return Number(/^\d+-(\d+)\.jsonl$/.exec(name)?.[1] ?? 0);
}

/**
 * Applies journal records newer than the snapshot, in order. A torn final line of a segment (a crash mid-write) is
 * ignored; any other bad line, or a gap in the sequence, is an error. Returns each segment's highest seq.
 */
async function replayJournal(dir: string, data: StoreData): Promise<{ applied: number; segments: Array<{ name: string; maxSeq: number }> }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.jsonl')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { applied: 0, segments: [] };
    throw error;
  }
  let applied = 0;
  const segments: Array<{ name: string; maxSeq: number }> = [];
  for (const name of names) {
    const file = path.join(dir, name);
    let maxSeq = 0;
    const lines = (await readFile(file, 'utf8')).split('\n');
    // A file that ends with "\n" gives a last empty element; a torn file gives a partial last line.
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index]!;
      if (line === '') continue;
      let record: JournalRecord;
      try {
        record = JSON.parse(line) as JournalRecord;
        if (typeof record.s !== 'number' || typeof record.c !== 'string' || typeof record.i !== 'string') throw new Error('missing s, c or i');
      } catch (error) {
        if (index === lines.length - 1) break; // torn last line: that change was never acknowledged
        throw new StoreCorruptError(file, `line ${index + 1}: ${(error as Error).message}`);
      }
      maxSeq = Math.max(maxSeq, record.s);
      if (record.s <= data.seq) continue;
      if (record.s !== data.seq + 1) throw new StoreCorruptError(file, `line ${index + 1}: changes ${data.seq + 1} to ${record.s - 1} are missing from the journal`);
      const collection = data[record.c] as Record<string, unknown> | undefined;
      if (!collection) throw new StoreCorruptError(file, `line ${index + 1}: unknown collection "${record.c}"`);
      if (record.d) delete collection[record.i];
      else collection[record.i] = record.v;
      data.seq = record.s;
      applied += 1;
    }
    segments.push({ name, maxSeq });
  }
  return { applied, segments };
}
