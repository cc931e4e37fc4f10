// `welkom export`: one CSV row per group (no personal data beyond group names): size, dates, meetups, and plan progress when a plan collection exists.
import { COLLECTIONS } from '../store/schema.js';
import type { Store } from '../store/store.js';

/** Collections a settlement-plan feature may keep its items in; the first that exists is used. */
export const PLAN_COLLECTIONS = ['commitments', 'plan', 'planItems'] as const;
const DONE_STATES = new Set(['done', 'closed', 'completed']);
const SKIPPED_STATES = new Set(['not_needed', 'skipped', 'cancelled']);

/** Column names, in order, for this store's collections. */
export function exportColumns(planCollection: string | undefined): string[] {
  const base = ['group_id', 'group_name', 'municipality', 'kind', 'starts_on', 'ends_on', 'status', 'volunteers', 'newcomers', 'coordinators', 'linked_chats', 'meetups_held', 'last_meetup_on', 'next_meetup_on'];
  return planCollection ? [...base, 'plan_items', 'plan_done', 'plan_open', 'plan_overdue', 'plan_done_percent'] : base;
}

/** The plan collection present in this build of welkom, if any. */
export function planCollectionOf(collections: readonly string[] = COLLECTIONS): string | undefined {
  return PLAN_COLLECTIONS.find((name) => collections.includes(name));
}

/** Builds the CSV text. Demo groups are left out unless `includeDemo`. `now` decides active/ended and overdue. */
export function groupsCsv(store: Store, options: { now: number; includeDemo?: boolean; onProgress?: (done: number, total: number) => void }): string {
  const plan = planCollectionOf();
  const columns = exportColumns(plan);
  // The plan collection is defined by another feature; only shared fields are read, so a loose record view is enough.
  const progress = plan ? planCounts(store.values(plan as (typeof COLLECTIONS)[number]) as unknown as Array<Record<string, unknown>>, options.now) : new Map<string, PlanCounts>();
  const meetups = meetupCounts(store, options.now);
  const groups = store.values('groups').filter((g) => options.includeDemo || !g.demo).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const rows = [columns];
  groups.forEach((group, index) => {
    const roles = { volunteer: 0, newcomer: 0, coordinator: 0 };
    for (const id of group.memberIds) {
      const role = store.get('members', id)?.role;
      if (role) roles[role] += 1;
    }
    const status = options.now < group.startsAt ? 'not_started' : options.now >= group.endsAt ? 'ended' : 'active';
    const met = meetups.get(group.id);
    const row: Array<string | number> = [group.id, group.name, group.municipality, group.kind, day(group.startsAt), day(group.endsAt), status, roles.volunteer, roles.newcomer, roles.coordinator, group.chatKeys.length, met?.held ?? 0, met?.last ? day(met.last) : '', met?.next ? day(met.next) : ''];
    if (plan) {
      const p = progress.get(group.id) ?? { total: 0, done: 0, overdue: 0 };
      row.push(p.total, p.done, p.total - p.done, p.overdue, p.total === 0 ? '' : Math.round((100 * p.done) / p.total));
    }
    rows.push(row.map(String));
    options.onProgress?.(index + 1, groups.length);
  });
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface PlanCounts {
  total: number;
  done: number;
  overdue: number;
}

/**
 * Plan progress per group from a plan feature's items: an item has `groupId`, and `status` (done/closed/completed count
 * as done, not_needed/skipped/cancelled are left out) or `doneAt`, and `dueAt` for overdue.
 */
export function planCounts(items: Array<Record<string, unknown>>, now: number): Map<string, PlanCounts> {
  const counts = new Map<string, PlanCounts>();
  for (const item of items) {
    if (typeof item.groupId !== 'string') continue;
    const status = typeof item.status === 'string' ? item.status : '';
    if (SKIPPED_STATES.has(status)) continue;
    const done = DONE_STATES.has(status) || typeof item.doneAt === 'number';
    const entry = counts.get(item.groupId) ?? { total: 0, done: 0, overdue: 0 };
    entry.total += 1;
    if (done) entry.done += 1;
    else if (typeof item.dueAt === 'number' && item.dueAt < now) entry.overdue += 1;
    counts.set(item.groupId, entry);
  }
  return counts;
}

/** Confirmed meetups per group: how many took place (unless the proposer said it did not), the latest and the next one. */
function meetupCounts(store: Store, now: number): Map<string, { held: number; last?: number; next?: number }> {
  const counts = new Map<string, { held: number; last?: number; next?: number }>();
  const notHeld = new Set(store.values('meetupOutcomes').filter((o) => !o.held).map((o) => o.id));
  for (const meetup of store.values('meetups')) {
    if (meetup.status !== 'confirmed' || meetup.at === undefined) continue;
    const entry = counts.get(meetup.groupId) ?? { held: 0 };
    if (meetup.at <= now) {
      if (notHeld.has(meetup.id)) continue;
      entry.held += 1;
      entry.last = Math.max(entry.last ?? 0, meetup.at);
    } else entry.next = Math.min(entry.next ?? Infinity, meetup.at);
    counts.set(meetup.groupId, entry);
  }
  return counts;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
