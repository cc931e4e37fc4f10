// Relaying between a newcomer's 1:1 chat (WhatsApp) and their group's chat (Telegram): who goes where, in which words.
import { randomBytes } from 'node:crypto';
import { groupChatAddress, type Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import { chatKey, type Address, type Attachment, type InboundMedia } from '../../core/types.js';
import type { Group, Member, Relay } from '../../store/schema.js';

/** Outbox priority of relays: a conversation, so before bulk sends. */
const PRIORITY = 'interactive' as const;

/** The first name (what people call each other in a group), never a phone number or a username. */
export function firstName(member: Member): string {
  return member.name.trim().split(/\s+/)[0] || member.name;
}

/** The bridged group of a newcomer with a linked group chat, if any (the first one, for a newcomer in several). */
export function bridgedGroupOf(services: Services, member: Member): { group: Group; chat: Address } | undefined {
  for (const groupId of member.groupIds) {
    const group = services.store.get('groups', groupId);
    if (!group || group.bridge === false) continue;
    const chat = groupChatAddress(services.store, group);
    if (chat) return { group, chat };
  }
  return undefined;
}

/** The file of a message as an attachment fetched from its platform at send time; stickers and the like are not passed on. */
export function relayAttachment(channel: Turn['inbound']['channel'], media: InboundMedia | undefined): Attachment | undefined {
  if (!media || media.kind === 'sticker') return undefined;
  const extension = media.kind === 'image' ? 'jpg' : media.kind === 'audio' ? (media.voice ? 'ogg' : 'mp3') : media.kind === 'video' ? 'mp4' : 'bin';
  return {
    kind: media.kind,
    filename: media.filename ?? `${media.kind}.${extension}`,
    mimeType: media.mimeType ?? 'application/octet-stream',
    remote: { channel, fileId: media.fileId, ...(media.size !== undefined ? { size: media.size } : {}) },
  };
}

/** Records a relay (ids only) and queues its message; returns the relay. */
export function queueRelay(
  services: Services,
  turn: Turn,
  relay: Omit<Relay, 'id' | 'createdAt' | 'outboxKey'>,
  to: Address,
  message: { text: string; attachment?: Attachment; replyTo?: string },
  memberId?: string,
): Relay {
  const outboxKey = `bridge:${turn.inbound.dedupKey ?? randomBytes(6).toString('base64url')}`;
  const record: Relay = { ...relay, id: relayId(outboxKey), outboxKey, createdAt: turn.now };
  const id = record.id;
  services.store.put('relays', id, record);
  services.outbox.enqueue({ to, memberId, priority: PRIORITY, urgent: true, key: outboxKey, message: { text: message.text, kind: 'relay', ...(message.attachment ? { attachment: message.attachment } : {}), ...(message.replyTo ? { replyTo: message.replyTo } : {}) } });
  return record;
}

/** A relay's id follows from its outbox key, so a delivery change finds its relay at once. */
export function relayId(outboxKey: string): string {
  return `r:${outboxKey}`;
}

/** Meta key that finds a relay from its copy in a group chat (a volunteer replied to that copy). */
export function copyIndexKey(chat: Address, platformMessageId: string): string {
  return `bridge.copy:${chatKey(chat)}:${platformMessageId}`;
}

/** The relay whose copy in the group chat has this platform message id. */
export function relayByCopy(services: Services, chat: Address, platformMessageId: string): Relay | undefined {
  const entry = services.store.get('meta', copyIndexKey(chat, platformMessageId));
  return typeof entry?.value === 'string' ? services.store.get('relays', entry.value) : undefined;
}

