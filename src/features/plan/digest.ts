// The weekly digest for a coordinator: each group in scope on one screen — on track or needs attention, and why.
import { groupsVisibleTo } from '../../core/scope.js';
import type { Services } from '../../core/services.js';
import type { JobHandler } from '../../scheduler/scheduler.js';
import type { Member } from '../../store/schema.js';
import { formatWhen } from '../../core/when/index.js';
import { formatDueDate } from './dates.js';
import { groupHealth, healthSources, MIN_VOLUNTEERS, type GroupHealth } from './health.js';
import { sendToMember } from './notify.js';
import { isoDay } from './plan.js';
import { ownerNames, titleOf } from './render.js';

export const DIGEST_JOB = 'plan.digest';
/** Monday 09:00 in the coordinator's time zone. */
export const DIGEST_WEEKDAY = 1;
export const DIGEST_TIME = '09:00';
/** Items listed per group and kind before "and N more". */
const LIST_MAX = 5;

export function digestJobId(memberId: string): string {
  return `plan:digest:${memberId}`;
}

/** Makes sure every coordinator has their weekly digest job (same schedule again keeps its next time), and none is left for people who are no coordinator. */
export function ensureDigestJobs(services: Services): void {
  const { store, jobs } = services;
  const coordinators = new Set<string>();
  for (const member of store.values('members')) {
    if (member.role !== 'coordinator') continue;
    coordinators.add(member.id);
    jobs.weekly(digestJobId(member.id), DIGEST_JOB, DIGEST_WEEKDAY, DIGEST_TIME, member.timeZone || services.config.timeZone, { memberId: member.id });
  }
  for (const job of store.values('jobs')) if (job.type === DIGEST_JOB && !coordinators.has(String(job.payload.memberId))) jobs.cancel(job.id);
}

/** The digest text for a coordinator at `now` (undefined when they have no groups). */
export function digestText(services: Services, coordinator: Member, now: number): string | undefined {
  const { store, translator, config } = services;
  const locale = coordinator.locale;
  const t = (key: string, vars = {}) => translator.t(locale, key, vars);
  const groups = groupsVisibleTo(store, coordinator);
  if (groups.length === 0) return undefined;
  // A coordinator may see thousands of groups: every collection is sorted by group once, not scanned once per group.
  const sources = healthSources(services);
  const healths = groups.map((group) => groupHealth(services, sources, group, now));
  const attention = healths.filter((h) => h.concerns.length > 0);
  const zone = coordinator.timeZone || config.timeZone;
  const weekStart = formatDueDate(isoDay(now, zone), locale, now, zone);
  const lines = [t('plan.digest.header', { date: weekStart }), t('plan.digest.summary', { count: groups.length, on_track: healths.length - attention.length, attention: attention.length })];
  const quiet = healths.filter((h) => h.concerns.includes('quiet'));
  const few = healths.filter((h) => h.volunteers < MIN_VOLUNTEERS);
  if (quiet.length > 0) lines.push(t('plan.digest.quiet_groups', { groups: quiet.map((h) => `${h.group.name} (${t('plan.digest.days', { count: h.quietDays })})`) }));
  if (few.length > 0) lines.push(t('plan.digest.few_volunteers', { groups: few.map((h) => `${h.group.name} (${h.volunteers})`), min: MIN_VOLUNTEERS }));
  // Groups that need attention first, then the rest, each by name.
  for (const health of [...attention, ...healths.filter((h) => h.concerns.length === 0)]) lines.push('', ...groupSection(services, health, locale, now));
  return lines.join('\n');
}

function groupSection(services: Services, health: GroupHealth, locale: string, now: number): string[] {
  const { translator, config } = services;
  const t = (key: string, vars = {}) => translator.t(locale, key, vars);
  const percent = health.total === 0 ? 0 : Math.round((health.done / health.total) * 100);
  const head = health.concerns.length === 0 ? 'plan.digest.on_track' : 'plan.digest.attention';
  const lines = [t(head, { group: health.group.name, municipality: health.group.municipality, done: health.done, total: health.total, percent })];
  if (health.concerns.length > 0) {
    lines.push(
      `   ${health.concerns
        .map((concern) => t(`plan.concern.${concern}`, { count: concern === 'few_volunteers' ? health.volunteers : concern === 'overdue' ? health.overdue.length : concern === 'help' ? health.help.length : concern === 'quiet' ? health.quietDays : 0, min: MIN_VOLUNTEERS }))
        .join(' · ')}`,
    );
  }
  const list = (items: typeof health.overdue, line: (c: (typeof health.overdue)[number]) => string) => {
    const shown = items.slice(0, LIST_MAX).map(line);
    return items.length > LIST_MAX ? [...shown, t('plan.digest.more', { count: items.length - LIST_MAX })] : shown;
  };
  if (health.doneSince.length > 0) lines.push(`   ${t('plan.digest.done_week', { count: health.doneSince.length })}`, ...list(health.doneSince, (c) => `   ✓ ${titleOf(services, c, locale)}`));
  if (health.overdue.length > 0) {
    lines.push(
      `   ${t('plan.digest.overdue', { count: health.overdue.length })}`,
      ...list(health.overdue, (c) => `   ! ${titleOf(services, c, locale)} · ${ownerNames(services, c, locale).join(', ') || t('plan.nobody')} · ${formatDueDate(c.dueDate ?? isoDay(now, config.timeZone), locale, now, config.timeZone)}`),
    );
  }
  if (health.meetups.nextAt !== undefined) lines.push(`   ${t('plan.digest.next_meetup', { date: formatWhen(health.meetups.nextAt, { locale, timeZone: config.timeZone }) })}`);
  else lines.push(`   ${t('plan.digest.no_next_meetup')}`);
  return lines;
}

/** Monday 09:00: the coordinator's digest (nothing when they have no groups, or stopped being a coordinator). */
export const digestJob: JobHandler = (job, { services, occurrence, now }) => {
  const member = services.store.get('members', String(job.payload.memberId));
  if (!member || member.role !== 'coordinator') {
    services.jobs.cancel(job.id);
    return;
  }
  const text = digestText(services, member, now);
  if (text) sendToMember(services, member, text, { key: occurrence, kind: 'notice' });
};

