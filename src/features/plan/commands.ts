// /commitments, /done, /helpneeded and /plan: the open items by due date, closing one, asking for help, progress per area.
import type { Command } from '../../core/commands.js';
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import type { Choice } from '../../core/types.js';
import type { Commitment, Group } from '../../store/schema.js';
import { PREFIX } from './buttons.js';
import { groupsOfTurn, noteActivity } from './context.js';
import { canAct, canManage } from './permissions.js';
import { commitmentsOf, DEFAULT_REMIND_DAYS, openCommitments, unassigned } from './plan.js';
import { itemLine, planChart, titleOf } from './render.js';
import { areaIds } from './template.js';

/** At most this many item buttons under one message (WhatsApp lists hold 10 rows). */
const MAX_BUTTONS = 10;

function withGroups(turn: Turn, services: Services, run: (groups: Group[]) => void): void {
  noteActivity(turn, services);
  const groups = groupsOfTurn(turn, services);
  if (groups.length === 0) return turn.reply(turn.inbound.chatType === 'group' ? 'plan.no_linked_group' : 'plan.no_group');
  run(groups);
}

/** The items a sender can close or ask help for: their own first, then (for volunteers and coordinators) the group's. */
function actionable(turn: Turn, services: Services, groups: Group[]): Commitment[] {
  const me = turn.member?.id ?? '';
  const items = groups.flatMap((group) => openCommitments(services, group.id).filter((c) => canAct(turn.member, group, c)));
  return [...items.filter((c) => c.ownerIds.includes(me)), ...items.filter((c) => !c.ownerIds.includes(me))];
}

function itemChoices(services: Services, items: Commitment[], locale: string, action: string, many: boolean): Choice[] {
  return items.slice(0, MAX_BUTTONS).map((c) => {
    const group = many ? ` (${services.store.get('groups', c.groupId)?.name ?? ''})` : '';
    return { id: `${PREFIX}:${action}:${c.id}`, label: `${titleOf(services, c, locale)}${group}` };
  });
}

export function planCommands(services: Services): Command[] {
  const { translator } = services;
  const everyone = ['newcomer', 'volunteer', 'coordinator'] as Command['roles'];

  /** A command for everyone in the group(s) the turn concerns (see withGroups), in 1:1 and group chats. */
  const groupsCommand = (name: string, body: (turn: Turn, groups: Group[]) => void): Command => ({
    name,
    roles: everyone,
    chats: ['private', 'group'],
    acts: 'groups',
    run(turn) {
      withGroups(turn, services, (groups) => body(turn, groups));
    },
  });

  const commitments = groupsCommand('commitments', (turn, groups) => {
    const t = (key: string, vars = {}) => translator.t(turn.locale, key, vars);
    const openByGroup = groups.map((group) => openCommitments(services, group.id));
    const blocks = groups.map((group, index) => {
      const open = openByGroup[index]!;
      const lines = [t('plan.list.header', { group: group.name, count: open.length })];
      if (open.length === 0) lines.push(t('plan.list.empty'));
      lines.push(...open.map((c) => itemLine(services, c, turn.locale, turn.now)));
      const free = unassigned(services, group.id).length;
      if (free > 0 && canManage(turn.member, group)) lines.push(t('plan.list.unassigned', { count: free, commit: turn.command('commit') }));
      return lines.join('\n');
    });
    // In a 1:1 chat, each item opens its menu (newcomers: their own items).
    const mine = groups.flatMap((group, index) => openByGroup[index]!.filter((c) => canAct(turn.member, group, c)));
    const choices = turn.inbound.chatType === 'private' && mine.length > 0 ? itemChoices(services, mine, turn.locale, 'm', groups.length > 1) : undefined;
    turn.send({ text: blocks.join('\n\n'), kind: 'reply', choices });
  });

  const pick = (name: string, action: 'd' | 'h', key: string): Command =>
    groupsCommand(name, (turn, groups) => {
      const items = actionable(turn, services, groups);
      if (items.length === 0) return turn.reply(turn.role === 'newcomer' ? 'plan.pick.none_own' : 'plan.pick.none', { commit: turn.command('commit') });
      turn.reply(key, {}, { choices: itemChoices(services, items, turn.locale, action, groups.length > 1) });
    });

  const plan = groupsCommand('plan', (turn, groups) => {
    const t = (key: string, vars = {}) => translator.t(turn.locale, key, vars);
    const charts = groups.map((group) => planChart(services, group, turn.locale));
    const single = groups.length === 1 ? groups[0] : undefined;
    if (single && turn.inbound.chatType === 'private') {
      const me = turn.member?.id ?? '';
      const own = openCommitments(services, single.id).filter((c) => c.ownerIds.includes(me));
      if (turn.role === 'newcomer' && own.length > 0) charts.push([t('plan.yours'), ...own.map((c) => itemLine(services, c, turn.locale, turn.now))].join('\n'));
      const used = new Set(commitmentsOf(services, single.id).map((c) => c.area));
      const areas = areaIds().filter((area) => used.has(area));
      const choices: Choice[] = areas.map((area) => ({ id: `${PREFIX}:a:${single.id}:${area}`, label: t(`plan.areas.${area}`) }));
      if (canManage(turn.member, single)) {
        const days = services.store.get('plans', single.id)?.remindDaysBefore ?? DEFAULT_REMIND_DAYS;
        choices.push({ id: `${PREFIX}:s:${single.id}`, label: t('plan.buttons.reminders', { count: days }) });
      }
      // Newcomers on WhatsApp: their own items are one tap away; the areas stay in the list.
      const ownChoices = turn.role === 'newcomer' ? own.slice(0, 3).map((c) => ({ id: `${PREFIX}:m:${c.id}`, label: titleOf(services, c, turn.locale) })) : [];
      return turn.send({ text: charts.join('\n\n'), kind: 'reply', choices: [...ownChoices, ...choices].slice(0, turn.role === 'newcomer' ? MAX_BUTTONS : 20) });
    }
    turn.send({ text: charts.join('\n\n'), kind: 'reply' });
  });

  return [commitments, pick('done', 'd', 'plan.pick.done'), pick('helpneeded', 'h', 'plan.pick.help'), plan];
}
