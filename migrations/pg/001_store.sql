-- 001: the store on PostgreSQL. One row per entity (collection, id) holding its JSON; one row of metadata
-- (schema version and the sequence number of the last committed change); archived entities (history) apart.
CREATE TABLE welkom_meta (
  id smallint PRIMARY KEY CHECK (id = 1),
  version integer NOT NULL,
  seq bigint NOT NULL
);

CREATE TABLE welkom_entities (
  collection text NOT NULL,
  id text NOT NULL,
  value jsonb NOT NULL,
  PRIMARY KEY (collection, id)
);

CREATE TABLE welkom_archive (
  n bigserial PRIMARY KEY,
  collection text NOT NULL,
  id text NOT NULL,
  at bigint NOT NULL,
  value jsonb NOT NULL
);
CREATE INDEX welkom_archive_by_time ON welkom_archive (collection, at);
