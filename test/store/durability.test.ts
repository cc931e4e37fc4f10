// The store's guarantees across a crash mid-snapshot (a real process killed with SIGKILL), fuzzy snapshots with patches,
// the per-collection layout (and the older single file), and the archive (not read at start, pruned by day).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { SCHEMA_VERSION, type Group, type OutboxItem } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'welkom-durable-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const open = (dataDir: string, now?: () => number) => Store.open({ dataDir, logger: silentLogger(), now });
const group = (id: string): Group => ({ id, name: `Groep ${id}`, municipality: 'Utrecht', kind: 'welkomgroep', memberIds: [], chatKeys: [], createdBy: 'c', startsAt: 0, endsAt: 1 });

function outboxItem(id: string, state: OutboxItem['state'], updatedAt: number): OutboxItem {
  return {
    id,
    key: `k:${id}`,
    to: { channel: 'whatsapp', chatId: '31600000000' },
    message: { text: 'Hallo!', kind: 'reply' },
    priority: 'interactive',
    urgent: true,
    state,
    attempts: 1,
    notBefore: updatedAt,
    createdAt: updatedAt,
    updatedAt,
  };
}

describe('Store durability', () => {
  it('loses no acknowledged change when the process is killed (SIGKILL) in the middle of a snapshot', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/store-writer.ts', dir, '20000'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let output = '';
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const match of chunk.toString().matchAll(/^ack (\S+)$/gm)) acked.push(match[1]!);
    });
    let killedMidSnapshot = false;
    try {
      // Kill as soon as a collection file of a snapshot is half written while commits are being acknowledged.
      await new Promise<void>((resolve, reject) => {
        child.once('exit', () => reject(new Error(`the writer exited early:\n${output.slice(-2000)}`)));
        const poll = setInterval(() => {
          if (acked.length < 20) return;
          const snapshots = path.join(dir, 'snapshots');
          const writing = (existsSync(snapshots) ? readdirSync(snapshots) : []).some((name) => {
              try {
                return readdirSync(path.join(snapshots, name)).some((file) => file.endsWith('.tmp'));
              } catch {
                return false; // removed meanwhile
              }
            });
          if (!writing) return;
          clearInterval(poll);
          child.kill('SIGKILL');
          killedMidSnapshot = true;
          resolve();
        }, 1);
      });
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    expect(killedMidSnapshot).toBe(true);
    const reopened = await open(dir);
    const missing = acked.filter((id) => !reopened.get('groups', id));
    expect(missing).toEqual([]);
    expect(reopened.count('dedup')).toBe(20_000);
    await reopened.close();
  }, 60_000);

  it('keeps replayed changes through the next snapshot (a crash, a clean start and stop, another start)', async () => {
    const dir = tempDir();
    const first = await open(dir);
    first.put('groups', 'a', group('a'));
    first.put('outbox', 'o1', outboxItem('o1', 'queued', 1));
    first.patch('outbox', 'o1', { state: 'sending' });
    await first.committed();
    await first.idle(); // crash: no close, so these live only in the journal
    const second = await open(dir);
    await second.close(); // its snapshot must hold what the journal replay brought back
    const third = await open(dir);
    expect(third.get('groups', 'a')).toBeDefined();
    expect(third.get('outbox', 'o1')?.state).toBe('sending');
    await third.close();
  });

  it('replays patches over a snapshot taken while they were made (fields set and removed)', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.put('outbox', 'o1', { ...outboxItem('o1', 'queued', 1), reason: 'waiting' });
    await store.committed();
    const snapshot = store.snapshot({ full: true });
    store.patch('outbox', 'o1', { state: 'sent', reason: undefined, sentAt: 5 });
    await snapshot;
    await store.committed();
    await store.idle(); // crash without close
    const reopened = await open(dir);
    const item = reopened.get('outbox', 'o1')!;
    expect(item.state).toBe('sent');
    expect(item.sentAt).toBe(5);
    expect('reason' in item).toBe(false);
    expect(item.message.text).toBe('Hallo!');
    await reopened.close();
  });

  it('journals only the changed fields of a patch', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.put('outbox', 'o1', { ...outboxItem('o1', 'queued', 1), message: { text: 'x'.repeat(2_000), kind: 'reply' } });
    await store.committed();
    const before = store.getStats().journalBytes;
    store.patch('outbox', 'o1', { state: 'sent', updatedAt: 2 });
    await store.committed();
    expect(store.getStats().journalBytes - before).toBeLessThan(150);
    await store.close();
  });

  it('writes one lowdb file per collection and rewrites only the collections that changed', async () => {
    const dir = tempDir();
    const store = await open(dir);
    store.put('groups', 'a', group('a'));
    store.put('dedup', 'd', { key: 'd', at: 1 });
    await store.snapshot();
    const manifest = JSON.parse(readFileSync(path.join(dir, 'welkom.json'), 'utf8'));
    expect(manifest).toMatchObject({ version: SCHEMA_VERSION });
    expect(manifest.files.sort()).toEqual(['dedup', 'groups']);
    expect(manifest.dir).toMatch(/^snapshots\//);
    writeFileSync(snapshotFile(dir, 'dedup'), JSON.stringify({ d: { key: 'd', at: 1 }, marker: { key: 'marker', at: 2 } })); // not rewritten by the next snapshot
    store.put('groups', 'b', group('b'));
    await store.snapshot();
    expect(JSON.parse(readFileSync(snapshotFile(dir, 'dedup'), 'utf8')).marker).toBeDefined();
    expect(Object.keys(JSON.parse(readFileSync(snapshotFile(dir, 'groups'), 'utf8'))).sort()).toEqual(['a', 'b']);
    // One snapshot folder at a time: the previous one is removed once the manifest names the new one.
    expect(readdirSync(path.join(dir, 'snapshots'))).toHaveLength(1);
    await store.close();
  });

  it('opens a store in the older single-file layout, converts it and keeps the old file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'welkom.json'), JSON.stringify({ version: SCHEMA_VERSION, seq: 3, groups: { old: group('old') }, members: {} }));
    const store = await open(dir);
    expect(store.get('groups', 'old')?.name).toBe('Groep old');
    await store.close();
    expect(JSON.parse(readFileSync(path.join(dir, 'welkom.json'), 'utf8')).files).toEqual(['groups']);
    expect(readdirSync(path.join(dir, 'backups')).some((name) => name.startsWith('welkom-before-per-collection-files'))).toBe(true);
    const reopened = await open(dir);
    expect(reopened.get('groups', 'old')).toBeDefined();
    await reopened.close();
  });

  it('a daily backup is one file with every collection inline, which opens as a store', async () => {
    const dir = tempDir();
    const store = await open(dir, () => Date.UTC(2026, 5, 1));
    store.put('groups', 'a', group('a'));
    await store.close();
    await (await open(dir, () => Date.UTC(2026, 5, 2))).close(); // the first snapshot of a day is copied
    const restored = tempDir();
    writeFileSync(path.join(restored, 'welkom.json'), readFileSync(path.join(dir, 'backups', 'welkom-2026-06-02.json')));
    const reopened = await open(restored);
    expect(reopened.get('groups', 'a')).toBeDefined();
    await reopened.close();
  });
});

describe('Store archive', () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 5, 20, 12);

  it('moves entities to the archive, which start-up does not read, and readArchive returns them', async () => {
    const dir = tempDir();
    const store = await open(dir, () => now);
    store.put('outbox', 'old', outboxItem('old', 'sent', now - 3 * DAY));
    store.put('outbox', 'new', outboxItem('new', 'queued', now));
    await store.committed();
    expect(await store.archive('outbox', ['old'], (item) => item.state === 'sent', (item) => item.updatedAt)).toBe(1);
    expect(store.get('outbox', 'old')).toBeUndefined();
    await store.close();
    // Start-up never parses the archive: even a broken archive file does not stop it.
    appendBroken(path.join(dir, 'archive'));
    const reopened = await open(dir, () => now);
    expect(reopened.values('outbox').map((item) => item.id)).toEqual(['new']);
    const archived = [];
    for await (const entry of reopened.readArchive('outbox', now - 5 * DAY)) archived.push(entry);
    expect(archived.map((entry) => entry.value.id)).toEqual(['old']);
    await reopened.close();
  });

  it('keeps an entity live when it changed while the archive was written', async () => {
    const dir = tempDir();
    const store = await open(dir, () => now);
    store.put('outbox', 'o', outboxItem('o', 'sent', now - 2 * DAY));
    await store.committed();
    const archiving = store.archive('outbox', ['o'], (item) => item.state === 'sent');
    store.patch('outbox', 'o', { state: 'queued' }); // e.g. sent again after a late failure
    expect(await archiving).toBe(0);
    expect(store.get('outbox', 'o')?.state).toBe('queued');
    await store.close();
  });

  it('prunes archive days older than the cut-off and keeps the rest', async () => {
    const dir = tempDir();
    const store = await open(dir, () => now);
    for (const days of [20, 15, 13, 1]) store.put('outbox', `o${days}`, outboxItem(`o${days}`, 'sent', now - days * DAY));
    await store.committed();
    await store.archive('outbox', ['o20', 'o15', 'o13', 'o1'], () => true, (item) => item.updatedAt);
    expect(await store.pruneArchive(now - 14 * DAY)).toBe(2);
    const left = [];
    for await (const entry of store.readArchive('outbox')) left.push(entry.id);
    expect(left.sort()).toEqual(['o1', 'o13']);
    await store.close();
  });
});

/** A collection's file in the current snapshot folder (named by the manifest welkom.json). */
function snapshotFile(dataDir: string, collection: string): string {
  return path.join(dataDir, JSON.parse(readFileSync(path.join(dataDir, 'welkom.json'), 'utf8')).dir, `${collection}.json`);
}

/** Adds a file with a broken line to the archive folder. */
function appendBroken(archiveDir: string): void {
  mkdirSync(archiveDir, { recursive: true });
  writeFileSync(path.join(archiveDir, 'outbox-2026-06-19.jsonl'), '{"i":"broken","a":1,"v":{"id":', { flag: 'a' });
}
