// Applies the plain SQL files in migrations/pg/ in name order, each once, recorded in welkom_migrations.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { Logger } from '../core/logger.js';
import { projectPath } from '../core/paths.js';

// From the project folder, not this file: the compiled dist/ has no copy of migrations/.
export const SQL_MIGRATIONS_DIR = projectPath('migrations', 'pg');

/** Runs every migration not yet recorded, each in its own transaction; returns the names applied now. */
export async function runSqlMigrations(client: pg.Client, logger: Logger, dir = SQL_MIGRATIONS_DIR): Promise<string[]> {
  await client.query('CREATE TABLE IF NOT EXISTS welkom_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const done = new Set((await client.query<{ name: string }>('SELECT name FROM welkom_migrations')).rows.map((row) => row.name));
  const applied: string[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.sql')).sort()) {
    if (done.has(name)) continue;
    const sql = readFileSync(path.join(dir, name), 'utf8');
    try {
      await client.query('BEGIN');
      await client.query(sql);
      await client.query('INSERT INTO welkom_migrations (name) VALUES ($1)', [name]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new Error(`The database migration ${name} failed: ${(error as Error).message}`, { cause: error });
    }
    logger.info({ migration: name }, 'database migration applied');
    applied.push(name);
  }
  return applied;
}
