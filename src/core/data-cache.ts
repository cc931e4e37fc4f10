// A cache of what welkom derives from its data files (the practice deck): the same bytes give the same checked result, so
// a start with unchanged files reads one JSON file instead of parsing and checking the YAML again.
//
// The key is a SHA-256 of the files' names and bytes and of a rules version that the caller raises whenever its checks
// change; any edit of a file is a different key, so it is parsed and checked again (and a broken file still stops
// start-up). The cache lives in node_modules/.cache/welkom/ (where build tools keep theirs; `npm ci` clears it) and is
// best effort: when it cannot be read or written, the result is computed as if there were none.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths.js';

export const DATA_CACHE_DIR = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'welkom');

export interface CachedFiles {
  /** What is cached, e.g. `deck` (the file name's prefix). */
  name: string;
  /** Raised by the caller whenever what it checks or produces changes. */
  rulesVersion: number;
  /** The files it is derived from, with their text. */
  files: Array<{ name: string; text: string }>;
  /** Where the cache lives (default DATA_CACHE_DIR); `false` turns it off. */
  dir?: string | false;
}

/**
 * Returns the cached JSON for these files, or runs `compute` (which throws on bad input: nothing is cached then), stores
 * `encode(result)` and returns the result. `decode` turns the stored JSON back into the result.
 */
export function cachedFromFiles<T, J>(options: CachedFiles, compute: () => T, encode: (value: T) => J, decode: (json: J) => T): T {
  const dir = options.dir ?? DATA_CACHE_DIR;
  if (dir === false) return compute();
  const hash = createHash('sha256').update(`${options.name}\0${options.rulesVersion}\0`);
  for (const file of options.files) hash.update(`${file.name}\0${file.text}\0`);
  const file = path.join(dir, `${options.name}-${hash.digest('hex').slice(0, 32)}.json`);
  try {
    return decode(JSON.parse(readFileSync(file, 'utf8')) as J);
  } catch {
    // not cached yet (or unreadable): compute it
  }
  const value = compute();
  try {
    mkdirSync(dir, { recursive: true });
    // One cached version per name: older ones are for files that changed since.
    const same = new RegExp(`^${options.name.replace(/[^A-Za-z0-9]/g, '\\$&')}-[0-9a-f]{32}\\.json$`);
    for (const old of readdirSync(dir)) if (same.test(old) && path.join(dir, old) !== file) unlinkSync(path.join(dir, old));
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(encode(value)));
    renameSync(temp, file);
  } catch {
    // a read-only install: no cache, nothing lost
  }
  return value;
}
