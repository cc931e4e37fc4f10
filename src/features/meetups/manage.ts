// /meetups (upcoming meetups of the sender's groups, with manage and reminder buttons) and typed answers to the last meetup question (numbers, a new time).
import type { Command } from '../../core/commands.js';
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import { groupsVisibleTo } from '../../core/scope.js';
import { chatKey, type Choice } from '../../core/types.js';
import type { Meetup } from '../../store/schema.js';
import { moveTo } from './buttons.js';
import { basics, ids, tally } from './messages.js';
import { canManage, shortWhen, upcomingMeetups, when } from './model.js';

const MAX_LISTED = 10;
const MAX_MANAGE_BUTTONS = 4;
/** A typed answer counts for the last question for this long. */
const PROMPT_TTL_MS = 7 * 86_400_000;
const MOVE_PROMPT_TTL_MS = 3_600_000;

function groupsOf(services: Services, turn: Turn) {
  if (turn.inbound.chatType === 'group') {
    const groupId = services.store.get('chats', chatKey(turn.address))?.groupId;
    const group = groupId ? services.store.get('groups', groupId) : undefined;
    return group && groupsVisibleTo(services.store, turn.member).some((g) => g.id === group.id) ? [group] : [];
  }
  return groupsVisibleTo(services.store, turn.member);
}

function line(services: Services, meetup: Meetup, locale: string, number: number, groupName: string | undefined): string {
  const t = (key: string, vars = {}) => services.translator.t(locale, key, vars);
  const base = { number, ...basics(services, meetup, locale), group: groupName ?? '' };
  if (meetup.status === 'polling') {
    const { perOption } = tally(meetup);
    const options = meetup.options.map((at, i) => `${shortWhen(meetup, at, locale)} (${perOption[i]?.length ?? 0})`).join(' · ');
    return t(groupName ? 'meetups.list.polling_group' : 'meetups.list.polling', { ...base, options });
  }
  const coming = Object.values(meetup.rsvp).filter((answer) => answer === 'yes').length;
  return t(groupName ? 'meetups.list.confirmed_group' : 'meetups.list.confirmed', { ...base, when: when(meetup, meetup.at!, locale), coming: t('meetups.list.coming', { count: coming }) });
}

export function meetupsCommand(services: Services): Command {
  return {
    name: 'meetups',
    roles: ['newcomer', 'volunteer', 'coordinator'],
    chats: ['private', 'group'],
    run(turn) {
      const groups = groupsOf(services, turn);
      if (groups.length === 0) return turn.reply(turn.inbound.chatType === 'group' ? 'meetups.not_linked' : 'meetups.no_group');
      const names = new Map(groups.map((g) => [g.id, g.name]));
      const meetups = upcomingMeetups(services.store, groups.map((g) => g.id), turn.now).slice(0, MAX_LISTED);
      const t = (key: string, vars = {}) => services.translator.t(turn.locale, key, vars);
      const choices: Choice[] = [];
      const lines: string[] = [];
      if (meetups.length === 0) lines.push(t('meetups.list.none', { meetup: turn.command('meetup') }));
      else {
        lines.push(t('meetups.list.header'));
        meetups.forEach((meetup, index) => {
          lines.push(line(services, meetup, turn.locale, index + 1, groups.length > 1 ? names.get(meetup.groupId) : undefined));
          if (choices.length < MAX_MANAGE_BUTTONS && canManage(turn.member, meetup, services.store.get('groups', meetup.groupId))) {
            choices.push({ id: `mt:o:${meetup.id}`, label: t('meetups.list.manage', { number: index + 1, title: basics(services, meetup, turn.locale).title }) });
          }
        });
      }
      if (turn.role !== 'newcomer') {
        for (const group of groups.slice(0, 2)) choices.push({ id: `mt:rq:${group.id}`, label: groups.length > 1 ? `${t('meetups.list.reminders')}: ${group.name}` : t('meetups.list.reminders') });
      }
      turn.send({ text: lines.join('\n'), kind: 'reply', ...(choices.length > 0 ? { choices } : {}) });
    },
  };
}

/**
 * A typed answer to the last meetup question asked in this chat: a number (WhatsApp template or numbered text,
 * "2"), a button label, or — after "move" — the new time. Anything else is left to others.
 */
export function typedAnswer(services: Services, press: (turn: Turn, payload: string) => void) {
  return (turn: Turn): boolean => {
    const member = turn.member;
    const text = turn.inbound.text?.trim();
    if (!member || !text) return false;
    const prompt = services.store.get('meetupPrompts', member.id);
    if (!prompt || prompt.chatKey !== chatKey(turn.address)) return false;
    const meetup = services.store.get('meetups', prompt.meetupId);
    const age = turn.now - prompt.at;
    if (!meetup || age > PROMPT_TTL_MS || (prompt.kind === 'move' && age > MOVE_PROMPT_TTL_MS)) {
      services.store.delete('meetupPrompts', member.id);
      return false;
    }
    if (prompt.kind === 'move') {
      moveTo(turn, services, meetup, text);
      return true;
    }
    if (turn.inbound.chatType === 'group') return false;
    const choices = promptChoices(services, meetup, prompt.kind, turn.locale);
    const number = /^\d{1,2}$/.test(text) ? Number(text) : undefined;
    const picked = number !== undefined ? choices[number - 1] : choices.find((c) => c.label.toLocaleLowerCase() === text.toLocaleLowerCase());
    if (!picked) return false;
    press(turn, picked.id.slice('mt:'.length));
    return true;
  };
}

/** The choices a prompt offered, in the order they were numbered. */
function promptChoices(services: Services, meetup: Meetup, kind: 'vote' | 'rsvp' | 'held', locale: string): Choice[] {
  const t = (key: string) => services.translator.t(locale, key);
  if (kind === 'vote') return [...meetup.options.map((at, i) => ({ id: ids.vote(meetup, i), label: shortWhen(meetup, at, locale) })), { id: ids.vote(meetup, 'x'), label: t('meetups.poll.choice_none') }];
  if (kind === 'rsvp') return [
    { id: ids.rsvp(meetup, 'y'), label: t('meetups.rsvp.choices.yes') },
    { id: ids.rsvp(meetup, 'm'), label: t('meetups.rsvp.choices.maybe') },
    { id: ids.rsvp(meetup, 'n'), label: t('meetups.rsvp.choices.no') },
  ];
  return [
    { id: ids.held(meetup, 'y'), label: t('meetups.held.choices.yes') },
    { id: ids.held(meetup, 'n'), label: t('meetups.held.choices.no') },
  ];
}
