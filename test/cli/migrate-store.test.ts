// `welkom migrate-store`: a JSON store (with archive) copied into an empty PostgreSQL database, checked, and refused twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { canonicalJson, collectionHash } from '../../src/cli/migrate-store.js';
import { COLLECTIONS, type Group } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';
import { runCli } from '../helpers/cli.js';
import { createTestDatabase, PG_SUITE, pgAvailable, type TestDatabase } from '../helpers/pg.js';

const dirs: string[] = [];
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  for (const database of databases) await database.drop();
});

function group(id: string): Group {
  return { id, name: `Groep ${id} — “ü” ✓`, municipality: 'Utrecht', kind: 'welkomgroep', memberIds: ['m1', 'm2'], chatKeys: [], createdBy: 'c', startsAt: 0, endsAt: 1 };
}

describe('collection hashes', () => {
  it('do not depend on key order or entry order, and do see a changed value', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(collectionHash([['x', { a: 1, b: 2 }], ['y', {}]])).toBe(collectionHash([['y', {}], ['x', { b: 2, a: 1 }]]));
    expect(collectionHash([['x', { a: 1 }]])).not.toBe(collectionHash([['x', { a: 2 }]]));
  });
});

describe.skipIf(!pgAvailable)(`${PG_SUITE}: welkom migrate-store`, () => {
  it('copies a JSON store into an empty database, checks every collection, and refuses a database that is not empty', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'welkom-migrate-'));
    dirs.push(dir);
    const database = await createTestDatabase();
    databases.push(database);
    const source = await Store.open({ dataDir: dir, logger: silentLogger() });
    for (let i = 0; i < 300; i += 1) source.put('groups', `g${i}`, group(`g${i}`));
    source.put('members', 'm1', { id: 'm1', name: 'Sara', role: 'newcomer', locale: 'ar', identities: ['whatsapp:31600000000'], groupIds: ['g1'], profile: { talen: ['ar', 'en'] }, timeZone: 'Europe/Amsterdam', createdAt: 1 });
    source.patch('groups', 'g1', { demo: true });
    await source.committed();
    await source.archive('groups', ['g299']);
    const expected = Object.fromEntries(COLLECTIONS.map((name) => [name, collectionHash(source.entries(name))]));
    await source.close();

    const result = await runCli(['migrate-store', '--to', database.url, '--data-dir', dir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/groups\s+299\s+299\s+\w+ \/ \w+\s+ok/);
    expect(result.stdout).toMatch(/archive\s+1\s+1\s+ok/);
    expect(result.stdout).toContain('Every collection matches');

    const copy = await Store.open({ dataDir: dir, databaseUrl: database.url, logger: silentLogger() });
    for (const name of COLLECTIONS) expect(collectionHash(copy.entries(name)), name).toBe(expected[name]);
    expect(copy.get('members', 'm1')?.profile.talen).toEqual(['ar', 'en']);
    const archived = [];
    for await (const entry of copy.readArchive('groups', 0)) archived.push(entry.id);
    expect(archived).toEqual(['g299']);
    await copy.close();

    const again = await runCli(['migrate-store', '--to', database.url, '--data-dir', dir]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already holds welkom data');
  }, 60_000);
});
