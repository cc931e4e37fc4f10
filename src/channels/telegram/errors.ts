// Classifies failed Bot API calls: what the outbox should do (DeliveryError) and what the failure says about the chat.
import { GrammyError, HttpError } from 'grammy';
import { DeliveryError } from '../channel.js';

/** What a failed send means. `migrated` and `thread_gone` can be retried at once with another target. */
export type SendFailure =
  | { kind: 'migrated'; toChatId: string }
  | { kind: 'thread_gone' }
  | { kind: 'gone'; reason: 'blocked' | 'kicked' | 'left'; error: DeliveryError }
  | { kind: 'failed'; error: DeliveryError };

/** How long to pause after a 429 without retry_after (Telegram always sends one; this is a fallback). */
const DEFAULT_RETRY_AFTER_MS = 1_000;

/**
 * 429 → `rate_limited` with Telegram's retry_after; 400 with migrate_to_chat_id → `migrated`; 403 (blocked, kicked, not a
 * member) → `gone`, permanent; other 4xx → permanent; 401, 5xx and network errors → transient (the outbox retries with backoff).
 */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const { error_code: code, description, parameters } = error;
    const reason = `telegram ${code}: ${description}`;
    if (code === 429) return { kind: 'failed', error: new DeliveryError('rate_limited', reason, parameters.retry_after !== undefined ? parameters.retry_after * 1000 : DEFAULT_RETRY_AFTER_MS) };
    if (parameters.migrate_to_chat_id !== undefined) return { kind: 'migrated', toChatId: String(parameters.migrate_to_chat_id) };
    if (code === 400 && /thread not found/i.test(description)) return { kind: 'thread_gone' };
    if (code === 403) return { kind: 'gone', reason: goneReason(description), error: new DeliveryError('permanent', reason) };
    if (code === 401 || code >= 500) return { kind: 'failed', error: new DeliveryError('transient', reason) };
    return { kind: 'failed', error: new DeliveryError('permanent', reason) };
  }
  if (error instanceof HttpError) return { kind: 'failed', error: new DeliveryError('transient', `telegram network error: ${error.message}`) };
  if (error instanceof DeliveryError) return { kind: 'failed', error };
  return { kind: 'failed', error: new DeliveryError('transient', error instanceof Error ? error.message : String(error)) };
}

function goneReason(description: string): 'blocked' | 'kicked' | 'left' {
  if (/kicked/i.test(description)) return 'kicked';
  if (/not a member|left/i.test(description)) return 'left';
  return 'blocked'; // "bot was blocked by the user", "user is deactivated", "bot can't initiate conversation"
}

/** Safe fields for a log line: method, code and Telegram's description, never the payload (it holds message texts). */
export function describeError(error: unknown): { method?: string; code?: number; description: string } {
  if (error instanceof GrammyError) return { method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError) return { description: error.message };
  return { description: error instanceof Error ? error.message : String(error) };
}

/** True for errors after which polling cannot go on by itself (the token was revoked). */
export function isFatalPollingError(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 401;
}

/** Seconds Telegram asked us to wait, if it did. */
export function retryAfterMs(error: unknown): number | undefined {
  return error instanceof GrammyError && error.parameters.retry_after !== undefined ? error.parameters.retry_after * 1000 : undefined;
}
