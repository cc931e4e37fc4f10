// The JSON-file StoreBackend: lowdb snapshots (one file per collection), an append-only JSONL journal in segments,
// daily backups and an archive of history that start-up does not read.
//
// Layout under DATA_DIR:
//   welkom.json               the snapshot's manifest (lowdb): {"version","seq","files":[collection names]}; `seq` is where
//                             journal replay starts. (Older welkom wrote every collection inline here; that still loads.)
//   snapshots/<seq>-<id>/<collection>.json  one lowdb file per collection, {"<id>": entity, …}, written in slices that
//                             yield to the event loop, into a new folder per snapshot (unchanged collections are hard
//                             links to the previous folder's files). The manifest names the folder and is written only
//                             after every file is durable AND every change the files may hold is durable in the journal,
//                             so a crash mid-snapshot leaves the previous manifest, its folder and the journal in charge,
//                             and a new folder never holds a change that was not acknowledged
//   journal/<seq>-<gen>.jsonl changes after the snapshot, one JSON line each: {"s":seq,"c":collection,"i":id,"v":value},
//                             "p":1 (+ "u":[removed fields]) when `v` holds changed fields only, or "d":1 for a delete;
//                             a new segment (never an existing file) per start and per snapshot; a segment is removed only
//                             when a complete snapshot covers every record in it
//   backups/welkom-<day>.json one single-file copy per day (all collections inline, loadable as welkom.json), newest 7 kept
//   archive/<collection>-<day>.jsonl  entities moved to history (e.g. delivered outbox items), one JSON line each; never
//                             read at start; day files are removed by pruneArchive
//   welkom.lock               pid, host and purpose of the process that has the folder open (src/store/lock.ts)
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, unlink, copyFile, chmod, link, rm, type FileHandle } from 'node:fs/promises';
import { constants as fsConstants, createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { Low } from 'lowdb';
import type { Logger } from '../core/logger.js';
import type { ArchiveEntry, JournalEntry, LoadedState, SnapshotSource, StoreBackend } from './backend.js';
import { StoreCorruptError, StoreVersionError, StoreWriteError } from './errors.js';
import { migrate } from './migrations.js';
import { SCHEMA_VERSION, COLLECTIONS, emptyData, type CollectionName, type StoreData } from './schema.js';
import { SecureJsonFile, SlicedJsonFile, syncDirectory, writeFileAtomic, writeFileAtomicChunks } from './secure-json-file.js';
import { acquireLock, type StoreLock } from './lock.js';
import { Pacer } from './pacer.js';

export interface JsonFileBackendOptions {
  dataDir: string;
  logger: Logger;
  /** Daily backups to keep (default 7). */
  keepBackups?: number;
  /** For backup and archive file names; defaults to the system clock. */
  now?: () => number;
  /** Said in the lock file DATA_DIR/welkom.lock while open (default `bot`). */
  purpose?: string;
}

interface JournalRecord {
  s: number;
  c: CollectionName;
  i: string;
  v?: unknown;
  /** 1: `v` holds changed fields only; `u` lists removed fields. */
  p?: 1;
  u?: string[];
  d?: 1;
}

/** welkom.json in the per-collection layout. */
interface Manifest {
  version: number;
  seq: number;
  /** The folder of this snapshot's collection files. */
  dir: string;
  /** Collections with a file in `dir`. */
  files: string[];
}

/**
 * Journal segments are opened with O_DSYNC where the platform has it: each write returns once its bytes are durable,
 * like a write followed by fdatasync, in one trip to the thread pool instead of two (a commit waits for one turn of the
 * event loop less, which counts while a snapshot shares the loop). Elsewhere (Windows) each write is followed by datasync.
 */
const JOURNAL_DSYNC: number = fsConstants.O_DSYNC ?? 0;

export class JsonFileBackend implements StoreBackend {
  readonly location: string;
  readonly file: string;
  /** The current snapshot's folder (absolute), once there is one. */
  private snapshotDir?: string;
  private readonly journalDir: string;
  private readonly backupDir: string;
  private readonly archiveDir: string;
  private readonly manifest: Low<Manifest>;
  /** Collections that have a file in the current manifest. */
  private written = new Set<string>();
  private segment?: { handle: FileHandle; name: string; maxSeq: number };
  /** Closed segments still on disk, with the highest seq each holds. */
  private closedSegments: Array<{ name: string; maxSeq: number }> = [];
  private generation = 0;
  /** Journal writes and segment rotation, one at a time. */
  private chain: Promise<void> = Promise.resolve();
  /** Highest seq handed to `append` so far. */
  private appendedSeq = 0;
  /** The day's backup started by load(), if still running. */
  private pendingBackup?: Promise<void>;
  /** One process at a time owns DATA_DIR (a second bot, or a restore under a running bot, is refused). */
  private lock?: StoreLock;

  constructor(private readonly options: JsonFileBackendOptions) {
    this.location = options.dataDir;
    this.file = path.join(options.dataDir, 'welkom.json');
    this.journalDir = path.join(options.dataDir, 'journal');
    this.backupDir = path.join(options.dataDir, 'backups');
    this.archiveDir = path.join(options.dataDir, 'archive');
    this.manifest = new Low(new SecureJsonFile<Manifest>(this.file), { version: SCHEMA_VERSION, seq: 0, dir: '', files: [] });
  }

  async load(): Promise<LoadedState> {
    const { dataDir, logger } = this.options;
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    // Personal data: only welkom's user may read it, also when the operator made the folder with looser rights.
    await chmod(dataDir, 0o700).catch(() => logger.warn('DATA_DIR belongs to another user, so welkom cannot make it private (0700); please do so'));
    this.lock = await acquireLock(dataDir, this.options.purpose ?? 'bot');
    try {
      return await this.loadLocked();
    } catch (error) {
      await this.lock.release();
      throw error;
    }
  }

  private async loadLocked(): Promise<LoadedState> {
    const { dataDir, logger } = this.options;
    const raw = await new SecureJsonFile<Record<string, unknown>>(this.file).read();
    if (raw && typeof raw.version === 'number' && raw.version > SCHEMA_VERSION) throw new StoreVersionError(this.file, raw.version, SCHEMA_VERSION);
    const layout = raw && Array.isArray(raw.files) ? 'collections' : raw ? 'inline' : 'none';
    if (raw && layout === 'collections') {
      // Collections live in their own files: read them into the same shape the inline layout had.
      if (typeof raw.dir !== 'string' || !/^snapshots\/[A-Za-z0-9-]+$/.test(raw.dir)) throw new StoreCorruptError(this.file, `bad snapshot folder ${JSON.stringify(raw.dir)}`);
      this.snapshotDir = path.join(dataDir, raw.dir);
      const names = (raw.files as unknown[]).map((name) => {
        if (typeof name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(name)) throw new StoreCorruptError(this.file, `bad collection name ${JSON.stringify(name)}`);
        return name;
      });
      // All files are read at once, so one is parsed while the others are still being read.
      const lows = names.map((name) => collectionFile(this.snapshotDir!, name));
      await Promise.all(lows.map((low) => low.read()));
      names.forEach((name, index) => {
        const data = lows[index]!.data;
        if (data === null) throw new StoreCorruptError(path.join(this.snapshotDir!, `${name}.json`), 'the file is missing');
        raw[name] = data;
        this.written.add(name);
      });
      delete raw.files;
      delete raw.dir;
    }
    const { data, migrated } = raw ? migrate(raw) : { data: emptyData(), migrated: false };
    for (const name of COLLECTIONS) if (!data[name] || typeof data[name] !== 'object') (data as Record<string, unknown>)[name] = {};
    const { applied, segments, touched } = await replayJournal(this.journalDir, data);
    this.closedSegments = segments;
    this.generation = segments.reduce((max, segment) => Math.max(max, generationOf(segment.name)), 0);
    await mkdir(this.journalDir, { recursive: true, mode: 0o700 });
    await mkdir(this.backupDir, { recursive: true, mode: 0o700 });
    await chmod(this.journalDir, 0o700);
    await chmod(this.backupDir, 0o700);
    await this.removeOldSnapshotFolders();
    if (migrated || layout === 'inline') {
      // The old welkom.json is replaced by the first snapshot: keep a copy.
      const reason = migrated ? `v${SCHEMA_VERSION}` : 'per-collection-files';
      await copyFile(this.file, path.join(this.backupDir, `welkom-before-${reason}-${Date.now()}.json`));
      logger.info({ to: SCHEMA_VERSION, reason }, 'store converted to a new schema version or layout; the old file was kept in backups/');
    }
    this.appendedSeq = data.seq;
    await this.openSegment(data.seq + 1);
    const needsSnapshot = migrated || layout !== 'collections';
    // The day's first start makes the day's backup in the background (a copy of ≈ 50 MB at 10,000 groups need not delay
    // start-up); close() waits for it, and a backup that fails is made again after the next snapshot.
    if (!needsSnapshot) {
      this.pendingBackup = this.backupDaily(data.seq).catch((error: unknown) => logger.warn({ err: error }, 'the daily backup failed; it is tried again after the next snapshot'));
    }
    return { data, needsSnapshot, replayed: applied, replayedInto: touched };
  }

  append(entries: JournalEntry[]): Promise<number> {
    if (entries.length === 0) return Promise.resolve(0);
    const upTo = entries[entries.length - 1]!.seq;
    this.appendedSeq = Math.max(this.appendedSeq, upTo);
    const buffer = Buffer.from(entries.map(journalLine).join('\n') + '\n');
    return this.enqueue(async () => {
      try {
        if (!this.segment) throw new Error('no open journal segment');
        // FileHandle.write may write less than asked (e.g. a nearly full disk): write the rest too.
        for (let offset = 0; offset < buffer.length; ) {
          const { bytesWritten } = await this.segment.handle.write(buffer, offset, buffer.length - offset);
          if (bytesWritten <= 0) throw new Error('the disk accepted no more bytes');
          offset += bytesWritten;
        }
        if (!JOURNAL_DSYNC) await this.segment.handle.datasync();
        this.segment.maxSeq = Math.max(this.segment.maxSeq, upTo);
      } catch (error) {
        throw new StoreWriteError(this.journalDir, error);
      }
    }).then(() => buffer.length);
  }

  async snapshot(source: SnapshotSource): Promise<void> {
    const { seq } = source;
    // Later entries go to a fresh segment; entries appended before this point may still land in the old one, which is
    // then kept until a later snapshot covers it (see removeSegmentsCoveredBy).
    const rotated = this.enqueue(() => this.openSegment(this.appendedSeq + 1));
    const all = source.collections as unknown as Record<string, Record<string, unknown>>;
    // Empty collections get no file (they load as empty); an unchanged collection keeps its file, or stays without one.
    // (Whether a changed one is empty is found while writing it: enumerating a big collection's keys just to see that
    // it has one costs as much as listing them all, and the writer lists them anyway.)
    const candidates = Object.keys(all).filter((name) => name !== 'version' && name !== 'seq' && (source.changed.has(name as CollectionName) || this.written.has(name)));
    const names: string[] = [];
    const pacer = new Pacer();
    const dirName = `snapshots/${String(seq).padStart(12, '0')}-${randomBytes(4).toString('hex')}`;
    const dir = path.join(this.options.dataDir, dirName);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    try {
      for (const name of candidates) {
        const file = path.join(dir, `${name}.json`);
        const changed = source.changed.has(name as CollectionName);
        if (this.snapshotDir && this.written.has(name) && !changed) {
          // Unchanged since the previous snapshot: share its file.
          await link(path.join(this.snapshotDir, `${name}.json`), file).catch(() => copyFile(path.join(this.snapshotDir!, `${name}.json`), file));
          names.push(name);
          continue;
        }
        const low = collectionFile(dir, name, pacer, changed);
        low.data = all[name]!;
        await low.write();
        if (low.adapter.wroteFile) names.push(name);
      }
      await syncDirectory(dir);
      await syncDirectory(path.dirname(dir));
      await rotated;
      // The files may hold changes made while they were written; those must be in the journal before this snapshot counts.
      await source.durable?.();
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    // Only now does the new snapshot take over: a crash before this line leaves the previous manifest and its folder.
    this.manifest.data = { version: source.version, seq, dir: dirName, files: names };
    await this.manifest.write();
    const previous = this.snapshotDir;
    this.snapshotDir = dir;
    this.written = new Set(names);
    // The start-up backup may still be copying the previous folder's files.
    await this.pendingBackup;
    if (previous) await rm(previous, { recursive: true, force: true });
    await this.removeSegmentsCoveredBy(seq);
    await this.backupDaily(seq);
  }

  async archive(entries: ArchiveEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await mkdir(this.archiveDir, { recursive: true, mode: 0o700 });
    const byFile = new Map<string, string[]>();
    for (const entry of entries) {
      const name = `${entry.collection}-${new Date(entry.at).toISOString().slice(0, 10)}.jsonl`;
      const lines = byFile.get(name) ?? [];
      lines.push(`{"i":${JSON.stringify(entry.id)},"a":${entry.at},"v":${entry.json}}`);
      byFile.set(name, lines);
    }
    for (const [name, lines] of byFile) {
      const file = path.join(this.archiveDir, name);
      const handle = await open(file, 'a', 0o600);
      try {
        await handle.writeFile(lines.join('\n') + '\n');
        await handle.datasync();
      } catch (error) {
        throw new StoreWriteError(file, error);
      } finally {
        await handle.close();
      }
    }
    await syncDirectory(this.archiveDir);
  }

  async pruneArchive(before: number): Promise<number> {
    const day = new Date(before).toISOString().slice(0, 10);
    let removed = 0;
    for (const name of await readdir(this.archiveDir).catch(() => [] as string[])) {
      const match = /^[a-z]+-(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(name);
      // A day file goes once the whole day is older than `before`.
      if (!match || match[1]! >= day) continue;
      const file = path.join(this.archiveDir, name);
      removed += (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '').length;
      await unlink(file);
    }
    return removed;
  }

  async *readArchive(collection: CollectionName, since: number): AsyncIterable<{ id: string; at: number; value: unknown }> {
    const day = new Date(since).toISOString().slice(0, 10);
    const names = (await readdir(this.archiveDir).catch(() => [] as string[])).filter((name) => name.startsWith(`${collection}-`) && name.endsWith('.jsonl') && name.slice(collection.length + 1, -6) >= day).sort();
    for (const name of names) {
      const lines = createInterface({ input: createReadStream(path.join(this.archiveDir, name), 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        if (line === '') continue;
        let entry: { i: string; a: number; v: unknown };
        try {
          entry = JSON.parse(line) as { i: string; a: number; v: unknown };
        } catch {
          continue; // a torn last line after a crash: that entry is still in the live store
        }
        if (entry.a >= since) yield { id: entry.i, at: entry.a, value: entry.v };
      }
    }
  }

  /** Rewrites each day file of the collection that holds a matching entity, without those lines (atomically, 0600). */
  async removeFromArchive(collection: CollectionName, matches: (value: unknown) => boolean): Promise<number> {
    let removed = 0;
    const names = (await readdir(this.archiveDir).catch(() => [] as string[])).filter((name) => name.startsWith(`${collection}-`) && name.endsWith('.jsonl'));
    for (const name of names) {
      const file = path.join(this.archiveDir, name);
      const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
      const kept = lines.filter((line) => {
        let entry: { v?: unknown };
        try {
          entry = JSON.parse(line) as { v?: unknown };
        } catch {
          return true; // a torn last line after a crash: not a whole entry
        }
        return !matches(entry.v);
      });
      if (kept.length === lines.length) continue;
      removed += lines.length - kept.length;
      await writeFileAtomic(file, kept.length > 0 ? kept.join('\n') + '\n' : '');
    }
    return removed;
  }

  async close(): Promise<void> {
    await this.pendingBackup;
    await this.chain.catch(() => undefined);
    await this.segment?.handle.close().catch(() => undefined);
    this.segment = undefined;
    await this.lock?.release();
  }

  // ---- internals ----

  private enqueue(task: () => Promise<void>): Promise<void> {
    const next = this.chain.then(task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Closes the current segment (if any) and starts a new file; an existing file is never appended to (it may end torn). */
  private async openSegment(firstSeq: number): Promise<void> {
    if (this.segment) {
      await this.segment.handle.close();
      this.closedSegments.push({ name: this.segment.name, maxSeq: this.segment.maxSeq });
      this.segment = undefined;
    }
    this.generation += 1;
    const name = `${String(firstSeq).padStart(12, '0')}-${String(this.generation).padStart(6, '0')}.jsonl`;
    const file = path.join(this.journalDir, name);
    const handle = await open(file, JOURNAL_DSYNC ? fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | JOURNAL_DSYNC : 'wx', 0o600);
    await chmod(file, 0o600);
    await syncDirectory(this.journalDir);
    this.segment = { handle, name, maxSeq: 0 };
  }

  /** Removes closed segments whose every record is in the snapshot at `seq`. */
  private async removeSegmentsCoveredBy(seq: number): Promise<void> {
    const keep: typeof this.closedSegments = [];
    for (const segment of this.closedSegments) {
      if (segment.maxSeq <= seq) await unlink(path.join(this.journalDir, segment.name)).catch(() => undefined);
      else keep.push(segment);
    }
    this.closedSegments = keep;
  }

  /** Snapshot folders other than the current one: left by a crash mid-snapshot. */
  private async removeOldSnapshotFolders(): Promise<void> {
    const parent = path.join(this.options.dataDir, 'snapshots');
    for (const name of await readdir(parent).catch(() => [] as string[])) {
      const dir = path.join(parent, name);
      if (dir !== this.snapshotDir) await rm(dir, { recursive: true, force: true });
    }
  }

  /** Once a day, one file with every collection inline (the layout older welkom wrote), copied from the snapshot files without parsing them. */
  private async backupDaily(seq: number): Promise<void> {
    if (!existsSync(this.file) || !this.snapshotDir) return;
    const day = new Date((this.options.now ?? Date.now)()).toISOString().slice(0, 10);
    const target = path.join(this.backupDir, `welkom-${day}.json`);
    if (!existsSync(target)) {
      const snapshotDir = this.snapshotDir;
      const names = [...this.written];
      await writeFileAtomicChunks(
        target,
        (async function* () {
          yield `{"version":${SCHEMA_VERSION},"seq":${seq}`;
          for (const name of names) {
            yield `,${JSON.stringify(name)}:`;
            for await (const chunk of createReadStream(path.join(snapshotDir, `${name}.json`), { encoding: 'utf8' })) yield chunk as string;
          }
          yield '}';
        })(),
      );
      await chmod(target, 0o600);
    }
    const keep = this.options.keepBackups ?? 7;
    const daily = (await readdir(this.backupDir)).filter((name) => /^welkom-\d{4}-\d{2}-\d{2}\.json$/.test(name)).sort();
    for (const old of daily.slice(0, Math.max(0, daily.length - keep))) await unlink(path.join(this.backupDir, old)).catch(() => undefined);
  }
}

/** lowdb over one collection file of a snapshot folder. */
function collectionFile(dir: string, name: string, pacer?: Pacer, skipEmpty = false): Low<Record<string, unknown>> & { adapter: SlicedJsonFile<Record<string, unknown>> } {
  const adapter = new SlicedJsonFile<Record<string, unknown>>(path.join(dir, `${name}.json`), pacer, skipEmpty);
  return Object.assign(new Low(adapter, {}), { adapter });
}

/** One journal line: `{"s":…,"c":…,"i":…,"v":…}`, with `"p":1` (and `"u"`) for a patch or `"d":1` for a delete. */
function journalLine(entry: JournalEntry): string {
  const head = `{"s":${entry.seq},"c":"${entry.collection}","i":${JSON.stringify(entry.id)}`;
  if (entry.deleted) return `${head},"d":1}`;
  if (entry.patch) return `${head},"v":${entry.json},"p":1${entry.unset?.length ? `,"u":${JSON.stringify(entry.unset)}` : ''}}`;
  return `${head},"v":${entry.json}}`;
}

/** Generation number in a segment name `<seq>-<gen>.jsonl` (0 for other names). */
function generationOf(name: string): number {
  return Number(/^\d+-(\d+)\.jsonl$/.exec(name)?.[1] ?? 0);
}

/** Applies one journal record to the data (shared with other readers of the journal). */
export function applyRecord(collection: Record<string, unknown>, record: JournalRecord): void {
  if (record.d) delete collection[record.i];
  else if (record.p) {
    const entity = collection[record.i] as Record<string, unknown> | undefined;
    // A patch of an entity that is gone (deleted later in the journal, or archived) has nothing to change.
    if (!entity) return;
    Object.assign(entity, record.v);
    for (const field of record.u ?? []) delete entity[field];
  } else collection[record.i] = record.v;
}

/**
 * Applies journal records newer than the snapshot, in order. A torn final line of a segment (a crash mid-write) is
 * ignored; any other bad line, or a gap in the sequence, is an error. Returns each segment's highest seq.
 */
async function replayJournal(dir: string, data: StoreData): Promise<{ applied: number; segments: Array<{ name: string; maxSeq: number }>; touched: Set<CollectionName> }> {
  const touched = new Set<CollectionName>();
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.jsonl')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { applied: 0, segments: [], touched };
    throw error;
  }
  let applied = 0;
  const segments: Array<{ name: string; maxSeq: number }> = [];
  for (const name of names) {
    const file = path.join(dir, name);
    let maxSeq = 0;
    const lines = (await readFile(file, 'utf8')).split('\n');
    // A file that ends with "\n" gives a last empty element; a torn file gives a partial last line.
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index]!;
      if (line === '') continue;
      let record: JournalRecord;
      try {
        record = JSON.parse(line) as JournalRecord;
        if (typeof record.s !== 'number' || typeof record.c !== 'string' || typeof record.i !== 'string') throw new Error('missing s, c or i');
      } catch (error) {
        if (index === lines.length - 1) break; // torn last line: that change was never acknowledged
        throw new StoreCorruptError(file, `line ${index + 1}: ${(error as Error).message}`);
      }
      maxSeq = Math.max(maxSeq, record.s);
      if (record.s <= data.seq) continue;
      if (record.s !== data.seq + 1) throw new StoreCorruptError(file, `line ${index + 1}: changes ${data.seq + 1} to ${record.s - 1} are missing from the journal`);
      const collection = data[record.c] as Record<string, unknown> | undefined;
      if (!collection) throw new StoreCorruptError(file, `line ${index + 1}: unknown collection "${record.c}"`);
      applyRecord(collection, record);
      touched.add(record.c);
      data.seq = record.s;
      applied += 1;
    }
    segments.push({ name, maxSeq });
  }
  return { applied, segments, touched };
}
