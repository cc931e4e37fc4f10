// Opt-out in one place: a person who said STOP (/stop) gets no broadcasts and no nudges until START; their group's conversation is never affected.
import type { Member } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { MessageKind } from './types.js';

/**
 * Kinds of message a person can opt out of: announcements and reminders the bot starts on its own that are not part
 * of their group's conversation. Replies, notices about their group, meetup polls and reminders, and relayed
 * messages are never opt-outable. A feature adding a new unsolicited kind (e.g. a digest) adds it here.
 */
export const OPT_OUTABLE_KINDS: ReadonlySet<MessageKind> = new Set<MessageKind>(['broadcast', 'practice_nudge']);

/** Whether this member said STOP (and not START since). */
export function isOptedOut(member: Member | undefined): boolean {
  return member?.optOut !== undefined;
}

/**
 * Whether a message of `kind` for `memberId` must not be sent because the person opted out. The outbox calls this on
 * enqueue and again just before sending (so a STOP during a running broadcast stops the rest); features may call it
 * to count or explain (a broadcast's preview).
 */
export function blockedByOptOut(store: Store, memberId: string | undefined, kind: MessageKind): boolean {
  if (!memberId || !OPT_OUTABLE_KINDS.has(kind)) return false;
  return isOptedOut(store.get('members', memberId));
}

/** The reason recorded on outbox items skipped for an opt-out (cancelled, never sent). */
export const OPTED_OUT_REASON = 'opted out (STOP)';
