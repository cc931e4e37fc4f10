// Flow actions and choice lists for coordinators: create a group, make invite codes, pick one of the groups.
import { randomBytes } from 'node:crypto';
import type { ChoiceSource, FlowAction } from '../../flows/engine.js';
import type { MemberRole } from '../../core/types.js';
import type { Group, GroupKind } from '../../store/schema.js';
import { audit } from '../../core/audit.js';
import { canActInMunicipality } from '../../core/scope.js';
import { createInvite, formatInviteCode } from '../onboarding/invites.js';
import { ensurePlan } from '../plan/plan.js';

/** `group.create`: makes the group from the flow's answers and one invite per role. */
export const createGroupAction: FlowAction = ({ turn, vars, services }) => {
  const { store } = services;
  const creator = turn.member?.id ?? 'unknown';
  // A coordinator scoped to some municipalities creates groups only there (checked again here, after the question).
  if (!canActInMunicipality(turn.member, String(vars.municipality))) {
    vars.municipalities = turn.scope.municipalities.join(', ');
    return 'out_of_scope';
  }
  const group: Group = {
    id: `g_${randomBytes(5).toString('base64url')}`,
    name: String(vars.groupName),
    municipality: String(vars.municipality),
    kind: (vars.kind === 'sponsorgroep' ? 'sponsorgroep' : 'welkomgroep') as GroupKind,
    memberIds: [],
    chatKeys: [],
    createdBy: creator,
    startsAt: turn.now,
    endsAt: turn.now + 365 * 86_400_000,
  };
  store.put('groups', group.id, group);
  // The group adopts the settlement plan at once (the plan feature's documented entry point; older groups adopt it on first use).
  ensurePlan(services, group, turn.now);
  const volunteer = createInvite(services, group.id, 'volunteer', creator, turn.now);
  const newcomer = createInvite(services, group.id, 'newcomer', creator, turn.now);
  audit(services, { at: turn.now, actor: creator, action: 'group.create', subject: group.id, groupIds: [group.id], municipalities: [group.municipality] });
  vars.group = group.name;
  vars.groupId = group.id;
  vars.volunteerCode = formatInviteCode(volunteer.code);
  vars.newcomerCode = formatInviteCode(newcomer.code);
  vars.days = services.config.inviteTtlDays;
  vars._links = [
    { role: 'volunteer', code: volunteer.code },
    { role: 'newcomer', code: newcomer.code },
  ];
};

/** `invite.create`: a new code for the chosen group and role. */
export const createInviteAction: FlowAction = ({ turn, vars, services }) => {
  const group = turn.scope.group(String(vars.groupId));
  if (!group) return 'none';
  const role = (vars.role === 'newcomer' ? 'newcomer' : 'volunteer') as MemberRole;
  const invite = createInvite(services, group.id, role, turn.member?.id ?? 'unknown', turn.now);
  audit(services, { at: turn.now, actor: turn.member?.id ?? 'unknown', action: 'invite.create', subject: group.id, groupIds: [group.id], details: { role } });
  vars.group = group.name;
  vars.code = formatInviteCode(invite.code);
  vars.days = services.config.inviteTtlDays;
  vars.role = services.translator.t(turn.locale, `common.role.${role}`);
  vars._links = [{ role, code: invite.code }];
};

/** `invite.links`: sends the join links of the codes just made (Telegram deep link, WhatsApp click-to-chat), where channels can make them. */
export const sendInviteLinksAction: FlowAction = ({ turn, vars, services }) => {
  const made = Array.isArray(vars._links) ? (vars._links as Array<{ role: string; code: string }>) : [];
  for (const { role, code } of made) {
    for (const link of services.links.all(code)) turn.reply('groups.links', { role: services.translator.t(turn.locale, `common.role.${role}`), link: link.url });
  }
};

/** `group.require_any`: "none" when no group in the sender's scope exists yet. */
export const requireAnyGroupAction: FlowAction = ({ turn }) => (turn.scope.groups().length === 0 ? 'none' : undefined);

/** `group.check_municipality`: "out_of_scope" when a scoped coordinator typed a municipality that is not theirs. */
export const checkMunicipalityAction: FlowAction = ({ turn, vars }) => {
  if (canActInMunicipality(turn.member, String(vars.municipality))) return undefined;
  vars.municipalities = turn.scope.municipalities.join(', ');
  return 'out_of_scope';
};

/** `$groups`: the groups in the sender's scope, newest first. */
export const groupChoices: ChoiceSource = (turn) =>
  turn.scope
    .groups()
    .sort((a, b) => b.startsAt - a.startsAt)
    .map((group) => ({ id: group.id, label: `${group.name} (${group.municipality})` }));
