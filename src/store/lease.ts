// The database lease: one welkom instance at a time is active, by holding a PostgreSQL advisory lock on its connection.
//
// The lock lives as long as the connection. The store writes through that same connection, so an instance that lost
// the lease (its connection dropped: crash, kill -9, network loss) can never write again: no two writers, ever.
// A standby polls `pg_try_advisory_lock` and becomes active the moment the old holder's connection is gone.
import pg from 'pg';
import type { Logger } from '../core/logger.js';

/** The advisory lock key all welkom instances on one database compete for ('welk'). */
export const LEASE_KEY = 0x77656c6b;
/** A standby tries to take the lease this often. */
export const LEASE_POLL_MS = 1_000;

/** Another welkom instance (or a CLI command) holds the database. */
export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
  constructor(readonly location: string) {
    super(`The database ${location} is in use by another welkom instance (the active bot, or a CLI command). Stop it first, or start this one as a standby (npm start waits for the lease).`);
  }
}

/** Where a DATABASE_URL points, without user or password (for messages and logs). */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgresql://${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'postgresql database';
  }
}

/** A connection that may hold the lease. `client` is the only connection the store writes through. */
export class PgLease {
  private held = false;
  private releasing = false;
  private lostListeners: Array<(error: Error) => void> = [];

  private constructor(
    readonly client: pg.Client,
    readonly location: string,
    private readonly logger?: Logger,
  ) {
    const lost = (error: Error) => {
      if (this.releasing) return;
      const wasHeld = this.held;
      this.held = false;
      if (wasHeld) for (const listener of this.lostListeners) listener(error);
    };
    client.on('error', (error) => {
      this.logger?.error({ err: error }, 'the database connection failed');
      lost(error);
    });
    client.on('end', () => lost(new Error('the database connection ended')));
  }

  /**
   * Opens the connection. TCP keepalives on both ends make a vanished peer (a dead machine, a cut network) drop the
   * connection, and with it the lock, within about 15 s, instead of the kernel's two hours.
   */
  static async connect(url: string, logger?: Logger): Promise<PgLease> {
    const client = new pg.Client({
      connectionString: url,
      application_name: 'welkom',
      keepAlive: true,
      keepAliveInitialDelayMillis: 5_000,
      options: '-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2 -c tcp_keepalives_count=3',
      connectionTimeoutMillis: 10_000,
    });
    await client.connect();
    return new PgLease(client, describeDatabase(url), logger);
  }

  get isHeld(): boolean {
    return this.held;
  }

  /** Takes the lease if nobody holds it; never waits. */
  async tryAcquire(): Promise<boolean> {
    if (this.held) return true;
    const result = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [LEASE_KEY]);
    this.held = result.rows[0]?.ok === true;
    return this.held;
  }

  /** Waits until this connection holds the lease (polling every `pollMs`); rejects when the connection fails. */
  async acquire(pollMs = LEASE_POLL_MS): Promise<void> {
    while (!(await this.tryAcquire())) await new Promise((resolve) => setTimeout(resolve, pollMs));
  }

  /** Called once when a held lease is lost (the connection failed): the instance must stop acting as the active one. */
  onLost(listener: (error: Error) => void): void {
    this.lostListeners.push(listener);
  }

  /** Drops the connection after a failure the holder cannot recover from: the lease is lost (listeners are told). */
  abandon(): void {
    if (this.releasing) return;
    void this.client.end().catch(() => undefined);
  }

  /** Gives the lease up by closing the connection. Idempotent. */
  async release(): Promise<void> {
    if (this.releasing) return;
    this.releasing = true;
    this.held = false;
    await this.client.end().catch(() => undefined);
  }
}

/**
 * Waits as long as it takes to hold the lease, reconnecting when the database is unreachable. `onWaiting` is called
 * once when another instance is found to be active.
 */
export async function waitForLease(url: string, logger: Logger, onWaiting?: () => void, pollMs = LEASE_POLL_MS): Promise<PgLease> {
  let waiting = false;
  for (;;) {
    let lease: PgLease | undefined;
    try {
      lease = await PgLease.connect(url, logger);
      if (!(await lease.tryAcquire())) {
        if (!waiting) onWaiting?.();
        waiting = true;
        await lease.acquire(pollMs);
      }
      return lease;
    } catch (error) {
      await lease?.release();
      logger.warn({ err: error, database: describeDatabase(url) }, 'cannot reach the database; trying again');
      await new Promise((resolve) => setTimeout(resolve, Math.max(pollMs, 1_000)));
    }
  }
}
