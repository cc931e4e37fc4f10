// Shared helpers of the chats feature: the group-chat language, which chats are groups, and posting into a chat.
import type { Services } from '../../core/services.js';
import type { Address } from '../../core/types.js';
import { SOURCE_LOCALE, type TextVars } from '../../i18n/i18n.js';

/**
 * Texts the bot posts by itself into a group chat are Dutch: the group chat is where the (Dutch) volunteers talk, and
 * newcomers meet the bot 1:1 in their own language. Replies to a command typed in the group use the sender's language.
 */
export const GROUP_CHAT_LOCALE = SOURCE_LOCALE;

/** Group chats have negative ids on Telegram (the only platform with chat events); the outbox uses the same rule. */
export function isGroupChat(address: Address): boolean {
  return address.chatId.startsWith('-');
}

/** The address stored for a chat: platform and chat id, no forum topic. */
export function chatAddress(address: Address): Address {
  return { channel: address.channel, chatId: address.chatId };
}

/** Queues the text `textKey` in the group-chat language for a chat, once per `idempotencyKey`. */
export function postToChat(services: Services, address: Address, textKey: string, vars: TextVars, idempotencyKey: string): void {
  services.outbox.enqueue({
    to: chatAddress(address),
    message: { text: services.translator.t(GROUP_CHAT_LOCALE, textKey, vars), kind: 'notice' },
    priority: 'interactive',
    urgent: true,
    key: idempotencyKey,
  });
}
