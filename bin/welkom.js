#!/usr/bin/env node
// Launcher of the admin CLI (`npx welkom <command>`): the bundled JavaScript (dist/cli.js) when it has been built, else the TypeScript source through tsx.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A build older than the sources is not used (npm start rebuilds it; the CLI then runs the sources).
const { isStale, CLI_ENTRY } = await import(pathToFileURL(path.join(root, 'scripts/build.mjs')).href);
const compiled = !isStale() && existsSync(CLI_ENTRY) ? CLI_ENTRY : undefined;
if (compiled) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'src/cli/main.ts')).href);
}
