// Turns one Cloud API webhook message into welkom's channel-neutral Inbound (or says why it is ignored).
import type { Inbound } from '../../core/types.js';
import type { WebhookContact, WebhookMessage } from './schema.js';

/** Separates the question token from the choice id in the ids of buttons and list rows we send: `${askToken}|${choiceId}`. */
export const REPLY_ID_SEPARATOR = '|';
const REPLY_ID = /^([A-Za-z0-9_-]{0,16})\|([\s\S]{1,190})$/;

/** The id of a button or list row for a choice: the question's token and the choice id. */
export function encodeReplyId(choiceId: string, askToken?: string): string {
  return `${askToken ?? ''}${REPLY_ID_SEPARATOR}${choiceId}`;
}

/** Reads back a button/list/quick-reply id we made; ids made elsewhere give undefined (their title is used as text). */
export function decodeReplyId(id: string): { id: string; token?: string } | undefined {
  const match = REPLY_ID.exec(id);
  if (!match?.[2]) return undefined;
  return match[1] ? { id: match[2], token: match[1] } : { id: match[2] };
}

export type InboundResult =
  /** Something for the router (text, a choice, or an explanation for what we cannot read). */
  | { kind: 'inbound'; inbound: Inbound; userId: string; at?: number }
  /** A message that needs no answer (reaction, system notice); it still opens the 24-hour window. */
  | { kind: 'silent'; userId: string; at?: number; type: string }
  /** No sender we can answer. */
  | { kind: 'invalid' };

const SILENT_TYPES = new Set(['reaction', 'system', 'request_welcome', 'ephemeral', 'revoke', 'edit']);

/** Message time in ms from Meta's Unix-seconds timestamp. */
export function messageTime(timestamp: string | number | undefined): number | undefined {
  const seconds = Number(timestamp);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/** Converts one message; `contacts` is the `value.contacts` list of the same change (for the profile name). */
export function toInbound(message: WebhookMessage, contacts: WebhookContact[]): InboundResult {
  const userId = message.from ?? message.from_user_id;
  if (!userId) return { kind: 'invalid' };
  const at = messageTime(message.timestamp);
  if (SILENT_TYPES.has(message.type)) return { kind: 'silent', userId, at, type: message.type };
  const contact = contacts.find((c) => (c.wa_id !== undefined && c.wa_id === message.from) || (c.user_id !== undefined && c.user_id === message.from_user_id));
  const inbound: Inbound = {
    channel: 'whatsapp',
    chatId: userId,
    chatType: 'private',
    userId,
    dedupKey: `whatsapp:${message.id}`,
    messageId: message.id,
  };
  if (message.context?.id) inbound.replyTo = message.context.id;
  const name = contact?.profile?.name?.trim();
  if (name) inbound.displayName = name;
  Object.assign(inbound, content(message));
  return { kind: 'inbound', inbound, userId, at };
}

/** The readable part of a message: text, a choice, or what kind of thing we cannot read. */
function content(message: WebhookMessage): Pick<Inbound, 'text' | 'choice' | 'unsupported'> {
  switch (message.type) {
    case 'text':
      return message.text ? { text: message.text.body } : { unsupported: 'other' };
    case 'interactive': {
      const reply = message.interactive?.button_reply ?? message.interactive?.list_reply;
      return reply ? fromReply(reply.id, reply.title) : { unsupported: 'other' };
    }
    case 'button': {
      const button = message.button;
      if (!button) return { unsupported: 'other' };
      return fromReply(button.payload ?? '', button.text);
    }
    case 'image':
    case 'video':
    case 'document':
    case 'sticker':
    case 'location':
    case 'contacts':
      return { unsupported: message.type };
    case 'audio':
    case 'voice':
      return { unsupported: message.audio?.voice === false ? 'audio' : 'voice' };
    default:
      // unsupported (131051), order, unknown types: "I can only read text and buttons".
      return { unsupported: 'other' };
  }
}

function fromReply(id: string, title: string | undefined): Pick<Inbound, 'text' | 'choice' | 'unsupported'> {
  const choice = decodeReplyId(id);
  if (choice) return title ? { choice, text: title } : { choice };
  if (title) return { text: title };
  return id ? { text: id } : { unsupported: 'other' };
}
