// The real process: `npm start`'s command serves /healthz in local mode, and refuses bad configuration or unreadable data clearly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/app.js';
import { removeDataDir, startBot } from './helpers/bot-process.js';

/** Runs the bot once with only `env` and an empty working folder (a developer's .env is never read). */
const run = (env: Record<string, string>) => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'welkom-cwd-'));
  try {
    return spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(PROJECT_ROOT, 'src/main.ts')], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', timeout: 20_000 });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
};

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDataDir));

describe('main', () => {
  it('starts in local mode with no configuration, says so once, serves /healthz and /metrics, and stops cleanly', async () => {
    const bot = await startBot({});
    dirs.push(bot.dataDir);
    const health = await (await fetch(`${bot.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', mode: 'local', channels: ['local'] });
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    expect(metrics).toContain('welkom_inbound_total');
    // The line is printed right after the server starts listening; give the pipe a moment.
    for (let i = 0; i < 100 && !/local mode/.test(bot.output()); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bot.output()).toMatch(/local mode .*Open http:\/\/127\.0\.0\.1:\d+\/ to try it/);
    expect(bot.output().match(/local mode/g)).toHaveLength(1);
    expect((await fetch(`${bot.url}/nope`)).status).toBe(404);
    expect(await bot.stop()).toBe(0);
    expect(JSON.parse(readFileSync(path.join(bot.dataDir, 'welkom.json'), 'utf8')).version).toBe(1);
  });

  it('refuses to start a second bot on the same DATA_DIR while the first runs', async () => {
    const bot = await startBot({});
    dirs.push(bot.dataDir);
    const second = run({ DATA_DIR: bot.dataDir, PORT: '0' });
    expect(second.status).toBe(3);
    expect(second.stderr).toMatch(/The data folder .* is in use by another welkom process \(bot, process \d+ on .*\)\. Stop that process first\./);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect(await bot.stop()).toBe(0);
    // Once it has stopped, the folder is free again (the lock is gone).
    expect(existsSync(path.join(bot.dataDir, 'welkom.lock'))).toBe(false);
  });

  it('exits non-zero naming a bad variable', () => {
    const result = run({ PORT: 'http', TZ_DEFAULT: 'Moon/Base' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/PORT must be a whole number/);
    expect(result.stderr).toMatch(/TZ_DEFAULT must be an IANA time zone/);
  });

  it('exits non-zero on an unreadable store and leaves the file as it was', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'welkom-corrupt-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'welkom.json'), '{ not json');
    const result = run({ DATA_DIR: dir, PORT: '0' });
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/welkom\.json cannot be read/);
    expect(readFileSync(path.join(dir, 'welkom.json'), 'utf8')).toBe('{ not json');
    rmSync(path.join(dir, 'welkom.json'));
  });
});
