// The group bridge: a newcomer's WhatsApp messages go into the group's Telegram chat, volunteers' replies come back.
import type { Command } from '../../core/commands.js';
import type { Feature, FeatureApi } from '../../core/feature.js';
import { memberAddress, type Services } from '../../core/services.js';
import { SOURCE_LOCALE } from '../../i18n/i18n.js';
import type { Turn } from '../../core/turn.js';
import { chatKey, type Address } from '../../core/types.js';
import type { Group, Member, OutboxItem, Relay } from '../../store/schema.js';
import { bridgedGroupOf, copyIndexKey, firstName, queueRelay, relayAttachment, relayByCopy, relayId } from './relays.js';

/** Relay records (ids only) are forgotten after this long. */
export const RELAY_KEEP_MS = 30 * 86_400_000;
/** WhatsApp's customer-service window. */
const WINDOW_MS = 24 * 3_600_000;
/** Reactions Telegram allows that say "delivered" (✓) and "read" (✓✓). */
export const DELIVERED_REACTION = '👌';
export const READ_REACTION = '👀';

const PREFIX = 'br';

export const bridgeFeature: Feature = {
  name: 'bridge',
  buttons: {
    [PREFIX]: (turn, payload, services) => answerAsk(turn, services, payload === 'yes'),
  },
  commands(api: FeatureApi): Command[] {
    const { services } = api;
    return [
      { name: 'bridge', roles: ['newcomer', 'volunteer', 'coordinator'], chats: ['private', 'group'], takesArgs: true, run: (turn, args) => bridgeCommand(turn, services, args) },
      { name: 'to', roles: ['volunteer', 'coordinator'], chats: ['private', 'group'], takesArgs: true, run: (turn, args) => toCommand(turn, services, args) },
    ];
  },
  onMessage: (turn, services) => {
    if (turn.inbound.chatType === 'private') return fromNewcomer(turn, services);
    return replyInGroup(turn, services);
  },
  onDelivery: (item, services) => deliveryFeedback(item, services),
  jobs: {
    'bridge.prune': (_job, { services, now }) => {
      for (const relay of [...services.store.values('relays')]) if (relay.createdAt < now - RELAY_KEEP_MS) forgetRelay(services, relay);
    },
  },
  setup(api) {
    api.services.jobs.daily('bridge.prune', 'bridge.prune', '04:10', api.services.config.timeZone, {}, 24 * 3_600_000);
  },
  privacy: {
    export: (memberId, services) => {
      const relays = [...services.store.values('relays')].filter((r) => r.fromMemberId === memberId || r.toMemberId === memberId);
      return relays.length > 0 ? { relayedMessages: relays.map((r) => ({ at: new Date(r.createdAt).toISOString(), direction: r.direction })) } : undefined;
    },
    erase: (memberId, services) => {
      for (const relay of [...services.store.values('relays')]) if (relay.fromMemberId === memberId || relay.toMemberId === memberId) forgetRelay(services, relay);
    },
  },
};

function forgetRelay(services: Services, relay: Relay): void {
  if (relay.copyMessageId) {
    const item = services.outbox.find(relay.outboxKey);
    if (item) services.store.delete('meta', copyIndexKey(item.to, relay.copyMessageId));
  }
  services.store.delete('relays', relay.id);
}

/** A newcomer's message that nothing else took: into their group's chat, as "Amal (WhatsApp): …". */
function fromNewcomer(turn: Turn, services: Services): boolean {
  const member = turn.member;
  if (!member || member.role !== 'newcomer' || member.profile.bridge === 'no') return false;
  const target = bridgedGroupOf(services, member);
  if (!target) return false;
  if (member.profile.bridge !== 'yes') return askFirst(turn, services, member);
  return relayFromNewcomer(turn, services, member, target);
}

/**
 * The first time a newcomer writes something for the group, they are asked whether welkom may pass it on (their
 * answer is kept; `/bridge on|off` changes it). The message waits for the answer (kept only until then).
 */
function askFirst(turn: Turn, services: Services, member: Member): boolean {
  const { inbound } = turn;
  if (!inbound.text?.trim() && !inbound.media) return false;
  services.store.put('meta', pendingKey(member.id), { key: pendingKey(member.id), value: { text: inbound.text, media: inbound.media, messageId: inbound.messageId, dedupKey: inbound.dedupKey, channel: inbound.channel, unsupported: inbound.unsupported } });
  const t = (key: string) => services.translator.t(turn.locale, key);
  turn.reply('bridge.ask', {}, { choices: [{ id: `${PREFIX}:yes`, label: t('bridge.yes') }, { id: `${PREFIX}:no`, label: t('bridge.no') }] });
  return true;
}

function pendingKey(memberId: string): string {
  return `bridge.pending:${memberId}`;
}

/** The answer to "may I pass it on?": remembered; a yes sends the message that waited. */
function answerAsk(turn: Turn, services: Services, yes: boolean): void {
  const member = turn.member;
  if (!member || member.role !== 'newcomer') return turn.reply('common.flow.closed_question');
  const pending = services.store.get('meta', pendingKey(member.id))?.value as { text?: string; media?: Turn['inbound']['media']; messageId?: string; dedupKey?: string; channel?: Turn['inbound']['channel']; unsupported?: Turn['inbound']['unsupported'] } | undefined;
  services.store.delete('meta', pendingKey(member.id));
  const updated = { ...member, profile: { ...member.profile, bridge: yes ? 'yes' : 'no' } };
  services.store.put('members', member.id, updated);
  turn.member = updated;
  if (!yes) return turn.reply('bridge.declined', { on: `${turn.command('bridge')} on` });
  const target = bridgedGroupOf(services, updated);
  if (!target) return turn.reply('bridge.no_group');
  if (!pending) return turn.reply('bridge.newcomer_on');
  // Relay the waiting message as if it came now (same ids, so it is never relayed twice).
  const replay: Turn = { ...turn, inbound: { ...turn.inbound, text: pending.text, media: pending.media, messageId: pending.messageId, dedupKey: pending.dedupKey ?? turn.inbound.dedupKey, unsupported: pending.unsupported, choice: undefined } };
  relayFromNewcomer(replay, services, updated, target); // its replies land in this turn (the same reply list)
}

function relayFromNewcomer(turn: Turn, services: Services, member: Member, target: { group: Group; chat: Address }): boolean {
  const { inbound } = turn;
  const text = (inbound.text ?? inbound.media?.caption ?? '').trim();
  const attachment = relayAttachment(inbound.channel, inbound.media);
  const t = (key: string, vars = {}) => services.translator.t(SOURCE_LOCALE, key, vars); // group-chat texts are Dutch, like the bot's other posts there
  const platform = t(`bridge.platform.${inbound.channel}`);
  if (inbound.unsupported && !attachment) {
    // A sticker, a location, a contact card: not passed on, and both sides are told.
    queueRelay(services, turn, { groupId: target.group.id, direction: 'to_group', fromMemberId: member.id, sourceChat: chatKey(turn.address), sourceMessageId: inbound.messageId }, target.chat, {
      text: t('bridge.not_relayed_group', { name: firstName(member), platform, what: t(`bridge.what.${inbound.unsupported}`) }),
    });
    turn.reply('bridge.not_relayed', { what: services.translator.t(turn.locale, `bridge.what.${inbound.unsupported}`) });
    return true;
  }
  if (text === '' && !attachment) return false;
  queueRelay(services, turn, { groupId: target.group.id, direction: 'to_group', fromMemberId: member.id, sourceChat: chatKey(turn.address), sourceMessageId: inbound.messageId }, target.chat, {
    text: t('bridge.from_newcomer', { name: firstName(member), platform, text }),
    attachment,
  });
  // The first relay tells the newcomer where their words went; later ones are quiet (WhatsApp shows blue ticks).
  if (!services.store.get('meta', `bridge.told:${member.id}`)) {
    services.store.put('meta', `bridge.told:${member.id}`, { key: `bridge.told:${member.id}`, value: turn.now });
    turn.reply('bridge.first_relay', { group: target.group.name, stop: `${turn.command('bridge')} off` });
  }
  return true;
}

/** In a bridged group chat: a reply to a relayed message goes back to that newcomer. Other chatter is not for the bot. */
function replyInGroup(turn: Turn, services: Services): boolean {
  const { inbound } = turn;
  if (!inbound.replyTo) return false;
  const linked = services.store.get('chats', chatKey(turn.address))?.groupId;
  const group = linked ? services.store.get('groups', linked) : undefined;
  if (!group || group.bridge === false) return false;
  const relay = relayByCopy(services, turn.address, inbound.replyTo);
  if (!relay) return false; // a reply to something that is not a relay: ordinary group chat
  const newcomer = services.store.get('members', relay.fromMemberId);
  if (!newcomer || !newcomer.groupIds.includes(group.id)) {
    turn.reply('bridge.left_group');
    return true;
  }
  if (!turn.member || !turn.member.groupIds.includes(group.id)) {
    if (turn.member?.role !== 'coordinator') return false;
  }
  sendToNewcomer(turn, services, group, newcomer, relay.sourceMessageId);
  return true;
}

/** `/to Amal …`: a message to a newcomer of one of the sender's bridged groups (needed when a group has several). */
function toCommand(turn: Turn, services: Services, args: string): void {
  const [name = '', ...rest] = args.trim().split(/\s+/);
  const text = rest.join(' ').trim();
  if (!name || (!text && !turn.inbound.media)) return turn.reply('bridge.to_usage', { to: turn.command('to') });
  const groups = candidateGroups(turn, services);
  const matches = groups.flatMap((group) =>
    group.memberIds.flatMap((id) => {
      const member = services.store.get('members', id);
      return member && member.role === 'newcomer' && firstName(member).toLocaleLowerCase() === name.toLocaleLowerCase() ? [{ group, member }] : [];
    }),
  );
  if (matches.length === 0) return turn.reply('bridge.to_unknown', { name });
  if (matches.length > 1) return turn.reply('bridge.to_ambiguous', { name, groups: matches.map((m) => m.group.name).join(', ') });
  const { group, member } = matches[0]!;
  if (group.bridge === false) return turn.reply('bridge.off_here', { bridge: `${turn.command('bridge')} on` });
  sendToNewcomer(turn, services, group, member, undefined, text);
}

/** Groups a `/to` may reach: the linked group of this group chat, or the sender's own groups (coordinators: in scope). */
function candidateGroups(turn: Turn, services: Services): Group[] {
  const linked = services.store.get('chats', chatKey(turn.address))?.groupId;
  if (turn.inbound.chatType === 'group') return linked ? [services.store.get('groups', linked)].filter((g): g is Group => g !== undefined) : [];
  return (turn.member?.groupIds ?? []).flatMap((id) => services.store.get('groups', id) ?? []);
}

/** Queues "Anna (group): …" to the newcomer, threaded to their message; tells the volunteer when it has to wait. */
function sendToNewcomer(turn: Turn, services: Services, group: Group, newcomer: Member, replyToSource: string | undefined, textOverride?: string): void {
  const to = memberAddress(newcomer);
  if (!to) return turn.reply('bridge.unreachable', { name: firstName(newcomer) });
  if (newcomer.profile.bridge === 'no') return turn.reply('bridge.newcomer_off', { name: firstName(newcomer) });
  const sender = turn.member;
  const senderName = sender ? firstName(sender) : (turn.inbound.displayName ?? '').split(/\s+/)[0] || '?';
  const text = (textOverride ?? turn.inbound.text ?? turn.inbound.media?.caption ?? '').trim();
  const attachment = relayAttachment(turn.inbound.channel, turn.inbound.media);
  if (turn.inbound.unsupported && !attachment) return turn.reply('bridge.not_relayed', { what: services.translator.t(turn.locale, `bridge.what.${turn.inbound.unsupported}`) });
  const t = (key: string, vars = {}) => services.translator.t(newcomer.locale, key, vars);
  queueRelay(
    services,
    turn,
    { groupId: group.id, direction: 'to_newcomer', fromMemberId: sender?.id ?? 'unknown', toMemberId: newcomer.id, sourceChat: chatKey(turn.address), sourceMessageId: turn.inbound.messageId, ...(replyToSource ? { replyToSource } : {}) },
    to,
    { text: t('bridge.from_group', { name: senderName, text }), attachment, ...(replyToSource && to.channel === 'whatsapp' ? { replyTo: replyToSource } : {}) },
    newcomer.id,
  );
  if (to.channel === 'whatsapp' && !windowOpen(services, to, turn.now)) turn.reply('bridge.waits_for_window', { name: firstName(newcomer) });
}

function windowOpen(services: Services, to: Address, now: number): boolean {
  const last = services.store.get('contacts', `${to.channel}:${to.chatId}`)?.lastInboundAt;
  return last !== undefined && now - last < WINDOW_MS;
}

/** `/bridge on|off`: in a group chat or for your group (volunteers, coordinators); a newcomer turns their own relaying on or off. */
function bridgeCommand(turn: Turn, services: Services, args: string): void {
  const word = args.trim().toLowerCase();
  const on = ['on', 'aan', 'start', 'yes', 'ja'].includes(word) ? true : ['off', 'uit', 'stop', 'no', 'nee'].includes(word) ? false : undefined;
  const member = turn.member!;
  if (member.role === 'newcomer') {
    if (on === undefined) return turn.reply('bridge.newcomer_status', { state: services.translator.t(turn.locale, member.profile.bridge === 'no' ? 'bridge.state.off' : 'bridge.state.on'), on: `${turn.command('bridge')} on`, off: `${turn.command('bridge')} off` });
    services.store.put('members', member.id, { ...member, profile: { ...member.profile, bridge: on ? 'yes' : 'no' } });
    return turn.reply(on ? 'bridge.newcomer_on' : 'bridge.newcomer_off_done');
  }
  const groups = candidateGroups(turn, services);
  if (groups.length !== 1) return turn.reply(groups.length === 0 ? 'bridge.no_group' : 'bridge.which_group');
  const group = groups[0]!;
  if (on === undefined) return turn.reply('bridge.group_status', { group: group.name, state: services.translator.t(turn.locale, group.bridge === false ? 'bridge.state.off' : 'bridge.state.on'), on: `${turn.command('bridge')} on`, off: `${turn.command('bridge')} off` });
  services.store.put('groups', group.id, { ...group, bridge: on });
  turn.reply(on ? 'bridge.group_on' : 'bridge.group_off', { group: group.name });
}

/**
 * Delivery feedback: a relayed copy that went out is indexed (so replies to it find it); a reply to a newcomer that
 * WhatsApp delivered or read gets 👌 / 👀 on the volunteer's message; a relay that failed is reported to its sender.
 */
function deliveryFeedback(item: OutboxItem, services: Services): void {
  if (item.message.kind !== 'relay' || !item.key.startsWith('bridge:')) return;
  const relay = services.store.get('relays', relayId(item.key));
  if (!relay) return;
  if (item.state === 'sent' && item.platformId && relay.direction === 'to_group' && !relay.copyMessageId) {
    services.store.put('relays', relay.id, { ...relay, copyMessageId: item.platformId });
    services.store.put('meta', copyIndexKey(item.to, item.platformId), { key: copyIndexKey(item.to, item.platformId), value: relay.id });
    return;
  }
  const sourceChat = addressOfKey(relay.sourceChat);
  if (!sourceChat) return;
  const shown = relay.shown;
  if (item.state === 'failed' && shown !== 'failed') {
    services.store.put('relays', relay.id, { ...relay, shown: 'failed' });
    const sender = services.store.get('members', relay.fromMemberId);
    const locale = sender?.locale ?? 'nl';
    const tooLarge = /too large/i.test(item.reason ?? '');
    services.outbox.enqueue({
      to: sourceChat,
      priority: 'interactive',
      urgent: true,
      key: `${item.key}:failed`,
      message: { text: services.translator.t(locale, tooLarge ? 'bridge.failed_too_large' : 'bridge.failed', { name: recipientName(services, relay) }), kind: 'reply', ...(relay.sourceMessageId ? { replyTo: relay.sourceMessageId } : {}) },
    });
    return;
  }
  if (relay.direction !== 'to_newcomer' || !relay.sourceMessageId || sourceChat.channel === 'whatsapp') return;
  const next = item.delivery === 'read' ? 'read' : item.delivery === 'delivered' ? 'delivered' : undefined;
  if (!next || shown === next || (shown === 'read' && next === 'delivered')) return;
  services.store.put('relays', relay.id, { ...relay, shown: next });
  services.outbox.enqueue({
    to: sourceChat,
    priority: 'bulk',
    urgent: true,
    key: `${item.key}:${next}`,
    message: { text: '', kind: 'notice', reaction: { messageId: relay.sourceMessageId, emoji: next === 'read' ? READ_REACTION : DELIVERED_REACTION } },
  });
}

function recipientName(services: Services, relay: Relay): string {
  const to = relay.toMemberId ? services.store.get('members', relay.toMemberId) : undefined;
  return to ? firstName(to) : '';
}

function addressOfKey(key: string): Address | undefined {
  const at = key.indexOf(':');
  if (at <= 0) return undefined;
  return { channel: key.slice(0, at) as Address['channel'], chatId: key.slice(at + 1) };
}
