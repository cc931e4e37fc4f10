import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);

// src/store/schema.ts
var SCHEMA_VERSION = 1;
var COLLECTIONS = [
  "groups",
  "members",
  "identities",
  "invites",
  "conversations",
  "chats",
  "outbox",
  "jobs",
  "audit",
  "refusals",
  "throttles",
  "dedup",
  "contacts",
  "relays",
  "commitments",
  "plans",
  "planPrompts",
  "broadcasts",
  "meetups",
  "meetupOutcomes",
  "meetupSettings",
  "meetupPrompts",
  "meta",
  "practiceLearners",
  "practiceCards",
  "practiceWords"
];
function emptyData() {
  const data = { version: SCHEMA_VERSION, seq: 0 };
  for (const name of COLLECTIONS) data[name] = {};
  return data;
}

// src/store/errors.ts
var StoreCorruptError = class extends Error {
  constructor(file, detail) {
    super(
      `The data file ${file} cannot be read (${detail}). Welkom did not start and left the file untouched. Restore it from DATA_DIR/backups/ or fix it by hand, then start again.`
    );
    this.file = file;
    this.detail = detail;
  }
  file;
  detail;
  name = "StoreCorruptError";
};
var StoreVersionError = class extends Error {
  constructor(file, found, supported) {
    super(`The data file ${file} has schema version ${found}, but this welkom understands up to ${supported}. Upgrade welkom or restore an older backup.`);
    this.file = file;
    this.found = found;
    this.supported = supported;
  }
  file;
  found;
  supported;
  name = "StoreVersionError";
};
var StoreWriteError = class extends Error {
  constructor(file, cause) {
    super(`Writing ${file} failed: ${cause instanceof Error ? cause.message : String(cause)}. Check free disk space and permissions of DATA_DIR.`, { cause });
    this.file = file;
  }
  file;
  name = "StoreWriteError";
};

// src/store/migrations.ts
var MIGRATIONS = {
  // Version 0 was the unversioned prototype layout: collections only. Version 1 adds `version`, `seq` and any missing collection.
  0: (data) => ({ ...emptyData(), ...data, version: 1, seq: typeof data.seq === "number" ? data.seq : 0 })
};
function migrate(raw, migrations = MIGRATIONS, target = SCHEMA_VERSION) {
  let data = raw;
  let version = typeof data.version === "number" ? data.version : 0;
  const migrated = version < target;
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from schema version ${version} to ${version + 1}.`);
    data = step(data);
    version += 1;
    data.version = version;
  }
  return { data, migrated };
}

export {
  SCHEMA_VERSION,
  COLLECTIONS,
  emptyData,
  StoreCorruptError,
  StoreVersionError,
  StoreWriteError,
  migrate
};
