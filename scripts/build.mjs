// Builds dist/ from src/ when it is missing or older than the sources (shared by scripts/start.mjs and bin/welkom.js).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = path.join(ROOT, 'dist', 'src', 'main.js');

/** Newest modification time of the .ts files under `dir` (ms; 0 when there are none or the folder is absent). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(file) : entry.name.endsWith('.ts') ? statSync(file).mtimeMs : 0);
  }
  return time;
}

/** Modification time of a file, 0 when it is absent (e.g. in the container image, which has no sources). */
function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

export function isStale() {
  if (!existsSync(ENTRY)) return true;
  const sources = Math.max(newest(path.join(ROOT, 'src')), mtime(path.join(ROOT, 'tsconfig.json')), mtime(path.join(ROOT, 'tsconfig.build.json')));
  return sources > statSync(ENTRY).mtimeMs;
}

/** Compiles into a fresh folder and swaps it in, so a start running at the same time never sees half a build. Returns whether it worked. */
export function build() {
  if (!existsSync(path.join(ROOT, 'src', 'main.ts')) || !existsSync(path.join(ROOT, 'tsconfig.build.json'))) return false; // nothing to build yet (e.g. npm ci before the sources are copied)
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return false;
  }
  const temp = path.join(ROOT, `dist.building-${process.pid}`);
  process.stderr.write('welkom: compiling TypeScript to dist/ (once after each change of src/) …\n');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', temp], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(path.join(temp, 'src', 'main.js'))) {
    rmSync(temp, { recursive: true, force: true });
    return false;
  }
  rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  try {
    renameSync(temp, path.join(ROOT, 'dist'));
  } catch {
    rmSync(temp, { recursive: true, force: true }); // another start built it at the same moment
  }
  return existsSync(ENTRY);
}

