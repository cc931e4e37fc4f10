// A lowdb adapter that reads strictly (never guesses at a broken file) and writes atomically with mode 0600.
import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { StoreCorruptError, StoreWriteError } from './errors.js';

/** Writes `text` to `file` via a temporary file, fsync and rename, so readers see the old or the new file, never half. */
export async function writeFileAtomic(file: string, text: string | Buffer): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    await syncDirectory(path.dirname(file));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new StoreWriteError(file, error);
  }
}

/** Makes a rename durable by syncing its folder (best effort on platforms that cannot). */
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on folders; the rename itself is still atomic.
  }
}

/** lowdb adapter for `welkom.json`: `null` when absent, StoreCorruptError when unreadable. */
export class SecureJsonFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreCorruptError(this.file, (error as Error).message);
    }
    try {
      const data: unknown = JSON.parse(text);
      if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('the top level is not a JSON object');
      return data as T;
    } catch (error) {
      throw new StoreCorruptError(this.file, `invalid JSON: ${(error as Error).message}`);
    }
  }

  /** Serialises synchronously (so the snapshot is of this instant), then writes in the background of the caller. */
  write(data: T): Promise<void> {
    const text = JSON.stringify(data);
    return writeFileAtomic(this.file, text);
  }
}
