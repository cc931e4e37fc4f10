// `npm start`: runs the compiled JavaScript in dist/ (fast start), building it first when it is missing or older than src/.
// `node scripts/start.mjs --build-only` only builds (npm's `prepare` runs it on install; it never fails the install).
// Without TypeScript installed (and no usable build) it falls back to running the sources with tsx.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, ENTRY, isStale, ROOT } from './build.mjs';

const buildOnly = process.argv.includes('--build-only');
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
