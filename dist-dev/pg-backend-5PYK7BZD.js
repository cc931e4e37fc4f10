import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);
import {
  COLLECTIONS,
  SCHEMA_VERSION,
  StoreVersionError,
  StoreWriteError,
  emptyData,
  migrate
} from "./chunk-SQKNEANB.js";
import {
  projectPath
} from "./chunk-SQLEIYKA.js";
import {
  DatabaseInUseError,
  PgLease,
  describeDatabase
} from "./chunk-GLZK5JXC.js";
import "./chunk-VH277FUG.js";

// src/store/pg-migrations.ts
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
var SQL_MIGRATIONS_DIR = projectPath("migrations", "pg");
async function runSqlMigrations(client, logger, dir = SQL_MIGRATIONS_DIR) {
  await client.query("CREATE TABLE IF NOT EXISTS welkom_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
  const done = new Set((await client.query("SELECT name FROM welkom_migrations")).rows.map((row) => row.name));
  const applied = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".sql")).sort()) {
    if (done.has(name)) continue;
    const sql = readFileSync(path.join(dir, name), "utf8");
    try {
      await client.query("BEGIN");
      await client.query(sql);
      await client.query("INSERT INTO welkom_migrations (name) VALUES ($1)", [name]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => void 0);
      throw new Error(`The database migration ${name} failed: ${error.message}`, { cause: error });
    }
    logger.info({ migration: name }, "database migration applied");
    applied.push(name);
  }
  return applied;
}

// src/store/pg-backend.ts
var APPEND_SQL = `WITH
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
function forJsonb(json) {
  return json.includes("\\u0000") ? json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, "$1\\ufffd") : json;
}
var CHUNK = 2e3;
var PgBackend = class {
  constructor(options) {
    this.options = options;
    this.lease = options.lease;
    this.location = options.lease?.location ?? describeDatabase(options.url ?? "");
  }
  options;
  location;
  lease;
  /** Database work, one piece at a time (a transaction must not interleave with another's statements). */
  chain = Promise.resolve();
  /** The next snapshot must write everything (empty database, or data migrated from an older schema). */
  fullWrite = false;
  empty = false;
  /** True when `load` found no welkom data in the database (nothing committed yet). */
  get wasEmpty() {
    return this.empty;
  }
  get client() {
    if (!this.lease) throw new Error("the PostgreSQL store is not open");
    return this.lease.client;
  }
  async load() {
    if (!this.lease) {
      if (!this.options.url) throw new Error("PgBackend needs a url or a lease");
      const lease = await PgLease.connect(this.options.url, this.options.logger);
      if (!await lease.tryAcquire()) {
        await lease.release();
        throw new DatabaseInUseError(this.location);
      }
      this.lease = lease;
    }
    await runSqlMigrations(this.client, this.options.logger);
    const meta = await this.client.query("SELECT version, seq FROM welkom_meta WHERE id = 1");
    const entityRows = await this.client.query("SELECT collection, id, value FROM welkom_entities");
    const head = meta.rows[0];
    if (!head) {
      if (entityRows.rowCount) throw new Error(`The database ${this.location} holds welkom entities but no welkom_meta row; restore it from a backup.`);
      this.fullWrite = true;
      this.empty = true;
      return { data: emptyData(), needsSnapshot: true, replayed: 0 };
    }
    if (head.version > SCHEMA_VERSION) throw new StoreVersionError(this.location, head.version, SCHEMA_VERSION);
    const raw = { version: head.version, seq: Number(head.seq) };
    for (const name of COLLECTIONS) raw[name] = {};
    for (const row of entityRows.rows) {
      const collection = raw[row.collection] ??= {};
      collection[row.id] = row.value;
    }
    const { data, migrated } = migrate(raw);
    for (const name of COLLECTIONS) if (!data[name] || typeof data[name] !== "object") data[name] = {};
    if (migrated) {
      this.fullWrite = true;
      this.options.logger.info({ to: SCHEMA_VERSION }, "store migrated to a new schema version (take a pg_dump before upgrading)");
    }
    return { data, needsSnapshot: migrated, replayed: 0 };
  }
  append(entries) {
    if (entries.length === 0) return Promise.resolve(0);
    const upTo = entries[entries.length - 1].seq;
    const changes = netChanges(entries);
    let bytes = 0;
    for (const entry of entries) bytes += (entry.json?.length ?? 0) + entry.id.length + 16;
    const puts = changes.filter((c) => c.kind === "put");
    const deletes = changes.filter((c) => c.kind === "delete");
    const patches = changes.filter((c) => c.kind === "patch");
    return this.enqueue(async () => {
      try {
        await this.client.query({
          name: "welkom-append",
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
            SCHEMA_VERSION
          ]
        });
      } catch (error) {
        this.lease?.abandon();
        throw new StoreWriteError(this.location, error);
      }
    }).then(() => bytes);
  }
  snapshot(source) {
    return this.enqueue(async () => {
      if (!this.fullWrite) return;
      await this.writeAll(source.collections, source.seq, source.version);
      this.fullWrite = false;
      this.empty = false;
    });
  }
  /** Replaces all entities with `data` in one transaction (a fresh or migrated store, and `welkom migrate-store`). */
  writeAll(data, seq, version) {
    return this.transaction(async (client) => {
      await client.query("DELETE FROM welkom_entities");
      for (const name of COLLECTIONS) {
        const rows = Object.entries(data[name]);
        for (let start = 0; start < rows.length; start += CHUNK) {
          const chunk = rows.slice(start, start + CHUNK);
          await client.query("INSERT INTO welkom_entities (collection, id, value) SELECT $1, * FROM unnest($2::text[], $3::jsonb[])", [
            name,
            chunk.map(([id]) => id),
            chunk.map(([, value]) => forJsonb(JSON.stringify(value)))
          ]);
        }
      }
      await client.query("INSERT INTO welkom_meta (id, version, seq) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, seq = GREATEST(welkom_meta.seq, EXCLUDED.seq)", [version, seq]);
    });
  }
  archive(entries) {
    if (entries.length === 0) return Promise.resolve();
    return this.enqueue(
      () => this.transaction(async (client) => {
        for (let start = 0; start < entries.length; start += CHUNK) {
          const chunk = entries.slice(start, start + CHUNK);
          await client.query("INSERT INTO welkom_archive (collection, id, at, value) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::jsonb[])", [
            chunk.map((e) => e.collection),
            chunk.map((e) => e.id),
            chunk.map((e) => e.at),
            chunk.map((e) => forJsonb(e.json))
          ]);
        }
      })
    );
  }
  pruneArchive(before) {
    return this.enqueue(async () => (await this.client.query("DELETE FROM welkom_archive WHERE at < $1", [before])).rowCount ?? 0);
  }
  async *readArchive(collection, since) {
    let after = 0;
    for (; ; ) {
      const page = await this.enqueue(
        () => this.client.query("SELECT n, id, at, value FROM welkom_archive WHERE collection = $1 AND at >= $2 AND n > $3 ORDER BY n LIMIT 1000", [
          collection,
          since,
          after
        ])
      );
      for (const row of page.rows) yield { id: row.id, at: Number(row.at), value: row.value };
      if (page.rows.length < 1e3) return;
      after = Number(page.rows[page.rows.length - 1].n);
    }
  }
  async close() {
    await this.chain.catch(() => void 0);
    await this.lease?.release();
    this.lease = void 0;
  }
  // ---- internals ----
  enqueue(task) {
    const next = this.chain.then(task);
    this.chain = next.catch(() => void 0);
    return next;
  }
  async transaction(work) {
    const client = this.client;
    try {
      await client.query("BEGIN");
      await work(client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => void 0);
      throw new StoreWriteError(this.location, error);
    }
  }
};
function netChanges(entries) {
  const byKey = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = `${entry.collection}\0${entry.id}`;
    const base = { collection: entry.collection, id: entry.id };
    if (entry.deleted) {
      byKey.delete(key);
      byKey.set(key, { kind: "delete", ...base });
      continue;
    }
    if (!entry.patch) {
      byKey.delete(key);
      byKey.set(key, { kind: "put", ...base, json: entry.json });
      continue;
    }
    const set = JSON.parse(entry.json ?? "{}");
    const unset = entry.unset ?? [];
    const previous = byKey.get(key);
    if (!previous) byKey.set(key, { kind: "patch", ...base, set, unset: new Set(unset) });
    else if (previous.kind === "put") {
      const value = previous.value ?? JSON.parse(previous.json ?? "{}");
      Object.assign(value, set);
      for (const field of unset) delete value[field];
      previous.value = value;
      previous.json = void 0;
    } else if (previous.kind === "patch") {
      for (const [field, value] of Object.entries(set)) {
        previous.set[field] = value;
        previous.unset.delete(field);
      }
      for (const field of unset) {
        delete previous.set[field];
        previous.unset.add(field);
      }
    }
  }
  return [...byKey.values()];
}
export {
  PgBackend,
  forJsonb,
  netChanges
};
