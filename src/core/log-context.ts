// Correlation ids for logs: the update or HTTP request being handled, carried through async code (AsyncLocalStorage).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { randomHex } from './random-id.js';

/** Fields added to every log line written while handling one update or request. */
export interface LogContext {
  /** Short id of the inbound update (the same for the platform's retries of it). */
  update?: string;
  /** Short id of the HTTP request. */
  req?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with `fields` added to the current context (nested contexts keep the outer fields). */
export function withLogContext<T>(fields: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...fields }, fn);
}

/** The context of the code running now (empty outside any update or request). */
export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}

/**
 * A short, stable id for an update: a hash of its deduplication key, so a platform's retry gets the same id while
 * the key itself (which can contain chat or user ids) never reaches the logs.
 */
export function updateId(dedupKey: string | undefined): string {
  if (!dedupKey) return randomHex(6);
  return createHash('sha256').update(dedupKey).digest('hex').slice(0, 12);
}

/** A fresh request id, or the proxy's X-Request-Id when it is a harmless token. */
export function requestId(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9_.-]{1,64}$/.test(given) ? given : randomHex(6);
}
