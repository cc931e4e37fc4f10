// The Telegram channel (grammY): builds the bot client without calling the API; `start()` does getMe, menus and polling or the webhook.
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot } from 'grammy';
import type { ChannelFactory } from '../../app.js';
import type { TelegramConfig } from '../../config.js';
import { TelegramAdapter } from './adapter.js';

/** Long enough for a 30 s long poll; a stuck send gives its lane slot back after this. */
const REQUEST_TIMEOUT_SECONDS = 60;

/**
 * The Bot API client. auto-retry handles only short waits in place (429 with retry_after ≤ 5 s, at most 2 retries);
 * network errors, 5xx and longer waits go back to the outbox, which retries with backoff and keeps its own limits.
 */
export function createTelegramBot(config: Pick<TelegramConfig, 'token' | 'apiRoot'>): Bot {
  const bot = new Bot(config.token, { client: { apiRoot: config.apiRoot, timeoutSeconds: REQUEST_TIMEOUT_SECONDS } });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 5, rethrowHttpErrors: true, rethrowInternalServerErrors: true }));
  return bot;
}

export function createTelegramChannel(config: TelegramConfig): ChannelFactory {
  return (context) => new TelegramAdapter(config, context, createTelegramBot(config));
}
