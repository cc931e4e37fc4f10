// A group's settlement plan in the store: adopting the template, reading items, and the per-group record.
import { randomBytes } from 'node:crypto';
import type { Services } from '../../core/services.js';
import { isoDate, localDate, zonedInstant } from '../../core/when/index.js';
import type { Commitment, Group, PlanRecord } from '../../store/schema.js';
import { planTemplate, templateItems, type PlanTemplate } from './template.js';

export const DAY = 86_400_000;
/** Default: owners hear about an item this many days before its due date. */
export const DEFAULT_REMIND_DAYS = 2;

export function newCommitmentId(): string {
  return `c_${randomBytes(6).toString('base64url')}`;
}

/**
 * Makes sure the group has its plan: the template's items as open items with nobody yet. Called when a group is
 * created, and lazily on first use for groups created before (and to add items a newer template brought).
 * Idempotent: an item the group already has (by template id) is never added twice.
 */
export function ensurePlan(services: Pick<Services, 'store'>, group: Group, now: number, template: PlanTemplate = planTemplate()): PlanRecord {
  const { store } = services;
  const existing = store.get('plans', group.id);
  if (existing && existing.templateVersion >= template.version) return existing;
  const have = new Set(commitmentsOf(services, group.id).flatMap((c) => (c.itemId ? [c.itemId] : [])));
  for (const item of templateItems(template)) {
    if (have.has(item.id)) continue;
    const id = newCommitmentId();
    store.put('commitments', id, { id, groupId: group.id, area: item.area, itemId: item.id, ownerIds: [], state: 'open', createdBy: 'template', createdAt: now, updatedAt: now });
  }
  const record: PlanRecord = existing
    ? { ...existing, templateVersion: template.version }
    : { id: group.id, groupId: group.id, adoptedAt: now, templateVersion: template.version, remindDaysBefore: DEFAULT_REMIND_DAYS, lastActivityAt: now };
  store.put('plans', group.id, record);
  return record;
}

/** Every item of a group (any state). */
export function commitmentsOf(services: Pick<Services, 'store'>, groupId: string): Commitment[] {
  return services.store.values('commitments').filter((c) => c.groupId === groupId);
}

/** Open items with owners and a due date, soonest first (then by title order of creation). */
export function openCommitments(services: Services, groupId: string): Commitment[] {
  return commitmentsOf(services, groupId)
    .filter((c) => c.state === 'open' && c.ownerIds.length > 0)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt - b.createdAt);
}

/** Open items nobody took yet. */
export function unassigned(services: Services, groupId: string): Commitment[] {
  return commitmentsOf(services, groupId).filter((c) => c.state === 'open' && c.ownerIds.length === 0);
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function isoDay(at: number, timeZone: string): string {
  return isoDate(localDate(at, timeZone));
}

/** `YYYY-MM-DD` → calendar date. */
function calendar(date: string): { year: number; month: number; day: number } {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}

/** The instant of `hh:mm` on a date (`YYYY-MM-DD`) in a time zone (DST-safe: wall-clock time). */
export function atLocal(date: string, hhmm: string, timeZone: string): number {
  return zonedInstant(calendar(date), hhmm, timeZone);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utcNoon = (date: string) => zonedInstant(calendar(date), '12:00', 'UTC');
  return Math.round((utcNoon(to) - utcNoon(from)) / DAY);
}

/** Whether an open item is past its due date (in the group's time zone). */
export function isOverdue(commitment: Commitment, now: number, timeZone: string): boolean {
  return commitment.state === 'open' && commitment.dueDate !== undefined && commitment.dueDate < isoDay(now, timeZone);
}

/**
 * Notes that a member of the group wrote. Cheap: the record is rewritten at most once an hour, and a new silence
 * resets the quiet-group notices.
 */
export function recordActivity(services: Services, groupId: string, now: number): void {
  const record = services.store.get('plans', groupId);
  if (!record || now - record.lastActivityAt < 3_600_000) return;
  services.store.put('plans', groupId, { ...record, lastActivityAt: now, quietNudgedAt: undefined, quietEscalatedAt: undefined });
}

/** One audit line (who did what to which item; no names or texts). */
export function audit(services: Services, at: number, actor: string, action: string, subject: string): void {
  const id = `a_${at}_${randomBytes(4).toString('hex')}`;
  services.store.put('audit', id, { id, at, actor, action, subject });
}
