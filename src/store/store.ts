// The store: typed collections in memory, group-committed to a StoreBackend (by default the JSON files under DATA_DIR).
//
// Every change (`put`, `patch`, `delete`) gets the next sequence number and is serialised at once; everything changed
// in one turn of the event loop is handed to the backend as one batch and made durable with one fsync / transaction
// (group commit), so a commit costs the size of the change, not the size of the store. `committed()` resolves once
// the caller's changes are durable. Snapshots run in the background every `snapshotEvery` changes; see backend.ts for
// the rules a backend keeps and json-file-backend.ts for the files.
import { performance } from 'node:perf_hooks';
import type { Logger } from '../core/logger.js';
import type { ArchiveEntry, JournalEntry, StoreBackend } from './backend.js';
import { JsonFileBackend } from './json-file-backend.js';
import { COLLECTIONS, SCHEMA_VERSION, type CollectionName, type Collections, type StoreData } from './schema.js';

/** A change made with `soon` is committed at most this long after it was made (when nothing else commits it first). */
export const SOON_MS = 25;

export interface StoreOptions {
  dataDir: string;
  logger: Logger;
  /** Write a new snapshot after this many journal records (default 20,000). */
  snapshotEvery?: number;
  /** Daily backups to keep (default 7). */
  keepBackups?: number;
  /** For backup and archive file names; defaults to the system clock. */
  now?: () => number;
  /** Where the data lives; defaults to PostgreSQL when `databaseUrl` is set, else the JSON files under `dataDir`. */
  backend?: StoreBackend;
  /** DATABASE_URL: keep the data in PostgreSQL (pg-backend.ts) instead of `dataDir`. */
  databaseUrl?: string;
  /** Said in the lock file (DATA_DIR/welkom.lock) while the JSON-file store is open; default `bot`. */
  purpose?: string;
  /** Told after every durable commit: how long the write took, its bytes and records (for metrics). */
  onCommit?: (commit: { seconds: number; bytes: number; records: number }) => void;
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
  readonly backend: StoreBackend;
  private data: StoreData;
  private pending: JournalEntry[] = [];
  private durableSeq: number;
  private waiters: Array<{ seq: number; resolve: () => void; reject: (error: Error) => void }> = [];
  /** The batch being made durable, if any (the backend gets one batch at a time). */
  private flushing?: Promise<void>;
  private flushScheduled = false;
  private recordsSinceSnapshot = 0;
  /** Collections changed since the last snapshot began. */
  private changed = new Set<CollectionName>();
  private snapshotRunning?: Promise<void>;
  private failure?: Error;
  private closed = false;
  /** Sizes of the collections counted so far (see count). */
  private readonly counts = new Map<CollectionName, number>();
  /** Whether `pending` holds a change that asked for a prompt commit (see `patch`'s `soon`). */
  private urgent = false;
  /** Commits changes that only asked to be committed soon, when nothing else commits them first. */
  private soonTimer?: NodeJS.Timeout;
  /** Open `holdCommits()` gates: while any is open, changes stay pending (tests prove "acknowledged only after commit"). */
  private holds = 0;
  private readonly stats: StoreStats;

  private constructor(
    private readonly options: StoreOptions,
    backend: StoreBackend,
    data: StoreData,
  ) {
    this.backend = backend;
    this.data = data;
    this.durableSeq = data.seq;
    this.stats = { seq: data.seq, durableSeq: data.seq, commits: 0, journalBytes: 0, snapshots: 0 };
  }

  /**
   * Loads snapshot + journal (migrating old data), or starts empty. Throws StoreCorruptError and touches nothing when it cannot read,
   * and StoreLockedError when another live process (a running bot, a restore) has the data folder.
   */
  static async open(options: StoreOptions): Promise<Store> {
    const backend =
      options.backend ??
      (options.databaseUrl
        ? // Loaded only when used: the PostgreSQL driver costs start-up time that a JSON-file store does not need to pay.
          new (await import('./pg-backend.js')).PgBackend({ url: options.databaseUrl, logger: options.logger })
        : new JsonFileBackend({ dataDir: options.dataDir, logger: options.logger, keepBackups: options.keepBackups, now: options.now, purpose: options.purpose }));
    const { data, needsSnapshot, replayed, replayedInto } = await backend.load();
    const store = new Store(options, backend, data);
    // What the journal replay changed is not in the snapshot files yet: the next snapshot must write it.
    for (const name of replayedInto ?? []) store.changed.add(name);
    if (needsSnapshot) {
      for (const name of COLLECTIONS) store.changed.add(name);
      await store.snapshot();
    }
    options.logger.debug({ seq: data.seq, replayed }, 'store opened');
    return store;
  }

  // ---- reading ----

  /** One entity by id, or undefined. Treat it as read-only: change it through `put`, `update` or `patch`. */
  get<C extends CollectionName>(collection: C, id: string): Collections[C] | undefined {
    return this.table(collection)[id];
  }

  private table<C extends CollectionName>(collection: C): Record<string, Collections[C]> {
    return this.data[collection] as Record<string, Collections[C]>;
  }

  /** All entities of a collection (a copy of the list; the entities themselves are live). */
  values<C extends CollectionName>(collection: C): Collections[C][] {
    return Object.values(this.table(collection));
  }

  /** All `[id, entity]` pairs of a collection (for backups, which must not guess ids). */
  entries<C extends CollectionName>(collection: C): Array<[string, Collections[C]]> {
    return Object.entries(this.table(collection));
  }

  /** How many entities a collection holds: counted once, then kept current by put and delete (a /metrics scrape asks for every collection). */
  count(collection: CollectionName): number {
    let count = this.counts.get(collection);
    if (count === undefined) this.counts.set(collection, (count = Object.keys(this.data[collection]).length));
    return count;
  }

  private counted(collection: CollectionName, change: 1 | -1): void {
    const count = this.counts.get(collection);
    if (count !== undefined) this.counts.set(collection, count + change);
  }

  // ---- writing ----

  /** Stores an entity (replacing any with the same id) and queues it for the next commit. */
  put<C extends CollectionName>(collection: C, id: string, value: Collections[C]): void {
    this.assertWritable();
    const table = this.table(collection);
    if (!(id in table)) this.counted(collection, 1);
    table[id] = value;
    this.record({ seq: ++this.data.seq, collection, id, json: JSON.stringify(value) });
  }

  /** Changes an entity in place and queues it; returns undefined when the id does not exist. */
  update<C extends CollectionName>(collection: C, id: string, change: (entity: Collections[C]) => void): Collections[C] | undefined {
    const entity = this.table(collection)[id];
    if (!entity) return undefined;
    change(entity);
    this.put(collection, id, entity);
    return entity;
  }

  /**
   * Sets some fields of an existing entity (a field set to `undefined` is removed) and journals only those fields,
   * so a small change of a large entity (an outbox item's state) writes a small record. Returns the entity, or
   * undefined when the id does not exist.
   *
   * With `soon`, the change does not start a commit of its own: it joins the next commit that something else starts
   * (a webhook's changes, a `committed()` call), or is committed after at most SOON_MS. For changes nobody waits for
   * whose loss in a crash costs little (an outbox item's "sending" and "sent"): under load they ride along with the
   * commits that acknowledgements wait for, instead of making the disk write and flush once more for each of them.
   */
  patch<C extends CollectionName>(collection: C, id: string, changes: Partial<Collections[C]>, options: { soon?: boolean } = {}): Collections[C] | undefined {
    this.assertWritable();
    const entity = this.table(collection)[id] as Record<string, unknown> | undefined;
    if (!entity) return undefined;
    const set: Record<string, unknown> = {};
    const unset: string[] = [];
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined) {
        if (field in entity) unset.push(field);
        delete entity[field];
      } else {
        entity[field] = value;
        set[field] = value;
      }
    }
    this.record({ seq: ++this.data.seq, collection, id, json: JSON.stringify(set), patch: true, unset: unset.length > 0 ? unset : undefined }, options.soon);
    return entity as Collections[C];
  }

  /** Removes an entity (no-op when absent) and queues the removal. */
  delete(collection: CollectionName, id: string): void {
    this.assertWritable();
    if (!(id in this.data[collection])) return;
    delete this.data[collection][id];
    this.counted(collection, -1);
    this.record({ seq: ++this.data.seq, collection, id, deleted: true });
  }

  /**
   * Moves entities to the backend's archive (history that start-up does not load) and removes them from the live
   * store. The archive is written durably first, so a crash in between keeps them live (and archives them again
   * later). `stillArchivable` is checked again after the archive write: an entity changed meanwhile stays.
   */
  async archive<C extends CollectionName>(
    collection: C,
    ids: string[],
    stillArchivable: (entity: Collections[C]) => boolean = () => true,
    /** The time the archive keeps an entity by (default: now); pruneArchive removes by it. */
    timeOf?: (entity: Collections[C]) => number,
  ): Promise<number> {
    this.assertWritable();
    const now = (this.options.now ?? Date.now)();
    const entries: ArchiveEntry[] = [];
    const snapshot = new Map<string, string>();
    for (const id of ids) {
      const entity = this.get(collection, id);
      if (!entity) continue;
      const json = JSON.stringify(entity);
      snapshot.set(id, json);
      entries.push({ collection, id, at: timeOf?.(entity) ?? now, json });
    }
    await this.backend.archive(entries);
    let moved = 0;
    for (const [id, json] of snapshot) {
      const entity = this.get(collection, id);
      if (!entity || !stillArchivable(entity) || JSON.stringify(entity) !== json) continue;
      this.delete(collection, id);
      moved += 1;
    }
    await this.committed();
    return moved;
  }

  /** Removes archived entities archived before `before` (ms). */
  pruneArchive(before: number): Promise<number> {
    return this.backend.pruneArchive(before);
  }

  /** Removes every archived entity of a collection that `matches` (erasure of a member); returns how many. */
  async eraseFromArchive<C extends CollectionName>(collection: C, matches: (entity: Collections[C]) => boolean): Promise<number> {
    this.assertWritable();
    return this.backend.removeFromArchive(collection, (value) => matches(value as Collections[C]));
  }

  /** Reads archived entities of a collection archived at or after `since`. */
  readArchive<C extends CollectionName>(collection: C, since = 0): AsyncIterable<{ id: string; at: number; value: Collections[C] }> {
    return this.backend.readArchive(collection, since) as AsyncIterable<{ id: string; at: number; value: Collections[C] }>;
  }

  /** Resolves once every change made so far is on disk (fsynced). Many callers share one write. */
  committed(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.data.seq;
    if (seq <= this.durableSeq) return Promise.resolve();
    // Someone waits now: changes that were to be committed "soon" are committed at once.
    if (!this.urgent && this.pending.length > 0) {
      this.urgent = true;
      this.scheduleFlush();
    }
    return new Promise((resolve, reject) => this.waiters.push({ seq, resolve, reject }));
  }

  /** Resolves when no write or snapshot is running (tests use it to "crash" at a quiet moment). */
  async idle(): Promise<void> {
    while (this.snapshotRunning || this.pending.length > 0 || this.flushScheduled || this.flushing) {
      await this.snapshotRunning?.catch(() => undefined);
      await this.committed().catch(() => undefined);
      await this.flushing;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Whether the store can still write. After a failed write (disk full, read-only, I/O error) it refuses every change
   * and every `committed()` for good, so nothing is acknowledged that is not on disk; `/healthz` shows `reason`.
   */
  health(): { writable: boolean; reason?: string } {
    return this.failure ? { writable: false, reason: this.failure.message } : { writable: true };
  }

  /**
   * For tests only: holds every commit until the returned function is called. Changes stay in memory, nothing reaches the
   * backend and every `committed()` waits, exactly like a slow disk; tests use it to prove that no platform sees an
   * acknowledgement before the commit. Calling the release function twice is harmless.
   */
  holdCommits(): () => void {
    this.holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      if (this.holds === 0) this.flushNow();
    };
  }

  getStats(): StoreStats {
    return { ...this.stats, seq: this.data.seq, durableSeq: this.durableSeq };
  }

  /**
   * Writes a snapshot now (in the background of the caller); journal records it covers are removed afterwards.
   * Only collections changed since the last snapshot are rewritten, unless `full` (benchmarks, repairs).
   */
  snapshot(options: { full?: boolean } = {}): Promise<void> {
    if (this.snapshotRunning) return this.snapshotRunning.then(() => this.snapshot(options));
    if (options.full) for (const name of COLLECTIONS) this.changed.add(name);
    const seq = this.data.seq;
    this.recordsSinceSnapshot = 0;
    const changed = this.changed;
    this.changed = new Set();
    // Hand over what is pending first (also what was to be committed only soon), so the backend's journal position is at
    // `seq` when the snapshot begins.
    if (this.pending.length > 0) this.urgent = true;
    this.flushNow();
    this.snapshotRunning = this.backend
      .snapshot({ seq, version: SCHEMA_VERSION, collections: this.data, changed, durable: () => this.committed() })
      .then(
        () => {
          this.stats.snapshots += 1;
        },
        (error: unknown) => {
          // Those collections still have to be written by the next snapshot.
          for (const name of changed) this.changed.add(name);
          throw error;
        },
      )
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
    await this.flushing?.catch(() => undefined);
    await this.backend.close();
  }

  // ---- internals ----

  private assertWritable(): void {
    if (this.closed) throw new Error('The store is closed; no more changes can be made.');
    if (this.failure) throw this.failure;
  }

  private record(entry: JournalEntry, soon = false): void {
    this.pending.push(entry);
    this.changed.add(entry.collection);
    this.recordsSinceSnapshot += 1;
    if (soon && !this.urgent) return this.commitSoon();
    this.urgent = true;
    this.scheduleFlush();
  }

  /** Commits what is pending within SOON_MS unless another commit takes it first. */
  private commitSoon(): void {
    if (this.soonTimer) return;
    this.soonTimer = setTimeout(() => {
      this.soonTimer = undefined;
      this.urgent = true;
      this.flushNow();
    }, SOON_MS);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Let every change of this turn of the event loop join the same write.
    setImmediate(() => {
      this.flushScheduled = false;
      this.flushNow();
      const every = this.options.snapshotEvery ?? 20_000;
      if (this.recordsSinceSnapshot >= every && !this.snapshotRunning && !this.closed) {
        void this.snapshot().catch((error: unknown) => this.options.logger.error({ err: error }, 'background snapshot failed; the journal still holds every change'));
      }
    });
  }

  /**
   * Starts writing what is pending unless a batch is in flight (then it follows as soon as that one is durable). Changes
   * that only need committing soon wait for the timer, or for a change or a caller that needs it now.
   */
  private flushNow(): void {
    if (this.flushing || this.pending.length === 0 || this.failure || this.holds > 0) return;
    if (!this.urgent) return this.commitSoon();
    const batch = this.pending;
    this.pending = [];
    this.urgent = false;
    clearTimeout(this.soonTimer);
    this.soonTimer = undefined;
    const upTo = batch[batch.length - 1]!.seq;
    const started = performance.now();
    this.flushing = this.backend.append(batch).then(
      (bytes) => {
        this.flushing = undefined;
        this.options.onCommit?.({ seconds: (performance.now() - started) / 1000, bytes, records: batch.length });
        this.stats.commits += 1;
        this.stats.journalBytes += bytes;
        this.durableSeq = Math.max(this.durableSeq, upTo);
        const still: typeof this.waiters = [];
        for (const waiter of this.waiters) (waiter.seq <= this.durableSeq ? waiter.resolve() : still.push(waiter));
        this.waiters = still;
        this.flushNow();
      },
      (error: unknown) => {
        this.flushing = undefined;
        this.fail(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  private fail(error: Error): void {
    this.failure = error;
    this.options.logger.fatal({ err: error }, 'the store can no longer write; stopping acknowledgements');
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters = [];
  }
}
