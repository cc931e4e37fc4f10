// `welkom doctor` against the fake Bot API and Graph API: good tokens pass, bad tokens, a wrong webhook and a wrong number fail with a fix.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFindings, runDoctor, type Finding } from '../../src/cli/doctor.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { startFakeWhatsApp, type FakeWhatsApp } from '../fakes/whatsapp-api.js';
import { runCli } from '../helpers/cli.js';

const WEBHOOK_URL = 'https://welkom.example.org/webhooks/telegram';
let telegram: FakeTelegram;
let whatsapp: FakeWhatsApp;
let dataDir: string;

beforeAll(async () => {
  telegram = await startFakeTelegram();
  whatsapp = await startFakeWhatsApp({ displayPhoneNumber: '+31 85 000 1234' });
  dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-doctor-'));
});
afterAll(async () => {
  await telegram.close();
  await whatsapp.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A complete, correct live configuration pointing at the fakes. */
function goodEnv(): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    TELEGRAM_BOT_TOKEN: telegram.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_MODE: 'webhook',
    TELEGRAM_WEBHOOK_SECRET: 'a-secret',
    TELEGRAM_WEBHOOK_URL: WEBHOOK_URL,
    WHATSAPP_ACCESS_TOKEN: whatsapp.token,
    WHATSAPP_PHONE_NUMBER_ID: whatsapp.phoneNumberId,
    WHATSAPP_APP_SECRET: 'app-secret',
    WHATSAPP_VERIFY_TOKEN: 'verify',
    WHATSAPP_API_BASE_URL: whatsapp.baseUrl,
    WHATSAPP_PHONE_NUMBER: '31850001234',
  };
}

async function setWebhook(url: string): Promise<void> {
  const response = await fetch(`${telegram.apiRoot}/bot${telegram.token}/setWebhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url }) });
  expect(response.status).toBe(200);
}

const fails = (findings: Finding[]) => findings.filter((f) => f.level === 'fail');

describe('welkom doctor', () => {
  it('passes a correct configuration: token, webhook, phone number and DATA_DIR all checked', async () => {
    await setWebhook(WEBHOOK_URL);
    const findings = await runDoctor(goodEnv());
    expect(fails(findings)).toEqual([]);
    const text = formatFindings(findings);
    expect(text).toContain('@welkom_test_bot');
    expect(text).toContain(`The registered Telegram webhook is TELEGRAM_WEBHOOK_URL (${WEBHOOK_URL})`);
    expect(text).toMatch(/WHATSAPP_PHONE_NUMBER matches the number Meta has/);
    expect(text).toMatch(/DATA_DIR .* is writable \(\d+\.\d GB free\)/);
    expect(text).toMatch(/All is well\.$/);
  });

  it('fails on a Telegram token the Bot API refuses, and says where to get a new one', async () => {
    const findings = await runDoctor({ ...goodEnv(), TELEGRAM_BOT_TOKEN: '123456:WRONG-token' });
    expect(fails(findings)).toHaveLength(1);
    expect(fails(findings)[0]).toMatchObject({ what: expect.stringMatching(/Telegram refused TELEGRAM_BOT_TOKEN \(401/), fix: expect.stringMatching(/@BotFather/) });
  });

  it('fails on a WhatsApp token Meta refuses (190) and on an unknown phone number id', async () => {
    const badToken = await runDoctor({ ...goodEnv(), WHATSAPP_ACCESS_TOKEN: 'EAAG-expired' });
    expect(fails(badToken)).toHaveLength(1);
    expect(fails(badToken)[0]).toMatchObject({ what: expect.stringMatching(/Meta refused WHATSAPP_ACCESS_TOKEN/), fix: expect.stringMatching(/System users/) });
    const badId = await runDoctor({ ...goodEnv(), WHATSAPP_PHONE_NUMBER_ID: '999' });
    expect(fails(badId)[0]?.what).toMatch(/does not know WHATSAPP_PHONE_NUMBER_ID 999/);
  });

  it('fails when Telegram sends updates to another URL than TELEGRAM_WEBHOOK_URL', async () => {
    await setWebhook('https://old-server.example.org/webhooks/telegram');
    const findings = await runDoctor(goodEnv());
    expect(fails(findings)).toHaveLength(1);
    expect(fails(findings)[0]!.what).toBe(`Telegram sends updates to https://old-server.example.org/webhooks/telegram, but TELEGRAM_WEBHOOK_URL is ${WEBHOOK_URL}.`);
    await setWebhook(WEBHOOK_URL);
  });

  it('fails when Telegram reports it could not deliver to the webhook, and says what to check', async () => {
    await setWebhook(WEBHOOK_URL);
    telegram.webhookDeliveryFailed('Connection refused');
    const findings = await runDoctor(goodEnv());
    expect(fails(findings)).toHaveLength(1);
    expect(fails(findings)[0]).toMatchObject({ what: expect.stringMatching(/^Telegram could not deliver updates to the webhook at 20\d\d-.*: "Connection refused" \(0 waiting\)\.$/), fix: expect.stringMatching(/Caddy up, ports 80\/443 open/) });
    await setWebhook(WEBHOOK_URL);
    expect(fails(await runDoctor(goodEnv()))).toEqual([]);
  });

  it('fails when WHATSAPP_PHONE_NUMBER is not the number behind the phone number id', async () => {
    const findings = await runDoctor({ ...goodEnv(), WHATSAPP_PHONE_NUMBER: '31612345678' });
    expect(fails(findings)).toHaveLength(1);
    expect(fails(findings)[0]).toMatchObject({ what: expect.stringMatching(/belongs to \+31 85 000 1234/), fix: 'Set WHATSAPP_PHONE_NUMBER=31850001234, or correct WHATSAPP_PHONE_NUMBER_ID.' });
  });

  it('names every bad variable, warns about unknown ones, and reports an unreachable API', async () => {
    const findings = await runDoctor({ ...goodEnv(), PORT: 'eighty', TZ_DEFAULT: 'Mars/Olympus', TELEGRAM_TOKEN: 'typo' });
    expect(fails(findings).map((f) => f.what)).toEqual([expect.stringMatching(/^PORT must be a whole number/), expect.stringMatching(/^TZ_DEFAULT must be an IANA time zone/)]);
    const partial = await runDoctor({ ...goodEnv(), WHATSAPP_APP_SECRET: '' });
    expect(fails(partial).map((f) => f.what)).toEqual([expect.stringMatching(/WHATSAPP_APP_SECRET must be set too/)]);
    expect(findings.find((f) => f.level === 'warn')?.what).toMatch(/TELEGRAM_TOKEN is not a variable welkom knows/);
    const offline = await runDoctor({ ...goodEnv(), TELEGRAM_API_ROOT: 'http://127.0.0.1:9' });
    expect(fails(offline)[0]?.what).toMatch(/Cannot reach the Telegram Bot API at http:\/\/127\.0\.0\.1:9/);
  });

  it('fails when DATA_DIR cannot be written (here: a path through a file)', async () => {
    const file = path.join(dataDir, 'a-file');
    writeFileSync(file, 'x');
    const findings = await runDoctor({ ...goodEnv(), DATA_DIR: path.join(file, 'data') });
    expect(fails(findings)).toHaveLength(1);
    expect(fails(findings)[0]).toMatchObject({ what: expect.stringMatching(/DATA_DIR .*a-file\/data is not writable \(ENOTDIR\)/), fix: expect.stringMatching(/chown/) });
  });

  it('runs as `welkom doctor` through the bin launcher: exit 0 when all is well, 1 with a problem, 2 for a missing settings file', async () => {
    const good = await runCli(['doctor'], goodEnv(), dataDir);
    expect(good.stdout).toMatch(/All is well/);
    expect(good.status).toBe(0);
    const bad = await runCli(['doctor'], { ...goodEnv(), TELEGRAM_BOT_TOKEN: '1:nope' }, dataDir);
    expect(bad.stdout).toMatch(/✗ Telegram refused TELEGRAM_BOT_TOKEN/);
    expect(bad.stdout).toMatch(/1 problem to fix\.$/m);
    expect(bad.status).toBe(1);
    const missing = await runCli(['--settings', 'nowhere.env', 'doctor'], {}, dataDir);
    expect(missing.stderr).toMatch(/The settings file nowhere.env does not exist/);
    expect(missing.status).toBe(2);
  });
});
