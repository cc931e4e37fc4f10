// DATA_DIR/welkom.lock: one process at a time owns a store folder (the bot, or a restore); stale locks are taken over.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';

export const LOCK_FILE = 'welkom.lock';
/** The owner refreshes the lock's modification time this often. */
const HEARTBEAT_MS = 10_000;
/** A lock from another machine (or container) not refreshed for this long is stale. */
const STALE_MS = 60_000;

/** What a lock file holds. */
export interface LockInfo {
  pid: number;
  host: string;
  /** What holds it: `bot`, `restore`, … */
  purpose: string;
  since: number;
  token: string;
}

/** The folder is in use by another live process. */
export class StoreLockedError extends Error {
  override name = 'StoreLockedError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `The data folder ${dataDir} is in use by another welkom process (${holder.purpose}, process ${holder.pid} on ${holder.host}, since ${new Date(holder.since).toISOString()}). ` +
        `Stop that process first. If it is really gone, wait a minute or delete ${path.join(dataDir, LOCK_FILE)}.`,
    );
  }
}

/** A held lock: `release()` removes it (only if it is still ours). */
export interface StoreLock {
  info: LockInfo;
  release(): Promise<void>;
}

/** Reads the lock of a folder and says whether its holder is alive (undefined when there is no lock). */
export async function inspectLock(dataDir: string): Promise<{ info: LockInfo; live: boolean } | undefined> {
  const file = path.join(dataDir, LOCK_FILE);
  let text: string;
  let modified: number;
  try {
    text = await readFile(file, 'utf8');
    modified = (await stat(file)).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let info: LockInfo;
  try {
    info = JSON.parse(text) as LockInfo;
    if (typeof info.pid !== 'number' || typeof info.host !== 'string') throw new Error('bad lock');
  } catch {
    // Half-written by a process that died at that instant: stale unless it is very fresh.
    return { info: { pid: 0, host: '?', purpose: 'unknown', since: modified, token: '' }, live: Date.now() - modified < STALE_MS };
  }
  return { info, live: isLive(info, modified) };
}

function isLive(info: LockInfo, modified: number): boolean {
  if (info.host === hostname()) {
    // The same pid as ours is a restarted container (the bot is pid 1 again) or this very process: not another holder.
    if (info.pid === process.pid) return false;
    try {
      process.kill(info.pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
  return Date.now() - modified < STALE_MS;
}

/**
 * Takes the lock of `dataDir` for `purpose`, or throws StoreLockedError when a live process holds it.
 * While held, its modification time is refreshed so other machines sharing the folder can tell it is alive.
 */
export async function acquireLock(dataDir: string, purpose: string): Promise<StoreLock> {
  const file = path.join(dataDir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), purpose, since: Date.now(), token: randomBytes(8).toString('hex') };
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open(file, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(info));
        await handle.sync();
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 3) throw error;
      const current = await inspectLock(dataDir);
      if (current?.live) throw new StoreLockedError(dataDir, current.info);
      // Stale: move it out of the way atomically (two processes taking over at once: only one rename wins).
      await rename(file, `${file}.stale-${info.token}`).then(
        () => unlink(`${file}.stale-${info.token}`),
        () => undefined,
      );
    }
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    void utimes(file, now, now).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return {
    info,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      const current = await readFile(file, 'utf8').catch(() => '');
      if (current.includes(info.token)) await unlink(file).catch(() => undefined);
    },
  };
}
