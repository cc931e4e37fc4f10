// Messages the plan sends on its own: to one member (with buttons), to the group, and to its coordinators.
import { activeGroupChats, memberAddress, type Services } from '../../core/services.js';
import { chatKey } from '../../core/types.js';
import { isNationalCoordinator, sameMunicipality } from '../../core/scope.js';
import type { Choice, MessageKind } from '../../core/types.js';
import type { TextVars } from '../../i18n/i18n.js';
import type { Group, Member } from '../../store/schema.js';

/** Sends `text` (already in the member's language) to their 1:1 chat through the outbox, once per `key`. */
export function sendToMember(services: Services, member: Member, text: string, options: { key: string; kind?: MessageKind; choices?: Choice[] }): void {
  const to = memberAddress(member);
  if (!to) return;
  services.outbox.enqueue({ to, memberId: member.id, message: { text, kind: options.kind ?? 'notice', choices: options.choices }, priority: 'bulk', key: `${options.key}:${member.id}` });
}

/** Current members of a group (people who left are not in `memberIds` any more). */
export function membersOf(services: Services, group: Group): Member[] {
  return group.memberIds.flatMap((id) => services.store.get('members', id) ?? []);
}

/**
 * Tells the group: its linked group chats (in Dutch, like other group notices), and newcomers 1:1 in their own
 * language (they are not in the Telegram chat; unless `newcomers: false`). Without a linked chat every volunteer hears
 * it 1:1. `except` (the person who did it) is not told.
 */
export function tellGroup(services: Services, group: Group, key: string, text: (locale: string) => string, except?: string, options: { newcomers?: boolean } = {}): void {
  const { store } = services;
  const chats = activeGroupChats(store, group);
  for (const chat of chats) {
    services.outbox.enqueue({ to: chat.address, message: { text: text('nl'), kind: 'notice' }, priority: 'bulk', key: `${key}:${chat.key}` });
  }
  for (const member of membersOf(services, group)) {
    if (member.id === except) continue;
    if (member.role === 'newcomer' ? options.newcomers === false : chats.length > 0) continue;
    sendToMember(services, member, text(member.locale), { key });
  }
}

/**
 * The coordinators responsible for a group: its creator (while still a coordinator who can see it) and the
 * coordinators whose municipalities include the group's; national coordinators only when there is nobody else.
 */
export function coordinatorsOf(services: Services, group: Group): Member[] {
  const coordinators = services.store.values('members').filter((m) => m.role === 'coordinator');
  const responsible = coordinators.filter(
    (m) => (m.id === group.createdBy && (isNationalCoordinator(m) || m.scope?.municipalities.some((x) => sameMunicipality(x, group.municipality)))) || m.scope?.municipalities.some((x) => sameMunicipality(x, group.municipality)),
  );
  return responsible.length > 0 ? responsible : coordinators.filter(isNationalCoordinator);
}

/** Sends a localized notice to each of the group's coordinators. */
export function tellCoordinators(services: Services, group: Group, key: string, textKey: string, vars: (locale: string) => TextVars): void {
  for (const coordinator of coordinatorsOf(services, group)) sendToMember(services, coordinator, services.translator.t(coordinator.locale, textKey, vars(coordinator.locale)), { key });
}

/** Remembers the reminder a member was just sent, so a typed "1" (done) or "2" (help) answers it (see typed.ts). */
export function rememberPrompt(services: Services, member: Member, commitmentId: string, now: number): void {
  const to = memberAddress(member);
  if (!to) return;
  services.store.put('planPrompts', member.id, { id: member.id, commitmentId, chatKey: chatKey(to), at: now });
}
