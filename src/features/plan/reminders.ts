// Reminders for plan items: before the due date (per group), on the day, weekly when overdue, the coordinator after 14 days.
import type { Services } from '../../core/services.js';
import type { JobHandler } from '../../scheduler/scheduler.js';
import type { Commitment } from '../../store/schema.js';
import { addDays, formatDueDate } from './dates.js';
import { atLocal, daysBetween, DEFAULT_REMIND_DAYS, isoDay } from './plan.js';
import { coordinatorsOf, membersOf, rememberPrompt, sendToMember, tellCoordinators, tellGroup } from './notify.js';
import { itemButtons } from './buttons.js';
import { titleOf } from './render.js';

export const REMINDER_JOB = 'plan.remind';
/** Reminders go out at this local time. */
export const REMINDER_TIME = '09:00';
/** Days overdue after which the group's coordinator is told. */
export const ESCALATE_AFTER_DAYS = 14;
/** A missed reminder (welkom was down) is still sent this late; later the daily check plans the next one. */
const GRACE_MS = 12 * 3_600_000;

export type Stage = 'before' | 'due' | 'overdue';

/** The next reminder of an item after `now`: N days before, on the day, then every 7 days after the due date. */
export function nextReminder(dueDate: string, remindDaysBefore: number, now: number, timeZone: string): { stage: Stage; at: number } {
  const candidates: Array<{ stage: Stage; at: number }> = [];
  if (remindDaysBefore > 0) candidates.push({ stage: 'before', at: atLocal(addDays(dueDate, -remindDaysBefore), REMINDER_TIME, timeZone) });
  candidates.push({ stage: 'due', at: atLocal(dueDate, REMINDER_TIME, timeZone) });
  const next = candidates.find((c) => c.at > now);
  if (next) return next;
  // Overdue: the first weekly nudge (due + 7k days, at the local time) after now.
  const today = isoDay(now, timeZone);
  let weeks = Math.max(1, Math.ceil(daysBetween(dueDate, today) / 7));
  let at = atLocal(addDays(dueDate, weeks * 7), REMINDER_TIME, timeZone);
  if (at <= now) at = atLocal(addDays(dueDate, ++weeks * 7), REMINDER_TIME, timeZone);
  return { stage: 'overdue', at };
}

/** (Re)plans an item's reminder after any change (assigning, moving, closing). The caller puts the item afterwards. */
export function planReminder(services: Services, commitment: Commitment, now: number): void {
  if (commitment.reminderJob) services.jobs.cancel(commitment.reminderJob);
  commitment.reminderJob = undefined;
  if (commitment.state !== 'open' || !commitment.dueDate || commitment.ownerIds.length === 0) return;
  const days = services.store.get('plans', commitment.groupId)?.remindDaysBefore ?? DEFAULT_REMIND_DAYS;
  const next = nextReminder(commitment.dueDate, days, now, services.config.timeZone);
  const id = `plan:r:${commitment.id}:${next.at}`;
  services.jobs.at(id, REMINDER_JOB, next.at, { commitmentId: commitment.id, groupId: commitment.groupId, stage: next.stage, dueDate: commitment.dueDate }, GRACE_MS);
  commitment.reminderJob = id;
}

/** Runs one reminder: the owners hear it (newcomers outside WhatsApp's window through the `reminder` template), then the next is planned. */
export const remindJob: JobHandler = (job, { services, occurrence, now }) => {
  const { store, translator, config } = services;
  const commitment = store.get('commitments', String(job.payload.commitmentId));
  // Stale: the item was closed, moved or re-planned since this job was made.
  if (!commitment || commitment.state !== 'open' || commitment.reminderJob !== job.id || !commitment.dueDate || commitment.dueDate !== job.payload.dueDate) return;
  const group = store.get('groups', commitment.groupId);
  if (!group) return;
  const stage = job.payload.stage as Stage;
  const dueDate: string = commitment.dueDate;
  const overdueDays = Math.max(0, daysBetween(dueDate, isoDay(now, config.timeZone)));
  const owners = membersOf(services, group).filter((m) => commitment.ownerIds.includes(m.id));
  for (const owner of owners) {
    const vars = { item: titleOf(services, commitment, owner.locale), date: formatDueDate(dueDate, owner.locale, now, config.timeZone), days: stage === 'before' ? daysBetween(isoDay(now, config.timeZone), dueDate) : overdueDays, group: group.name };
    const text = translator.t(owner.locale, `plan.remind.${stage}`, { ...vars, count: vars.days });
    sendToMember(services, owner, text, { key: occurrence, kind: 'reminder', choices: itemButtons(services, commitment, owner.locale, 'reminder') });
    rememberPrompt(services, owner, commitment.id, now);
  }
  if (owners.length === 0) {
    // Everyone who took it left the group: the group hears that nobody is on it any more.
    tellGroup(services, group, occurrence, (locale) => translator.t(locale, 'plan.remind.orphaned', { item: titleOf(services, commitment, locale), date: formatDueDate(dueDate, locale, now, config.timeZone) }));
  }
  if (stage === 'overdue' && overdueDays >= ESCALATE_AFTER_DAYS && !commitment.escalatedAt && coordinatorsOf(services, group).length > 0) {
    tellCoordinators(services, group, `${occurrence}:escalate`, 'plan.escalate.overdue', (locale) => ({
      item: titleOf(services, commitment, locale),
      group: group.name,
      days: overdueDays,
      count: overdueDays,
      owners: owners.map((o) => o.name).join(', ') || translator.t(locale, 'plan.nobody'),
    }));
    commitment.escalatedAt = now;
  }
  planReminder(services, commitment, now);
  store.put('commitments', commitment.id, commitment);
};

/** Re-plans reminders whose job is missing (a run skipped while welkom was down), so no item falls silent. */
export function repairReminders(services: Services, now: number): void {
  for (const commitment of services.store.values('commitments')) {
    if (commitment.state !== 'open' || !commitment.dueDate || commitment.ownerIds.length === 0) continue;
    if (commitment.reminderJob && services.store.get('jobs', commitment.reminderJob)) continue;
    planReminder(services, commitment, now);
    services.store.put('commitments', commitment.id, commitment);
  }
}

