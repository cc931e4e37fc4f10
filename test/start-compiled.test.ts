// `npm start` runs the bundled JavaScript (scripts/start.mjs builds dist/ when it is missing or older than src/), and the
// bundle finds the project's files (locales, flows, WhatsApp templates, the playground's static files) from any cwd.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/app.js';
import { removeDataDir, startBot } from './helpers/bot-process.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDataDir));

describe('compiled start', () => {
  it('npm start serves /healthz and the playground from dist/', async () => {
    const bot = await startBot({}, { compiled: true, timeoutMs: 240_000 });
    dirs.push(bot.dataDir);
    // The process runs the bundle dist/main.js, not the TypeScript sources.
    const cmdline = readFileSync(`/proc/${bot.child.pid}/cmdline`, 'utf8');
    expect(cmdline).toContain('scripts/start.mjs');
    expect(bot.output()).not.toMatch(/running the TypeScript sources with tsx/);
    expect(await (await fetch(`${bot.url}/healthz`)).json()).toMatchObject({ status: 'ok', mode: 'local' });
    const page = await fetch(`${bot.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    expect(await bot.stop()).toBe(0);
  }, 300_000);

  it('the bundled CLI finds the project folder (package.json, locales) from any cwd, not from dist/', () => {
    const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli.js'), '--version'], { cwd: '/', encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(version);
  });
});
