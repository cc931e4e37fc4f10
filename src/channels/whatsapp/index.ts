// The WhatsApp Cloud API channel: webhook in, Graph API out (see docs/whatsapp.md for the Meta app setup).
import type { ChannelFactory } from '../../app.js';
import type { WhatsAppConfig } from '../../config.js';
import { WhatsAppChannel } from './channel.js';
import { loadTemplates, DEFAULT_TEMPLATES_FILE } from './window.js';

export { WhatsAppChannel } from './channel.js';
export { verifySignature, signBody } from './signature.js';

export interface CreateWhatsAppOptions {
  /** The templates file (default: flows/templates/whatsapp.yaml in this project). */
  templatesFile?: string;
  /** For tests: the fetch the Graph API client uses. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/**
 * Makes the WhatsApp channel factory. The templates file is read and checked now, so a bad file stops start-up
 * with a message naming the field.
 */
export function createWhatsAppChannel(config: WhatsAppConfig, options: CreateWhatsAppOptions = {}): ChannelFactory {
  const templates = loadTemplates(options.templatesFile ?? DEFAULT_TEMPLATES_FILE);
  return (context) => new WhatsAppChannel(config, context, { templates, fetch: options.fetch, timeoutMs: options.timeoutMs });
}
