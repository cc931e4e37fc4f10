// The plan's buttons (prefix `cm`): done, help needed, not needed, reopen, item menu, move, owners, areas, reminder setting.
import type { ButtonHandler } from '../../core/feature.js';
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import type { Choice } from '../../core/types.js';
import type { Commitment, Group } from '../../store/schema.js';
import { addDays, formatDueDate } from './dates.js';
import { askHelp, complete, markNotNeeded, moveDue, reopen, toggleOwner } from './items.js';
import { membersOf } from './notify.js';
import { canAct, canManage, canView } from './permissions.js';
import { commitmentsOf, ensurePlan, isoDay } from './plan.js';
import { planReminder } from './reminders.js';
import { itemLine, ownerNames, titleOf } from './render.js';

export const PREFIX = 'cm';
/** Quick moves offered in an item's menu, in days. */
const MOVES = [7, 14, 30];
/** Choices for "remind owners N days before". */
export const REMIND_DAY_CHOICES = [0, 1, 2, 3, 7];

/** Buttons under a reminder (done, help) or in an item's menu (also move, owners, not needed; or reopen). */
export function itemButtons(services: Services, commitment: Commitment, locale: string, context: 'reminder' | 'owner' | 'manager'): Choice[] {
  const t = (key: string, vars = {}) => services.translator.t(locale, key, vars);
  const id = commitment.id;
  if (commitment.state !== 'open') return context === 'manager' ? [{ id: `${PREFIX}:u:${id}`, label: t('plan.buttons.reopen') }] : [];
  const choices: Choice[] = [
    { id: `${PREFIX}:d:${id}`, label: t('plan.buttons.done') },
    { id: `${PREFIX}:h:${id}`, label: t('plan.buttons.help') },
  ];
  if (context !== 'manager') return choices;
  if (commitment.dueDate) for (const days of MOVES) choices.push({ id: `${PREFIX}:w:${id}:${days}`, label: t('plan.buttons.later', { count: days }) });
  choices.push({ id: `${PREFIX}:r:${id}`, label: t('plan.buttons.owners') }, { id: `${PREFIX}:n:${id}`, label: t('plan.buttons.not_needed') });
  return choices;
}

/** The item's menu: its line and what the sender may do with it. */
export function showItem(turn: Turn, services: Services, commitment: Commitment, group: Group): void {
  const state = commitment.state === 'open' ? itemLine(services, commitment, turn.locale, turn.now) : `• ${titleOf(services, commitment, turn.locale)} · ${services.translator.t(turn.locale, `plan.state.${commitment.state}`)}`;
  const context = canManage(turn.member, group) ? 'manager' : 'owner';
  const choices = itemButtons(services, commitment, turn.locale, context);
  turn.send({ text: `${group.name}\n${state}`, kind: 'reply', choices: choices.length > 0 ? choices : undefined });
}

/** `cm:…` buttons. Every press re-checks the item's state and the sender's rights, so an old or shared button is safe. */
export const planButton: ButtonHandler = (turn, payload, services) => {
  const [action = '', target = '', extra = ''] = payload.split(':');
  const member = turn.member;
  if (!member) return turn.reply('common.not_allowed');
  if (action === 'a' || action === 's' || action === 'S') return groupButton(turn, services, action, target, extra);
  const commitment = services.store.get('commitments', target);
  const group = commitment ? services.store.get('groups', commitment.groupId) : undefined;
  if (!commitment || !group) return turn.reply('plan.gone');
  if (!canView(member, group)) return turn.reply('common.not_allowed');
  ensurePlan(services, group, turn.now);
  const item = titleOf(services, commitment, turn.locale);
  const manager = canManage(member, group);
  if (action === 'm') return showItem(turn, services, commitment, group);
  if (action === 'd' || action === 'h') {
    if (!canAct(member, group, commitment)) return turn.reply('plan.not_yours', { item });
    if (action === 'd') {
      const result = complete(services, commitment, member, turn.now);
      if (result === 'already_done') return turn.reply('plan.already_done', { item, name: services.store.get('members', commitment.doneBy ?? '')?.name ?? '?' });
      if (result === 'not_needed') return turn.reply('plan.is_not_needed', { item });
      return turn.reply('plan.done_ok', { item });
    }
    const result = askHelp(services, commitment, member, turn.now);
    if (result === 'closed') return turn.reply('plan.closed', { item });
    return turn.reply(result === 'already' ? 'plan.help_already' : 'plan.help_ok', { item });
  }
  if (!manager) return turn.reply('plan.not_yours', { item });
  if (action === 'n') return turn.reply(markNotNeeded(services, commitment, member, turn.now) === 'ok' ? 'plan.not_needed_ok' : 'plan.closed', { item });
  if (action === 'u') return turn.reply(reopen(services, commitment, member, turn.now) === 'ok' ? 'plan.reopened' : 'plan.still_open', { item });
  if (action === 'w') {
    const days = Number(extra);
    if (!MOVES.includes(days) || !commitment.dueDate) return turn.reply('plan.gone');
    // From the later of the old date and today: moving an overdue item "a week" means a week from now.
    const today = isoDay(turn.now, services.config.timeZone);
    const date = addDays(commitment.dueDate < today ? today : commitment.dueDate, days);
    if (moveDue(services, commitment, date, member, turn.now) === 'closed') return turn.reply('plan.closed', { item });
    return turn.reply('plan.moved', { item, date: formatDueDate(date, turn.locale, turn.now, services.config.timeZone) });
  }
  if (action === 'r' || action === 'o') {
    if (action === 'o') {
      const result = toggleOwner(services, commitment, extra, member, turn.now);
      if (result === 'closed') return turn.reply('plan.closed', { item });
      if (result === 'last') turn.reply('plan.owners_last');
      if (result === 'not_member') turn.reply('plan.owner_left');
    }
    return ownersMenu(turn, services, commitment, group);
  }
  turn.reply('plan.gone');
};

/** The owners menu: each member of the group as a button; a press adds or removes them. */
function ownersMenu(turn: Turn, services: Services, commitment: Commitment, group: Group): void {
  const owners = ownerNames(services, commitment, turn.locale);
  const choices = membersOf(services, group)
    .filter((m) => m.role !== 'coordinator')
    .map((m) => ({ id: `${PREFIX}:o:${commitment.id}:${m.id}`, label: `${commitment.ownerIds.includes(m.id) ? '✓ ' : ''}${m.name}` }))
    .filter((choice) => Buffer.byteLength(choice.id) <= 64);
  turn.reply('plan.owners_menu', { item: titleOf(services, commitment, turn.locale), owners: owners.join(', ') || services.translator.t(turn.locale, 'plan.nobody') }, { choices });
}

/** Buttons about a whole group: an area's items (`a`), the reminder setting (`s` menu, `S` set). */
function groupButton(turn: Turn, services: Services, action: string, groupId: string, extra: string): void {
  const group = services.store.get('groups', groupId);
  if (!group || !canView(turn.member, group)) return turn.reply(group ? 'common.not_allowed' : 'plan.gone');
  ensurePlan(services, group, turn.now);
  const t = (key: string, vars = {}) => services.translator.t(turn.locale, key, vars);
  if (action === 'a') {
    const items = commitmentsOf(services, group.id).filter((c) => c.area === extra);
    if (items.length === 0) return turn.reply('plan.gone');
    const lines = items.map((c) => (c.state === 'open' ? itemLine(services, c, turn.locale, turn.now) : `• ${titleOf(services, c, turn.locale)} · ${t(`plan.state.${c.state}`)}`));
    const choices = canManage(turn.member, group) ? items.map((c) => ({ id: `${PREFIX}:m:${c.id}`, label: titleOf(services, c, turn.locale) })) : undefined;
    return turn.send({ text: [`${group.name} · ${t(`plan.areas.${extra}`)}`, ...lines].join('\n'), kind: 'reply', choices });
  }
  if (!canManage(turn.member, group)) return turn.reply('common.not_allowed');
  const record = services.store.get('plans', group.id);
  if (!record) return turn.reply('plan.gone');
  if (action === 's') {
    const choices = REMIND_DAY_CHOICES.map((days) => ({ id: `${PREFIX}:S:${group.id}:${days}`, label: `${days === record.remindDaysBefore ? '✓ ' : ''}${t('plan.remind_days.choice', { count: days })}` }));
    return turn.reply('plan.remind_days.question', { group: group.name }, { choices });
  }
  const days = Number(extra);
  if (!REMIND_DAY_CHOICES.includes(days)) return turn.reply('plan.gone');
  services.store.put('plans', group.id, { ...record, remindDaysBefore: days });
  // Re-plan the open items so the new setting applies at once.
  for (const commitment of commitmentsOf(services, group.id)) {
    if (commitment.state !== 'open' || !commitment.reminderJob) continue;
    planReminder(services, commitment, turn.now);
    services.store.put('commitments', commitment.id, commitment);
  }
  turn.reply('plan.remind_days.saved', { group: group.name, count: days });
}
