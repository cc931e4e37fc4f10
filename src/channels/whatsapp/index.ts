// PLACEHOLDER until the WhatsApp channel lands (issue 5): refuses to start rather than pretending to work.
import type { ChannelFactory } from '../../app.js';
import type { WhatsAppConfig } from '../../config.js';

export function createWhatsAppChannel(_config: WhatsAppConfig): ChannelFactory {
  throw new Error('WhatsApp variables are set, but this build has no WhatsApp channel yet.');
}
