// Everything pressed under a meetup message (`mt:…`): votes, decide, RSVP, "did it happen?", and the manage menu (move, cancel, skip, stop, reminders).
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import { formatWhen, parseWhen } from '../../core/when/index.js';
import type { Meetup } from '../../store/schema.js';
import { cancelMeetup, decide, moveMeetup, planReminders, recordHeld, recordRsvp, recordVote } from './lifecycle.js';
import { basics, RSVP_CODES } from './messages.js';
import { canManage, mayTakePart, meetupGroup, REMINDER_PRESETS, upcomingMeetups, when } from './model.js';
import { setPrompt } from './send.js';

type Handler = (turn: Turn, services: Services, args: string[]) => void;

/** A meetup that still exists and whose group the presser belongs to; otherwise a localized answer and undefined. */
function findMeetup(turn: Turn, services: Services, id: string | undefined): Meetup | undefined {
  const meetup = id ? services.store.get('meetups', id) : undefined;
  const group = meetup && meetupGroup(services.store, meetup);
  if (!meetup || !group) {
    turn.reply('meetups.vote.gone');
    return undefined;
  }
  if (!mayTakePart(turn.member, group)) {
    turn.reply('meetups.vote.not_member');
    return undefined;
  }
  return meetup;
}

/** Closed or cancelled: say so (with the decided time). True when the meetup is still open for `expected`. */
function stillOpen(turn: Turn, meetup: Meetup, expected: Meetup['status']): boolean {
  if (meetup.status === expected) return true;
  if (meetup.status === 'cancelled') turn.reply('meetups.vote.cancelled');
  else if (meetup.status === 'confirmed' && meetup.at !== undefined) turn.reply('meetups.vote.closed', { when: when(meetup, meetup.at, turn.locale) });
  else turn.reply('meetups.vote.not_yet');
  return false;
}

/** Only the proposer or a coordinator may change a meetup; others are told who can. */
function mayManage(turn: Turn, services: Services, meetup: Meetup): boolean {
  if (canManage(turn.member, meetup, meetupGroup(services.store, meetup))) return true;
  const proposer = services.store.get('members', meetup.proposerId);
  turn.reply('meetups.manage.not_allowed', { name: proposer?.name ?? '?' });
  return false;
}

const inGroup = (turn: Turn) => turn.inbound.chatType === 'group';

const vote: Handler = (turn, services, [id, option]) => {
  const meetup = findMeetup(turn, services, id);
  if (!meetup || !stillOpen(turn, meetup, 'polling')) return;
  const index = option === 'x' ? -1 : Number(option);
  if (!(index === -1 || (Number.isInteger(index) && index >= 0 && index < meetup.options.length))) return turn.reply('meetups.vote.gone');
  const outcome = recordVote(services, meetup, turn.member!.id, index, turn.now);
  if (inGroup(turn)) return; // the poll message itself shows the vote (edited in place)
  const chosen = index === -1 ? undefined : when(meetup, meetup.options[index]!, turn.locale);
  if (outcome === 'same') turn.reply(chosen ? 'meetups.vote.same' : 'meetups.vote.same_none', { when: chosen ?? '' });
  else if (!chosen) turn.reply('meetups.vote.thanks_none');
  else turn.reply(outcome === 'changed' ? 'meetups.vote.changed' : 'meetups.vote.thanks', { when: chosen });
};

const decideNow: Handler = (turn, services, [id]) => {
  const meetup = findMeetup(turn, services, id);
  if (!meetup || !stillOpen(turn, meetup, 'polling') || !mayManage(turn, services, meetup)) return;
  if (!decide(services, meetup, turn.now, true) && meetup.status === 'cancelled') turn.reply('meetups.decide.all_past_short');
};

const rsvp: Handler = (turn, services, [id, code]) => {
  const meetup = findMeetup(turn, services, id);
  const answer = RSVP_CODES[code as keyof typeof RSVP_CODES];
  if (!meetup || !stillOpen(turn, meetup, 'confirmed')) return;
  if (!answer) return turn.reply('meetups.vote.gone');
  if ((meetup.at ?? 0) <= turn.now) return turn.reply('meetups.rsvp.past');
  const outcome = recordRsvp(services, meetup, turn.member!.id, answer, turn.now);
  if (inGroup(turn)) return;
  turn.reply(outcome === 'same' ? 'meetups.rsvp.same' : `meetups.rsvp.thanks_${answer}`, { when: when(meetup, meetup.at!, turn.locale) });
};

const held: Handler = (turn, services, [id, code]) => {
  const meetup = findMeetup(turn, services, id);
  if (!meetup || !mayManage(turn, services, meetup)) return;
  if (meetup.status !== 'confirmed') return turn.reply('meetups.vote.cancelled');
  recordHeld(services, meetup, code === 'y', turn.member!.id, turn.now);
  turn.reply(code === 'y' ? 'meetups.held.thanks_yes' : 'meetups.held.thanks_no', { meetup: turn.command('meetup') });
};

/** The manage menu of one meetup: decide/cancel while polling; move/cancel (+ skip/stop for a series) once confirmed. */
const open: Handler = (turn, services, [id]) => {
  const meetup = findMeetup(turn, services, id);
  if (!meetup || !mayManage(turn, services, meetup)) return;
  if (meetup.status === 'cancelled') return turn.reply('meetups.vote.cancelled');
  const t = (key: string) => services.translator.t(turn.locale, key);
  const choices =
    meetup.status === 'polling'
      ? [
          { id: `mt:d:${meetup.id}`, label: t('meetups.manage.choices.decide') },
          { id: `mt:c:${meetup.id}`, label: t('meetups.manage.choices.cancel') },
        ]
      : [
          { id: `mt:m:${meetup.id}`, label: t('meetups.manage.choices.move') },
          { id: `mt:c:${meetup.id}`, label: t('meetups.manage.choices.cancel') },
          ...(meetup.repeat
            ? [
                { id: `mt:s:${meetup.id}`, label: t('meetups.manage.choices.skip') },
                { id: `mt:x:${meetup.id}`, label: t('meetups.manage.choices.stop') },
              ]
            : []),
        ];
  const at = meetup.at ?? Math.min(...meetup.options);
  turn.reply('meetups.manage.question', { ...basics(services, meetup, turn.locale), when: when(meetup, at, turn.locale) }, { choices });
};

const askMove: Handler = (turn, services, [id]) => {
  const meetup = findMeetup(turn, services, id);
  if (!meetup || !stillOpen(turn, meetup, 'confirmed') || !mayManage(turn, services, meetup)) return;
  setPrompt(services, turn.member!, meetup, 'move', turn.address);
  turn.reply('meetups.move.ask', { example1: services.translator.t(turn.locale, 'meetups.examples.one'), example2: services.translator.t(turn.locale, 'meetups.examples.two') });
};

/** The typed new time after "move" (from the message handler). True when the text was taken as the answer. */
export function moveTo(turn: Turn, services: Services, meetup: Meetup, text: string): void {
  if (!stillOpen(turn, meetup, 'confirmed') || !mayManage(turn, services, meetup)) {
    services.store.delete('meetupPrompts', turn.member!.id);
    return;
  }
  const result = parseWhen(text, { now: turn.now, timeZone: meetup.timeZone, locale: turn.locale });
  const examples = { example1: services.translator.t(turn.locale, 'meetups.examples.one'), example2: services.translator.t(turn.locale, 'meetups.examples.two') };
  if (!result.ok) return turn.reply(`meetups.time.problem.${result.problem}`, examples);
  if (result.at === meetup.at) return turn.reply('meetups.move.same');
  services.store.delete('meetupPrompts', turn.member!.id);
  moveMeetup(services, meetup, result.at, turn.now);
  turn.reply('meetups.move.done', { when: formatWhen(result.at, { locale: turn.locale, timeZone: meetup.timeZone }) });
}

const askCancel: Handler = (turn, services, [id]) => {
  const meetup = findMeetup(turn, services, id);
  if (!meetup || !mayManage(turn, services, meetup)) return;
  if (meetup.status === 'cancelled') return turn.reply('meetups.vote.cancelled');
  const t = (key: string) => services.translator.t(turn.locale, key);
  turn.reply('meetups.cancel.confirm', basics(services, meetup, turn.locale), {
    choices: [
      { id: `mt:cy:${meetup.id}`, label: t('meetups.cancel.choices.yes') },
      { id: `mt:cn:${meetup.id}`, label: t('meetups.cancel.choices.no') },
    ],
  });
};

const cancelYes: Handler = (turn, services, [id]) => {
  const meetup = findMeetup(turn, services, id);
  if (!meetup || !mayManage(turn, services, meetup)) return;
  if (meetup.status === 'cancelled') return turn.reply('meetups.vote.cancelled');
  cancelMeetup(services, meetup, turn.now, 'cancelled');
  turn.reply('meetups.cancel.done');
};

const cancelNo: Handler = (turn) => turn.reply('meetups.cancel.kept');

const skip: Handler = (turn, services, [id]) => {
  const meetup = findMeetup(turn, services, id);
  if (!meetup || !stillOpen(turn, meetup, 'confirmed') || !mayManage(turn, services, meetup)) return;
  if (!meetup.repeat) return turn.reply('meetups.manage.not_series');
  const next = cancelMeetup(services, meetup, turn.now, 'skipped');
  turn.reply('meetups.skip.done', { next: next?.at ? when(next, next.at, turn.locale) : '' });
};

const stop: Handler = (turn, services, [id]) => {
  const meetup = findMeetup(turn, services, id);
  if (!meetup || !stillOpen(turn, meetup, 'confirmed') || !mayManage(turn, services, meetup)) return;
  if (!meetup.repeat) return turn.reply('meetups.manage.not_series');
  cancelMeetup(services, meetup, turn.now, 'stopped');
  turn.reply('meetups.stop.done');
};

/** Reminder settings of a group (volunteers and coordinators of the group). */
function settingsGroup(turn: Turn, services: Services, groupId: string | undefined) {
  const group = groupId ? services.store.get('groups', groupId) : undefined;
  if (!group || !mayTakePart(turn.member, group) || turn.role === 'newcomer') {
    turn.reply('meetups.settings.not_allowed');
    return undefined;
  }
  return group;
}

const askSettings: Handler = (turn, services, [groupId]) => {
  const group = settingsGroup(turn, services, groupId);
  if (!group) return;
  const t = (key: string) => services.translator.t(turn.locale, key);
  turn.reply('meetups.settings.question', { group: group.name }, { choices: Object.keys(REMINDER_PRESETS).map((preset) => ({ id: `mt:rs:${group.id}:${preset}`, label: t(`meetups.settings.choices.${preset}`) })) });
};

const setSettings: Handler = (turn, services, [groupId, preset]) => {
  const group = settingsGroup(turn, services, groupId);
  const hours = preset ? REMINDER_PRESETS[preset] : undefined;
  if (!group) return;
  if (!hours) return turn.reply('meetups.vote.gone');
  services.store.put('meetupSettings', group.id, { id: group.id, reminderHours: hours });
  for (const meetup of upcomingMeetups(services.store, [group.id], turn.now)) if (meetup.status === 'confirmed') planReminders(services, meetup, turn.now);
  turn.reply('meetups.settings.done', { group: group.name, choice: services.translator.t(turn.locale, `meetups.settings.choices.${preset}`) });
};

const HANDLERS: Record<string, Handler> = { v: vote, d: decideNow, r: rsvp, h: held, o: open, m: askMove, c: askCancel, cy: cancelYes, cn: cancelNo, s: skip, x: stop, rq: askSettings, rs: setSettings };

/** The `mt` button handler: `mt:<action>:<args…>`. An unknown or malformed id gets "this no longer exists". */
export function meetupButton(services: Services) {
  return (turn: Turn, payload: string): void => {
    const [action = '', ...args] = payload.split(':');
    const handler = HANDLERS[action];
    if (!handler) return turn.reply('meetups.vote.gone');
    handler(turn, services, args);
  };
}
