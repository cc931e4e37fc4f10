// The CLI's data commands: export (CSV without personal data), invite (links + terminal QR, refused under a running bot), seed-demo.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliInvite, formatInvite, seedDemoCommand, UsageError } from '../../src/cli/admin.js';
import { csvField, EXPORT_COLUMNS, groupsCsv } from '../../src/cli/export.js';
import { createConfig } from '../../src/config.js';
import { silentLogger } from '../../src/core/logger.js';
import { LOCK_FILE, StoreLockedError } from '../../src/store/lock.js';
import type { Commitment, Group, Meetup, Member } from '../../src/store/schema.js';
import { Store } from '../../src/store/store.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { runCli } from '../helpers/cli.js';

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const DAY = 86_400_000;
let telegram: FakeTelegram;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'welkom-cli-'));
  dirs.push(dir);
  return dir;
};
beforeAll(async () => {
  telegram = await startFakeTelegram();
});
afterAll(async () => {
  await telegram.close();
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

const group = (id: string, name: string, extra: Partial<Group> = {}): Group => ({ id, name, municipality: 'Zwolle', kind: 'welkomgroep', memberIds: [], chatKeys: [], createdBy: 'cli', startsAt: NOW - 30 * DAY, endsAt: NOW + 300 * DAY, ...extra });
const member = (id: string, name: string, role: Member['role'], groupIds: string[]): Member => ({ id, name, role, locale: 'nl', identities: [`whatsapp:3160000${id}`], groupIds, profile: {}, timeZone: 'Europe/Amsterdam', createdAt: NOW });
const meetup = (id: string, groupId: string, at: number): Meetup =>
  ({ id, groupId, proposerId: 'm1', activity: 'coffee', place: { kind: 'place', text: 'Bibliotheek' }, options: [at], votes: {}, status: 'confirmed', at, rsvp: {}, sequence: 0, timeZone: 'Europe/Amsterdam', edits: 0, createdAt: NOW, updatedAt: NOW }) as Meetup;

const item = (id: string, groupId: string, state: Commitment['state'], extra: Partial<Commitment> = {}): Commitment => ({ id, groupId, area: 'health', itemId: 'gp', ownerIds: ['m1'], state, createdBy: 'm1', createdAt: NOW, updatedAt: NOW, ...extra });

/** A store with three groups (one ended, one the demo), members of every role and some meetups; closed again. */
async function seededDir(): Promise<string> {
  const dir = tempDir();
  const store = await Store.open({ dataDir: dir, logger: silentLogger() });
  store.put('groups', 'g1', group('g1', 'Zwolle-Zuid, "De Brug"', { memberIds: ['m1', 'm2', 'm3', 'm4'], chatKeys: ['telegram:-1001'] }));
  store.put('groups', 'g2', group('g2', '=HYPERLINK("http://evil")', { endsAt: NOW - DAY }));
  store.put('groups', 'g3', group('g3', 'Welkomgroep Demo', { demo: true }));
  store.put('members', 'm1', member('m1', 'Anna Jansen', 'volunteer', ['g1']));
  store.put('members', 'm2', member('m2', 'Ben de Vries', 'volunteer', ['g1']));
  store.put('members', 'm3', member('m3', 'Samira Haddad', 'newcomer', ['g1']));
  store.put('members', 'm4', member('m4', 'Carla Coördinator', 'coordinator', ['g1']));
  store.put('meetups', 'k1', meetup('k1', 'g1', NOW - 10 * DAY));
  store.put('meetups', 'k2', meetup('k2', 'g1', NOW - 3 * DAY));
  store.put('meetups', 'k3', meetup('k3', 'g1', NOW - 2 * DAY));
  store.put('meetupOutcomes', 'k3', { id: 'k3', groupId: 'g1', at: NOW - 2 * DAY, held: false, answeredBy: 'm1', answeredAt: NOW - DAY });
  store.put('meetups', 'k4', meetup('k4', 'g1', NOW + 5 * DAY));
  // Plan of g1: 2 done, 1 overdue with a call for help, 1 due today, 1 without date, 1 not needed (left out) → 5 items, 2 done, 40 %.
  store.put('commitments', 'c1', item('c1', 'g1', 'done', { doneAt: NOW - DAY }));
  store.put('commitments', 'c2', item('c2', 'g1', 'done'));
  store.put('commitments', 'c3', item('c3', 'g1', 'open', { dueDate: '2026-11-30', helpNeeded: { at: NOW, by: 'm3' } }));
  store.put('commitments', 'c4', item('c4', 'g1', 'open', { dueDate: '2026-12-01' }));
  store.put('commitments', 'c5', item('c5', 'g1', 'not_needed'));
  store.put('commitments', 'c6', item('c6', 'g1', 'open', { title: 'Samira Haddad belt de huisarts' }));
  await store.close();
  return dir;
}

describe('welkom export', () => {
  it('writes one row per group with sizes, dates and meetups; no names of people; spreadsheet formulas defused', async () => {
    const dir = await seededDir();
    const store = await Store.open({ dataDir: dir, logger: silentLogger() });
    const csv = groupsCsv(store, { now: NOW, timeZone: 'Europe/Amsterdam' });
    const withDemo = groupsCsv(store, { now: NOW, timeZone: 'Europe/Amsterdam', includeDemo: true });
    await store.close();
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(rows.slice(1)).toEqual([
      `g2,"'=HYPERLINK(""http://evil"")",Zwolle,welkomgroep,2026-11-01,2026-11-30,ended,0,0,0,0,0,,,0,0,0,0,0,`,
      `g1,"Zwolle-Zuid, ""De Brug""",Zwolle,welkomgroep,2026-11-01,2027-09-27,active,2,1,1,1,2,2026-11-28,2026-12-06,5,2,3,1,1,40`,
    ]);
    expect(csv).not.toMatch(/Anna|Ben|Samira|Carla|3160000|huisarts/);
    expect(withDemo).toContain('g3,Welkomgroep Demo');
  });

  it('defuses spreadsheet formulas and quotes what CSV needs quoted', () => {
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
  });

  it('runs as `welkom export <file>` on a folder', async () => {
    const dir = await seededDir();
    const file = path.join(dir, 'groups.csv');
    const result = await runCli(['export', file, '--data-dir', dir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^Written to .*groups\.csv/);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(file, 'utf8').split('\r\n')).toHaveLength(4);
  });
});

describe('welkom invite', () => {
  const config = (dir: string) =>
    createConfig({ DATA_DIR: dir, TELEGRAM_BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, WHATSAPP_ACCESS_TOKEN: 't', WHATSAPP_PHONE_NUMBER_ID: '1', WHATSAPP_APP_SECRET: 's', WHATSAPP_VERIFY_TOKEN: 'v', WHATSAPP_PHONE_NUMBER: '31850001234' });

  it('makes an invite like /invite does and prints its links and a QR code of the role\'s channel', async () => {
    const dir = await seededDir();
    const result = await createCliInvite(config(dir), 'brug', 'nieuwkomer');
    const code = result.invite.code;
    expect(result.group.id).toBe('g1');
    expect(result.invite).toMatchObject({ role: 'newcomer', groupId: 'g1', usesLeft: 6, createdBy: 'cli' });
    expect(code).toMatch(/^[0-9A-Z]{16}$/);
    expect(result.links).toEqual([
      { channel: 'telegram', url: `https://t.me/welkom_test_bot?start=${code}` },
      { channel: 'whatsapp', url: `https://wa.me/31850001234?text=JOIN%20${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}-${code.slice(12)}` },
    ]);
    const text = await formatInvite(result, { qr: true });
    expect(text).toContain(`QR code (whatsapp)`);
    expect(text).toContain(await QRCode.toString(result.links[1]!.url, { type: 'terminal', small: true, errorCorrectionLevel: 'M' }));
    // The invite is in the store, usable by the bot.
    const store = await Store.open({ dataDir: dir, logger: silentLogger() });
    expect(store.get('invites', code)).toMatchObject({ groupId: 'g1', role: 'newcomer' });
    await store.close();
    // Volunteers get the Telegram link as QR code.
    const volunteer = await createCliInvite(config(dir), 'g1', 'volunteer');
    expect(volunteer.qrLink?.channel).toBe('telegram');
  });

  it('says what to type for an unknown or ambiguous group or a wrong role', async () => {
    const dir = await seededDir();
    await expect(createCliInvite(config(dir), 'Utrecht', 'volunteer')).rejects.toThrow(/No group matches "Utrecht". Groups:\n {2}g2 .*\n {2}g3 .*\n {2}g1 /);
    await expect(createCliInvite(config(dir), 'e', 'volunteer')).rejects.toThrow(/"e" matches 3 groups; give the id/);
    await expect(createCliInvite(config(dir), 'g1', 'boss')).rejects.toThrow(new UsageError('"boss" is not a role. Use volunteer, newcomer or coordinator.'));
  });

  it('refuses while a bot holds the data folder', async () => {
    const dir = await seededDir();
    // A live process on this machine (our parent) holds the lock, as a running bot would.
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: hostname(), purpose: 'bot', since: NOW, token: 'x' }));
    await expect(createCliInvite(config(dir), 'g1', 'volunteer')).rejects.toBeInstanceOf(StoreLockedError);
    const cli = await runCli(['invite', 'g1', 'volunteer', '--no-qr'], { DATA_DIR: dir });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/in use by another welkom process \(bot, process \d+ on .*\)\. Stop that process first/);
  });
});

describe('with DATABASE_URL', () => {
  it('the data commands refuse to work on DATA_DIR and point to pg_dump', async () => {
    const result = await runCli(['backup', '-'], { DATABASE_URL: 'postgres://welkom@db.example.org/welkom', DATA_DIR: tempDir() });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^DATABASE_URL is set: the data is in PostgreSQL.*pg_dump/);
  });
});

describe('welkom seed-demo', () => {
  it('seeds the demo group once; --reset replaces it', async () => {
    const dir = tempDir();
    const config = createConfig({ DATA_DIR: dir });
    const first = await seedDemoCommand(config);
    expect(first.created).toBe(true);
    expect(first.view.group).toMatchObject({ name: 'Welkomgroep Demo', demo: true });
    const again = await seedDemoCommand(config);
    expect(again).toMatchObject({ created: false, view: { group: { id: first.view.group.id } } });
    const reset = await seedDemoCommand(config, { reset: true });
    expect(reset.created).toBe(true);
    expect(reset.view.group.id).not.toBe(first.view.group.id);
    const store = await Store.open({ dataDir: dir, logger: silentLogger() });
    expect(store.values('groups').map((g) => g.id)).toEqual([reset.view.group.id]);
    await store.close();
  });
});
