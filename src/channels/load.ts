// The platform channels the configuration enables, each loaded only when enabled (its SDK costs start-up time otherwise).
import type { ChannelFactory } from '../app.js';
import type { Config } from '../config.js';

export async function platformChannels(config: Config): Promise<ChannelFactory[]> {
  const factories: ChannelFactory[] = [];
  if (config.telegram) factories.push((await import('./telegram/index.js')).createTelegramChannel(config.telegram));
  if (config.whatsapp) factories.push((await import('./whatsapp/index.js')).createWhatsAppChannel(config.whatsapp));
  return factories;
}
