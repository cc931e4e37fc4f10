// Which group(s) a message is about: the group chat's linked group, the sender's groups, or a coordinator's groups in scope.
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import { chatKey } from '../../core/types.js';
import type { Group } from '../../store/schema.js';
import { ensurePlan, recordActivity } from './plan.js';

/** The groups a turn concerns, each with its plan adopted (lazily, for groups created before the plan existed). */
export function groupsOfTurn(turn: Turn, services: Services): Group[] {
  const { store } = services;
  let groups: Group[];
  if (turn.inbound.chatType === 'group') {
    const linked = store.get('chats', chatKey(turn.address))?.groupId;
    // Only when the sender may see it (the scope checks this one group, without listing all of theirs).
    const group = linked && turn.member ? turn.scope.group(linked) : undefined;
    groups = group ? [group] : [];
  } else {
    groups = turn.scope.groups();
  }
  for (const group of groups) ensurePlan(services, group, turn.now);
  return groups;
}

/** Notes that the sender wrote, for the "quiet group" check of each group they belong to (and the group chat's group). */
export function noteActivity(turn: Turn, services: Services): void {
  const ids = new Set(turn.member?.groupIds ?? []);
  if (turn.inbound.chatType === 'group') {
    const linked = services.store.get('chats', chatKey(turn.address))?.groupId;
    if (linked) ids.add(linked);
  }
  for (const id of ids) recordActivity(services, id, turn.now);
}
