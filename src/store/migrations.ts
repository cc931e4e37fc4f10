// Upgrades stored data from older schema versions to the current one, one step at a time.
import { SCHEMA_VERSION, emptyData, type StoreData } from './schema.js';

/** `MIGRATIONS[n]` turns version n data into version n + 1. Add one entry per schema change. */
export const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 0 was the unversioned prototype layout: collections only. Version 1 adds `version`, `seq` and any missing collection.
  0: (data) => ({ ...emptyData(), ...data, version: 1, seq: typeof data.seq === 'number' ? data.seq : 0 }),
};

/** Applies every migration from the data's version up to SCHEMA_VERSION. Returns the data and whether anything changed. */
export function migrate(raw: Record<string, unknown>, migrations = MIGRATIONS, target = SCHEMA_VERSION): { data: StoreData; migrated: boolean } {
  let data = raw;
  let version = typeof data.version === 'number' ? data.version : 0;
  const migrated = version < target;
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from schema version ${version} to ${version + 1}.`);
    data = step(data);
    version += 1;
    data.version = version;
  }
  return { data: data as StoreData, migrated };
}
