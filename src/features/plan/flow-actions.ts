// Flow actions and choice lists of /commit (flows/commit.yaml): which group, which item, who, by when, a note.
import type { Services } from '../../core/services.js';
import type { Turn } from '../../core/turn.js';
import { conversationKey, type ChoiceSource, type FlowAction } from '../../flows/engine.js';
import { groupsOfTurn } from './context.js';
import { formatDueDate, parseDueDate } from './dates.js';
import { commit } from './items.js';
import { canManage } from './permissions.js';
import { commitmentsOf, ensurePlan } from './plan.js';
import { ownerNames, titleOf } from './render.js';
import { areaIds, OWN_AREA } from './template.js';

/** The answers so far of the sender's running conversation (choice lists depend on earlier answers). */
function answers(turn: Turn, services: Services): Record<string, unknown> {
  return services.store.get('conversations', conversationKey(turn))?.vars ?? {};
}

function chosenGroup(services: Services, vars: Record<string, unknown>, turn: Turn) {
  const group = typeof vars.groupId === 'string' ? services.store.get('groups', vars.groupId) : undefined;
  return group && canManage(turn.member, group) ? group : undefined;
}

/** `plan.pick_group`: `none` (no group to plan for), `one` (taken: the group chat's, or the only one), or `many` (ask). */
export const pickGroupAction: FlowAction = ({ turn, vars, services }) => {
  const groups = groupsOfTurn(turn, services).filter((group) => canManage(turn.member, group));
  if (groups.length === 0) return 'none';
  if (groups.length > 1) return 'many';
  vars.groupId = groups[0]!.id;
  vars.group = groups[0]!.name;
  return 'one';
};

/** `plan.group_chosen`: checks the chosen group again and names it. */
export const groupChosenAction: FlowAction = ({ turn, vars, services }) => {
  const group = chosenGroup(services, vars, turn);
  if (!group) return 'none';
  ensurePlan(services, group, turn.now);
  vars.group = group.name;
};

/** `plan.area_items`: `empty` when the chosen area has no open item left. */
export const areaItemsAction: FlowAction = ({ turn, vars, services }) => (itemChoices(turn, services, vars).length === 0 ? 'empty' : undefined);

/** `plan.check_due`: reads the typed due date; `invalid` or `past` send the person back to the question. */
export const checkDueAction: FlowAction = ({ turn, vars, services }) => {
  const parsed = parseDueDate(String(vars.dueText ?? ''), { now: turn.now, timeZone: services.config.timeZone, locale: turn.locale });
  if (!parsed.ok) return parsed.reason;
  vars.dueDate = parsed.date;
  vars.date = formatDueDate(parsed.date, turn.locale, turn.now, services.config.timeZone);
};

/** `plan.commit`: records the promise; `owner_left` (someone picked left meanwhile) or `closed` (done by someone else meanwhile). */
export const commitAction: FlowAction = ({ turn, vars, services }) => {
  const group = chosenGroup(services, vars, turn);
  if (!group || !turn.member) return 'closed';
  const note = typeof vars.note === 'string' ? vars.note : undefined;
  const own = vars.area === OWN_AREA;
  const result = commit(
    services,
    {
      group,
      actor: turn.member,
      commitmentId: own ? undefined : String(vars.itemId),
      title: own ? String(vars.title) : undefined,
      area: OWN_AREA,
      ownerIds: Array.isArray(vars.owners) ? vars.owners.map(String) : [],
      dueDate: String(vars.dueDate),
      note,
    },
    turn.now,
  );
  if (!result.ok) return result.reason === 'owner_left' ? 'owner_left' : 'closed';
  vars.item = titleOf(services, result.commitment, turn.locale);
  vars.owners_text = ownerNames(services, result.commitment, turn.locale).join(', ');
};

/** `$plan_groups`: the groups the sender may plan for. */
export const groupChoices: ChoiceSource = (turn, services) =>
  groupsOfTurn(turn, services)
    .filter((group) => canManage(turn.member, group))
    .map((group) => ({ id: group.id, label: group.name }));

/** `$plan_areas`: the plan's areas, and "own item" last. */
export const areaChoices: ChoiceSource = (turn, services) => areaIds().map((area) => ({ id: area, label: services.translator.t(turn.locale, area === OWN_AREA ? 'plan.area.own_new' : `plan.areas.${area}`) }));

function itemChoices(turn: Turn, services: Services, vars: Record<string, unknown>) {
  const group = chosenGroup(services, vars, turn);
  if (!group) return [];
  return commitmentsOf(services, group.id)
    .filter((c) => c.state === 'open' && c.area === vars.area)
    .map((c) => {
      const owners = ownerNames(services, c, turn.locale);
      return { id: c.id, label: owners.length > 0 ? `${titleOf(services, c, turn.locale)} (${owners.join(', ')})` : titleOf(services, c, turn.locale) };
    });
}

/** `$plan_items`: open items of the chosen area (taken ones show who has them: choosing one hands it over). */
export const itemChoiceSource: ChoiceSource = (turn, services) => itemChoices(turn, services, answers(turn, services));

/** `$plan_members`: the group's volunteers and newcomers. */
export const memberChoices: ChoiceSource = (turn, services) => {
  const group = chosenGroup(services, answers(turn, services), turn);
  if (!group) return [];
  return group.memberIds
    .flatMap((id) => services.store.get('members', id) ?? [])
    .filter((m) => m.role !== 'coordinator')
    .map((m) => ({ id: m.id, label: m.role === 'newcomer' ? `${m.name} (${services.translator.t(turn.locale, 'common.role.newcomer')})` : m.name }));
};
