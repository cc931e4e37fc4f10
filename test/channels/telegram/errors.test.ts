// Classifying failed Bot API calls: what the outbox does next, and what a failure says about the chat.
import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/channels/channel.js';
import { classifySendError, describeError, isFatalPollingError, retryAfterMs } from '../../../src/channels/telegram/errors.js';

const apiError = (code: number, description: string, parameters: { retry_after?: number; migrate_to_chat_id?: number } = {}) =>
  new GrammyError(`Call to 'sendMessage' failed! (${code}: ${description})`, { ok: false, error_code: code, description, parameters }, 'sendMessage', { chat_id: 1, text: 'geheime tekst' });

const failure = (error: unknown) => {
  const result = classifySendError(error);
  if (result.kind !== 'failed' && result.kind !== 'gone') throw new Error(`expected a failure, got ${result.kind}`);
  return result.error;
};

describe('classifySendError', () => {
  it('429 → rate_limited with Telegram’s retry_after in milliseconds', () => {
    const error = failure(apiError(429, 'Too Many Requests: retry after 7', { retry_after: 7 }));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ failure: 'rate_limited', retryAfterMs: 7000 });
    expect(failure(apiError(429, 'Too Many Requests'))).toMatchObject({ failure: 'rate_limited', retryAfterMs: 1000 });
  });

  it('400 with migrate_to_chat_id → migrated to the new chat id', () => {
    expect(classifySendError(apiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1004200 }))).toEqual({ kind: 'migrated', toChatId: '-1004200' });
  });

  it('400 thread not found → thread_gone (sent again without the topic)', () => {
    expect(classifySendError(apiError(400, 'Bad Request: message thread not found'))).toEqual({ kind: 'thread_gone' });
  });

  it('403 → gone, permanent (blocked, kicked, not a member): marked unreachable, never retried for ever', () => {
    expect(classifySendError(apiError(403, 'Forbidden: bot was blocked by the user'))).toMatchObject({ kind: 'gone', reason: 'blocked', error: { failure: 'permanent' } });
    expect(classifySendError(apiError(403, 'Forbidden: bot was kicked from the supergroup chat'))).toMatchObject({ kind: 'gone', reason: 'kicked' });
    expect(classifySendError(apiError(403, 'Forbidden: bot is not a member of the group chat'))).toMatchObject({ kind: 'gone', reason: 'left' });
    expect(classifySendError(apiError(403, 'Forbidden: user is deactivated'))).toMatchObject({ kind: 'gone', reason: 'blocked' });
  });

  it('other 400s are permanent; 401, 5xx and network errors transient', () => {
    expect(failure(apiError(400, "Bad Request: can't parse entities: Unsupported start tag"))).toMatchObject({ failure: 'permanent' });
    expect(failure(apiError(502, 'Bad Gateway'))).toMatchObject({ failure: 'transient' });
    expect(failure(apiError(401, 'Unauthorized'))).toMatchObject({ failure: 'transient' });
    expect(failure(new HttpError("Network request for 'sendMessage' failed!", new Error('ECONNRESET')))).toMatchObject({ failure: 'transient' });
    expect(failure(new Error('boom'))).toMatchObject({ failure: 'transient', reason: 'boom' });
  });

  it('keeps message texts out of reasons and log fields', () => {
    const error = apiError(400, 'Bad Request: message is too long');
    expect(failure(error).reason).toBe('telegram 400: Bad Request: message is too long');
    expect(JSON.stringify(describeError(error))).not.toContain('geheime tekst');
    expect(describeError(error)).toEqual({ method: 'sendMessage', code: 400, description: 'Bad Request: message is too long' });
  });
});

describe('polling helpers', () => {
  it('only a refused token stops polling; retry_after is honoured', () => {
    expect(isFatalPollingError(apiError(401, 'Unauthorized'))).toBe(true);
    expect(isFatalPollingError(apiError(409, 'Conflict: terminated by other getUpdates request'))).toBe(false);
    expect(isFatalPollingError(new HttpError('x', new Error('y')))).toBe(false);
    expect(retryAfterMs(apiError(429, 'Too Many Requests', { retry_after: 3 }))).toBe(3000);
    expect(retryAfterMs(new Error('x'))).toBeUndefined();
  });
});
