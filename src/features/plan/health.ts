// A group's health at a glance: volunteers, recent meetup, plan progress, overdue and stuck items, silence.
import type { Services } from '../../core/services.js';
import type { Commitment, Group, Meetup, MeetupOutcome } from '../../store/schema.js';
import { DAY, ensurePlan, isOverdue } from './plan.js';
import { progress } from './render.js';

/** The Samen Hier model: a Welcome Group has at least five volunteers. */
export const MIN_VOLUNTEERS = 5;
/** A group should have met within this many days. */
export const MEETUP_WITHIN_DAYS = 14;
/** Days without a message from any member before the group is "quiet" (nudge), and before its coordinator hears (escalation). */
export const QUIET_DAYS = 14;
export const QUIET_ESCALATE_DAYS = 28;

export type Concern = 'few_volunteers' | 'no_meetup' | 'overdue' | 'help' | 'quiet';

export interface MeetupInfo {
  /** The latest meetup that took place (confirmed, its time passed, and its proposer did not say it did not happen). */
  lastHeldAt?: number;
  /** The next confirmed meetup. */
  nextAt?: number;
}

export interface GroupHealth {
  group: Group;
  volunteers: number;
  meetups: MeetupInfo;
  done: number;
  total: number;
  overdue: Commitment[];
  help: Commitment[];
  doneSince: Commitment[];
  quietDays: number;
  concerns: Concern[];
}

/**
 * A group's meetups, from the collections the meetups feature keeps (`meetups`, `meetupOutcomes`, read by healthSources:
 * the one place the plan reads them). A confirmed meetup whose time passed counts as held unless its proposer answered
 * that it did not happen.
 */
function meetupInfo(sources: HealthSources, groupId: string, now: number): MeetupInfo {
  const outcomes = sources.outcomes.get(groupId) ?? [];
  const notHeld = new Set(outcomes.filter((o) => !o.held).map((o) => o.id));
  const held = outcomes.filter((o) => o.held && o.at <= now).map((o) => o.at);
  let nextAt: number | undefined;
  for (const meetup of sources.meetups.get(groupId) ?? []) {
    if (meetup.status !== 'confirmed' || meetup.at === undefined) continue;
    if (meetup.at <= now) {
      if (!notHeld.has(meetup.id)) held.push(meetup.at);
    } else if (nextAt === undefined || meetup.at < nextAt) nextAt = meetup.at;
  }
  return { lastHeldAt: held.length > 0 ? Math.max(...held) : undefined, nextAt };
}

/** Every group's items, meetups and meetup outcomes, sorted by group in one pass each: for the health of many groups at once. */
export interface HealthSources {
  commitments: Map<string, Commitment[]>;
  meetups: Map<string, Meetup[]>;
  outcomes: Map<string, MeetupOutcome[]>;
}

export function healthSources(services: Pick<Services, 'store'>): HealthSources {
  const byGroup = <T extends { groupId: string }>(items: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      const list = map.get(item.groupId);
      if (list) list.push(item);
      else map.set(item.groupId, [item]);
    }
    return map;
  };
  const { store } = services;
  return { commitments: byGroup(store.values('commitments')), meetups: byGroup(store.values('meetups')), outcomes: byGroup(store.values('meetupOutcomes')) };
}

/**
 * The health of one group at `now`, from its records in `sources` (healthSources); `since` picks the items counted as
 * "done recently" (e.g. this week).
 */
export function groupHealth(services: Services, sources: HealthSources, group: Group, now: number, since = now - 7 * DAY): GroupHealth {
  const { store, config } = services;
  const record = ensurePlan(services, group, now);
  const items = sources.commitments.get(group.id) ?? [];
  const volunteers = group.memberIds.filter((id) => store.get('members', id)?.role === 'volunteer').length;
  const meetups = meetupInfo(sources, group.id, now);
  const overdue = items.filter((c) => isOverdue(c, now, config.timeZone)).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const help = items.filter((c) => c.state === 'open' && c.helpNeeded);
  const doneSince = items.filter((c) => c.state === 'done' && (c.doneAt ?? 0) >= since);
  const quietDays = Math.floor((now - record.lastActivityAt) / DAY);
  const concerns: Concern[] = [];
  if (volunteers < MIN_VOLUNTEERS) concerns.push('few_volunteers');
  // A group younger than two weeks has not missed a meetup yet.
  const metOrStarted = Math.max(meetups.lastHeldAt ?? 0, group.startsAt);
  if (now - metOrStarted > MEETUP_WITHIN_DAYS * DAY) concerns.push('no_meetup');
  if (overdue.length > 0) concerns.push('overdue');
  if (help.length > 0) concerns.push('help');
  if (quietDays >= QUIET_DAYS) concerns.push('quiet');
  return { group, volunteers, meetups, ...progress(items), overdue, help, doneSince, quietDays, concerns };
}
