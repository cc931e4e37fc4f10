// A meetup's life: poll published → votes → decided (most votes, newcomers break ties) → confirmed with reminders → moved / cancelled / next in its series.
import { memberAddress, type Services } from '../../core/services.js';
import { addDays, inZone, localDate, zonedInstant } from '../../core/when/index.js';
import type { Outbound } from '../../core/types.js';
import type { Meetup, Member } from '../../store/schema.js';
import { basics, calendarFile, confirmationMessage, groupPollMessage, ids, notice, personalPollMessage, rsvpChoices, tally } from './messages.js';
import { GROUP_LOCALE, groupMembers, meetupGroup, newMeetupId, personalRecipients, reminderHours, when } from './model.js';
import { nextInSeries } from './series.js';
import { clearPrompt, postToGroup, refreshGroupMessage, sendToMember } from './send.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Every reminder a group may choose, so re-planning can remove them all. */
const ALL_REMINDER_HOURS = [24, 2];
/** "Did it happen?" goes to the proposer at this local time the day after. */
export const FOLLOWUP_TIME = '09:30';

export const jobIds = {
  deadline: (m: Meetup) => `mt:${m.id}:deadline`,
  reminder: (m: Meetup, hours: number) => `mt:${m.id}:r${hours}`,
  followup: (m: Meetup) => `mt:${m.id}:followup`,
};

function save(services: Services, meetup: Meetup, now: number): void {
  meetup.updatedAt = now;
  services.store.put('meetups', meetup.id, meetup);
}

/** Sends a new poll: into the group chat (live counts) and 1:1 to everyone who does not read that chat, each in their language. */
export function publishPoll(services: Services, meetup: Meetup, now: number): void {
  const group = meetupGroup(services.store, meetup)!;
  const groupKey = `mt:${meetup.id}:poll`;
  if (postToGroup(services, meetup, groupPollMessage(services, meetup), groupKey)) {
    meetup.groupKey = groupKey;
    meetup.lastEditAt = now;
  }
  for (const { member, to } of personalRecipients(services.store, group, 'poll')) {
    const withDecide = member.id === meetup.proposerId || member.role === 'coordinator';
    sendToMember(services, member, to, personalPollMessage(services, meetup, member.locale, withDecide), `mt:${meetup.id}:poll:${member.id}`, { meetup, kind: 'vote' });
  }
  if (meetup.deadline) services.jobs.at(jobIds.deadline(meetup), 'meetups.deadline', meetup.deadline, { meetupId: meetup.id, groupId: meetup.groupId }, 7 * DAY);
  save(services, meetup, now);
}

export type VoteOutcome = 'new' | 'changed' | 'same';

/** Records one person's choice (an option index, or -1 for "none of these"). Pressing the same twice counts once. */
export function recordVote(services: Services, meetup: Meetup, memberId: string, option: number, now: number): VoteOutcome {
  const previous = meetup.votes[memberId];
  clearPrompt(services, memberId, meetup.id);
  if (previous === option) return 'same';
  meetup.votes[memberId] = option;
  save(services, meetup, now);
  refreshGroupMessage(services, meetup, now);
  return previous === undefined ? 'new' : 'changed';
}

/**
 * The winning option among times still in the future: most votes; a tie goes to the time more newcomers can make;
 * then the earliest. Undefined when every time has passed.
 */
export function winner(services: Services, meetup: Meetup, now: number): { option: number; votes: number } | undefined {
  const { perOption } = tally(meetup);
  const isNewcomer = (id: string) => services.store.get('members', id)?.role === 'newcomer';
  const ranked = meetup.options
    .map((at, option) => ({ option, at, votes: perOption[option]?.length ?? 0, newcomers: (perOption[option] ?? []).filter(isNewcomer).length }))
    .filter((candidate) => candidate.at > now)
    .sort((a, b) => b.votes - a.votes || b.newcomers - a.newcomers || a.at - b.at);
  return ranked[0] && { option: ranked[0].option, votes: ranked[0].votes };
}

/**
 * Closes the poll. `manual` (the decide button) picks a time even without votes; the deadline does not: then the
 * proposer is asked to decide. Returns true when the meetup is now confirmed.
 */
export function decide(services: Services, meetup: Meetup, now: number, manual: boolean): boolean {
  if (meetup.status !== 'polling') return false;
  services.jobs.cancel(jobIds.deadline(meetup));
  const best = winner(services, meetup, now);
  if (!best) {
    cancelMeetup(services, meetup, now, 'all_past');
    return false;
  }
  if (!manual && best.votes === 0) {
    notifyProposer(services, meetup, 'meetups.decide.no_votes', `mt:${meetup.id}:novotes`);
    return false;
  }
  const at = meetup.options[best.option]!;
  // Who chose the winning time is expected: their RSVP starts as "coming" (they can change it).
  for (const [memberId, option] of Object.entries(meetup.votes)) if (option === best.option) meetup.rsvp[memberId] = 'yes';
  meetup.status = 'confirmed';
  meetup.at = at;
  save(services, meetup, now);
  refreshGroupMessage(services, meetup, now, true); // the poll message now shows the decision, without buttons
  announce(services, meetup, now, 'confirmed');
  planReminders(services, meetup, now);
  return true;
}

/** Tells the group chat and every member 1:1 (in their language, with the .ics and RSVP buttons) about a confirmed, moved or next meetup. */
function announce(services: Services, meetup: Meetup, now: number, event: 'confirmed' | 'moved' | 'next'): void {
  const group = meetupGroup(services.store, meetup)!;
  const key = `mt:${meetup.id}:s${meetup.sequence}:${event}`;
  if (postToGroup(services, meetup, confirmationMessage(services, meetup, GROUP_LOCALE, event, { now, forGroup: true, withFile: false }), key)) {
    // The calendar file follows as its own message, so the text above stays editable (RSVP summary).
    postToGroup(services, meetup, fileMessage(services, meetup, GROUP_LOCALE, now), `${key}:ics`);
    meetup.groupKey = key;
    meetup.lastEditAt = now;
    save(services, meetup, now);
  }
  for (const { member, to } of personalRecipients(services.store, group, 'notice')) {
    sendToMember(services, member, to, confirmationMessage(services, meetup, member.locale, event, { now, forGroup: false, withFile: false }), `${key}:${member.id}`, { meetup, kind: 'rsvp' });
    sendToMember(services, member, to, fileMessage(services, meetup, member.locale, now), `${key}:ics:${member.id}`);
  }
}

/**
 * The .ics as its own message after the text: the text (with RSVP buttons) can then go out as a WhatsApp template
 * outside the 24-hour window, while the file waits until the person writes (a template cannot carry a file).
 */
function fileMessage(services: Services, meetup: Meetup, locale: string, now: number, cancelled = false): Outbound {
  return { text: services.translator.t(locale, 'meetups.ics.caption'), kind: 'notice', attachment: calendarFile(services, meetup, locale, now, cancelled) };
}

/** Records an RSVP; the group's confirmation message shows the new summary (throttled edit). */
export function recordRsvp(services: Services, meetup: Meetup, memberId: string, answer: Meetup['rsvp'][string], now: number): VoteOutcome {
  const previous = meetup.rsvp[memberId];
  clearPrompt(services, memberId, meetup.id);
  if (previous === answer) return 'same';
  meetup.rsvp[memberId] = answer;
  save(services, meetup, now);
  refreshGroupMessage(services, meetup, now);
  return previous === undefined ? 'new' : 'changed';
}

/** Plans (or re-plans) the reminders and the next-morning question. Idempotent: the same job ids are replaced. */
export function planReminders(services: Services, meetup: Meetup, now: number): void {
  for (const hours of ALL_REMINDER_HOURS) services.jobs.cancel(jobIds.reminder(meetup, hours));
  if (meetup.status !== 'confirmed' || meetup.at === undefined) return;
  for (const hours of reminderHours(services.store, meetup.groupId)) {
    const due = reminderTime(meetup.at, hours, meetup.timeZone);
    // A late run is still useful for half the lead time (a 2-hour reminder not later than an hour before).
    if (due > now) services.jobs.at(jobIds.reminder(meetup, hours), 'meetups.reminder', due, { meetupId: meetup.id, groupId: meetup.groupId, hours, at: meetup.at }, Math.min((hours * HOUR) / 2, 6 * HOUR));
  }
  const followupAt = zonedInstant(addDays(localDate(meetup.at, meetup.timeZone), 1), FOLLOWUP_TIME, meetup.timeZone);
  services.jobs.at(jobIds.followup(meetup), 'meetups.followup', followupAt, { meetupId: meetup.id, groupId: meetup.groupId, at: meetup.at }, 7 * DAY);
}

/**
 * When a reminder `hours` before `at` goes out: whole days before are counted on the wall clock ("same time the day
 * before", also across a DST change, when that is 23 or 25 real hours); shorter leads are real hours.
 */
export function reminderTime(at: number, hours: number, timeZone: string): number {
  if (hours % 24 === 0) return inZone(at, timeZone).minus({ days: hours / 24 }).toMillis();
  return at - hours * HOUR;
}

function cancelJobs(services: Services, meetup: Meetup): void {
  services.jobs.cancel(jobIds.deadline(meetup));
  services.jobs.cancel(jobIds.followup(meetup));
  for (const hours of ALL_REMINDER_HOURS) services.jobs.cancel(jobIds.reminder(meetup, hours));
}

/** Sends the reminders of one run (job occurrence) to everyone who did not say they cannot come; RSVP buttons for who has not answered. */
export function sendReminders(services: Services, meetup: Meetup, occurrence: string): number {
  const group = meetupGroup(services.store, meetup);
  if (!group || meetup.status !== 'confirmed' || meetup.at === undefined) return 0;
  const people = groupMembers(services.store, group);
  const proposer = services.store.get('members', meetup.proposerId);
  if (proposer && !people.some((m) => m.id === proposer.id)) people.push(proposer);
  let sent = 0;
  for (const member of people) {
    if (meetup.rsvp[member.id] === 'no') continue;
    const to = memberAddress(member);
    if (!to) continue;
    const text = services.translator.t(member.locale, 'meetups.reminder', { ...basics(services, meetup, member.locale), when: when(meetup, meetup.at, member.locale) });
    const unanswered = meetup.rsvp[member.id] === undefined;
    const message = unanswered
      ? { ...notice(`${text}\n\n${services.translator.t(member.locale, 'meetups.rsvp.question')}`), choices: rsvpChoices(services, meetup, member.locale) }
      : notice(text);
    sendToMember(services, member, to, message, `${occurrence}:${member.id}`, unanswered ? { meetup, kind: 'rsvp' } : undefined);
    sent += 1;
  }
  return sent;
}

/** Moves a confirmed meetup: new time, RSVPs asked again, reminders re-planned, everyone told with an updated .ics (same UID, higher SEQUENCE). */
export function moveMeetup(services: Services, meetup: Meetup, at: number, now: number): void {
  meetup.sequence += 1;
  meetup.at = at;
  meetup.rsvp = {};
  save(services, meetup, now);
  announce(services, meetup, now, 'moved');
  planReminders(services, meetup, now);
}

export type CancelReason = 'cancelled' | 'skipped' | 'stopped' | 'all_past';

/**
 * Cancels a poll or a meetup: jobs removed, the live group message closed, everyone told (a cancelled .ics for a
 * confirmed meetup so calendars drop it). `skipped` (one time of a series) plans the next time right away.
 */
export function cancelMeetup(services: Services, meetup: Meetup, now: number, reason: CancelReason): Meetup | undefined {
  const wasConfirmed = meetup.status === 'confirmed';
  const group = meetupGroup(services.store, meetup);
  meetup.status = 'cancelled';
  meetup.sequence += 1;
  const repeat = meetup.repeat;
  if (reason === 'stopped') delete meetup.repeat;
  save(services, meetup, now);
  cancelJobs(services, meetup);
  if (meetup.groupKey?.endsWith(':poll')) refreshGroupMessage(services, meetup, now, true);
  const next = reason === 'skipped' && repeat ? createNextOccurrence(services, { ...meetup, repeat }, now, false) : undefined;
  if (!group) return next;
  const at = meetup.at ?? Math.min(...meetup.options);
  const textFor = (locale: string) =>
    services.translator.t(locale, `meetups.${reason}`, { ...basics(services, meetup, locale), when: when(meetup, at, locale), next: next?.at ? when(next, next.at, locale) : '' });
  const key = `mt:${meetup.id}:${reason}`;
  postToGroup(services, meetup, notice(textFor(GROUP_LOCALE)), key);
  if (wasConfirmed) postToGroup(services, meetup, fileMessage(services, meetup, GROUP_LOCALE, now, true), `${key}:ics`);
  for (const { member, to } of personalRecipients(services.store, group, 'notice')) {
    clearPrompt(services, member.id, meetup.id);
    sendToMember(services, member, to, notice(textFor(member.locale)), `${key}:${member.id}`);
    if (wasConfirmed) sendToMember(services, member, to, fileMessage(services, meetup, member.locale, now, true), `${key}:ics:${member.id}`);
  }
  if (next) announce(services, next, now, 'next');
  return next;
}

/** Creates the next meetup of a series (already confirmed at the series' next time); `announce` tells everyone. */
export function createNextOccurrence(services: Services, previous: Meetup, now: number, tell = true): Meetup | undefined {
  if (!previous.repeat || previous.at === undefined) return undefined;
  let at = nextInSeries(previous);
  while (at !== undefined && at <= now) at = nextInSeries({ ...previous, at });
  if (at === undefined) return undefined;
  const seriesId = previous.seriesId ?? previous.id;
  const existing = services.store.values('meetups').find((m) => m.seriesId === seriesId && m.at === at);
  if (existing) return existing;
  const next: Meetup = {
    id: newMeetupId(),
    groupId: previous.groupId,
    proposerId: previous.proposerId,
    activity: previous.activity,
    ...(previous.title ? { title: previous.title } : {}),
    place: previous.place,
    options: [at],
    votes: {},
    status: 'confirmed',
    at,
    rsvp: {},
    repeat: previous.repeat,
    seriesId,
    seriesStart: previous.seriesStart ?? previous.at,
    sequence: 0,
    timeZone: previous.timeZone,
    edits: 0,
    createdAt: now,
    updatedAt: now,
    ...(previous.demo ? { demo: true } : {}),
  };
  services.store.put('meetups', next.id, next);
  planReminders(services, next, now);
  if (tell) announce(services, next, now, 'next');
  return next;
}

/** A notice to the proposer 1:1, in their language, once per key. */
export function notifyProposer(services: Services, meetup: Meetup, textKey: string, key: string, extra: Record<string, string> = {}): void {
  const proposer = services.store.get('members', meetup.proposerId);
  const to = proposer && memberAddress(proposer);
  if (!proposer || !to) return;
  const text = services.translator.t(proposer.locale, textKey, { ...basics(services, meetup, proposer.locale), meetups: commandFor(services, proposer, 'meetups'), ...extra });
  sendToMember(services, proposer, to, notice(text, 'meetup_reminder'), key);
}

/** How a member writes a command on their platform: `/meetups` on Telegram, the first keyword (e.g. `AFSPRAKEN`) on WhatsApp. */
function commandFor(services: Services, member: Member, name: string): string {
  if (!member.identities[0]?.startsWith('whatsapp:')) return `/${name}`;
  return (services.translator.t(member.locale, `commands.${name}.keywords`).split(',')[0] ?? name).trim().toUpperCase();
}

/** Asks the proposer the morning after whether the meetup took place; a series continues with its next time. */
export function followUp(services: Services, meetup: Meetup, now: number): void {
  if (meetup.status !== 'confirmed' || meetup.at === undefined) return;
  const proposer = services.store.get('members', meetup.proposerId);
  const to = proposer && memberAddress(proposer);
  if (proposer && to) {
    const t = (key: string, vars = {}) => services.translator.t(proposer.locale, key, vars);
    sendToMember(
      services,
      proposer,
      to,
      {
        text: t('meetups.held.question', { ...basics(services, meetup, proposer.locale), when: when(meetup, meetup.at, proposer.locale) }),
        choices: [
          { id: ids.held(meetup, 'y'), label: t('meetups.held.choices.yes') },
          { id: ids.held(meetup, 'n'), label: t('meetups.held.choices.no') },
        ],
        kind: 'meetup_poll',
      },
      `mt:${meetup.id}:held`,
      { meetup, kind: 'held' },
    );
  }
  if (meetup.repeat) createNextOccurrence(services, meetup, now);
}

/** Keeps the proposer's answer per group (the latest answer counts). */
export function recordHeld(services: Services, meetup: Meetup, held: boolean, by: string, now: number): void {
  services.store.put('meetupOutcomes', meetup.id, { id: meetup.id, groupId: meetup.groupId, at: meetup.at ?? now, held, answeredBy: by, answeredAt: now });
  clearPrompt(services, by, meetup.id);
}
