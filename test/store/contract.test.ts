// The store's behaviour that does not depend on where it keeps its data, run against the JSON files AND a real PostgreSQL.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { StoreVersionError } from '../../src/store/errors.js';
import { DatabaseInUseError, PgLease } from '../../src/store/lease.js';
import { PgBackend } from '../../src/store/pg-backend.js';
import { COLLECTIONS, SCHEMA_VERSION, type Group } from '../../src/store/schema.js';
import { Store, type StoreOptions } from '../../src/store/store.js';
import { createTestDatabase, PG_SUITE, pgAvailable } from '../helpers/pg.js';

/** One place to keep data: open a store on it, "crash" a store (drop it without close), change the schema version. */
interface Place {
  open(extra?: Partial<StoreOptions>): Promise<Store>;
  crash(store: Store): Promise<void>;
  setVersion(version: number): Promise<void>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function jsonPlace(): Promise<Place> {
  const dir = mkdtempSync(path.join(tmpdir(), 'welkom-contract-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return {
    open: (extra = {}) => Store.open({ dataDir: dir, logger: silentLogger(), ...extra }),
    // Files closed as they are, without the final snapshot close() would write (and without leaking descriptors).
    crash: (store) => store.backend.close(),
    async setVersion(version) {
      const file = path.join(dir, 'welkom.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }));
    },
  };
}

async function pgPlace(): Promise<Place> {
  const database = await createTestDatabase();
  const leases: PgLease[] = [];
  cleanups.push(async () => {
    for (const lease of leases) await lease.release();
    await database.drop();
  });
  return {
    async open(extra = {}) {
      const lease = await PgLease.connect(database.url);
      leases.push(lease);
      if (!(await lease.tryAcquire())) throw new DatabaseInUseError(lease.location);
      return Store.open({ dataDir: '/nonexistent', logger: silentLogger(), backend: new PgBackend({ lease, logger: silentLogger() }), ...extra });
    },
    // The connection dies as in kill -9: the lease is gone, nothing more is written.
    async crash(store) {
      const lease = leases.find((candidate) => (store.backend as unknown as { lease?: PgLease }).lease === candidate);
      await lease?.release();
    },
    async setVersion(version) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query('UPDATE welkom_meta SET version = $1', [version]);
      await client.end();
    },
  };
}

function group(id: string, extra: Partial<Group> = {}): Group {
  return { id, name: `Groep ${id}`, municipality: 'Utrecht', kind: 'welkomgroep', memberIds: [], chatKeys: [], createdBy: 'c', startsAt: 0, endsAt: 1, ...extra };
}

/** Every collection as plain JSON, for comparing a live store with a reopened one. */
function dump(store: Store): Record<string, unknown> {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, Object.fromEntries(store.entries(name).map(([id, value]) => [id, JSON.parse(JSON.stringify(value))]))]));
}

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const backends: Array<{ name: string; place: () => Promise<Place>; skip: boolean }> = [
  { name: 'JSON files', place: jsonPlace, skip: false },
  { name: PG_SUITE, place: pgPlace, skip: !pgAvailable },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the store on ${backend.name}`, () => {
    it('starts empty, keeps what was put and reads it back after close and reopen', async () => {
      const place = await backend.place();
      const store = await place.open();
      expect(store.count('groups')).toBe(0);
      store.put('groups', 'g1', group('g1', { memberIds: ['m1'] }));
      await store.close();
      const reopened = await place.open();
      expect(reopened.get('groups', 'g1')).toEqual(group('g1', { memberIds: ['m1'] }));
      expect(reopened.getStats().seq).toBe(1);
      await reopened.close();
    });

    it('group-commits many changes made together into one write', async () => {
      const place = await backend.place();
      const store = await place.open();
      const before = store.getStats().commits;
      const waits = [];
      for (let i = 0; i < 100; i += 1) {
        store.put('groups', `g${i}`, group(`g${i}`));
        waits.push(store.committed());
      }
      await Promise.all(waits);
      expect(store.getStats().commits - before).toBe(1);
      expect(store.getStats().durableSeq).toBe(store.getStats().seq);
      await place.crash(store);
      const reopened = await place.open();
      expect(reopened.count('groups')).toBe(100);
      await reopened.close();
    });

    it('keeps everything acknowledged after a crash without close, and nothing deleted', async () => {
      const place = await backend.place();
      const store = await place.open();
      store.put('groups', 'kept', group('kept'));
      store.put('groups', 'gone', group('gone'));
      store.delete('groups', 'gone');
      await store.committed();
      store.put('groups', 'later', group('later'));
      await store.committed();
      await place.crash(store);
      const reopened = await place.open();
      expect(reopened.get('groups', 'kept')?.name).toBe('Groep kept');
      expect(reopened.get('groups', 'gone')).toBeUndefined();
      expect(reopened.get('groups', 'later')).toBeDefined();
      reopened.put('groups', 'after', group('after'));
      await reopened.committed();
      await place.crash(reopened);
      const third = await place.open();
      expect(third.count('groups')).toBe(3);
      await third.close();
    });

    it('reopens to exactly the live state after random puts, patches (set and unset) and deletes in random batches', async () => {
      const place = await backend.place();
      const store = await place.open({ snapshotEvery: 300 });
      const next = random(7);
      for (let batch = 0; batch < 60; batch += 1) {
        const size = 1 + Math.floor(next() * 40);
        for (let i = 0; i < size; i += 1) {
          const id = `g${Math.floor(next() * 25)}`;
          const roll = next();
          if (roll < 0.3) store.put('groups', id, group(id, { memberIds: [`m${batch}`], formerMembers: batch }));
          else if (roll < 0.75) store.patch('groups', id, next() < 0.5 ? { name: `N${batch}-${i}`, formerMembers: undefined } : { municipality: `M${i}`, demo: true });
          else if (roll < 0.85) store.update('groups', id, (g) => g.chatKeys.push(`telegram:${i}`));
          else store.delete('groups', id);
        }
        await store.committed();
      }
      await store.idle();
      const live = dump(store);
      await place.crash(store);
      const reopened = await place.open();
      expect(dump(reopened)).toEqual(live);
      await reopened.close();
    });

    it('keeps changes made while a snapshot is being written, even after a crash', async () => {
      const place = await backend.place();
      const store = await place.open();
      store.put('groups', 'a1', group('a1'));
      const snapshot = store.snapshot();
      store.put('groups', 'a2', group('a2'));
      await snapshot;
      await store.committed();
      await store.idle();
      await place.crash(store);
      const reopened = await place.open();
      expect(reopened.get('groups', 'a1')).toBeDefined();
      expect(reopened.get('groups', 'a2')).toBeDefined();
      await reopened.close();
    });

    it('loses nothing acknowledged when snapshots run often under concurrent commits', async () => {
      const place = await backend.place();
      const store = await place.open({ snapshotEvery: 50 });
      let next = 0;
      await Promise.all(
        Array.from({ length: 20 }, async () => {
          while (next < 1_000) {
            const id = `g${next++}`;
            store.put('groups', id, group(id));
            await store.committed();
          }
        }),
      );
      await store.idle();
      await place.crash(store);
      const reopened = await place.open();
      expect(reopened.count('groups')).toBe(1_000);
      expect(reopened.getStats().seq).toBe(1_000);
      await reopened.close();
    }, 30_000);

    it('moves entities to the archive, reads them back, prunes them, and does not load them at start', async () => {
      const place = await backend.place();
      const day = 86_400_000;
      let now = Date.UTC(2026, 0, 1, 12);
      const store = await place.open({ now: () => now });
      for (let i = 0; i < 5; i += 1) store.put('groups', `g${i}`, group(`g${i}`));
      await store.committed();
      expect(await store.archive('groups', ['g0', 'g1', 'g2'], (g) => g.id !== 'g2')).toBe(2);
      now += 3 * day;
      expect(await store.archive('groups', ['g3'])).toBe(1);
      const archived = [];
      for await (const entry of store.readArchive('groups', 0)) archived.push(entry.id);
      expect(archived.sort()).toEqual(['g0', 'g1', 'g2', 'g3']);
      const recent = [];
      for await (const entry of store.readArchive('groups', now - day)) recent.push(entry.value.name);
      expect(recent).toEqual(['Groep g3']);
      await store.close();
      const reopened = await place.open();
      expect(reopened.values('groups').map((g) => g.id).sort()).toEqual(['g2', 'g4']);
      expect(await reopened.pruneArchive(now - day)).toBe(3);
      const left = [];
      for await (const entry of reopened.readArchive('groups', 0)) left.push(entry.id);
      expect(left).toEqual(['g3']);
      await reopened.close();
    });

    it('erases matching entities from the archive (a member’s erasure), across day files, and keeps the rest', async () => {
      const place = await backend.place();
      const day = 86_400_000;
      let now = Date.UTC(2026, 0, 1, 12);
      const store = await place.open({ now: () => now });
      for (let i = 0; i < 6; i += 1) store.put('groups', `g${i}`, group(`g${i}`));
      await store.committed();
      expect(await store.archive('groups', ['g0', 'g1', 'g2'])).toBe(3);
      now += day;
      expect(await store.archive('groups', ['g3', 'g4'])).toBe(2);
      expect(await store.eraseFromArchive('groups', (g) => g.id === 'g1' || g.id === 'g4')).toBe(2);
      expect(await store.eraseFromArchive('groups', (g) => g.id === 'nobody')).toBe(0);
      await store.close();
      const reopened = await place.open();
      const left = [];
      for await (const entry of reopened.readArchive('groups', 0)) left.push(entry.id);
      expect(left.sort()).toEqual(['g0', 'g2', 'g3']);
      await reopened.close();
    });

    it('refuses data from a newer welkom', async () => {
      const place = await backend.place();
      const store = await place.open();
      store.put('groups', 'g', group('g'));
      await store.close();
      await place.setVersion(SCHEMA_VERSION + 1);
      await expect(place.open()).rejects.toThrow(StoreVersionError);
    });
  });
}

describe.skipIf(!pgAvailable)(`${PG_SUITE}: lease and migrations`, () => {
  it('lets one store at a time hold the database, and the next one in after it closes', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const first = await Store.open({ dataDir: '/nonexistent', databaseUrl: database.url, logger: silentLogger() });
    await expect(Store.open({ dataDir: '/nonexistent', databaseUrl: database.url, logger: silentLogger() })).rejects.toThrow(DatabaseInUseError);
    first.put('groups', 'g', group('g'));
    await first.close();
    const second = await Store.open({ dataDir: '/nonexistent', databaseUrl: database.url, logger: silentLogger() });
    expect(second.get('groups', 'g')).toBeDefined();
    await second.close();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const applied = await client.query('SELECT name FROM welkom_migrations ORDER BY name');
    await client.end();
    expect(applied.rows.map((row) => row.name)).toEqual(['001_store.sql']);
  });

  it('stores a text with the character U+0000 (which jsonb refuses) as U+FFFD instead of failing every commit', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const store = await Store.open({ dataDir: '/nonexistent', databaseUrl: database.url, logger: silentLogger() });
    store.put('groups', 'nul', group('nul', { name: 'a\u0000b' }));
    store.put('groups', 'text', group('text', { name: 'a\\u0000b' }));
    await store.committed();
    store.patch('groups', 'text', { municipality: '\u0000' });
    await store.close();
    const reopened = await Store.open({ dataDir: '/nonexistent', databaseUrl: database.url, logger: silentLogger() });
    expect(reopened.get('groups', 'nul')?.name).toBe('a\ufffdb');
    expect(reopened.get('groups', 'text')?.name).toBe('a\\u0000b');
    expect(reopened.get('groups', 'text')?.municipality).toBe('\ufffd');
    await reopened.close();
  });

  it('gives the lease up when a commit fails, so a standby takes over from the last committed state', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const lease = await PgLease.connect(database.url);
    expect(await lease.tryAcquire()).toBe(true);
    let lost: Error | undefined;
    lease.onLost((error) => (lost = error));
    const store = await Store.open({ dataDir: '/nonexistent', logger: silentLogger(), backend: new PgBackend({ lease, logger: silentLogger() }) });
    store.put('groups', 'kept', group('kept'));
    await store.committed();
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    await other.query('ALTER TABLE welkom_entities ADD CONSTRAINT short_ids CHECK (length(id) < 5)');
    await other.end();
    store.put('groups', 'too-long', group('too-long'));
    await expect(store.committed()).rejects.toThrow(/Writing postgresql:\/\/.* failed/);
    for (let i = 0; i < 100 && !lost; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lost).toBeDefined();
    const next = await Store.open({ dataDir: '/nonexistent', databaseUrl: database.url, logger: silentLogger() });
    expect(next.get('groups', 'kept')).toBeDefined();
    expect(next.get('groups', 'too-long')).toBeUndefined();
    await next.close();
    await store.close().catch(() => undefined);
  });

  it('gives the lease to a waiting connection the moment the holder’s connection dies', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const holder = await PgLease.connect(database.url);
    const waiter = await PgLease.connect(database.url);
    cleanups.push(async () => {
      await holder.release();
      await waiter.release();
    });
    expect(await holder.tryAcquire()).toBe(true);
    expect(await waiter.tryAcquire()).toBe(false);
    const taken = waiter.acquire(20);
    await holder.release();
    await taken;
    expect(waiter.isHeld).toBe(true);
  });
});
