// What each person receives: a short header in their language, then the text in their language — or Dutch and English when there is none.
import { TEMPLATE_PARAM_MAX } from '../../channels/whatsapp/window.js';
import type { Services } from '../../core/services.js';
import type { ChannelName } from '../../core/types.js';

/** The part of a broadcast that decides its texts. */
export interface Content {
  texts: Record<string, string>;
  prepared?: string;
  /** The coordinator's name, shown in the header. */
  from: string;
}

/** Languages whose missing version is replaced by these, in this order. */
export const FALLBACK_LOCALES = ['nl', 'en'] as const;

/** Whether a person in `locale` gets their own version (else the Dutch + English fallback). */
export function hasVersion(content: Content, locale: string): boolean {
  return content.prepared !== undefined || typeof content.texts[locale] === 'string';
}

/** The fallback texts that exist (Dutch and/or English). */
export function fallbackTexts(content: Content): string[] {
  return FALLBACK_LOCALES.flatMap((l) => content.texts[l] ?? []);
}

/**
 * The message(s) one person gets. Normally one; on WhatsApp a Dutch + English fallback that together would not fit
 * the template's limit goes as two messages.
 */
export function messagesFor(services: Services, content: Content, locale: string, channel: ChannelName): string[] {
  const { translator } = services;
  const header = translator.t(locale, 'broadcast.message.header', { name: content.from });
  if (content.prepared) return [`${header}\n\n${translator.t(locale, `broadcast.prepared_texts.${content.prepared}`)}`];
  const own = content.texts[locale];
  if (own !== undefined) return [`${header}\n\n${own}`];
  const fallback = fallbackTexts(content);
  if (fallback.length === 0) return [];
  const together = `${header}\n\n${fallback.join('\n\n— — —\n\n')}`;
  if (channel === 'whatsapp' && !fitsTemplate(together)) return fallback.map((text) => `${header}\n\n${text}`);
  return [together];
}

/** Length of a message as WhatsApp's template parameter carries it (on one line: new lines become " · "). */
export function templateLength(message: string): number {
  return [...message.replace(/\s*\n+\s*/g, ' · ').replace(/\s+/g, ' ').trim()].length;
}

/** Whether a message fits the template parameter (TEMPLATE_PARAM_MAX) used outside the 24-hour window. */
export function fitsTemplate(message: string): boolean {
  return templateLength(message) <= TEMPLATE_PARAM_MAX;
}
