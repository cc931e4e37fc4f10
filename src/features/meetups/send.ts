// Putting meetup messages into the outbox: to the group chat, to one member 1:1 (remembering the question for typed answers), and throttled live edits.
import type { Services } from '../../core/services.js';
import { chatKey, type Address, type Outbound } from '../../core/types.js';
import type { Meetup, MeetupPrompt, Member } from '../../store/schema.js';
import { confirmationMessage, groupPollMessage } from './messages.js';
import { GROUP_LOCALE, groupChat, meetupGroup } from './model.js';

/** At most one edit of a live group message per this interval (Telegram allows about 20 messages a minute in a group, edits included). */
export const EDIT_INTERVAL_MS = 3_000;

/** Posts into the group's chat, once per key. Returns false when the group has no active chat. */
export function postToGroup(services: Services, meetup: Meetup, message: Outbound, key: string, notBefore?: number): boolean {
  const group = meetupGroup(services.store, meetup);
  const chat = group && groupChat(services.store, group);
  if (!chat) return false;
  services.outbox.enqueue({ to: chat, message, priority: 'bulk', urgent: true, key, ...(notBefore !== undefined ? { notBefore } : {}) });
  return true;
}

/** Sends to one member 1:1, once per key; `prompt` remembers the question so a typed number answers it. */
export function sendToMember(services: Services, member: Member, to: Address, message: Outbound, key: string, prompt?: { meetup: Meetup; kind: MeetupPrompt['kind'] }): void {
  services.outbox.enqueue({ to, memberId: member.id, message, priority: 'bulk', key });
  if (prompt) setPrompt(services, member, prompt.meetup, prompt.kind, to);
}

export function setPrompt(services: Services, member: Member, meetup: Meetup, kind: MeetupPrompt['kind'], where: Address): void {
  services.store.put('meetupPrompts', member.id, { id: member.id, meetupId: meetup.id, kind, chatKey: chatKey(where), at: services.clock.now() });
}

/** Forgets a member's open question about this meetup (answered by a button, or no longer valid). */
export function clearPrompt(services: Services, memberId: string, meetupId: string): void {
  if (services.store.get('meetupPrompts', memberId)?.meetupId === meetupId) services.store.delete('meetupPrompts', memberId);
}

/** The live group message as it should look now: the poll, or the confirmation with the RSVP summary. */
function liveMessage(services: Services, meetup: Meetup, now: number): Outbound {
  const event = meetup.groupKey?.split(':').at(-1);
  if (meetup.status === 'confirmed' && (event === 'confirmed' || event === 'moved' || event === 'next')) {
    return confirmationMessage(services, meetup, GROUP_LOCALE, event, { now, forGroup: true, withFile: false });
  }
  return groupPollMessage(services, meetup);
}

/**
 * Brings the live group message up to date by editing it in place. Edits are paced: at most one per
 * EDIT_INTERVAL_MS per meetup (the edit waits in the outbox until then), and the outbox sends only the newest of
 * several waiting edits of one message, so a burst of votes becomes one edit. `force` edits at once (closing a poll).
 */
export function refreshGroupMessage(services: Services, meetup: Meetup, now: number, force = false): void {
  if (!meetup.groupKey) return;
  const last = meetup.lastEditAt ?? 0;
  // An edit already waiting for its slot is replaced by this newer one in the same slot.
  const at = force ? now : last > now ? last : Math.max(now, last + EDIT_INTERVAL_MS);
  meetup.edits += 1;
  meetup.lastEditAt = at;
  services.store.put('meetups', meetup.id, meetup);
  postToGroup(services, meetup, { ...liveMessage(services, meetup, now), editOf: meetup.groupKey }, `mt:${meetup.id}:edit:${meetup.edits}`, at);
}
