// `npm start` runs the compiled JavaScript (scripts/start.mjs builds dist/ when it is missing or older than src/), and the
// compiled code finds the project's files (locales, flows, WhatsApp templates, the playground's static files) from any cwd.
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
    // The process runs dist/src/main.js, not the TypeScript sources.
    const cmdline = readFileSync(`/proc/${bot.child.pid}/cmdline`, 'utf8');
    expect(cmdline).toContain('scripts/start.mjs');
    expect(bot.output()).not.toMatch(/running the TypeScript sources with tsx/);
    expect(await (await fetch(`${bot.url}/healthz`)).json()).toMatchObject({ status: 'ok', mode: 'local' });
    const page = await fetch(`${bot.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    expect(await bot.stop()).toBe(0);
  }, 300_000);

  it('the compiled modules resolve project files from the project root, not from dist/', () => {
    const script = `import('${path.join(PROJECT_ROOT, 'dist/src/core/paths.js')}').then((m) => console.log(m.PROJECT_ROOT, m.projectPath('locales')))`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: '/', encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe(`${PROJECT_ROOT} ${path.join(PROJECT_ROOT, 'locales')}`);
  });
});
