// Which groups a member may see and act on: their own groups, a coordinator's municipalities, or all (national).
import type { Store } from '../store/store.js';
import type { Group, Member } from '../store/schema.js';

/** Municipality names compare without case or surrounding space ("Utrecht" = " utrecht"). */
export function sameMunicipality(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}

/** True for a coordinator without a municipality scope (from COORDINATOR_TELEGRAM_IDS, or made national). */
export function isNationalCoordinator(member: Member | undefined): boolean {
  return member?.role === 'coordinator' && !member.scope;
}

/** Whether `member` may see and act on `group`: a member of it, a coordinator of its municipality, or a national coordinator. */
export function canSeeGroup(member: Member | undefined, group: Group): boolean {
  if (!member) return false;
  if (member.groupIds.includes(group.id)) return true;
  if (member.role !== 'coordinator') return false;
  if (!member.scope) return true;
  return member.scope.municipalities.some((municipality) => sameMunicipality(municipality, group.municipality));
}

/** Every group `member` may see, in name order. */
export function groupsVisibleTo(store: Store, member: Member | undefined): Group[] {
  if (!member) return [];
  const groups = member.role === 'coordinator' ? [...store.values('groups')] : member.groupIds.flatMap((id) => store.get('groups', id) ?? []);
  return groups.filter((group) => canSeeGroup(member, group)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
