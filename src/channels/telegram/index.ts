// PLACEHOLDER until the Telegram channel lands (issue 4): refuses to start rather than pretending to work.
import type { ChannelFactory } from '../../app.js';
import type { TelegramConfig } from '../../config.js';

export function createTelegramChannel(_config: TelegramConfig): ChannelFactory {
  throw new Error('TELEGRAM_BOT_TOKEN is set, but this build has no Telegram channel yet.');
}
