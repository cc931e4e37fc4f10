// Channel-neutral message and identity types shared by channels, router, flows and features.

/** The platforms welkom speaks on. `local` is the in-process channel for the playground and tests. */
export type ChannelName = 'telegram' | 'whatsapp' | 'local';

/** What a person may do in welkom. `guest` is anyone not (yet) a member. */
export type Role = 'guest' | 'newcomer' | 'volunteer' | 'coordinator';
export const MEMBER_ROLES = ['newcomer', 'volunteer', 'coordinator'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Where a message goes: one chat on one channel (a 1:1 chat or a group chat). */
export interface Address {
  channel: ChannelName;
  /** Platform chat id as a string (Telegram int64 ids and WhatsApp numbers both fit). */
  chatId: string;
  /** Telegram forum topic, kept so replies land in the same topic. */
  threadId?: number;
}

/** A choice offered with a question. `id` is short and stable; `label` is already localized. */
export interface Choice {
  id: string;
  label: string;
}

/** Kinds of outgoing message; WhatsApp maps them to templates outside the 24-hour window. */
export type MessageKind = 'reply' | 'notice' | 'reminder' | 'meetup_poll' | 'meetup_reminder' | 'practice_nudge' | 'broadcast' | 'relay';

/** A file sent with a message (an .ics invitation, a relayed photo). Each channel picks its own send method by `kind`. */
export interface Attachment {
  kind: 'document' | 'image' | 'audio' | 'video';
  filename: string;
  mimeType: string;
  /** The bytes, base64: small files only (kept in the outbox until sent, e.g. a calendar file). */
  data?: string;
  /** Or a file path (large media, e.g. a relayed photo); the file is deleted once delivered or failed. */
  file?: string;
  /**
   * Or a file someone sent on a platform (a relayed photo): fetched from that platform just before sending and never
   * stored. `size` (bytes) when the platform said it, so a file that is too large is refused before downloading.
   */
  remote?: { channel: ChannelName; fileId: string; size?: number };
}

/** A photo, voice note, video, document or sticker someone sent: what a feature needs to pass it on. */
export interface InboundMedia {
  kind: 'image' | 'audio' | 'video' | 'document' | 'sticker';
  /** The platform's id to download it with (Telegram file_id, WhatsApp media id, local file id). */
  fileId: string;
  mimeType?: string;
  filename?: string;
  /** Bytes, when the platform says. */
  size?: number;
  caption?: string;
  /** A voice note (not a music file). */
  voice?: boolean;
}

/** One localized message to send. Rendering (keyboards, buttons, HTML) is the adapter's job. */
export interface Outbound {
  text: string;
  choices?: Choice[];
  /** Set when several choices may be picked (the last choice is then "done"). */
  multiple?: boolean;
  /** Opaque token identifying the question; a pressed button carries it back. */
  askToken?: string;
  kind: MessageKind;
  /** A file to send with the text (the text becomes its caption where the platform allows). */
  attachment?: Attachment;
  /**
   * Edit an earlier message in place instead of sending a new one: the idempotency key of the outbox item that
   * sent it (live poll counts, a broadcast's progress bar). Channels that cannot edit (WhatsApp) send a new message.
   */
  editOf?: string;
  /** Reply to this platform message id (Telegram message_id, WhatsApp wamid) where the platform allows threading. */
  replyTo?: string;
  /** Instead of a message: put this reaction on the message `messageId` of the chat (Telegram; e.g. a delivery tick). */
  reaction?: { messageId: string; emoji: string };
}

/** A message or button press that arrived on some channel, already parsed by its adapter. */
export interface Inbound {
  channel: ChannelName;
  chatId: string;
  chatType: 'private' | 'group';
  /** Platform user id of the sender (Telegram user id, WhatsApp wa_id, local persona id). */
  userId: string;
  /** Name the platform shows for the sender (untrusted; used only as a suggestion). */
  displayName?: string;
  /** The platform's language hint for the sender (Telegram language_code). */
  languageCode?: string;
  text?: string;
  /** A pressed button: the choice id and the question token it belonged to. */
  choice?: { id: string; token?: string };
  /** The file of a photo, voice note, video, document or sticker (set together with `unsupported`). */
  media?: InboundMedia;
  /** Something we cannot read (voice note, photo, location, ...). */
  unsupported?: 'voice' | 'audio' | 'image' | 'video' | 'document' | 'sticker' | 'location' | 'contacts' | 'other';
  threadId?: number;
  /** Unique id for deduplication, e.g. `telegram:update:123` or `whatsapp:wamid.X`. */
  dedupKey?: string;
  /** The platform's id of this message (Telegram message_id, WhatsApp wamid, local message id). */
  messageId?: string;
  /** The platform id of the message this one replies to (a reply in Telegram, `context.id` on WhatsApp). */
  replyTo?: string;
}

/** `channel:userId`, the key under which a person's identity is stored. */
export function identityKey(channel: ChannelName, userId: string): string {
  return `${channel}:${userId}`;
}

/** `channel:chatId`, the key of a chat. */
export function chatKey(address: Pick<Address, 'channel' | 'chatId'>): string {
  return `${address.channel}:${address.chatId}`;
}
