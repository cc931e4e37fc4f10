// `npm start`: runs the compiled JavaScript in dist/ (fast start), building it first when it is missing or older than src/.
// `node scripts/start.mjs --build-only` only builds (npm's `prepare` runs it on install; it never fails the install).
// Without TypeScript installed (and no usable build) it falls back to running the sources with tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = path.join(ROOT, 'dist', 'src', 'main.js');
const buildOnly = process.argv.includes('--build-only');

/** Newest modification time of the files under `dir` (ms). */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(file) : entry.name.endsWith('.ts') ? statSync(file).mtimeMs : 0);
  }
  return time;
}

function isStale() {
  if (!existsSync(ENTRY)) return true;
  const sources = Math.max(newest(path.join(ROOT, 'src')), statSync(path.join(ROOT, 'tsconfig.json')).mtimeMs, statSync(path.join(ROOT, 'tsconfig.build.json')).mtimeMs);
  return sources > statSync(ENTRY).mtimeMs;
}

/** Compiles into a fresh folder and swaps it in, so a start running at the same time never sees half a build. Returns whether it worked. */
function build() {
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

const ready = !isStale() || build();
if (buildOnly) {
  if (!ready) process.stderr.write('welkom: could not build dist/ now; `npm start` will try again or run the sources with tsx.\n');
} else if (ready) {
  await import(pathToFileURL(ENTRY).href);
} else {
  process.stderr.write('welkom: no usable build; running the TypeScript sources with tsx (slower start).\n');
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(ROOT, 'src', 'main.ts')).href);
}
