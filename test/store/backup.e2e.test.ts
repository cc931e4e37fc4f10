// Backup while the real bot takes a load of WhatsApp messages → restore → the same state; restore refuses a running bot's folder.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { dumpStore, type BackupFile } from '../../src/store/backup.js';
import { Store } from '../../src/store/store.js';
import { startFakeWhatsApp, type FakeWhatsApp } from '../fakes/whatsapp-api.js';
import { createWebhookDriver, type WebhookDriver } from '../fakes/whatsapp-webhook.js';
import { removeDataDir, startBot, type BotProcess } from '../helpers/bot-process.js';
import { runCli } from '../helpers/cli.js';

const APP_SECRET = 'backup-test-secret';
let fake: FakeWhatsApp;
let bot: BotProcess;
let driver: WebhookDriver;
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

beforeAll(async () => {
  fake = await startFakeWhatsApp();
  bot = await startBot({
    WHATSAPP_ACCESS_TOKEN: fake.token,
    WHATSAPP_PHONE_NUMBER_ID: fake.phoneNumberId,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: 'verify',
    WHATSAPP_API_BASE_URL: fake.baseUrl,
    // Small snapshots, so snapshots and journal rotations race the backup's copy.
    SNAPSHOT_EVERY: '40',
    // The load sends many messages per sender at machine speed; the flood guard (tested on its own) would drop them.
    FLOOD_LIMIT_PER_MINUTE: '0',
  });
  dirs.push(bot.dataDir);
  driver = createWebhookDriver({ url: `${bot.url}/webhooks/whatsapp`, appSecret: APP_SECRET, phoneNumberId: fake.phoneNumberId, api: fake });
}, 60_000);
afterAll(async () => {
  await bot?.kill();
  await fake?.close();
  dirs.forEach(removeDataDir);
});

/** Sends messages from 8 people in parallel until `stop()`; remembers when each was acknowledged (200 = committed). */
function startLoad(): { acked: Map<string, number>; stop(): Promise<void> } {
  const acked = new Map<string, number>();
  let running = true;
  const person = async (index: number) => {
    const from = `3164000${String(index).padStart(4, '0')}`;
    for (let n = 0; running; n += 1) {
      const id = driver.textId();
      const response = await driver.post(driver.text(from, `hallo ${n}`, { id }));
      if (response.status === 200) acked.set(id, Date.now());
    }
  };
  const people = Array.from({ length: 8 }, (_, index) => person(index));
  return {
    acked,
    async stop() {
      running = false;
      await Promise.all(people);
    },
  };
}

async function readDump(dataDir: string): Promise<ReturnType<typeof dumpStore>> {
  const store = await Store.open({ dataDir, logger: silentLogger(), purpose: 'test' });
  try {
    return dumpStore(store);
  } finally {
    await store.close();
  }
}

describe('backup and restore', () => {
  it('takes a consistent backup while messages arrive; restoring it gives exactly that state', async () => {
    const load = startLoad();
    while (load.acked.size < 60) await new Promise((resolve) => setTimeout(resolve, 20));
    const file = path.join(tempDir('welkom-backup-file-'), 'backup.json');
    const startedAt = Date.now();
    const ackedBefore = [...load.acked.entries()].filter(([, at]) => at < startedAt).map(([id]) => id);
    const result = await runCli(['backup', file, '--data-dir', bot.dataDir]).finally(() => load.stop());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Backup written to .*backup\.json/);
    expect(load.acked.size).toBeGreaterThan(ackedBefore.length);

    const backup = JSON.parse(readFileSync(file, 'utf8')) as BackupFile;
    expect(backup.format).toBe('welkom-backup');
    // Everything acknowledged before the backup started is in it (acknowledged = committed).
    for (const id of ackedBefore) expect(backup.collections.dedup).toHaveProperty([`whatsapp:${id}`]);
    // Consistent: every inbound message in it also has its contact and its reply.
    const inbound = Object.keys(backup.collections.dedup!).filter((key) => key.startsWith('whatsapp:wamid'));
    expect(inbound.length).toBeGreaterThanOrEqual(ackedBefore.length);
    // (Not every message gets a reply: the flood limit answers a sender's first 20 and then stays quiet.)

    // Restoring into the running bot's folder is refused, and nothing there changes.
    // (The running bot itself may be writing a snapshot: its temporary files come and go.)
    const listing = () => readdirSync(bot.dataDir).filter((name) => !name.endsWith('.tmp')).sort();
    const filesBefore = listing();
    const refused = await runCli(['restore', file, '--data-dir', bot.dataDir]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is in use by another welkom process \(bot, process \d+/);
    expect(listing()).toEqual(filesBefore);

    // Restored elsewhere, the store holds exactly what the backup holds.
    const target = tempDir('welkom-restored-');
    const restored = await runCli(['restore', file, '--data-dir', target]);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    const dump = await readDump(target);
    expect(dump.collections).toEqual(backup.collections);
    expect(dump.counts).toEqual(backup.counts);
  }, 90_000);

  it('after the load: the stopped bot\'s store, backed up and restored, is the same state', async () => {
    expect(await bot.stop()).toBe(0);
    const original = await readDump(bot.dataDir);
    const file = path.join(tempDir('welkom-backup-final-'), 'final.json');
    expect((await runCli(['backup', file, '--data-dir', bot.dataDir])).status).toBe(0);
    const target = tempDir('welkom-restored-final-');
    // A folder with data in it: the old data is kept aside.
    expect((await runCli(['seed-demo'], { DATA_DIR: target })).status).toBe(0);
    const restored = await runCli(['restore', file, '--data-dir', target]);
    expect(restored.status).toBe(0);
    expect(restored.stdout).toMatch(/The data that was there before is kept in .*backups\/before-restore-/);
    expect((await readDump(target)).collections).toEqual(original.collections);
  }, 90_000);

  it('checks the file first: a damaged or foreign file changes nothing', async () => {
    const target = tempDir('welkom-restore-bad-');
    expect((await runCli(['seed-demo'], { DATA_DIR: target })).status).toBe(0);
    const before = await readDump(target);
    const file = path.join(target, 'cut.json');
    // `backup -` prints the backup (for `| gzip`), the summary goes to stderr.
    const printed = await runCli(['backup', '-'], { DATA_DIR: target });
    expect(printed.status).toBe(0);
    expect(printed.stderr).toMatch(/^Backup printed: 1 group, 3 members/);
    const good = path.join(tempDir('welkom-good-'), 'good.json');
    writeFileSync(good, printed.stdout);
    expect((JSON.parse(printed.stdout) as BackupFile).collections).toEqual(before.collections);
    writeFileSync(file, readFileSync(good, 'utf8').slice(0, -40));
    const cut = await runCli(['restore', file], { DATA_DIR: target });
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/is not valid JSON .*it may be cut off/);
    const edited = JSON.parse(readFileSync(good, 'utf8')) as BackupFile;
    delete edited.collections.groups![Object.keys(edited.collections.groups!)[0]!];
    writeFileSync(file, JSON.stringify(edited));
    const damaged = await runCli(['restore', file], { DATA_DIR: target });
    expect(damaged.status).toBe(1);
    expect(damaged.stderr).toMatch(/groups should hold 1 entries but holds 0; the file is damaged/);
    expect((await readDump(target)).collections).toEqual(before.collections);
  }, 90_000);
});
