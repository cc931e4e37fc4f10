// A real PostgreSQL for tests: a fresh database per test (welkom_test_<random>) made via the `test` database, dropped after.
// Set TEST_DATABASE_URL to use another server; when none answers, the PostgreSQL tests skip and say so.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Whether the test PostgreSQL answers (checked once per test file). */
export const pgAvailable = await reachable();
/** The name to give a describe block of PostgreSQL tests, so a skip says why. */
export const PG_SUITE = pgAvailable ? 'PostgreSQL' : `PostgreSQL (SKIPPED: no server at ${new URL(ADMIN_URL).host}; set TEST_DATABASE_URL or start one)`;
if (!pgAvailable) console.info(`PostgreSQL tests skipped: no server answers at ${new URL(ADMIN_URL).host} (set TEST_DATABASE_URL).`);

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; `drop()` ends its connections and removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `welkom_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
