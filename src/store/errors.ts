// Errors the store raises, with messages that say what happened and what to do.

/** The snapshot or journal could not be read; nothing was changed on disk. */
export class StoreCorruptError extends Error {
  override name = 'StoreCorruptError';
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(
      `The data file ${file} cannot be read (${detail}). Welkom did not start and left the file untouched. ` +
        `Restore it from DATA_DIR/backups/ or fix it by hand, then start again.`,
    );
  }
}

/** The data was written by a newer welkom than this one. */
export class StoreVersionError extends Error {
  override name = 'StoreVersionError';
  constructor(
    readonly file: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The data file ${file} has schema version ${found}, but this welkom understands up to ${supported}. Upgrade welkom or restore an older backup.`);
  }
}

/** Writing to disk failed; changes since the last commit are not durable. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError';
  constructor(readonly file: string, cause: unknown) {
    super(`Writing ${file} failed: ${cause instanceof Error ? cause.message : String(cause)}. Check free disk space and permissions of DATA_DIR.`, { cause });
  }
}
