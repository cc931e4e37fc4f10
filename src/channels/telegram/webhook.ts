// POST /webhooks/telegram: checks the secret token in constant time, queues the update per chat, answers 200 once it is committed.
import type { Update } from 'grammy/types';
import type { Logger } from '../../core/logger.js';
import { secretMatches } from '../../http/secrets.js';
import { readBody, sendJson, type RouteHandler } from '../../http/server.js';

export const WEBHOOK_PATH = '/webhooks/telegram';
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** Telegram's updates are small; anything bigger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;

export interface WebhookOptions {
  secret: string;
  /** Queues the update and resolves after its effects are committed. */
  accept(update: Update): Promise<void>;
  /** False while starting or stopping: Telegram gets 503 and sends the update again later. */
  isOpen(): boolean;
  logger: Logger;
}

/**
 * The route handler. The work (sending replies) happens later from the outbox, so the answer comes within milliseconds;
 * the 200 means "committed", and a 5xx makes Telegram send the update again (duplicates are dropped by update_id).
 */
export function webhookHandler(options: WebhookOptions): RouteHandler {
  return async (request, response) => {
    if (!secretMatches(request.headers[SECRET_HEADER], options.secret)) return sendJson(response, 401, { error: 'wrong or missing secret token' });
    if (!options.isOpen()) return sendJson(response, 503, { error: 'not ready' });
    const body = await readBody(request, MAX_BODY_BYTES);
    let update: unknown;
    try {
      update = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(response, 400, { error: 'the body is not JSON' });
    }
    if (!isUpdate(update)) return sendJson(response, 400, { error: 'the body is not a Telegram Update' });
    try {
      await options.accept(update);
    } catch (error) {
      options.logger.error({ updateId: update.update_id, description: error instanceof Error ? error.message : String(error) }, 'a webhook update could not be committed; Telegram will send it again');
      return sendJson(response, 500, { error: 'not committed' });
    }
    sendJson(response, 200, {});
  };
}

function isUpdate(value: unknown): value is Update {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as { update_id?: unknown }).update_id);
}
