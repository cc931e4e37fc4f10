// The persistence contract under the Store: load state, append a durable journal batch, write snapshots, close.
//
// The Store (store.ts) owns everything in memory: the collections, the sequence numbers, group commit and who waits
// for which commit. A backend only makes things durable and reads them back. The JSON-file backend
// (json-file-backend.ts) is the default; a database backend implements the same interface.
//
// Rules every backend keeps:
// - `append` resolves only when every entry it was given is durable (fsynced / committed). The Store calls it with
//   one batch at a time, in sequence order, and never concurrently with another `append`.
// - A snapshot may be taken while the Store keeps changing (it may be "fuzzy": some entities newer than `seq`),
//   because every journal entry sets or removes a whole entity or sets named fields, so replaying the journal from
//   `seq + 1` over such a snapshot gives the exact state. A backend therefore never discards journal entries newer
//   than the `seq` of the newest snapshot that is completely durable.
// - `load` never changes anything when it cannot read the data; it throws StoreCorruptError / StoreVersionError.
import type { CollectionName, StoreData } from './schema.js';

/** One change, in the order the Store made it. `json` is the entity (a put) or, with `patch`, the changed fields. */
export interface JournalEntry {
  seq: number;
  collection: CollectionName;
  id: string;
  /** The whole entity as JSON text (a put), or the changed fields (a patch); absent for a delete. */
  json?: string;
  /** `json` holds only changed fields to merge into the entity; `unset` lists fields to remove. */
  patch?: boolean;
  unset?: string[];
  deleted?: boolean;
}

/** What `load` found. */
export interface LoadedState {
  data: StoreData;
  /** The data was migrated from an older schema or nothing existed yet: the Store writes a snapshot at once. */
  needsSnapshot: boolean;
  /** Journal entries applied after the snapshot (for the log). */
  replayed: number;
  /** Collections the replayed entries changed: the next snapshot must write them (the journal is trimmed after it). */
  replayedInto?: Set<CollectionName>;
}

/** The Store's in-memory state as a snapshot source. Reading it later than `seq` is allowed (see the rules above). */
export interface SnapshotSource {
  seq: number;
  version: number;
  /** The live collections; a backend may read them over several turns of the event loop. */
  collections: StoreData;
  /** Collections changed since the previous snapshot began (a backend may skip the others). */
  changed: ReadonlySet<CollectionName>;
  /**
   * Resolves once every change made so far is durable (appended). A backend that reads the collections over several
   * turns calls it before its snapshot takes over: what it read may include changes made meanwhile, and those must
   * not outlive a crash unless they were acknowledged. (Absent when nothing else changes the collections, e.g. a copy.)
   */
  durable?(): Promise<void>;
}

/** An entity moved out of the live store into history (e.g. a delivered outbox item). */
export interface ArchiveEntry {
  collection: CollectionName;
  id: string;
  /** The time the archive keeps it by (ms; e.g. when a message was last changed); pruneArchive removes by it. */
  at: number;
  json: string;
}

export interface StoreBackend {
  /** For messages: where the data lives (a folder, a database name), never a password. */
  readonly location: string;
  /** Reads the newest snapshot and replays the journal after it, migrating older schema versions. */
  load(): Promise<LoadedState>;
  /** Makes a batch durable; resolves with the bytes written (for stats). */
  append(entries: JournalEntry[]): Promise<number>;
  /** Writes a snapshot of `source`; after it is durable, journal entries up to `source.seq` may be discarded. */
  snapshot(source: SnapshotSource): Promise<void>;
  /** Durably stores entities moved to history; they are not part of `load`. */
  archive(entries: ArchiveEntry[]): Promise<void>;
  /** Removes archived entities archived before `before` (ms); returns how many. */
  pruneArchive(before: number): Promise<number>;
  /** Reads archived entities of a collection archived at or after `since` (for history views and exports). */
  readArchive(collection: CollectionName, since: number): AsyncIterable<{ id: string; at: number; value: unknown }>;
  /** Removes the archived entities of a collection that `matches` (erasure of a member), in one pass; returns how many. */
  removeFromArchive(collection: CollectionName, matches: (value: unknown) => boolean): Promise<number>;
  close(): Promise<void>;
}
