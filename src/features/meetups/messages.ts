// Builds the meetup messages in a reader's language: the poll (group version with counts and names, personal version), the confirmation with RSVP, notices.
import type { Services } from '../../core/services.js';
import type { Choice, MessageKind, Outbound } from '../../core/types.js';
import type { Meetup, MeetupRsvp } from '../../store/schema.js';
import { icsAttachment } from './ics.js';
import { GROUP_LOCALE, meetupGroup, placeOf, publicName, shortWhen, titleOf, when } from './model.js';

/** Choice ids of meetup buttons (`mt:` + payload); all well under Telegram's 64 bytes. */
export const ids = {
  vote: (m: Meetup, option: number | 'x') => `mt:v:${m.id}:${option}`,
  decide: (m: Meetup) => `mt:d:${m.id}`,
  rsvp: (m: Meetup, answer: 'y' | 'm' | 'n') => `mt:r:${m.id}:${answer}`,
  held: (m: Meetup, answer: 'y' | 'n') => `mt:h:${m.id}:${answer}`,
};

export const RSVP_CODES: Record<'y' | 'm' | 'n', MeetupRsvp> = { y: 'yes', m: 'maybe', n: 'no' };

function nameOf(services: Services, memberId: string): string {
  const member = services.store.get('members', memberId);
  return member ? publicName(member) : '?';
}

function names(services: Services, memberIds: string[], locale: string): string {
  return memberIds.length === 0 ? services.translator.t(locale, 'meetups.nobody') : memberIds.map((id) => nameOf(services, id)).join(', ');
}

/** `{ title, place }` text variables of a meetup in a language. */
export function basics(services: Services, meetup: Meetup, locale: string): { title: string; place: string } {
  return { title: titleOf(services, meetup, locale), place: placeOf(services, meetup, locale) };
}

/** Voter ids per option (index), and those who can make none of the times. */
export function tally(meetup: Meetup): { perOption: string[][]; none: string[] } {
  const perOption = meetup.options.map(() => [] as string[]);
  const none: string[] = [];
  for (const [memberId, option] of Object.entries(meetup.votes)) {
    if (option === -1) none.push(memberId);
    else perOption[option]?.push(memberId);
  }
  return { perOption, none };
}

/** The poll as the group chat sees it: each time with its count and the voters' names, live. */
export function groupPollMessage(services: Services, meetup: Meetup): Outbound {
  const { translator } = services;
  const t = (key: string, vars = {}) => translator.t(GROUP_LOCALE, key, vars);
  const { perOption, none } = tally(meetup);
  const lines = [pollHeader(services, meetup, GROUP_LOCALE), ''];
  meetup.options.forEach((at, index) => {
    const voters = perOption[index] ?? [];
    lines.push(t('meetups.poll.option_line', { number: index + 1, when: when(meetup, at, GROUP_LOCALE), votes: t('meetups.poll.votes', { count: voters.length }) }));
    if (voters.length > 0) lines.push(`   ${names(services, voters, GROUP_LOCALE)}`);
  });
  if (none.length > 0) lines.push(t('meetups.poll.none_line', { names: names(services, none, GROUP_LOCALE) }));
  const footer = pollFooter(services, meetup, GROUP_LOCALE);
  if (footer) lines.push('', footer);
  if (meetup.status !== 'polling') return { text: lines.join('\n'), kind: 'meetup_poll' };
  const choices: Choice[] = meetup.options.map((at, index) => ({ id: ids.vote(meetup, index), label: `${shortWhen(meetup, at, GROUP_LOCALE)} (${perOption[index]?.length ?? 0})` }));
  choices.push({ id: ids.vote(meetup, 'x'), label: `${t('meetups.poll.choice_none')} (${none.length})` });
  choices.push({ id: ids.decide(meetup), label: t('meetups.poll.choice_decide') });
  return { text: lines.join('\n'), choices, kind: 'meetup_poll' };
}

/** The poll as one person gets it 1:1, in their language (times in their format); the proposer also gets "decide". */
export function personalPollMessage(services: Services, meetup: Meetup, locale: string, withDecide: boolean): Outbound {
  const t = (key: string, vars = {}) => services.translator.t(locale, key, vars);
  const lines = [pollHeader(services, meetup, locale)];
  const footer = pollFooter(services, meetup, locale);
  if (footer) lines.push('', footer);
  const choices: Choice[] = meetup.options.map((at, index) => ({ id: ids.vote(meetup, index), label: shortWhen(meetup, at, locale) }));
  choices.push({ id: ids.vote(meetup, 'x'), label: t('meetups.poll.choice_none') });
  if (withDecide) choices.push({ id: ids.decide(meetup), label: t('meetups.poll.choice_decide') });
  return { text: lines.join('\n'), choices, kind: 'meetup_poll' };
}

function pollHeader(services: Services, meetup: Meetup, locale: string): string {
  const proposer = services.store.get('members', meetup.proposerId);
  return services.translator.t(locale, 'meetups.poll.header', { name: proposer ? publicName(proposer) : '?', ...basics(services, meetup, locale) });
}

function pollFooter(services: Services, meetup: Meetup, locale: string): string | undefined {
  const t = (key: string, vars = {}) => services.translator.t(locale, key, vars);
  if (meetup.status === 'cancelled') return t('meetups.poll.cancelled_note');
  if (meetup.status === 'confirmed' && meetup.at !== undefined) return t('meetups.poll.decided_note', { when: when(meetup, meetup.at, locale) });
  return meetup.deadline ? t('meetups.poll.deadline', { when: when(meetup, meetup.deadline, locale) }) : undefined;
}

/** RSVP answers as lines "Komen: Anna, Samira" etc. */
export function rsvpSummary(services: Services, meetup: Meetup, locale: string): string {
  const by = (answer: MeetupRsvp) => Object.entries(meetup.rsvp).filter(([, value]) => value === answer).map(([id]) => id);
  return services.translator.t(locale, 'meetups.rsvp.summary', { yes: names(services, by('yes'), locale), maybe: names(services, by('maybe'), locale), no: names(services, by('no'), locale) });
}

export function rsvpChoices(services: Services, meetup: Meetup, locale: string): Choice[] {
  const t = (key: string) => services.translator.t(locale, key);
  return [
    { id: ids.rsvp(meetup, 'y'), label: t('meetups.rsvp.choices.yes') },
    { id: ids.rsvp(meetup, 'm'), label: t('meetups.rsvp.choices.maybe') },
    { id: ids.rsvp(meetup, 'n'), label: t('meetups.rsvp.choices.no') },
  ];
}

/** The calendar file in a language. */
export function calendarFile(services: Services, meetup: Meetup, locale: string, now: number, cancelled = false) {
  const { title, place } = basics(services, meetup, locale);
  const group = meetupGroup(services.store, meetup);
  return icsAttachment(
    meetup,
    {
      summary: title,
      location: place,
      description: services.translator.t(locale, 'meetups.ics.description', { group: group?.name ?? '' }),
      alarm: title,
    },
    { now, cancelled },
  );
}

/**
 * A confirmed meetup (`event`: newly decided, moved, or the next of a series) with its .ics and RSVP buttons;
 * in the group chat also who is coming so far.
 */
export function confirmationMessage(services: Services, meetup: Meetup, locale: string, event: 'confirmed' | 'moved' | 'next', options: { now: number; forGroup: boolean; withFile: boolean }): Outbound {
  const t = (key: string, vars = {}) => services.translator.t(locale, key, vars);
  const at = meetup.at!;
  const lines = [t(`meetups.${event}`, { ...basics(services, meetup, locale), when: when(meetup, at, locale) })];
  if (meetup.repeat) lines.push(t('meetups.repeats', { repeat: t(`meetups.repeat.choices.${meetup.repeat}`) }));
  if (options.forGroup) lines.push('', rsvpSummary(services, meetup, locale));
  lines.push('', t('meetups.rsvp.question'));
  return {
    text: lines.join('\n'),
    choices: rsvpChoices(services, meetup, locale),
    kind: 'meetup_poll',
    ...(options.withFile ? { attachment: calendarFile(services, meetup, locale, options.now) } : {}),
  };
}

/** A plain notice about a meetup (cancelled, skipped, reminder), optionally with a file. */
export function notice(text: string, kind: MessageKind = 'meetup_reminder'): Outbound {
  return { text, kind };
}
