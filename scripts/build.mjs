// Builds dist/ from src/ when it is missing or older than the sources (shared by scripts/start.mjs and bin/welkom.js):
// esbuild bundles the bot and the CLI, each with its libraries, into one ES module (dist/main.js, dist/cli.js), because
// loading one file is ≈ 0.6 s faster at start-up than resolving and loading hundreds (see docs/benchmarks.md). Types are
// checked by `npm run typecheck` (tsc), not here.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRY = path.join(ROOT, 'dist', 'main.js');
/** The admin CLI (`npx welkom`), bundled the same way. */
export const CLI_ENTRY = path.join(ROOT, 'dist', 'cli.js');

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
  const sources = Math.max(newest(path.join(ROOT, 'src')), mtime(path.join(ROOT, 'tsconfig.json')), mtime(path.join(ROOT, 'package-lock.json')), mtime(path.join(ROOT, 'scripts', 'build.mjs')));
  return sources > statSync(ENTRY).mtimeMs;
}

/**
 * Bundles into a fresh folder and swaps it in, so a start running at the same time never sees half a build. Returns whether it
 * worked. Libraries that are CommonJS get a real `require` (the banner), so their own `require('node:…')` calls work in the bundle.
 */
export function build() {
  if (!existsSync(path.join(ROOT, 'src', 'main.ts'))) return false; // nothing to build yet (e.g. npm ci before the sources are copied)
  let esbuild;
  try {
    esbuild = createRequire(import.meta.url)('esbuild');
  } catch {
    return false;
  }
  const temp = path.join(ROOT, `dist.building-${process.pid}`);
  process.stderr.write('welkom: bundling the TypeScript into dist/ (once after each change of src/) …\n');
  try {
    esbuild.buildSync({
      absWorkingDir: ROOT,
      entryPoints: { main: 'src/main.ts', cli: 'src/cli/main.ts' },
      outdir: temp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      // Modules loaded only when needed (the PostgreSQL driver, each platform's SDK) go to chunks of their own, parsed only then.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      target: 'node20',
      sourcemap: 'linked',
      minify: true,
      keepNames: true,
      logLevel: 'warning',
      banner: { js: "import { createRequire as __welkomRequire } from 'node:module'; const require = __welkomRequire(import.meta.url);" },
    });
  } catch {
    rmSync(temp, { recursive: true, force: true });
    return false;
  }
  if (!existsSync(path.join(temp, 'main.js')) || !existsSync(path.join(temp, 'cli.js'))) {
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

// `npm run build` (`node scripts/build.mjs`): always bundles, and fails when it cannot.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(build() ? 0 : 1);
