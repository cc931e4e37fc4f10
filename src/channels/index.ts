// The platform channels enabled by the configuration (Telegram, WhatsApp), loaded at once (tests and benchmarks); main.ts
// uses load.ts, which loads each platform's SDK only when it is enabled. The local channel is built by the app.
import type { ChannelFactory } from '../app.js';
import type { Config } from '../config.js';
import { createTelegramChannel } from './telegram/index.js';
import { createWhatsAppChannel } from './whatsapp/index.js';

export function channelFactories(config: Config): ChannelFactory[] {
  const factories: ChannelFactory[] = [];
  if (config.telegram) factories.push(createTelegramChannel(config.telegram));
  if (config.whatsapp) factories.push(createWhatsAppChannel(config.whatsapp));
  return factories;
}
