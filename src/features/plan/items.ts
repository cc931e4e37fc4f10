// Changes to plan items: commit, complete, ask for help, not needed, reopen, owners, due date — each re-plans reminders and tells who should know.
import type { Services } from '../../core/services.js';
import type { Commitment, Group, Member } from '../../store/schema.js';
import { formatDueDate } from './dates.js';
import { membersOf, sendToMember, tellGroup } from './notify.js';
import { audit, newCommitmentId } from './plan.js';
import { planReminder } from './reminders.js';
import { titleOf } from './render.js';
import { OWN_AREA } from './template.js';

export interface CommitInput {
  group: Group;
  actor: Member;
  /** An existing item (adopted from the template, or own) to take on; otherwise a new own item with `title`. */
  commitmentId?: string;
  title?: string;
  area?: string;
  ownerIds: string[];
  dueDate: string;
  note?: string;
}

export type CommitResult = { ok: true; commitment: Commitment } | { ok: false; reason: 'owner_left' | 'closed' | 'missing' };

/** Takes on an item: owners (current members only), due date, note; owners other than the actor are told. */
export function commit(services: Services, input: CommitInput, now: number): CommitResult {
  const { store } = services;
  const owners = input.ownerIds.filter((id) => input.group.memberIds.includes(id) && store.get('members', id));
  if (owners.length === 0 || owners.length !== new Set(input.ownerIds).size) return { ok: false, reason: 'owner_left' };
  let commitment: Commitment;
  if (input.commitmentId) {
    const existing = store.get('commitments', input.commitmentId);
    if (!existing || existing.groupId !== input.group.id) return { ok: false, reason: 'missing' };
    if (existing.state !== 'open') return { ok: false, reason: 'closed' };
    commitment = { ...existing };
  } else {
    commitment = { id: newCommitmentId(), groupId: input.group.id, area: input.area ?? OWN_AREA, title: input.title, ownerIds: [], state: 'open', createdBy: input.actor.id, createdAt: now, updatedAt: now };
  }
  const before = new Set(commitment.ownerIds);
  commitment.ownerIds = [...new Set(owners)];
  commitment.dueDate = input.dueDate;
  commitment.note = input.note || commitment.note;
  commitment.escalatedAt = undefined;
  save(services, commitment, input.actor.id, 'plan.commit', now);
  for (const member of membersOf(services, input.group)) {
    if (!commitment.ownerIds.includes(member.id) || member.id === input.actor.id || before.has(member.id)) continue;
    tellAssigned(services, member, input.actor, commitment, input.dueDate, now);
  }
  return { ok: true, commitment };
}

export type CloseResult = 'ok' | 'already_done' | 'not_needed';

/** Marks an item done and tells the group. A second "done" (two people at once, or an old button) changes nothing. */
export function complete(services: Services, commitment: Commitment, actor: Member, now: number): CloseResult {
  if (commitment.state === 'done') return 'already_done';
  if (commitment.state === 'not_needed') return 'not_needed';
  const group = services.store.get('groups', commitment.groupId);
  commitment.state = 'done';
  commitment.doneAt = now;
  commitment.doneBy = actor.id;
  commitment.helpNeeded = undefined;
  save(services, commitment, actor.id, 'plan.done', now);
  if (group) tellGroup(services, group, `plan:done:${commitment.id}:${now}`, (locale) => services.translator.t(locale, 'plan.done_notice', { name: actor.name, item: titleOf(services, commitment, locale) }), actor.id);
  return 'ok';
}

/** Someone is stuck: the item is marked and the group (volunteers and coordinators see it in lists and the digest) is told. */
export function askHelp(services: Services, commitment: Commitment, actor: Member, now: number): 'ok' | 'closed' | 'already' {
  if (commitment.state !== 'open') return 'closed';
  if (commitment.helpNeeded) return 'already';
  const group = services.store.get('groups', commitment.groupId);
  commitment.helpNeeded = { at: now, by: actor.id };
  commitment.updatedAt = now;
  services.store.put('commitments', commitment.id, commitment);
  audit(services, now, actor.id, 'plan.help', commitment.id);
  if (group) tellGroup(services, group, `plan:help:${commitment.id}:${now}`, (locale) => services.translator.t(locale, 'plan.help_notice', { name: actor.name, item: titleOf(services, commitment, locale) }), actor.id);
  return 'ok';
}

/** The group does not need this item (it stays visible, greyed out in the chart's totals). */
export function markNotNeeded(services: Services, commitment: Commitment, actor: Member, now: number): 'ok' | 'closed' {
  if (commitment.state !== 'open') return 'closed';
  commitment.state = 'not_needed';
  commitment.helpNeeded = undefined;
  save(services, commitment, actor.id, 'plan.not_needed', now);
  return 'ok';
}

/** Opens a done or "not needed" item again (a mistake); reminders resume if it has owners and a date. */
export function reopen(services: Services, commitment: Commitment, actor: Member, now: number): 'ok' | 'open' {
  if (commitment.state === 'open') return 'open';
  commitment.state = 'open';
  commitment.doneAt = undefined;
  commitment.doneBy = undefined;
  save(services, commitment, actor.id, 'plan.reopen', now);
  return 'ok';
}

/** Adds or removes one owner (a current member of the group); the last owner cannot be removed. */
export function toggleOwner(services: Services, commitment: Commitment, memberId: string, actor: Member, now: number): 'added' | 'removed' | 'last' | 'not_member' | 'closed' {
  if (commitment.state !== 'open') return 'closed';
  const group = services.store.get('groups', commitment.groupId);
  const member = services.store.get('members', memberId);
  const has = commitment.ownerIds.includes(memberId);
  if (!has && (!group || !member || !group.memberIds.includes(memberId))) return 'not_member';
  if (has && commitment.ownerIds.length === 1) return 'last';
  commitment.ownerIds = has ? commitment.ownerIds.filter((id) => id !== memberId) : [...commitment.ownerIds, memberId];
  commitment.helpNeeded = has ? commitment.helpNeeded : undefined;
  save(services, commitment, actor.id, 'plan.reassign', now);
  if (!has && member && member.id !== actor.id && commitment.dueDate) {
    tellAssigned(services, member, actor, commitment, commitment.dueDate, now);
  }
  return has ? 'removed' : 'added';
}

/** Moves the due date (reminders and the coordinator notice start again from the new date); owners are told. */
export function moveDue(services: Services, commitment: Commitment, dueDate: string, actor: Member, now: number): 'ok' | 'closed' {
  if (commitment.state !== 'open') return 'closed';
  commitment.dueDate = dueDate;
  commitment.escalatedAt = undefined;
  save(services, commitment, actor.id, 'plan.move', now);
  const group = services.store.get('groups', commitment.groupId);
  for (const owner of group ? membersOf(services, group) : []) {
    if (!commitment.ownerIds.includes(owner.id) || owner.id === actor.id) continue;
    sendToMember(services, owner, services.translator.t(owner.locale, 'plan.moved_notice', { name: actor.name, item: titleOf(services, commitment, owner.locale), date: formatDueDate(dueDate, owner.locale, now, services.config.timeZone) }), {
      key: `plan:moved:${commitment.id}:${now}`,
    });
  }
  return 'ok';
}

/** Stores a changed item: its time, its reminder planned anew, and the audit line. */
function save(services: Services, commitment: Commitment, actorId: string, action: string, now: number): void {
  commitment.updatedAt = now;
  planReminder(services, commitment, now);
  services.store.put('commitments', commitment.id, commitment);
  audit(services, now, actorId, action, commitment.id);
}

/** Tells a new owner, in their language, who gave them the item and when it is due. */
function tellAssigned(services: Services, member: Member, actor: Pick<Member, 'name'>, commitment: Commitment, dueDate: string, now: number): void {
  sendToMember(services, member, services.translator.t(member.locale, 'plan.assigned', { name: actor.name, item: titleOf(services, commitment, member.locale), date: formatDueDate(dueDate, member.locale, now, services.config.timeZone) }), {
    key: `plan:assigned:${commitment.id}:${now}`,
  });
}
