// The shared services every handler, flow action and job receives: store, texts, clock, logger, config, outbox.
import type { Config } from '../config.js';
import type { Translator, TextVars } from '../i18n/i18n.js';
import type { Store } from '../store/store.js';
import type { Chat, Group, Member, OutboxItem } from '../store/schema.js';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import { identityKey, type Address, type ChannelName, type MessageKind, type Outbound } from './types.js';

/** A request to send one message later, through the outbox. */
export interface EnqueueRequest {
  to: Address;
  message: Outbound;
  memberId?: string;
  /** `interactive` replies go before `bulk` sends. */
  priority: 'interactive' | 'bulk';
  /** Urgent messages ignore quiet hours. */
  urgent?: boolean;
  /** Idempotency key: a second request with the same key is ignored. */
  key?: string;
  notBefore?: number;
}

/** The part of the delivery pipeline features use: record a message to be sent (committed with the caller's change). */
export interface Outbox {
  enqueue(request: EnqueueRequest): OutboxItem | undefined;
  /** The item recorded under an idempotency key, if it is still there. */
  find(key: string): OutboxItem | undefined;
  /** Counts by state, the oldest queued item and the latest failures (for /outbox). */
  summary(): OutboxSummary;
  /** Forgets sent, failed and cancelled items last changed before `before` (and their idempotency keys). Returns how many. */
  prune(before: number): number;
  /** Moves sent, failed and cancelled items last changed before `before` to the archive (not loaded at start). Returns how many. */
  archive(before: number): Promise<number>;
  /**
   * Calls `listener` after every state change of an item (queued, sending, sent, failed, held, cancelled), e.g. to
   * show a broadcast's progress. Runs synchronously inside the outbox: keep it cheap and never throw. Returns an
   * unsubscribe function.
   */
  observe(listener: (item: OutboxItem, previous: OutboxItem['state']) => void): () => void;
}

export interface OutboxSummary {
  counts: Record<OutboxItem['state'], number>;
  oldestQueuedAt?: number;
  recentFailures: OutboxItem[];
}

/** Invite links per channel (filled in by channels that can make them, e.g. Telegram deep links). */
export interface InviteLinks {
  register(channel: ChannelName, make: (code: string) => string | undefined): void;
  all(code: string): Array<{ channel: ChannelName; url: string }>;
}

/** Scheduled work features can plan at run time (reminders, nudges, scheduled broadcasts); recorded in the store, committed with the caller's change. */
export interface Jobs {
  /** A one-off job at `dueAt` (ms); the same `id` again replaces it (e.g. a moved meetup). */
  at(id: string, type: string, dueAt: number, payload?: Record<string, unknown>, graceMs?: number): void;
  /** A daily job at `hh:mm` in `timeZone` (DST-safe). */
  daily(id: string, type: string, hhmm: string, timeZone: string, payload?: Record<string, unknown>, graceMs?: number): void;
  /** A weekly job on `weekday` (0 = Sunday … 6 = Saturday) at `hh:mm` in `timeZone` (DST-safe). */
  weekly(id: string, type: string, weekday: number, hhmm: string, timeZone: string, payload?: Record<string, unknown>, graceMs?: number): void;
  /** Removes a planned job; true when there was one. */
  cancel(id: string): boolean;
}

export interface Services {
  config: Config;
  store: Store;
  translator: Translator;
  clock: Clock;
  logger: Logger;
  outbox: Outbox;
  links: InviteLinks;
  /** Plans one-off and recurring jobs (the scheduler runs them with the handlers features register). */
  jobs: Jobs;
  /** Tells the features an outbox item changed state or delivery status (set by the app; channels call it for statuses). */
  deliveryChanged?: (item: OutboxItem) => void;
}

export function createInviteLinks(): InviteLinks {
  const makers = new Map<ChannelName, (code: string) => string | undefined>();
  return {
    register(channel, make) {
      makers.set(channel, make);
    },
    all(code) {
      return [...makers.entries()].flatMap(([channel, make]) => {
        const url = make(code);
        return url ? [{ channel, url }] : [];
      });
    },
  };
}

/** The member behind a platform identity (`channel`, `userId`), if that person has joined. */
export function memberByIdentity(store: Store, channel: ChannelName, userId: string): Member | undefined {
  const identity = store.get('identities', identityKey(channel, userId));
  return identity ? store.get('members', identity.memberId) : undefined;
}

/** The 1:1 address of a member: their first identity (`channel:userId`). */
export function memberAddress(member: Member): Address | undefined {
  const identity = member.identities[0];
  if (!identity) return undefined;
  const at = identity.indexOf(':');
  return { channel: identity.slice(0, at) as ChannelName, chatId: identity.slice(at + 1) };
}

/** The group's linked, active group chat (Telegram, or the playground's group pane), with its forum topic, if it has one. */
export function groupChatAddress(store: Store, group: Group): Address | undefined {
  return activeGroupChats(store, group)[0]?.address;
}

/** Every group chat linked to the group that the bot is still in (a group may have more than one). */
export function activeGroupChats(store: Store, group: Group): Chat[] {
  return group.chatKeys.flatMap((key) => {
    const chat = store.get('chats', key);
    return chat && chat.status === 'active' && chat.kind === 'group' && chat.groupId === group.id ? [chat] : [];
  });
}

/** Sends a localized notice to a member in their own language, through the outbox. */
export function notifyMember(services: Services, member: Member, key: string, vars: TextVars, options: { kind?: MessageKind; dedupKey?: string; urgent?: boolean } = {}): void {
  const to = memberAddress(member);
  if (!to) return;
  services.outbox.enqueue({
    to,
    memberId: member.id,
    message: { text: services.translator.t(member.locale, key, vars), kind: options.kind ?? 'notice' },
    priority: 'bulk',
    urgent: options.urgent,
    key: options.dedupKey ? `${options.dedupKey}:${member.id}` : undefined,
  });
}
