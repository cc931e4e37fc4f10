// The store on PostgreSQL: each group commit is one transaction (one statement) that applies the batch to a row per entity.
//
// Tables (migrations/pg/*.sql, applied in order and recorded in welkom_migrations):
//   welkom_meta      one row: schema version and the seq of the last committed change (written in every commit)
//   welkom_entities  (collection, id) → the entity as jsonb; a commit upserts, patches (jsonb ||, - fields) or deletes rows
//   welkom_archive   entities moved to history (delivered outbox items …), never read at start
// The rows ARE the state, so start-up is one SELECT and a "snapshot" has nothing to do except after a schema
// migration or into an empty database (then it writes every collection in one transaction). All work goes through
// the connection that holds the lease (lease.ts), one statement sequence at a time.
import type { Logger } from '../core/logger.js';
import type { ArchiveEntry, JournalEntry, LoadedState, SnapshotSource, StoreBackend } from './backend.js';
import { StoreVersionError, StoreWriteError } from './errors.js';
import { DatabaseInUseError, describeDatabase, PgLease } from './lease.js';
import { migrate } from './migrations.js';
import { runSqlMigrations } from './pg-migrations.js';
import { COLLECTIONS, SCHEMA_VERSION, emptyData, type CollectionName, type StoreData } from './schema.js';

export interface PgBackendOptions {
  /** DATABASE_URL; the backend connects and takes the lease itself (or throws DatabaseInUseError). */
  url?: string;
  /** A connection that already holds the lease (a standby that became active); the backend closes it on close. */
  lease?: PgLease;
  logger: Logger;
}

/**
 * A whole commit in one statement (so one implicit transaction and one round trip): upserts, deletes and patches of
 * distinct entities as data-modifying CTEs (all run to completion), then the new seq.
 */
const APPEND_SQL = `WITH
  put AS (
    INSERT INTO welkom_entities (collection, id, value) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])
    ON CONFLICT (collection, id) DO UPDATE SET value = EXCLUDED.value RETURNING 1),
  removed AS (
    DELETE FROM welkom_entities e USING unnest($4::text[], $5::text[]) AS d(collection, id)
    WHERE e.collection = d.collection AND e.id = d.id RETURNING 1),
  patched AS (
    UPDATE welkom_entities e SET value = (e.value || p.set) - ARRAY(SELECT jsonb_array_elements_text(p.unset))
    FROM unnest($6::text[], $7::text[], $8::jsonb[], $9::jsonb[]) AS p(collection, id, set, unset)
    WHERE e.collection = p.collection AND e.id = p.id RETURNING 1)
INSERT INTO welkom_meta (id, version, seq) VALUES (1, $11, $10)
ON CONFLICT (id) DO UPDATE SET seq = GREATEST(welkom_meta.seq, EXCLUDED.seq)`;

/**
 * PostgreSQL's jsonb cannot hold the character U+0000 (a message could contain it): it becomes U+FFFD, so one odd message
 * can never make every commit fail. An escaped backslash before "u0000" (text, not the character) is left alone.
 */
export function forJsonb(json: string): string {
  return json.includes('\\u0000') ? json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd') : json;
}

/** Rows per INSERT when a whole collection is written. */
const CHUNK = 2_000;

/** One entity's net change within a batch. */
type NetChange =
  | { kind: 'put'; collection: string; id: string; json?: string; value?: Record<string, unknown> }
  | { kind: 'delete'; collection: string; id: string }
  | { kind: 'patch'; collection: string; id: string; set: Record<string, unknown>; unset: Set<string> };

export class PgBackend implements StoreBackend {
  readonly location: string;
  private lease?: PgLease;
  /** Database work, one piece at a time (a transaction must not interleave with another's statements). */
  private chain: Promise<unknown> = Promise.resolve();
  /** The next snapshot must write everything (empty database, or data migrated from an older schema). */
  private fullWrite = false;
  private empty = false;

  constructor(private readonly options: PgBackendOptions) {
    this.lease = options.lease;
    this.location = options.lease?.location ?? describeDatabase(options.url ?? '');
  }

  /** True when `load` found no welkom data in the database (nothing committed yet). */
  get wasEmpty(): boolean {
    return this.empty;
  }

  private get client() {
    if (!this.lease) throw new Error('the PostgreSQL store is not open');
    return this.lease.client;
  }

  async load(): Promise<LoadedState> {
    if (!this.lease) {
      if (!this.options.url) throw new Error('PgBackend needs a url or a lease');
      const lease = await PgLease.connect(this.options.url, this.options.logger);
      if (!(await lease.tryAcquire())) {
        await lease.release();
        throw new DatabaseInUseError(this.location);
      }
      this.lease = lease;
    }
    await runSqlMigrations(this.client, this.options.logger);
    const meta = await this.client.query<{ version: number; seq: string }>('SELECT version, seq FROM welkom_meta WHERE id = 1');
    const entityRows = await this.client.query<{ collection: string; id: string; value: unknown }>('SELECT collection, id, value FROM welkom_entities');
    const head = meta.rows[0];
    if (!head) {
      if (entityRows.rowCount) throw new Error(`The database ${this.location} holds welkom entities but no welkom_meta row; restore it from a backup.`);
      this.fullWrite = true;
      this.empty = true;
      return { data: emptyData(), needsSnapshot: true, replayed: 0 };
    }
    if (head.version > SCHEMA_VERSION) throw new StoreVersionError(this.location, head.version, SCHEMA_VERSION);
    const raw: Record<string, unknown> = { version: head.version, seq: Number(head.seq) };
    for (const name of COLLECTIONS) raw[name] = {};
    for (const row of entityRows.rows) {
      const collection = (raw[row.collection] ??= {}) as Record<string, unknown>;
      collection[row.id] = row.value;
    }
    const { data, migrated } = migrate(raw);
    for (const name of COLLECTIONS) if (!data[name] || typeof data[name] !== 'object') (data as Record<string, unknown>)[name] = {};
    if (migrated) {
      this.fullWrite = true;
      this.options.logger.info({ to: SCHEMA_VERSION }, 'store migrated to a new schema version (take a pg_dump before upgrading)');
    }
    return { data, needsSnapshot: migrated, replayed: 0 };
  }

  append(entries: JournalEntry[]): Promise<number> {
    if (entries.length === 0) return Promise.resolve(0);
    const upTo = entries[entries.length - 1]!.seq;
    const changes = netChanges(entries);
    let bytes = 0;
    for (const entry of entries) bytes += (entry.json?.length ?? 0) + entry.id.length + 16;
    const puts = changes.filter((c) => c.kind === 'put');
    const deletes = changes.filter((c) => c.kind === 'delete');
    const patches = changes.filter((c) => c.kind === 'patch');
    // One statement is one transaction and one round trip; each entity is in exactly one of the three lists.
    return this.enqueue(async () => {
      try {
        await this.client.query({
          name: 'welkom-append',
          text: APPEND_SQL,
          values: [
            puts.map((c) => c.collection),
            puts.map((c) => c.id),
            puts.map((c) => forJsonb(c.json ?? JSON.stringify(c.value))),
            deletes.map((c) => c.collection),
            deletes.map((c) => c.id),
            patches.map((c) => c.collection),
            patches.map((c) => c.id),
            patches.map((c) => forJsonb(JSON.stringify(c.set))),
            patches.map((c) => JSON.stringify([...c.unset])),
            upTo,
            SCHEMA_VERSION,
          ],
        });
      } catch (error) {
        // The store stops acknowledging after a failed commit; give the lease up so a standby (or a restart) takes
        // over from the last committed state instead of this instance holding the database while it cannot write.
        this.lease?.abandon();
        throw new StoreWriteError(this.location, error);
      }
    }).then(() => bytes);
  }

  snapshot(source: SnapshotSource): Promise<void> {
    // Every commit already updated the rows; only a migrated or brand-new store is written whole.
    return this.enqueue(async () => {
      if (!this.fullWrite) return;
      await this.writeAll(source.collections, source.seq, source.version);
      this.fullWrite = false;
      this.empty = false;
    });
  }

  /** Replaces all entities with `data` in one transaction (a fresh or migrated store, and `welkom migrate-store`). */
  private writeAll(data: StoreData, seq: number, version: number): Promise<void> {
    return this.transaction(async (client) => {
      await client.query('DELETE FROM welkom_entities');
      for (const name of COLLECTIONS) {
        const rows = Object.entries(data[name] as Record<string, unknown>);
        for (let start = 0; start < rows.length; start += CHUNK) {
          const chunk = rows.slice(start, start + CHUNK);
          await client.query('INSERT INTO welkom_entities (collection, id, value) SELECT $1, * FROM unnest($2::text[], $3::jsonb[])', [
            name,
            chunk.map(([id]) => id),
            chunk.map(([, value]) => forJsonb(JSON.stringify(value))),
          ]);
        }
      }
      await client.query('INSERT INTO welkom_meta (id, version, seq) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, seq = GREATEST(welkom_meta.seq, EXCLUDED.seq)', [version, seq]);
    });
  }

  archive(entries: ArchiveEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return this.enqueue(() =>
      this.transaction(async (client) => {
        for (let start = 0; start < entries.length; start += CHUNK) {
          const chunk = entries.slice(start, start + CHUNK);
          await client.query('INSERT INTO welkom_archive (collection, id, at, value) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::jsonb[])', [
            chunk.map((e) => e.collection),
            chunk.map((e) => e.id),
            chunk.map((e) => e.at),
            chunk.map((e) => forJsonb(e.json)),
          ]);
        }
      }),
    );
  }

  pruneArchive(before: number): Promise<number> {
    return this.enqueue(async () => (await this.client.query('DELETE FROM welkom_archive WHERE at < $1', [before])).rowCount ?? 0);
  }

  async removeFromArchive(collection: CollectionName, matches: (value: unknown) => boolean): Promise<number> {
    const ids: string[] = [];
    for await (const entry of this.readArchive(collection, 0)) if (matches(entry.value)) ids.push(entry.id);
    if (ids.length === 0) return 0;
    return this.enqueue(async () => (await this.client.query('DELETE FROM welkom_archive WHERE collection = $1 AND id = ANY($2::text[])', [collection, ids])).rowCount ?? 0);
  }

  async *readArchive(collection: CollectionName, since: number): AsyncIterable<{ id: string; at: number; value: unknown }> {
    let after = 0;
    for (;;) {
      const page = await this.enqueue(() =>
        this.client.query<{ n: string; id: string; at: string; value: unknown }>('SELECT n, id, at, value FROM welkom_archive WHERE collection = $1 AND at >= $2 AND n > $3 ORDER BY n LIMIT 1000', [
          collection,
          since,
          after,
        ]),
      );
      for (const row of page.rows) yield { id: row.id, at: Number(row.at), value: row.value };
      if (page.rows.length < 1000) return;
      after = Number(page.rows[page.rows.length - 1]!.n);
    }
  }

  async close(): Promise<void> {
    await this.chain.catch(() => undefined);
    await this.lease?.release();
    this.lease = undefined;
  }

  // ---- internals ----

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.chain.then(task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async transaction(work: (client: PgLease['client']) => Promise<void>): Promise<void> {
    const client = this.client;
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new StoreWriteError(this.location, error);
    }
  }
}

/**
 * Folds a batch into one net change per entity, so each row is touched by one statement: the last put or delete wins,
 * later patches are merged into it (top-level fields, like the Store and jsonb `||` do).
 */
export function netChanges(entries: JournalEntry[]): NetChange[] {
  const byKey = new Map<string, NetChange>();
  for (const entry of entries) {
    const key = `${entry.collection}\u0000${entry.id}`;
    const base = { collection: entry.collection, id: entry.id };
    if (entry.deleted) {
      byKey.delete(key);
      byKey.set(key, { kind: 'delete', ...base });
      continue;
    }
    if (!entry.patch) {
      byKey.delete(key);
      byKey.set(key, { kind: 'put', ...base, json: entry.json });
      continue;
    }
    const set = JSON.parse(entry.json ?? '{}') as Record<string, unknown>;
    const unset = entry.unset ?? [];
    const previous = byKey.get(key);
    if (!previous) byKey.set(key, { kind: 'patch', ...base, set, unset: new Set(unset) });
    else if (previous.kind === 'put') {
      const value = previous.value ?? (JSON.parse(previous.json ?? '{}') as Record<string, unknown>);
      Object.assign(value, set);
      for (const field of unset) delete value[field];
      previous.value = value;
      previous.json = undefined;
    } else if (previous.kind === 'patch') {
      for (const [field, value] of Object.entries(set)) {
        previous.set[field] = value;
        previous.unset.delete(field);
      }
      for (const field of unset) {
        delete previous.set[field];
        previous.unset.add(field);
      }
    }
    // A patch after a delete has nothing to change (as in the Store).
  }
  return [...byKey.values()];
}
