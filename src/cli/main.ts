// The admin CLI (`npx welkom <command>`): doctor, backup, restore, export, invite, seed-demo, migrate-store. Its side effects (environment, files, exit code) live here.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { ConfigError, createConfig, type Config } from '../config.js';
import { systemClock } from '../core/clock.js';
import { projectPath } from '../core/paths.js';
import { BackupError, createBackup, openCopy, restoreBackup } from '../store/backup.js';
import { StoreCorruptError, StoreVersionError } from '../store/errors.js';
import { StoreLockedError } from '../store/lock.js';
import { formatInviteCode } from '../features/onboarding/invites.js';
import { createCliInvite, formatInvite, seedDemoCommand, UsageError } from './admin.js';
import { formatFindings, runDoctor } from './doctor.js';
import { groupsCsv } from './export.js';
import { formatMigrationReport, migrateStore } from './migrate-store.js';
import { DatabaseInUseError } from '../store/lease.js';
import { progressBar } from './progress.js';

/** "1 group", "2 groups". */
function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** This welkom's version, from the project's package.json (found the same way from src/ and from the bundled dist/). */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { name?: string; version?: string };
    if (pkg.name === 'welkom' && pkg.version) return pkg.version;
  } catch {
    // no readable package.json (should not happen in a clone or the image)
  }
  return 'unknown';
}

const program = new Command()
  .name('welkom')
  .version(version(), '-V, --version', 'print the version')
  .description('Look after a welkom installation: check its configuration, back up and restore its data, export a report, make invites.')
  .addOption(new Option('--settings <file>', 'read settings from this file (variables already set in the environment win)').default('.env'))
  .showHelpAfterError('(run "welkom --help" to see every command)')
  .configureHelp({ sortSubcommands: false });

/** The environment with the .env file (if any) read in, like `npm start` does. */
function environment(): Record<string, string | undefined> {
  const file = program.opts<{ settings: string }>().settings;
  if (existsSync(file)) process.loadEnvFile(file);
  else if (file !== '.env') throw new UsageError(`The settings file ${file} does not exist.`);
  return process.env;
}

/** The validated configuration, or exit 2 naming every bad variable. */
function config(): Config {
  const env = environment();
  requireJsonStore(env);
  return createConfig(env);
}

/** The data commands work on the JSON store in DATA_DIR; with DATABASE_URL the data is in PostgreSQL instead. */
function requireJsonStore(env: Record<string, string | undefined>): void {
  if (env.DATABASE_URL) {
    throw new UsageError(
      'DATABASE_URL is set: the data is in PostgreSQL, and this command only works on the JSON store in DATA_DIR. ' +
        'Back up and restore the database with pg_dump / pg_restore, or unset DATABASE_URL to work on a DATA_DIR.',
    );
  }
}

/** DATA_DIR for the data commands: --data-dir, else the configuration's (a bad unrelated variable must not block a backup). */
function dataDir(option?: string): string {
  if (option) return option;
  const env = environment();
  requireJsonStore(env);
  try {
    return createConfig(env).dataDir;
  } catch {
    return env.DATA_DIR || './data';
  }
}

program
  .command('doctor')
  .description('Check every setting, the Telegram and WhatsApp accounts and the data folder, and say how to fix what is wrong. Exit code 0 only when all is well.')
  .option('--strict', 'also fail on warnings')
  .action(async (options: { strict?: boolean }) => {
    const findings = await runDoctor(environment());
    console.log(formatFindings(findings));
    const bad = findings.some((f) => f.level === 'fail' || (options.strict && f.level === 'warn'));
    process.exitCode = bad ? 1 : 0;
  });

program
  .command('backup')
  .description('Write a consistent copy of all data to one file. Safe while the bot is running.')
  .argument('[file]', 'where to write it; "-" prints it (e.g. to pipe it through gzip) (default: DATA_DIR/backups/welkom-backup-<date-time>.json)')
  .option('--data-dir <dir>', 'the data folder (default: DATA_DIR)')
  .action(async (file: string | undefined, options: { dataDir?: string }) => {
    const dir = dataDir(options.dataDir);
    const toStdout = file === '-';
    const target = toStdout ? path.join(await mkdtemp(path.join(tmpdir(), 'welkom-backup-')), 'backup.json') : (file ?? path.join(dir, 'backups', `welkom-backup-${new Date().toISOString().replace(/[:.]/g, '-')}.json`));
    const bar = progressBar();
    try {
      const backup = await createBackup(dir, target, { onProgress: bar.update });
      bar.done();
      const summary = `${plural(backup.counts.groups ?? 0, 'group')}, ${plural(backup.counts.members ?? 0, 'member')} (change ${backup.seq})`;
      if (toStdout) {
        await pipeline(createReadStream(target), process.stdout);
        console.error(`Backup printed: ${summary}.`);
      } else {
        console.log(`Backup written to ${path.resolve(target)}: ${summary}.`);
        console.log('Keep a copy somewhere else too (another machine or cloud storage): it holds personal data, so store it encrypted.');
      }
    } finally {
      bar.done();
      if (toStdout) await rm(path.dirname(target), { recursive: true, force: true });
    }
  });

program
  .command('restore')
  .description('Replace all data with a backup file. The bot must be stopped; the file is checked first and the old data is kept in DATA_DIR/backups/.')
  .argument('<file>', 'a file made by "welkom backup" (or a daily copy from DATA_DIR/backups/)')
  .option('--data-dir <dir>', 'the data folder (default: DATA_DIR)')
  .action(async (file: string, options: { dataDir?: string }) => {
    const dir = dataDir(options.dataDir);
    const bar = progressBar();
    try {
      const result = await restoreBackup(file, dir, { onProgress: bar.update });
      bar.done();
      console.log(`Restored ${path.resolve(file)} into ${path.resolve(dir)}: ${plural(result.counts.groups ?? 0, 'group')}, ${plural(result.counts.members ?? 0, 'member')}.`);
      if (result.previous) console.log(`The data that was there before is kept in ${result.previous}.`);
      console.log('Start the bot again.');
    } finally {
      bar.done();
    }
  });

program
  .command('export')
  .description('Write a CSV report with one row per group (size, dates and plan progress; no personal data besides group names).')
  .argument('[file]', 'where to write it (default: print it)')
  .option('--data-dir <dir>', 'the data folder (default: DATA_DIR)')
  .option('--include-demo', 'include the playground\'s demo group')
  .action(async (file: string | undefined, options: { dataDir?: string; includeDemo?: boolean }) => {
    const dir = dataDir(options.dataDir);
    const bar = progressBar();
    const env = environment();
    let timeZone = env.TZ_DEFAULT || 'Europe/Amsterdam';
    try {
      timeZone = createConfig(env).timeZone;
    } catch {
      // a bad unrelated variable must not block the report; the default zone is used
    }
    const copy = await openCopy(dir, { onProgress: bar.update });
    try {
      const csv = groupsCsv(copy.store, { now: systemClock.now(), timeZone, includeDemo: options.includeDemo, onProgress: (done, total) => bar.update('export', done, total) });
      bar.done();
      if (file) {
        await writeFile(file, csv, { mode: 0o600 });
        console.error(`Written to ${path.resolve(file)}.`);
      } else process.stdout.write(csv);
    } finally {
      bar.done();
      await copy.dispose();
    }
  });

program
  .command('invite')
  .description('Make an invite to a group and print its code, links and a QR code. The bot must be stopped (while it runs, coordinators use /invite).')
  .argument('<group>', 'the group: its id, its name, or a unique part of the name (use quotes around names with spaces)')
  .argument('<role>', 'volunteer, newcomer or coordinator')
  .addOption(new Option('--channel <channel>', 'which link the QR code shows (default: WhatsApp for newcomers, Telegram for others)').choices(['telegram', 'whatsapp']))
  .option('--no-qr', 'do not draw the QR code')
  .action(async (group: string, role: string, options: { channel?: 'telegram' | 'whatsapp'; qr: boolean }) => {
    const result = await createCliInvite(config(), group, role, { channel: options.channel });
    console.log(await formatInvite(result, { qr: options.qr }));
  });

program
  .command('seed-demo')
  .description('Add the playground\'s demo group (Welkomgroep Demo with Carla, Anna, Ben and an invite for Samira) to the data. The bot must be stopped.')
  .option('--reset', 'remove the existing demo data first and seed it fresh')
  .action(async (options: { reset?: boolean }) => {
    const { view, created } = await seedDemoCommand(config(), { reset: options.reset });
    console.log(created ? `Seeded "${view.group.name}" (${view.group.id}).` : `The demo group "${view.group.name}" (${view.group.id}) is already there; use --reset to seed it fresh.`);
    if (view.invite) console.log(`Newcomer invite (for Samira in the playground): ${formatInviteCode(view.invite.code)}`);
  });

program
  .command('migrate-store')
  .description('Copy the JSON store (DATA_DIR) into an empty PostgreSQL database and check the copy (counts and a hash per collection). The bot must be stopped.')
  .option('--to <url>', 'the PostgreSQL address, e.g. postgres://welkom@db.example.org/welkom (default: DATABASE_URL)')
  .option('--data-dir <dir>', 'the data folder to copy (default: DATA_DIR)')
  .action(async (options: { to?: string; dataDir?: string }) => {
    const dir = dataDir(options.dataDir);
    const url = options.to ?? process.env.DATABASE_URL;
    if (!url || !/^postgres(ql)?:\/\//.test(url)) throw new UsageError('Give the database with --to postgres://… (or set DATABASE_URL).');
    const report = await migrateStore({ dataDir: dir, url });
    console.log(formatMigrationReport(report));
    process.exitCode = report.ok ? 0 : 1;
  });

/** Known failures print their own clear message (no stack trace) and a non-zero exit code. */
function exitCodeFor(error: unknown): number | undefined {
  if (error instanceof ConfigError || error instanceof UsageError) return 2;
  if (error instanceof StoreLockedError || error instanceof DatabaseInUseError || error instanceof BackupError || error instanceof StoreCorruptError || error instanceof StoreVersionError) return 1;
  return undefined;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  const code = exitCodeFor(error);
  console.error(code === undefined ? error : (error as Error).message);
  process.exit(code ?? 1);
});
