// What welkom knows about reaching a WhatsApp user: last message time, unreachable numbers (telling the coordinators), language.
import { memberByIdentity, notifyMember, type Services } from '../../core/services.js';
import { identityKey } from '../../core/types.js';
import type { Contact, Member } from '../../store/schema.js';

/** `whatsapp:<wa_id>`, the key of a person in the `contacts` collection (and in `identities`). */
export function contactKey(userId: string): string {
  return identityKey('whatsapp', userId);
}

/**
 * Records that someone wrote at `at` (their message time, never later than now): this opens the 24-hour window.
 * A person who writes can be reached again, so an "unreachable" mark is cleared. Call inside the turn's commit.
 */
export function touchContact(services: Services, userId: string, at: number | undefined): void {
  const { store, clock } = services;
  const now = clock.now();
  const key = contactKey(userId);
  const contact: Contact = { ...(store.get('contacts', key) ?? { key }) };
  const time = Math.min(at ?? now, now);
  if (contact.lastInboundAt === undefined || time > contact.lastInboundAt) contact.lastInboundAt = time;
  delete contact.unreachable;
  store.put('contacts', key, contact);
}

export function memberOf(services: Services, userId: string): Member | undefined {
  return memberByIdentity(services.store, 'whatsapp', userId);
}

/**
 * Marks a number as unreachable (WhatsApp 131026) and tells the coordinators of the person's groups, once per marking.
 * Returns false when the number was already marked.
 */
export function markUnreachable(services: Services, userId: string, reason: string): boolean {
  const { store, clock, logger } = services;
  const now = clock.now();
  const key = contactKey(userId);
  const existing = store.get('contacts', key);
  if (existing?.unreachable) return false;
  store.put('contacts', key, { ...(existing ?? { key }), unreachable: { at: now, reason } });
  const member = memberOf(services, userId);
  let told = 0;
  if (member) {
    for (const groupId of member.groupIds) {
      const group = store.get('groups', groupId);
      if (!group) continue;
      for (const coordinator of coordinatorsOf(services, group.createdBy, group.memberIds)) {
        if (coordinator.id === member.id) continue;
        notifyMember(services, coordinator, 'whatsapp.unreachable_notice', { name: member.name, group: group.name }, { kind: 'notice', urgent: true, dedupKey: `whatsapp:unreachable:${member.id}:${now}` });
        told += 1;
      }
    }
  }
  // Ids and counts only: never the number or the name.
  logger.warn({ member: member?.id, coordinatorsTold: told }, 'a WhatsApp number cannot receive messages (131026); marked unreachable until the person writes again');
  return true;
}

function coordinatorsOf(services: Services, createdBy: string, memberIds: string[]): Member[] {
  const found = new Map<string, Member>();
  for (const id of [createdBy, ...memberIds]) {
    const member = services.store.get('members', id);
    if (member?.role === 'coordinator') found.set(member.id, member);
  }
  return [...found.values()];
}

/** The language to use for someone: their member locale, else the language chosen in a running flow (join), else Dutch. */
export function recipientLocale(services: Services, userId: string, memberId?: string): string {
  const { store, translator } = services;
  const member = (memberId ? store.get('members', memberId) : undefined) ?? memberOf(services, userId);
  if (member && translator.isLocale(member.locale)) return member.locale;
  const conversation = store.get('conversations', `whatsapp:${userId}:${userId}`);
  const chosen = conversation?.vars.locale;
  return translator.isLocale(chosen) ? chosen : 'nl';
}
