// Who may do what with a group's plan, in one place: volunteers and coordinators in scope manage it, newcomers their own items.
import { canSeeGroup } from '../../core/scope.js';
import type { Commitment, Group, Member } from '../../store/schema.js';

/** May see the group's plan: its members and coordinators in scope. */
export function canView(member: Member | undefined, group: Group): boolean {
  return canSeeGroup(member, group);
}

/** May add, assign, move, reassign and mark "not needed": the group's volunteers and coordinators in scope. */
export function canManage(member: Member | undefined, group: Group): boolean {
  if (!member || !canSeeGroup(member, group)) return false;
  return member.role === 'coordinator' || (member.role === 'volunteer' && member.groupIds.includes(group.id));
}

/** May mark an item done or ask for help with it: managers, and a newcomer for the items they own. */
export function canAct(member: Member | undefined, group: Group, commitment: Commitment): boolean {
  if (canManage(member, group)) return true;
  return member?.role === 'newcomer' && member.groupIds.includes(group.id) && commitment.ownerIds.includes(member.id);
}
