// The daily nudge at the learner's own time and the kind weekly note: planned per learner, sent through the outbox.
//
// Each learner has one daily job (`practice.nudge:<member>`) at their chosen time in their time zone and one weekly job.
// A run reads only that learner's record (its `nextDueAt`) and the due count from the in-memory index: the cost of a
// day's nudges grows with the learners whose time it is, never with the number of cards.
import type { JobHandler } from '../../scheduler/scheduler.js';
import { memberAddress, type Services } from '../../core/services.js';
import type { Member, PracticeLearner } from '../../store/schema.js';
import { contextOf } from './context.js';
import { currentStreak, newLeftToday, practisedToday } from './learners.js';

/** Sunday, late morning: the weekly note. */
const WEEKLY = { weekday: 0, time: '11:00' } as const;

export const nudgeJobId = (memberId: string) => `practice.nudge:${memberId}`;
export const weeklyJobId = (memberId: string) => `practice.weekly:${memberId}`;

/** (Re)plans a learner's daily nudge and weekly note (the same ids replace the old plan, e.g. after a new time). */
export function planNudges(services: Services, member: Member, learner: PracticeLearner): void {
  services.jobs.daily(nudgeJobId(member.id), 'practice.nudge', learner.settings.time, member.timeZone, { memberId: member.id });
  services.jobs.weekly(weeklyJobId(member.id), 'practice.weekly', WEEKLY.weekday, WEEKLY.time, member.timeZone, { memberId: member.id });
}

/** Whether the person asked not to get messages the bot starts itself (STOP), when the programme records that. */
function optedOut(member: Member): boolean {
  const flags = member as Member & { optOut?: unknown; optedOut?: unknown };
  return Boolean(flags.optOut || flags.optedOut);
}

function learnerFor(services: Services, memberId: unknown): { member: Member; learner: PracticeLearner } | undefined {
  if (typeof memberId !== 'string') return undefined;
  const member = services.store.get('members', memberId);
  const learner = services.store.get('practiceLearners', memberId);
  if (!member || !learner) return undefined;
  return { member, learner };
}

/** The daily nudge: only when words wait, the learner has not practised today, and nudges are not paused. */
export const nudgeJob: JobHandler = (job, { services, occurrence, now }) => {
  const found = learnerFor(services, job.payload.memberId);
  if (!found) {
    services.jobs.cancel(job.id);
    return;
  }
  const { member, learner } = found;
  if (learner.settings.paused || optedOut(member) || practisedToday(learner, now, member.timeZone)) return;
  const context = contextOf(services);
  const due = learner.nextDueAt !== undefined && learner.nextDueAt <= now ? context.index.learner(member.id).countDue(now) : 0;
  const fresh = newLeftToday(learner, now, member.timeZone) > 0 && context.index.learner(member.id).size < context.list.words.size ? 1 : 0;
  if (due === 0 && fresh === 0) return;
  const to = memberAddress(member);
  if (!to) return;
  const t = (key: string, vars = {}) => services.translator.t(member.locale, `practice.${key}`, vars);
  const text = due > 0 ? t('nudge.due', { count: due }) : t('nudge.new', { count: newLeftToday(learner, now, member.timeZone) });
  services.outbox.enqueue({
    to,
    memberId: member.id,
    message: { text, kind: 'practice_nudge', choices: [{ id: 'pr:start', label: t('buttons.start') }] },
    priority: 'bulk',
    key: `${occurrence}:${member.id}`,
  });
};

/** The weekly note: what went well this week, or a warm "whenever you like" — never a reproach. */
export const weeklyJob: JobHandler = (job, { services, occurrence, now }) => {
  const found = learnerFor(services, job.payload.memberId);
  if (!found) {
    services.jobs.cancel(job.id);
    return;
  }
  const { member, learner } = found;
  if (learner.settings.paused || optedOut(member)) return;
  const to = memberAddress(member);
  if (!to) return;
  const t = (key: string, vars = {}) => services.translator.t(member.locale, `practice.${key}`, vars);
  const { answers, learned } = learner.week;
  const streak = currentStreak(learner, now, member.timeZone);
  const lines = answers > 0 ? [t('weekly.title'), t('weekly.learned', { count: learned }), t('weekly.answers', { count: answers })] : [t('weekly.quiet')];
  if (answers > 0 && streak >= 2) lines.push(t('streak', { count: streak }));
  if (answers > 0) lines.push(t('weekly.thanks'));
  services.outbox.enqueue({
    to,
    memberId: member.id,
    message: { text: lines.join('\n'), kind: 'practice_nudge', choices: [{ id: 'pr:start', label: t('buttons.start') }] },
    priority: 'bulk',
    key: `${occurrence}:${member.id}`,
  });
  services.store.put('practiceLearners', learner.id, { ...learner, week: { since: now, answers: 0, learned: 0 } });
};
