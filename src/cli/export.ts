// `welkom export`: one CSV row per group (no personal data beyond group names): size, dates, meetups and settlement-plan progress.
import type { Commitment } from '../store/schema.js';
import type { Store } from '../store/store.js';

/** Column names, in order. */
export const EXPORT_COLUMNS = [
  'group_id', 'group_name', 'municipality', 'kind', 'starts_on', 'ends_on', 'status',
  'volunteers', 'newcomers', 'coordinators', 'linked_chats',
  'meetups_held', 'last_meetup_on', 'next_meetup_on',
  'plan_items', 'plan_done', 'plan_open', 'plan_overdue', 'plan_help_needed', 'plan_done_percent',
] as const;

/** Builds the CSV text. Demo groups are left out unless `includeDemo`. `now` decides active/ended and overdue (due dates are days in `timeZone`). */
export function groupsCsv(store: Store, options: { now: number; timeZone: string; includeDemo?: boolean; onProgress?: (done: number, total: number) => void }): string {
  const progress = planCounts(store.values('commitments'), localDay(options.now, options.timeZone));
  const meetups = meetupCounts(store, options.now);
  const groups = store.values('groups').filter((g) => options.includeDemo || !g.demo).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const rows: string[][] = [[...EXPORT_COLUMNS]];
  groups.forEach((group, index) => {
    const roles = { volunteer: 0, newcomer: 0, coordinator: 0 };
    for (const id of group.memberIds) {
      const role = store.get('members', id)?.role;
      if (role) roles[role] += 1;
    }
    const status = options.now < group.startsAt ? 'not_started' : options.now >= group.endsAt ? 'ended' : 'active';
    const met = meetups.get(group.id);
    const row: Array<string | number> = [group.id, group.name, group.municipality, group.kind, day(group.startsAt), day(group.endsAt), status, roles.volunteer, roles.newcomer, roles.coordinator, group.chatKeys.length, met?.held ?? 0, met?.last ? day(met.last) : '', met?.next ? day(met.next) : ''];
    const p = progress.get(group.id) ?? { total: 0, done: 0, overdue: 0, helpNeeded: 0 };
    row.push(p.total, p.done, p.total - p.done, p.overdue, p.helpNeeded, p.total === 0 ? '' : Math.round((100 * p.done) / p.total));
    rows.push(row.map(String));
    options.onProgress?.(index + 1, groups.length);
  });
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface PlanCounts {
  total: number;
  done: number;
  overdue: number;
  helpNeeded: number;
}

/** Settlement-plan progress per group; items marked "not needed" are left out; overdue = open with a due date before `today` (YYYY-MM-DD). */
export function planCounts(items: Commitment[], today: string): Map<string, PlanCounts> {
  const counts = new Map<string, PlanCounts>();
  for (const item of items) {
    if (item.state === 'not_needed') continue;
    const entry = counts.get(item.groupId) ?? { total: 0, done: 0, overdue: 0, helpNeeded: 0 };
    entry.total += 1;
    if (item.state === 'done') entry.done += 1;
    else {
      if (item.dueDate !== undefined && item.dueDate < today) entry.overdue += 1;
      if (item.helpNeeded) entry.helpNeeded += 1;
    }
    counts.set(item.groupId, entry);
  }
  return counts;
}

/** The calendar day (YYYY-MM-DD) of `at` in a time zone. */
function localDay(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
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
