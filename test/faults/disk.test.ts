// A full or read-only DATA_DIR (a real 1 MB tmpfs, mounted by the test): welkom stops acknowledging (WhatsApp gets 500, the
// Telegram offset stays), says why in the log and answers /healthz with 503 and the reason, instead of acknowledging and losing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBothApp, until, type BothApp } from './both-channels.js';

/** Mounting needs root (CI runs as root); elsewhere these tests are skipped and the run says so. */
function tryMount(): string | undefined {
  const dir = mkdtempSync(path.join(tmpdir(), 'welkom-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}
const probe = tryMount();
if (probe) execFileSync('umount', [probe]);
if (!probe) console.warn('test/faults/disk.test.ts: cannot mount a tmpfs here (needs root); the full/read-only DATA_DIR tests are skipped');

let bot: BothApp | undefined;
let mounted: string | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  if (mounted) {
    execFileSync('umount', ['-l', mounted]);
    rmSync(mounted, { recursive: true, force: true });
    mounted = undefined;
  }
});

const AMAL = '31612340001';
const from = { id: 6161, first_name: 'Disk', language_code: 'nl' };

/** Writes until the store fails: every answer before that is 200 (it was on disk), after it 500. */
async function writeUntilRefused(app: BothApp): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    const status = (await app.driver.post(app.driver.text(AMAL, `bericht ${i} ${'x'.repeat(2_000)}`))).status;
    if (status === 500) return;
    expect(status).toBe(200);
  }
  throw new Error('the store never failed');
}

async function expectRefusing(app: BothApp, reason: RegExp): Promise<void> {
  await until(() => app.logs().includes('the store can no longer write'), 'the log to say why');
  // A Telegram update now is fetched, but its offset is never confirmed: Telegram keeps it.
  const tgId = app.telegram.userMessage({ chatId: from.id, from, text: '/help' });
  await until(() => app.logs().includes('an update could not be committed'), 'the poller to give up on the update');
  expect(app.telegram.confirmedOffset()).toBeLessThanOrEqual(tgId);
  const health = await fetch(`${app.url}/healthz`);
  expect(health.status).toBe(503);
  const body = (await health.json()) as { status: string; reason: string };
  expect(body.status).toBe('store_failed');
  expect(body.reason).toMatch(reason);
  // Again: still refused (never a 200 for something not on disk).
  expect((await app.driver.post(app.driver.text(AMAL, 'nog een keer'))).status).toBe(500);
}

describe.skipIf(!probe)('a DATA_DIR that cannot be written', () => {
  it('disk full: stops acknowledging, says ENOSPC in the log and /healthz', async () => {
    mounted = tryMount()!;
    bot = await startBothApp({ dataDir: mounted });
    expect((await bot.driver.post(bot.driver.text(AMAL, 'help'))).status).toBe(200);
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    // Fill the file system to the last byte, then keep writing messages until the journal cannot grow.
    try {
      writeFileSync(path.join(mounted, 'filler'), Buffer.alloc(2 * 1024 * 1024));
    } catch {
      // ENOSPC: it is full now
    }
    await writeUntilRefused(bot);
    await expectRefusing(bot, /ENOSPC|no space/i);
  });

  it('read-only at start: refuses to start and says EROFS, acknowledging nothing', async () => {
    mounted = tryMount()!;
    execFileSync('mount', ['-o', 'remount,ro', mounted]);
    await expect(startBothApp({ dataDir: mounted })).rejects.toThrow(/EROFS|read-only/i);
  });
});
