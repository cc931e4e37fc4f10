#!/usr/bin/env node
// Launcher of the admin CLI (`npx welkom <command>`): the compiled JavaScript in dist/ when it has been built, else the TypeScript source through tsx.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A build older than the sources is not used (npm start rebuilds it; the CLI then runs the sources).
const { isStale } = await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href);
const compiled = isStale() ? undefined : ['dist/cli/main.js', 'dist/src/cli/main.js'].map((file) => path.join(root, file)).find((file) => existsSync(file));
if (compiled) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'src/cli/main.ts')).href);
}
