// Reads a Telegram Update: the Inbound message or button press in it, the chat events (added, removed, migrated, members joined), or nothing.
import type { Chat, ChatMember, Message, Update, User } from 'grammy/types';
import type { ChatEvent } from '../../core/feature.js';
import type { Address, Inbound } from '../../core/types.js';
import { decodeCallbackData } from './render.js';

/** What one update means for welkom. Updates are either an inbound, chat events, or nothing. */
export interface MappedUpdate {
  inbound?: Inbound;
  events: ChatEvent[];
  /** A button press must always be answered (after the commit), even when it leads nowhere. */
  callbackQueryId?: string;
}

/** Who the bot is (from getMe): to recognise itself in member lists and `/cmd@otherbot`. */
export interface BotIdentity {
  id: number;
  username: string;
}

/** Content that is not text, and how the router calls it. Checked in this order (an animation also carries a document). */
const UNSUPPORTED: Array<[keyof Message, NonNullable<Inbound['unsupported']>]> = [
  ['voice', 'voice'],
  ['audio', 'audio'],
  ['photo', 'image'],
  ['animation', 'video'],
  ['video', 'video'],
  ['video_note', 'video'],
  ['document', 'document'],
  ['sticker', 'sticker'],
  ['location', 'location'],
  ['venue', 'location'],
  ['contact', 'contacts'],
  ['poll', 'other'],
  ['dice', 'other'],
  ['game', 'other'],
  ['story', 'other'],
  ['invoice', 'other'],
  ['paid_media', 'other'],
];

const NOTHING: MappedUpdate = { events: [] };

/** The dedup key of an update: Telegram's update_id is unique per bot. */
export function updateKey(update: Pick<Update, 'update_id'>): string {
  return `telegram:update:${update.update_id}`;
}

/** Updates with the same order key are handled one after another; different keys run side by side. */
export function orderKey(update: Update): string {
  const chat = update.message?.chat ?? update.edited_message?.chat ?? update.callback_query?.message?.chat ?? update.my_chat_member?.chat ?? update.channel_post?.chat;
  if (chat && chat.id !== undefined) return `chat:${chat.id}`;
  const from = update.callback_query?.from ?? update.inline_query?.from ?? update.chosen_inline_result?.from;
  if (from && from.id !== undefined) return `user:${from.id}`;
  return 'other';
}

/** Maps one update. Never throws on odd but well-formed JSON: unknown kinds mean "nothing". */
export function mapUpdate(update: Update, bot: BotIdentity): MappedUpdate {
  if (update.message) return mapMessage(update, update.message, bot);
  if (update.callback_query) return mapCallback(update);
  if (update.my_chat_member) return mapMembership(update.my_chat_member.chat, update.my_chat_member.from, update.my_chat_member.old_chat_member, update.my_chat_member.new_chat_member);
  // edited messages, channel posts, inline queries, polls, reactions, ...: not for welkom.
  return NOTHING;
}

function address(chat: Chat): Address {
  return { channel: 'telegram', chatId: String(chat.id) };
}

function fullName(user: User): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
}

function chatType(chat: Chat): Inbound['chatType'] {
  return chat.type === 'private' ? 'private' : 'group';
}

function sender(update: Update, chat: Chat, from: User): Inbound {
  const inbound: Inbound = {
    channel: 'telegram',
    chatId: String(chat.id),
    chatType: chatType(chat),
    userId: String(from.id),
    dedupKey: updateKey(update),
  };
  const name = fullName(from);
  if (name) inbound.displayName = name;
  if (from.language_code) inbound.languageCode = from.language_code;
  return inbound;
}

/** Forum topics: replies keep the topic, but only for real topic messages (a plain reply thread is no topic). */
function topic(message: Pick<Message, 'is_topic_message' | 'message_thread_id'>): number | undefined {
  return message.is_topic_message && typeof message.message_thread_id === 'number' ? message.message_thread_id : undefined;
}

function mapMessage(update: Update, message: Message, bot: BotIdentity): MappedUpdate {
  const chat = message.chat;
  if (!chat || chat.type === 'channel') return NOTHING;
  const events: ChatEvent[] = [];
  if (message.migrate_to_chat_id !== undefined) events.push({ type: 'chat.migrated', from: address(chat), to: { channel: 'telegram', chatId: String(message.migrate_to_chat_id) } });
  if (message.migrate_from_chat_id !== undefined) events.push({ type: 'chat.migrated', from: { channel: 'telegram', chatId: String(message.migrate_from_chat_id) }, to: address(chat) });
  if (message.new_chat_members && chat.type !== 'private') {
    // The bot itself joining is reported by my_chat_member; here only people count.
    const users = message.new_chat_members
      .filter((user) => user.id !== bot.id && !user.is_bot)
      .map((user) => ({ userId: String(user.id), name: fullName(user) || undefined, languageCode: user.language_code, isBot: false }));
    if (users.length > 0) events.push({ type: 'chat.members_joined', address: address(chat), users });
  }
  if (events.length > 0) return { events };

  const from = message.from;
  // Other bots, and anonymous admins or linked channels (sent as bots), are not people to talk to.
  if (!from || from.is_bot || message.sender_chat) return NOTHING;
  const inbound = sender(update, chat, from);
  const thread = topic(message);
  if (thread !== undefined) inbound.threadId = thread;
  inbound.messageId = String(message.message_id);
  // In a forum every message "replies" to its topic's first message: only a reply to another message counts.
  const repliedTo = message.reply_to_message?.message_id;
  if (typeof repliedTo === 'number' && !(message.is_topic_message && repliedTo === message.message_thread_id)) inbound.replyTo = String(repliedTo);
  if (typeof message.text === 'string') {
    const addressee = /^\/[A-Za-z0-9_]+@([A-Za-z0-9_]+)/.exec(message.text)?.[1];
    if (addressee && addressee.toLowerCase() !== bot.username.toLowerCase()) return NOTHING; // a command for another bot
    inbound.text = message.text;
    return { inbound, events: [] };
  }
  for (const [field, kind] of UNSUPPORTED) {
    if (message[field] !== undefined) {
      inbound.unsupported = kind;
      return { inbound, events: [] };
    }
  }
  return NOTHING; // service messages: title changed, pinned, someone left, ...
}

function mapCallback(update: Update): MappedUpdate {
  const query = update.callback_query!;
  const message = query.message;
  // Buttons under inline-mode messages have no chat; welkom sends none, so only the spinner needs stopping.
  if (!message?.chat || !query.from || query.from.is_bot) return { events: [], callbackQueryId: query.id };
  const inbound = sender(update, message.chat, query.from);
  // Buttons that are not ours (or from an old format) come through as a closed question.
  inbound.choice = decodeCallbackData(query.data) ?? { id: '', token: '' };
  const thread = message.date === 0 ? undefined : topic(message as Message);
  if (thread !== undefined) inbound.threadId = thread;
  return { inbound, events: [], callbackQueryId: query.id };
}

function isIn(member: ChatMember | undefined): boolean {
  if (!member) return false;
  if (member.status === 'member' || member.status === 'administrator' || member.status === 'creator') return true;
  return member.status === 'restricted' && member.is_member === true;
}

/** my_chat_member: the bot was added to or removed from a group, or a person blocked or unblocked it. */
function mapMembership(chat: Chat, from: User | undefined, before: ChatMember | undefined, after: ChatMember | undefined): MappedUpdate {
  if (!chat || chat.type === 'channel') return NOTHING;
  const was = isIn(before);
  const is = isIn(after);
  if (!was && is) {
    const event: Extract<ChatEvent, { type: 'chat.added' }> = { type: 'chat.added', address: address(chat) };
    if ('title' in chat && chat.title) event.title = chat.title;
    if (from) {
      event.byUserId = String(from.id);
      event.byName = fullName(from) || undefined;
      event.languageCode = from.language_code;
    }
    return { events: [event] };
  }
  if (was && !is) {
    const reason = chat.type === 'private' ? 'blocked' : after?.status === 'kicked' ? 'kicked' : 'left';
    return { events: [{ type: 'chat.removed', address: address(chat), reason }] };
  }
  return NOTHING;
}
