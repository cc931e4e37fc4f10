// Tests for src/store/store.ts: group commit, durability, replay, corruption refusal, migration, backups and cost per commit.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { StoreCorruptError, StoreVersionError } from '../../src/store/errors.js';
import { migrate } from '../../src/store/migrations.js';
import { SCHEMA_VERSION, type Group } from '../../src/store/schema.js';
import { SOON_MS, Store } from '../../src/store/store.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'welkom-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const open = (dataDir: string, extra: Partial<Parameters<typeof Store.open>[0]> = {}) => Store.open({ dataDir, logger: silentLogger(), ...extra });

function group(id: string): Group {
  return { id, name: `Groep ${id}`, municipality: 'Utrecht', kind: 'welkomgroep', memberIds: [], chatKeys: [], createdBy: 'c', startsAt: 0, endsAt: 1 };
}

/** A collection's file in the current snapshot folder (named by the manifest welkom.json). */
function snapshotFile(dataDir: string, collection: string): string {
  return path.join(dataDir, JSON.parse(readFileSync(path.join(dataDir, 'welkom.json'), 'utf8')).dir, `${collection}.json`);
}

function journalBytes(dataDir: string): number {
  return readdirSync(path.join(dataDir, 'journal')).reduce((sum, name) => sum + statSync(path.join(dataDir, 'journal', name)).size, 0);
}

describe('Store', () => {
  it('starts empty with the current schema version and writes welkom.json with mode 0600', async () => {
    const dir = tempDir();
    const store = await open(dir);
    expect(store.count('groups')).toBe(0);
    const file = path.join(dir, 'welkom.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(SCHEMA_VERSION);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await store.close();
  });

  it('counts entities through puts, overwrites, deletes, patches and archiving (the count is kept, not recounted)', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const group = (id: string) => ({ id, name: id, municipality: 'Utrecht', kind: 'welkomgroep' as const, memberIds: [], chatKeys: [], createdBy: 'm', startsAt: 0, endsAt: 1 });
    expect(store.count('groups')).toBe(0);
    for (let i = 0; i < 50; i += 1) store.put('groups', `g${i}`, group(`g${i}`));
    store.put('groups', 'g1', group('g1')); // an overwrite is not a new one
    store.patch('groups', 'g2', { name: 'twee' });
    store.delete('groups', 'g3');
    store.delete('groups', 'g3'); // already gone
    store.delete('groups', 'nobody');
    expect(store.count('groups')).toBe(49);
    await store.committed();
    expect(await store.archive('groups', ['g4', 'g5'])).toBe(2);
    expect(store.count('groups')).toBe(47);
    expect(store.count('groups')).toBe(store.values('groups').length);
    await store.close();
  });

  it('group-commits many changes made together into one fsynced write', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const before = store.getStats().commits;
    const waits = [];
    for (let i = 0; i < 100; i += 1) {
      store.put('groups', `g${i}`, group(`g${i}`));
      waits.push(store.committed());
    }
    await Promise.all(waits);
    expect(store.getStats().commits - before).toBe(1);
    expect(store.getStats().durableSeq).toBe(store.getStats().seq);
    // The changes are in the journal file before committed() resolved.
    expect(readFileSync(path.join(dir, 'journal', readdirSync(path.join(dir, 'journal'))[0]!), 'utf8')).toContain('"g99"');
    await store.close();
  });

  it('commits changes made while a write is in flight in the next write, and resolves each waiter after its own change', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.put('groups', 'a', group('a'));
    const first = store.committed();
    await new Promise((resolve) => setImmediate(resolve));
    store.put('groups', 'b', group('b'));
    const second = store.committed();
    await first;
    await second;
    expect(store.getStats().durableSeq).toBe(store.getStats().seq);
    await store.close();
  });

  it('commits a change made "soon" with the next commit, at once when someone waits, else after SOON_MS', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.put('groups', 'a', group('a'));
    await store.committed();
    const commits = () => store.getStats().commits;
    const before = commits();
    const turns = async (count: number) => {
      for (let i = 0; i < count; i += 1) await new Promise((resolve) => setImmediate(resolve));
    };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // Alone, it starts no write ...
      store.patch('groups', 'a', { name: 'een' }, { soon: true });
      await turns(5);
      expect(commits()).toBe(before);
      expect(store.getStats().durableSeq).toBeLessThan(store.getStats().seq);
      // ... the next change that needs one takes it along: one write for both.
      store.put('groups', 'b', group('b'));
      await store.committed();
      expect(commits()).toBe(before + 1);

      // Nothing else happens: it is written SOON_MS later.
      store.patch('groups', 'b', { name: 'twee' }, { soon: true });
      await vi.advanceTimersByTimeAsync(SOON_MS - 1);
      expect(commits()).toBe(before + 1);
      await vi.advanceTimersByTimeAsync(1);
      for (let i = 0; i < 1_000 && store.getStats().durableSeq < store.getStats().seq; i += 1) await turns(1);
      expect(store.getStats().durableSeq).toBe(store.getStats().seq);
      expect(commits()).toBe(before + 2);

      // Someone waits for it: it is written at once.
      store.patch('groups', 'a', { name: 'drie' }, { soon: true });
      await store.committed();
      expect(commits()).toBe(before + 3);
    } finally {
      vi.useRealTimers();
    }
    // A crash (no final snapshot): every one of them is in the journal.
    await store.backend.close();
    const reopened = await open(dir);
    expect(reopened.get('groups', 'a')?.name).toBe('drie');
    expect(reopened.get('groups', 'b')?.name).toBe('twee');
    await reopened.close();
  });

  it('replays the journal after a crash (no final snapshot) and ignores a torn last line', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.put('groups', 'kept', group('kept'));
    store.put('groups', 'gone', group('gone'));
    store.delete('groups', 'gone');
    await store.committed();
    // Simulate a crash: do not close. Append half a record, as a power cut mid-write would.
    const segment = path.join(dir, 'journal', readdirSync(path.join(dir, 'journal')).sort().at(-1)!);
    appendFileSync(segment, '{"s":999,"c":"groups","i":"torn","v":{"na');
    const reopened = await open(dir);
    expect(reopened.get('groups', 'kept')?.name).toBe('Groep kept');
    expect(reopened.get('groups', 'gone')).toBeUndefined();
    expect(reopened.get('groups', 'torn')).toBeUndefined();
    // And it keeps working after the torn line.
    reopened.put('groups', 'after', group('after'));
    await reopened.committed();
    const third = await open(dir);
    expect(third.get('groups', 'after')).toBeDefined();
    await third.close();
    await reopened.close().catch(() => undefined);
  });

  it('keeps changes made while a snapshot is being written, even after a crash', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.put('groups', 'a1', group('a1'));
    const snapshot = store.snapshot();
    store.put('groups', 'a2', group('a2'));
    await snapshot;
    await store.committed();
    await store.idle();
    // Crash: no close. Both changes were acknowledged, so both must come back.
    const reopened = await open(dir);
    expect(reopened.get('groups', 'a1')).toBeDefined();
    expect(reopened.get('groups', 'a2')).toBeDefined();
    await reopened.close();
  });

  it('loses nothing acknowledged when snapshots run often under concurrent commits', async () => {
    const dir = tempDir();
    const store = await open(dir, { snapshotEvery: 50 });
    let next = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < 2_000) {
          const id = `g${next++}`;
          store.put('groups', id, group(id));
          await store.committed();
        }
      }),
    );
    await store.idle(); // then crash: the first store is never closed
    const reopened = await open(dir);
    expect(reopened.count('groups')).toBe(2_000);
    await reopened.close();
  }, 30_000);

  it('never appends to a segment that ends in a torn line', async () => {
    const dir = tempDir();
    await (await open(dir)).close();
    const second = await open(dir);
    const journal = path.join(dir, 'journal');
    const segment = path.join(journal, readdirSync(journal).sort().at(-1)!);
    appendFileSync(segment, '{"s":2,"c":"dedup","i":"y","v":{"ke');
    await second.close().catch(() => undefined);
    const third = await open(dir);
    third.put('groups', 'z', group('z'));
    await third.committed();
    const fourth = await open(dir); // crash of the third, then a start that must still work
    expect(fourth.get('groups', 'z')).toBeDefined();
    await fourth.close();
  });

  it('refuses a journal with a gap in its sequence', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.put('groups', 'a', group('a'));
    await store.committed();
    const segment = path.join(dir, 'journal', readdirSync(path.join(dir, 'journal')).sort().at(-1)!);
    appendFileSync(segment, '{"s":9,"c":"groups","i":"b","v":{}}\n');
    await expect(open(dir)).rejects.toThrow(/changes 2 to 8 are missing from the journal/);
  });

  it('snapshots on close and removes the journal segments the snapshot covers', async () => {
    const dir = tempDir();
    const store = await open(dir);
    for (let i = 0; i < 10; i += 1) store.put('groups', `g${i}`, group(`g${i}`));
    await store.close();
    const groups = JSON.parse(readFileSync(snapshotFile(dir, 'groups'), 'utf8'));
    expect(Object.keys(groups)).toHaveLength(10);
    expect(readdirSync(path.join(dir, 'journal'))).toHaveLength(1);
    const reopened = await open(dir);
    expect(reopened.count('groups')).toBe(10);
    await reopened.close();
  });

  it('writes a background snapshot after SNAPSHOT_EVERY records', async () => {
    const dir = tempDir();
    const store = await open(dir, { snapshotEvery: 50 });
    for (let i = 0; i < 60; i += 1) store.put('groups', `g${i}`, group(`g${i}`));
    await store.committed();
    await store.idle(); // the background snapshot started with that commit; wait for it to finish
    expect(store.getStats().snapshots).toBeGreaterThanOrEqual(2);
    const groups = JSON.parse(readFileSync(snapshotFile(dir, 'groups'), 'utf8'));
    expect(Object.keys(groups).length).toBeGreaterThanOrEqual(50);
    await store.close();
  });

  it('refuses a corrupt welkom.json with a clear message and leaves it untouched', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'welkom.json');
    writeFileSync(file, '{"version":1,"groups":{"g1":');
    const before = readFileSync(file);
    await expect(open(dir)).rejects.toThrow(StoreCorruptError);
    await expect(open(dir)).rejects.toThrow(/cannot be read .*invalid JSON.*left the file untouched/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, 'journal'))).toBe(false);
  });

  it('refuses a journal with a broken line in the middle', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.put('groups', 'a', group('a'));
    await store.committed();
    const segment = path.join(dir, 'journal', readdirSync(path.join(dir, 'journal')).sort().at(-1)!);
    appendFileSync(segment, 'garbage\n{"s":50,"c":"groups","i":"b","v":{}}\n');
    await expect(open(dir)).rejects.toThrow(/line 2/);
    await store.close().catch(() => undefined);
  });

  it('refuses data from a newer welkom', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'welkom.json'), JSON.stringify({ version: SCHEMA_VERSION + 1, seq: 0 }));
    await expect(open(dir)).rejects.toThrow(StoreVersionError);
  });

  it('migrates an unversioned store, keeping a copy of the old file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'welkom.json'), JSON.stringify({ groups: { old: group('old') } }));
    const store = await open(dir);
    expect(store.get('groups', 'old')?.name).toBe('Groep old');
    expect(JSON.parse(readFileSync(path.join(dir, 'welkom.json'), 'utf8')).version).toBe(SCHEMA_VERSION);
    expect(readdirSync(path.join(dir, 'backups')).some((name) => name.startsWith('welkom-before-v'))).toBe(true);
    await store.close();
  });

  it('applies migrations step by step and fails clearly when one is missing', () => {
    const steps = { 0: (d: Record<string, unknown>) => ({ ...d, a: 1 }), 1: (d: Record<string, unknown>) => ({ ...d, b: 2 }) };
    const { data, migrated } = migrate({}, steps, 2);
    expect(migrated).toBe(true);
    expect(data).toMatchObject({ a: 1, b: 2, version: 2 });
    expect(() => migrate({ version: 1 }, { 0: (d) => d }, 2)).toThrow(/No migration from schema version 1 to 2/);
  });

  it('keeps one backup per day and only the newest seven', async () => {
    const dir = tempDir();
    let now = Date.UTC(2026, 0, 1, 12);
    for (let day = 0; day < 10; day += 1) {
      const store = await open(dir, { now: () => now });
      store.put('groups', `g${day}`, group(`g${day}`));
      await store.close();
      now += 86_400_000;
    }
    const daily = readdirSync(path.join(dir, 'backups')).filter((name) => /^welkom-\d{4}-\d{2}-\d{2}\.json$/.test(name));
    expect(daily).toHaveLength(7);
    expect(daily.sort().at(-1)).toBe('welkom-2026-01-10.json');
    expect(statSync(path.join(dir, 'backups', daily[0]!)).mode & 0o777).toBe(0o600);
  });

  it('writes the same number of bytes for a commit at 10,000 groups as at 100 (cost does not grow with the store)', async () => {
    const measure = async (groups: number) => {
      const dir = tempDir();
      const store = await open(dir);
      for (let i = 0; i < groups; i += 1) store.put('groups', `g${String(i).padStart(5, '0')}`, group(`g${String(i).padStart(5, '0')}`));
      await store.close();
      const reopened = await open(dir);
      const before = journalBytes(dir);
      const commitsBefore = reopened.getStats().commits;
      reopened.put('members', 'm1', { id: 'm1', name: 'Sara', role: 'newcomer', locale: 'ar', identities: [], groupIds: ['g00001'], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 1 });
      reopened.update('groups', 'g00001', (g) => g.memberIds.push('m1'));
      await reopened.committed();
      const result = { bytes: journalBytes(dir) - before, commits: reopened.getStats().commits - commitsBefore };
      await reopened.close();
      return result;
    };
    const small = await measure(100);
    const large = await measure(10_000);
    expect(large.commits).toBe(1);
    expect(small.commits).toBe(1);
    // Only the sequence numbers are longer (two records, two more digits each); nothing else of the 100× larger store is written.
    expect(large.bytes - small.bytes).toBeLessThanOrEqual(4);
    expect(large.bytes).toBeLessThan(1_000);
  }, 60_000);
});
