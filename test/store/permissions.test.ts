// Personal data on disk is readable by welkom's user only: DATA_DIR and every folder in it 0700, every file 0600 — also when
// the operator created DATA_DIR with looser rights, and whatever the process umask is.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { Store } from '../../src/store/store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function modes(root: string): Array<{ file: string; mode: number; dir: boolean }> {
  const out: Array<{ file: string; mode: number; dir: boolean }> = [];
  const walk = (dir: string) => {
    const stat = statSync(dir);
    out.push({ file: dir, mode: stat.mode & 0o777, dir: true });
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else out.push({ file: full, mode: s.mode & 0o777, dir: false });
    }
  };
  walk(root);
  return out;
}

describe('file permissions of the store', () => {
  it('DATA_DIR and its folders are 0700 and every file 0600, even in a folder made 0755 under umask 000', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'welkom-perm-'));
    dirs.push(parent);
    const dataDir = path.join(parent, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const umask = process.umask(0o000);
    try {
      const store = await Store.open({ dataDir, logger: silentLogger() });
      store.put('members', 'm1', { id: 'm1', name: 'Amal', role: 'newcomer', locale: 'ar', identities: ['whatsapp:31612345678'], groupIds: [], profile: {}, timeZone: 'Europe/Amsterdam', createdAt: 0 });
      await store.committed();
      await store.snapshot();
      await store.archive('members', ['m1']);
      await store.close();
    } finally {
      process.umask(umask);
    }
    const found = modes(dataDir);
    expect(found.some((f) => f.file.endsWith('welkom.json'))).toBe(true);
    expect(found.some((f) => f.file.includes(`${path.sep}journal${path.sep}`))).toBe(true);
    expect(found.some((f) => f.file.includes(`${path.sep}archive${path.sep}`))).toBe(true);
    expect(found.some((f) => f.file.includes(`${path.sep}backups${path.sep}`))).toBe(true);
    for (const entry of found) expect({ file: path.relative(parent, entry.file), mode: entry.mode.toString(8) }).toEqual({ file: path.relative(parent, entry.file), mode: entry.dir ? '700' : '600' });
  });
});
