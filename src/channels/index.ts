// The platform channels enabled by the configuration (Telegram, WhatsApp). The local channel is built by the app.
import type { ChannelFactory } from '../app.js';
import type { Config } from '../config.js';

export function channelFactories(config: Config): ChannelFactory[] {
  const factories: ChannelFactory[] = [];
  if (config.telegram) throw new Error('TELEGRAM_BOT_TOKEN is set, but the Telegram channel is not built yet.');
  if (config.whatsapp) throw new Error('WhatsApp variables are set, but the WhatsApp channel is not built yet.');
  return factories;
}
