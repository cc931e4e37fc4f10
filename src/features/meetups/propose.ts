// Flow actions of flows/meetup.yaml: which group, each candidate time read back for confirmation, the link check, and creating the poll.
import type { ChoiceSource, FlowAction } from '../../flows/engine.js';
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import { groupsVisibleTo } from '../../core/scope.js';
import { chatKey } from '../../core/types.js';
import { formatWhen, parseWhen } from '../../core/when/index.js';
import type { Meetup, MeetupActivity, MeetupRepeat } from '../../store/schema.js';
import { publishPoll } from './lifecycle.js';
import { MAX_OPTIONS, mayTakePart, newMeetupId, titleOf, when } from './model.js';

const ACTIVITIES: MeetupActivity[] = ['coffee', 'walk', 'letters', 'cooking', 'outing', 'other'];
const REPEATS: MeetupRepeat[] = ['weekly', 'biweekly', 'monthly'];
const MAX_TIME_TRIES = 4;
const HOUR = 3_600_000;
/** A poll deadline closer than this to the first candidate time is pulled forward (people need time to plan). */
const DEADLINE_MARGIN_MS = 2 * HOUR;

/** The groups a person may plan a meetup for (their own; a coordinator's visible groups). */
function plannableGroups(services: Services, turn: Turn) {
  return groupsVisibleTo(services.store, turn.member);
}

function times(vars: Record<string, unknown>): number[] {
  return Array.isArray(vars.times) ? (vars.times as number[]) : [];
}

/** Example times in the writer's language that the parser reads (shown in questions and hints). */
function examples(services: Services, locale: string): { example1: string; example2: string } {
  return { example1: services.translator.t(locale, 'meetups.examples.one'), example2: services.translator.t(locale, 'meetups.examples.two') };
}

/** Which group: the chat's own group in a group chat; otherwise the member's only group, or a question. */
export const beginAction: FlowAction = ({ turn, vars, services }) => {
  Object.assign(vars, examples(services, turn.locale), { times: [], number: 1 });
  if (turn.inbound.chatType === 'group') {
    const groupId = services.store.get('chats', chatKey(turn.address))?.groupId;
    const group = groupId ? services.store.get('groups', groupId) : undefined;
    if (!group) return 'not_linked';
    if (!mayTakePart(turn.member, group)) return 'not_member';
    vars.groupId = group.id;
    return 'ok';
  }
  const groups = plannableGroups(services, turn);
  if (groups.length === 0) return 'none';
  if (groups.length > 1) return 'pick';
  vars.groupId = groups[0]!.id;
  return 'ok';
};

export const groupChoices: ChoiceSource = (turn, services) => plannableGroups(services, turn).map((group) => ({ id: group.id, label: group.name }));

/** Reads the typed time; a problem gets a localized hint with two examples (and the question again), a success is read back. */
export const addTimeAction: FlowAction = ({ turn, vars, services }) => {
  const text = typeof vars.timeText === 'string' ? vars.timeText : '';
  const result = parseWhen(text, { now: turn.now, timeZone: services.config.timeZone, locale: turn.locale });
  if (!result.ok) {
    vars.timeTries = Number(vars.timeTries ?? 0) + 1;
    if (Number(vars.timeTries) >= MAX_TIME_TRIES) {
      turn.reply('meetups.time.too_many_tries', { meetup: turn.command('meetup') });
      return 'give_up';
    }
    turn.reply(`meetups.time.problem.${result.problem}`, examples(services, turn.locale));
    return 'bad';
  }
  const list = times(vars);
  if (list.includes(result.at)) {
    turn.reply('meetups.time.duplicate', { when: formatWhen(result.at, { locale: turn.locale, timeZone: services.config.timeZone }) });
    return 'bad';
  }
  list.push(result.at);
  vars.times = list;
  vars.timeTries = 0;
  vars.number = list.length + 1;
  vars.when = formatWhen(result.at, { locale: turn.locale, timeZone: services.config.timeZone });
  turn.reply('meetups.time.understood', { when: String(vars.when) });
  return list.length >= MAX_OPTIONS ? 'full' : 'ok';
};

/** "Not what I meant": forgets the last time read. */
export const undoTimeAction: FlowAction = ({ vars }) => {
  const list = times(vars);
  list.pop();
  vars.times = list;
  vars.number = list.length + 1;
};

/** An online meeting needs a web link. */
export const checkLinkAction: FlowAction = ({ turn, vars }) => {
  const text = String(vars.link ?? '').trim();
  let ok = false;
  try {
    const url = new URL(text);
    ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/.test(text);
  } catch {
    ok = false;
  }
  if (!ok) {
    turn.reply('meetups.link.invalid');
    return 'bad';
  }
  vars.link = text;
  return 'ok';
};

/** Creates the meetup from the answers and sends the poll; nothing is stored unless every answer is valid. */
export const createAction: FlowAction = ({ turn, vars, services }) => {
  const group = services.store.get('groups', String(vars.groupId ?? ''));
  const list = times(vars).filter((at) => at > turn.now);
  const activity = ACTIVITIES.find((a) => a === vars.what);
  if (!group || !turn.member || !mayTakePart(turn.member, group) || list.length === 0 || !activity) {
    turn.reply('meetups.create_failed', { meetup: turn.command('meetup') });
    return 'failed';
  }
  const place: Meetup['place'] = vars.where === 'online' && typeof vars.link === 'string' ? { kind: 'online', link: vars.link } : { kind: 'place', text: String(vars.placeText ?? '').trim() };
  const first = Math.min(...list);
  const chosen = vars.deadline === 'd1' ? turn.now + 24 * HOUR : vars.deadline === 'd2' ? turn.now + 48 * HOUR : undefined;
  const deadline = chosen === undefined ? undefined : Math.min(chosen, first - DEADLINE_MARGIN_MS);
  const repeat = REPEATS.find((r) => r === vars.repeat);
  const id = newMeetupId();
  const meetup: Meetup = {
    id,
    groupId: group.id,
    proposerId: turn.member.id,
    activity,
    ...(activity === 'other' && typeof vars.title === 'string' ? { title: vars.title.trim() } : {}),
    place,
    options: [...list].sort((a, b) => a - b),
    votes: {},
    status: 'polling',
    ...(deadline !== undefined && deadline > turn.now ? { deadline } : {}),
    rsvp: {},
    ...(repeat ? { repeat, seriesId: id } : {}),
    sequence: 0,
    timeZone: services.config.timeZone,
    edits: 0,
    createdAt: turn.now,
    updatedAt: turn.now,
    ...(group.demo ? { demo: true } : {}),
  };
  services.store.put('meetups', id, meetup);
  publishPoll(services, meetup, turn.now);
  vars.title = titleOf(services, meetup, turn.locale);
  vars.count = meetup.options.length;
  vars.deadlineText = meetup.deadline ? when(meetup, meetup.deadline, turn.locale) : '';
  turn.reply('meetups.created', { title: String(vars.title), count: meetup.options.length, meetups: turn.command('meetups') });
  return meetup.deadline ? 'with_deadline' : 'ok';
};
