// The plan's daily round: adopt the plan for older groups, nudge quiet groups (14 days) and tell coordinators (28), repair reminders, digest jobs.
import type { JobHandler } from '../../scheduler/scheduler.js';
import type { Services } from '../../core/services.js';
import { ensureDigestJobs } from './digest.js';
import { QUIET_DAYS, QUIET_ESCALATE_DAYS } from './health.js';
import { tellCoordinators, tellGroup } from './notify.js';
import { DAY, ensurePlan } from './plan.js';
import { repairReminders } from './reminders.js';

export const DAILY_JOB = 'plan.daily';
/** Late morning, so a nudge does not land at breakfast. */
export const DAILY_TIME = '10:00';

/** Quiet groups: a friendly nudge in the group after 14 silent days, its coordinators told after 28 (each once per silence). */
export function checkQuietGroups(services: Services, now: number): void {
  const { store, translator } = services;
  for (const group of store.values('groups')) {
    if (group.endsAt <= now) continue;
    const record = ensurePlan(services, group, now);
    const days = Math.floor((now - record.lastActivityAt) / DAY);
    const silence = `plan:quiet:${group.id}:${record.lastActivityAt}`;
    if (days >= QUIET_DAYS && !record.quietNudgedAt) {
      tellGroup(services, group, `${silence}:nudge`, (locale) => translator.t(locale, 'plan.quiet.nudge', { group: group.name, count: days }), undefined, { newcomers: false });
      record.quietNudgedAt = now;
      store.put('plans', group.id, record);
    }
    if (days >= QUIET_ESCALATE_DAYS && !record.quietEscalatedAt) {
      tellCoordinators(services, group, `${silence}:coordinator`, 'plan.quiet.coordinator', () => ({ group: group.name, count: days }));
      record.quietEscalatedAt = now;
      store.put('plans', group.id, record);
    }
  }
}

export const dailyJob: JobHandler = (_job, { services, now }) => {
  checkQuietGroups(services, now);
  repairReminders(services, now);
  ensureDigestJobs(services);
};
