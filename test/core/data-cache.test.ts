// The data cache (src/core/data-cache.ts): unchanged files give the cached result without computing; any change of a
// file, of the rules version or a failing check computes again; it never breaks loading when it cannot write.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedFromFiles } from '../../src/core/data-cache.js';
import { loadDeck } from '../../src/features/practice/deck.js';
import { loadWords, wordsOfDeck } from '../../src/features/practice/source.js';
import { PROJECT_ROOT } from '../../src/core/paths.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'welkom-cache-'));
  dirs.push(dir);
  return dir;
}

/** A cached "parse" that counts how often it really ran. */
function counting(dir: string) {
  let runs = 0;
  const load = (files: Array<{ name: string; text: string }>, rulesVersion = 1, name = 'things') =>
    cachedFromFiles(
      { name, rulesVersion, files, dir },
      () => {
        runs += 1;
        if (files.some((file) => file.text.includes('broken'))) throw new Error('broken file');
        return { words: files.map((file) => file.text.toUpperCase()), when: new Map([['a', 1]]) };
      },
      (value) => ({ words: value.words, when: [...value.when] }),
      (json: { words: string[]; when: Array<[string, number]> }) => ({ words: json.words, when: new Map(json.when) }),
    );
  return { load, runs: () => runs };
}

describe('data cache', () => {
  it('computes once for the same files, and the cached result equals the computed one', () => {
    const cache = counting(tempDir());
    const files = [{ name: 'a.yaml', text: 'huis' }, { name: 'b.yaml', text: 'fiets' }];
    const first = cache.load(files);
    const second = cache.load(files);
    expect(cache.runs()).toBe(1);
    expect(second).toEqual(first);
    expect(second.when.get('a')).toBe(1);
  });

  it('computes again when a file, a file name or the rules version changes', () => {
    const cache = counting(tempDir());
    cache.load([{ name: 'a.yaml', text: 'huis' }]);
    expect(cache.load([{ name: 'a.yaml', text: 'huizen' }]).words).toEqual(['HUIZEN']);
    cache.load([{ name: 'c.yaml', text: 'huizen' }]);
    cache.load([{ name: 'c.yaml', text: 'huizen' }], 2);
    expect(cache.runs()).toBe(4);
  });

  it('caches nothing when the check fails: the error comes every time', () => {
    const cache = counting(tempDir());
    const files = [{ name: 'a.yaml', text: 'broken' }];
    expect(() => cache.load(files)).toThrow('broken file');
    expect(() => cache.load(files)).toThrow('broken file');
    expect(cache.runs()).toBe(2);
  });

  it('keeps one cached version per name, and a name that starts another is not mixed up with it', () => {
    const dir = tempDir();
    const cache = counting(dir);
    cache.load([{ name: 'a', text: 'x' }], 1, 'flow-join');
    cache.load([{ name: 'a', text: 'y' }], 1, 'flow-join-volunteer');
    cache.load([{ name: 'a', text: 'z' }], 1, 'flow-join');
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(2);
    expect(names.filter((name) => name.startsWith('flow-join-volunteer-'))).toHaveLength(1);
  });

  it('still loads when the cache cannot be written (computing each time)', () => {
    const dir = tempDir();
    // A file where the cache folder should be: nothing can be written there (also for root, unlike file modes).
    writeFileSync(path.join(dir, 'sub'), 'not a folder');
    const cache = counting(path.join(dir, 'sub'));
    expect(cache.load([{ name: 'a', text: 'x' }]).words).toEqual(['X']);
    expect(cache.load([{ name: 'a', text: 'x' }]).words).toEqual(['X']);
    expect(cache.runs()).toBe(2);
  });

  it('a corrupt cache file is computed again, not trusted', () => {
    const dir = tempDir();
    const cache = counting(dir);
    cache.load([{ name: 'a', text: 'x' }]);
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file!), '{"words": [');
    expect(cache.load([{ name: 'a', text: 'x' }]).words).toEqual(['X']);
    expect(cache.runs()).toBe(2);
  });

  it('the deck read through the cache is the deck loadDeck checks', () => {
    const direct = wordsOfDeck(loadDeck(path.join(PROJECT_ROOT, 'deck')));
    const cached = loadWords(PROJECT_ROOT);
    expect([...cached.words.entries()]).toEqual([...direct.words.entries()]);
    expect(cached.themes).toEqual(direct.themes);
    expect([...cached.byTheme.keys()]).toEqual([...direct.byTheme.keys()]);
  });
});
