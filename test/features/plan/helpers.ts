// Test helpers for the plan feature: a seeded group with volunteers, a newcomer, a linked group chat and a coordinator.
import type { Harness } from '../../helpers/harness.js';
import type { MemberRole } from '../../../src/core/types.js';
import type { Group, Member } from '../../../src/store/schema.js';

export function addMember(harness: Harness, userId: string, name: string, role: MemberRole, groupIds: string[], extra: Partial<Member> = {}): Member {
  const { store } = harness.app.services;
  const member: Member = {
    id: `m_${userId}`,
    name,
    role,
    locale: role === 'newcomer' ? 'ar' : 'nl',
    identities: [`local:${userId}`],
    groupIds,
    profile: {},
    timeZone: 'Europe/Amsterdam',
    createdAt: harness.clock.now(),
    ...extra,
  };
  store.put('members', member.id, member);
  store.put('identities', `local:${userId}`, { key: `local:${userId}`, memberId: member.id });
  return member;
}

export interface SeededGroup {
  group: Group;
  chatId: string;
}

/** A group with the given people (user ids), linked to the local group chat `<id>-chat`, created by `createdBy`. */
export async function seedGroup(
  harness: Harness,
  id: string,
  people: Array<{ userId: string; name: string; role: MemberRole }>,
  options: { municipality?: string; createdBy?: string; chat?: boolean } = {},
): Promise<SeededGroup> {
  const { store } = harness.app.services;
  const now = harness.clock.now();
  const chatId = `${id}-chat`;
  const group: Group = {
    id,
    name: `Groep ${id}`,
    municipality: options.municipality ?? 'Utrecht',
    kind: 'welkomgroep',
    memberIds: [],
    chatKeys: options.chat === false ? [] : [`local:${chatId}`],
    createdBy: options.createdBy ?? 'm_coord',
    startsAt: now,
    endsAt: now + 365 * 86_400_000,
  };
  for (const person of people) {
    const existing = store.get('members', `m_${person.userId}`);
    if (existing) store.put('members', existing.id, { ...existing, groupIds: [...existing.groupIds, id] });
    else addMember(harness, person.userId, person.name, person.role, [id]);
    group.memberIds.push(`m_${person.userId}`);
  }
  store.put('groups', id, group);
  if (options.chat !== false) {
    store.put('chats', `local:${chatId}`, { key: `local:${chatId}`, address: { channel: 'local', chatId }, kind: 'group', title: group.name, groupId: id, status: 'active', updatedAt: now });
  }
  await store.committed();
  return { group, chatId };
}

export const DEMO_PEOPLE = [
  { userId: 'anna', name: 'Anna', role: 'volunteer' as const },
  { userId: 'ben', name: 'Ben', role: 'volunteer' as const },
  { userId: 'samira', name: 'Samira', role: 'newcomer' as const },
];
