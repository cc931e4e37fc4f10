// What happens when the bot is added to or removed from a chat, a group becomes a supergroup, or people join a linked chat.
import type { ChatEventHandler } from '../../core/feature.js';
import { memberByIdentity, notifyMember, type Services } from '../../core/services.js';
import { chatKey, type Address } from '../../core/types.js';
import type { Chat, Invite } from '../../store/schema.js';
import { createInvite, formatInviteCode } from '../onboarding/invites.js';
import { chatAddress, isGroupChat, postToChat } from './chats.js';

/** An invite that has less than this left is not handed out to newcomers of the chat; a fresh one is made. */
const MIN_INVITE_LIFE_MS = 86_400_000;

/**
 * Added to a group: remember the chat and introduce ourselves (asking for /link), or say we are back when the chat was
 * linked before. A private chat "added" again means the person unblocked the bot: they are reachable again.
 */
export const onChatAdded: ChatEventHandler<'chat.added'> = (event, services) => {
  const { store, clock } = services;
  const key = chatKey(event.address);
  const now = clock.now();
  if (!isGroupChat(event.address)) {
    const contact = store.get('contacts', key);
    if (contact?.unreachable) store.put('contacts', key, { ...contact, unreachable: undefined });
    const chat = store.get('chats', key);
    if (chat?.status === 'unreachable') store.put('chats', key, { ...chat, status: 'active', updatedAt: now });
    return;
  }
  const existing = store.get('chats', key);
  const chat: Chat = { ...existing, key, address: chatAddress(event.address), kind: 'group', title: event.title ?? existing?.title, status: 'active', updatedAt: now };
  store.put('chats', key, chat);
  const group = chat.groupId ? store.get('groups', chat.groupId) : undefined;
  if (group) {
    group.chatKeys = [...new Set([...group.chatKeys, key])];
    store.put('groups', group.id, group);
    postToChat(services, event.address, 'chats.added_back', { group: group.name }, `chats:added:${key}:${now}`);
  } else {
    postToChat(services, event.address, 'chats.added', {}, `chats:added:${key}:${now}`);
  }
};

/**
 * Removed from (or kicked out of) a group: the link becomes inactive (kept, so adding the bot back restores it) and every
 * coordinator is told, at once. Blocked in a private chat: the person is marked unreachable. Repeats change nothing.
 */
export const onChatRemoved: ChatEventHandler<'chat.removed'> = (event, services) => {
  const { store, clock } = services;
  const key = chatKey(event.address);
  const now = clock.now();
  const existing = store.get('chats', key);
  if (!isGroupChat(event.address)) {
    const contact = store.get('contacts', key) ?? { key };
    store.put('contacts', key, { ...contact, unreachable: { at: now, reason: event.reason } });
    if (existing) store.put('chats', key, { ...existing, status: 'unreachable', updatedAt: now });
    return;
  }
  if (existing?.status === 'removed') return;
  store.put('chats', key, { ...existing, key, address: chatAddress(event.address), kind: 'group', status: 'removed', updatedAt: now });
  const group = existing?.groupId ? store.get('groups', existing.groupId) : undefined;
  if (!group) return;
  for (const member of store.values('members')) {
    if (member.role !== 'coordinator') continue;
    notifyMember(services, member, 'chats.removed_notice', { group: group.name }, { dedupKey: `chats:removed:${key}:${now}`, urgent: true });
  }
};

/**
 * A basic group became a supergroup (new chat id): the chat record, the group's chat list, running conversations and
 * every message still waiting for the old id move to the new id, so nothing is lost. Runs safely twice.
 */
export const onChatMigrated: ChatEventHandler<'chat.migrated'> = (event, services) => {
  const { store, clock } = services;
  const fromKey = chatKey(event.from);
  const toKey = chatKey(event.to);
  if (fromKey === toKey) return;
  const now = clock.now();
  const old = store.get('chats', fromKey);
  if (old && !old.migratedTo) {
    // The new id may already be known (the bot saw the supergroup first): keep what it has, add the link.
    const target = store.get('chats', toKey);
    store.put('chats', toKey, { ...old, ...target, key: toKey, address: chatAddress(event.to), groupId: target?.groupId ?? old.groupId, migratedTo: undefined, updatedAt: now });
    store.put('chats', fromKey, { ...old, status: 'removed', migratedTo: toKey, updatedAt: now });
  }
  for (const group of store.values('groups')) {
    if (!group.chatKeys.includes(fromKey)) continue;
    group.chatKeys = [...new Set(group.chatKeys.map((k) => (k === fromKey ? toKey : k)))];
    store.put('groups', group.id, group);
  }
  for (const conversation of store.values('conversations')) {
    if (!sameChat(conversation.address, event.from)) continue;
    const key = `${event.to.channel}:${event.to.chatId}:${conversation.userId}`;
    store.delete('conversations', conversation.key);
    store.put('conversations', key, { ...conversation, key, address: { ...conversation.address, chatId: event.to.chatId } });
  }
  for (const item of store.values('outbox')) {
    if (!['queued', 'held', 'sending'].includes(item.state) || !sameChat(item.to, event.from)) continue;
    store.put('outbox', item.id, Object.assign(item, { to: { ...item.to, chatId: event.to.chatId }, updatedAt: now }));
  }
};

/**
 * People joined a linked group chat: those who are not yet members of its Welcome Group (coordinators aside) are invited, in one message,
 * to sign up 1:1 with a volunteer invite of the group (a fresh one when none is left) as a deep link where the channel
 * makes one, else as the code.
 */
export const onMembersJoined: ChatEventHandler<'chat.members_joined'> = (event, services) => {
  const { store, clock } = services;
  const key = chatKey(event.address);
  const chat = store.get('chats', key);
  if (!chat || chat.status !== 'active' || !chat.groupId) return;
  const group = store.get('groups', chat.groupId);
  if (!group) return;
  const strangers = event.users.filter((user) => {
    if (user.isBot) return false;
    const member = memberByIdentity(store, event.address.channel, user.userId);
    return !member || (member.role !== 'coordinator' && !group.memberIds.includes(member.id));
  });
  if (strangers.length === 0) return;
  const now = clock.now();
  const invite = volunteerInvite(services, group.id, now);
  const link = services.links.all(invite.code).find((l) => l.channel === event.address.channel)?.url;
  const names = strangers.map((user) => user.name ?? '').filter(Boolean);
  const vars = { names: names.length > 0 ? names : ['…'], group: group.name, link, code: formatInviteCode(invite.code) };
  postToChat(services, event.address, link ? 'chats.members_joined' : 'chats.members_joined_code', vars, `chats:joined:${key}:${strangers.map((u) => u.userId).join(',')}:${now}`);
};

/** The newest volunteer invite of the group that still works for a day, or a new one. */
function volunteerInvite(services: Services, groupId: string, now: number): Invite {
  const usable = services.store
    .values('invites')
    .filter((invite) => invite.groupId === groupId && invite.role === 'volunteer' && invite.usesLeft > 0 && invite.expiresAt > now + MIN_INVITE_LIFE_MS)
    .sort((a, b) => b.createdAt - a.createdAt)[0];
  return usable ?? createInvite(services, groupId, 'volunteer', 'system:chats', now);
}

function sameChat(a: Address, b: Address): boolean {
  return a.channel === b.channel && a.chatId === b.chatId;
}
