// Flow actions and choice lists of onboarding: check the invite, join the group, record a refusal, change language.
import { randomBytes } from 'node:crypto';
import type { ChoiceSource, FlowAction } from '../../flows/engine.js';
import { activeGroupChats, notifyMember, type Services } from '../../core/services.js';
import { chatKey, identityKey } from '../../core/types.js';
import type { Group, Member } from '../../store/schema.js';
import { PRIVACY_VERSION } from '../../core/privacy.js';
import { checkInvite } from './invites.js';
import { audit as recordAudit } from '../../core/audit.js';
import { scopeOf, standingOf } from '../../core/scope.js';

/** Version of the privacy text people agree to (kept in the core: the privacy feature asks again when it changes). */
export const CONSENT_VERSION = PRIVACY_VERSION;

/** `invite.check`: decides where the join flow goes (see the branch list in flows/join.yaml). */
export const checkInviteAction: FlowAction = ({ turn, vars, services }) => {
  const typed = typeof vars.invite === 'string' ? vars.invite.trim() : '';
  if (!typed) return turn.member ? 'known' : 'missing';
  const verdict = checkInvite(services, typed, identityKey(turn.inbound.channel, turn.inbound.userId), turn.now);
  if (!verdict.ok) return verdict.reason;
  const group = services.store.get('groups', verdict.invite.groupId);
  if (!group) return 'invalid';
  vars.invite = verdict.invite.code;
  vars.groupId = group.id;
  vars.group = group.name;
  vars.role = verdict.invite.role;
  if (turn.member) {
    if (turn.member.groupIds.includes(group.id)) return 'already';
    return 'member';
  }
  return 'ok';
};

/** `group.join`: creates the member (after consent) or adds an existing one, and tells the group. "expired"/"used_up" when the code no longer works. */
export const joinGroupAction: FlowAction = ({ turn, vars, services }) => {
  const { store, config } = services;
  const group = store.get('groups', String(vars.groupId));
  const invite = store.get('invites', String(vars.invite));
  if (!group || !invite) throw new Error('group.join needs a checked invite (run invite.check first)');
  // The code was checked when the flow began; it may have expired or run out while this person answered.
  if (invite.expiresAt <= turn.now) return 'expired';
  if (invite.usesLeft <= 0) return 'used_up';
  let member = turn.member;
  if (!member) {
    const key = identityKey(turn.inbound.channel, turn.inbound.userId);
    member = {
      id: `m_${randomBytes(6).toString('base64url')}`,
      name: String(vars.name ?? turn.inbound.displayName ?? '?'),
      role: invite.role,
      locale: services.translator.isLocale(vars.locale) ? vars.locale : turn.locale,
      identities: [key],
      groupIds: [],
      consent: { at: turn.now, version: CONSENT_VERSION },
      profile: pickProfile(vars),
      timeZone: config.timeZone,
      createdAt: turn.now,
    };
    store.put('identities', key, { key, memberId: member.id });
  }
  member.groupIds = [...new Set([...member.groupIds, group.id])];
  store.put('members', member.id, member);
  group.memberIds = [...new Set([...group.memberIds, member.id])];
  store.put('groups', group.id, group);
  store.update('invites', invite.code, (i) => (i.usesLeft = Math.max(0, i.usesLeft - 1)));
  audit(services, turn.now, member.id, 'group.join', group.id);
  turn.member = member;
  turn.role = member.role;
  turn.standing = standingOf(member);
  turn.scope = scopeOf(store, member);
  vars.name = member.name;
  vars.group = group.name;
  announceJoin(services, group, member);
};

function pickProfile(vars: Record<string, unknown>): Member['profile'] {
  const profile: Member['profile'] = {};
  for (const field of ['skills', 'languages', 'availability', 'interests', 'helpFirst', 'bridge']) {
    const value = vars[field];
    if (typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))) profile[field] = value as string | string[];
  }
  return profile;
}

/** Tells every other member (in their own language) and the group's linked chats that someone joined. */
export function announceJoin(services: Services, group: Group, member: Member): void {
  const { store, translator } = services;
  for (const otherId of group.memberIds) {
    if (otherId === member.id) continue;
    const other = store.get('members', otherId);
    if (!other) continue;
    notifyMember(services, other, 'onboarding.joined_notice', { name: member.name, group: group.name, role: translator.t(other.locale, `common.role.${member.role}`) }, { dedupKey: `join:${group.id}:${member.id}` });
  }
  for (const chat of activeGroupChats(store, group)) {
    services.outbox.enqueue({
      to: chat.address,
      message: { text: translator.t('nl', 'onboarding.joined_notice', { name: member.name, group: group.name, role: translator.t('nl', `common.role.${member.role}`) }), kind: 'notice' },
      priority: 'bulk',
      key: `join:${group.id}:${member.id}:${chatKey(chat.address)}`,
    });
  }
}

/** `consent.refused`: keeps only the fact of the refusal; the conversation and its answers are dropped by the flow's end. */
export const consentRefusedAction: FlowAction = ({ turn, vars, services }) => {
  const id = `r_${randomBytes(6).toString('base64url')}`;
  services.store.put('refusals', id, { id, at: turn.now, channel: turn.inbound.channel, inviteGroupId: typeof vars.groupId === 'string' ? vars.groupId : undefined });
  for (const key of Object.keys(vars)) if (key !== 'locale') delete vars[key];
};

/** `member.set_locale`: saves the language chosen in the flow. */
export const setLocaleAction: FlowAction = ({ turn, vars, services }) => {
  if (!turn.member || !services.translator.isLocale(vars.locale)) return;
  turn.member.locale = vars.locale;
  services.store.put('members', turn.member.id, turn.member);
};

/** `$locales`: every language, each in its own name. */
export const localeChoices: ChoiceSource = (_turn, services) => services.translator.locales().map((l) => ({ id: l.code, label: l.name }));

/** Kept for callers of the old signature; new code uses `audit(services, {...})` from src/core/audit.ts. */
export function audit(services: Services, at: number, actor: string, action: string, subject?: string): void {
  recordAudit(services, { at, actor, action, subject, groupIds: subject?.startsWith('g_') ? [subject] : undefined });
}

