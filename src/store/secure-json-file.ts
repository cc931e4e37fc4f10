// lowdb adapters that read strictly (never guess at a broken file) and write atomically with mode 0600; one writes in slices.
import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { StoreCorruptError, StoreWriteError } from './errors.js';
import { Pacer } from './pacer.js';

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

/**
 * A big file being written is flushed to disk after every this many bytes. Otherwise its final fsync writes tens of MB
 * at once, and every journal commit (a small fsync on the same disk) made meanwhile waits behind it: ≈ 100 ms for a
 * 60 MB file on the disk we measured; with a flush every 8 MB commits still waited up to 15–25 ms, every 2 MB up to
 * 5–25 ms, every 512 KB up to 6–8 ms. The file takes ≈ 15 % longer to write.
 */
export const FLUSH_EVERY_BYTES = 512 * 1024;

/** Like writeFileAtomic, but writes the pieces `chunks` yields one by one (each write lets the event loop run). */
export async function writeFileAtomicChunks(file: string, chunks: AsyncIterable<string>, options: { syncDir?: boolean } = {}): Promise<number> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let bytes = 0;
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      let unflushed = 0;
      for await (const chunk of chunks) {
        const buffer = Buffer.from(chunk);
        // FileHandle.write may write less than asked: write the rest too.
        for (let offset = 0; offset < buffer.length; ) {
          const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
          if (bytesWritten <= 0) throw new Error('the disk accepted no more bytes');
          offset += bytesWritten;
        }
        bytes += buffer.length;
        unflushed += buffer.length;
        if (unflushed >= FLUSH_EVERY_BYTES) {
          await handle.datasync();
          unflushed = 0;
        }
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    if (options.syncDir !== false) await syncDirectory(path.dirname(file));
    return bytes;
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

/**
 * Longest run of serialisation between two writes (ms): keeps the event loop answering while a big file is written.
 * A request that arrives meanwhile waits for the slice, about once per step (read, commit, answer), so this is short.
 */
export const SLICE_MS = 5;
/** A slice is also written out once it holds this many characters (about one flush, see FLUSH_EVERY_BYTES). */
const SLICE_CHARS = 512 * 1024;

/**
 * lowdb adapter for one collection file (`{ "<id>": entity, … }`): reads strictly like SecureJsonFile, and writes
 * entity by entity in slices of at most SLICE_MS, each followed by an asynchronous write, so a 100 MB store does not
 * stop the process for a second. The entities may change between slices: each entity is serialised whole, at some
 * moment during the write (the Store's journal makes that exact again; see backend.ts).
 */
export class SlicedJsonFile<T extends Record<string, unknown>> implements Adapter<T> {
  constructor(
    readonly file: string,
    /** Paces the slices (share one across the files of a snapshot, so it keeps what it learnt about the load). */
    private readonly pacer: Pacer = new Pacer(),
    /** Leave no file for an object without entries (it loads as empty anyway). */
    private readonly skipEmpty = false,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  read(): Promise<T | null> {
    return new SecureJsonFile<T>(this.file).read();
  }

  /** Whether the last `write` left a file (with `skipEmpty`, an object without entries leaves none). */
  wroteFile = false;

  /**
   * Writes atomically; the caller syncs the folder once after several files (see JsonFileBackend.snapshot). The ids are
   * listed once, for both the emptiness check and the slices: listing the keys of a big object is the one step that
   * cannot be sliced (tens of ms at 60,000).
   */
  async write(data: T): Promise<void> {
    const ids = Object.keys(data);
    this.wroteFile = !(this.skipEmpty && ids.length === 0);
    if (this.wroteFile) await writeFileAtomicChunks(this.file, this.slices(data, ids), { syncDir: false });
  }

  private async *slices(data: T, ids: string[]): AsyncGenerator<string> {
    let chunk = '{';
    let first = true;
    let sliceStart = this.clock();
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index]!;
      const entity = data[id];
      if (entity !== undefined) {
        chunk += `${first ? '' : ','}${JSON.stringify(id)}:${JSON.stringify(entity)}`;
        first = false;
      }
      if ((index & 63) === 63 && (chunk.length >= SLICE_CHARS || this.clock() - sliceStart >= SLICE_MS)) {
        yield chunk;
        chunk = '';
        // Give webhooks and commits their turn, as long as they need it (the pause grows while the loop is busy).
        await this.pacer.pause();
        sliceStart = this.clock();
      }
    }
    yield chunk + '}';
  }
}
