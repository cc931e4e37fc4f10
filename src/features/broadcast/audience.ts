// Who a broadcast reaches: the groups in the coordinator's scope, the chosen roles and language, each person's address, channel and WhatsApp window.
import { windowOpen } from '../../channels/whatsapp/window.js';
import { contactKey } from '../../channels/whatsapp/contacts.js';
import { isOptedOut } from '../../core/opt-out.js';
import { canSeeGroup, sameMunicipality } from '../../core/scope.js';
import { memberAddress, type Services } from '../../core/services.js';
import type { Address } from '../../core/types.js';
import type { Broadcast, Group, Member } from '../../store/schema.js';

export type AudienceSpec = Broadcast['audience'];

export interface Recipient {
  member: Member;
  address: Address;
  /** WhatsApp only: the 24-hour window is closed now, so the message goes as the `broadcast` template. */
  outsideWindow: boolean;
}

export interface Audience {
  groups: Group[];
  /** People who will get the message (opted-out people are not in here). */
  recipients: Recipient[];
  /** People in the audience who said STOP. */
  optedOut: Member[];
}

/** The groups of an audience that `sender` may still act on (a scope can shrink between scheduling and sending). */
export function audienceGroups(services: Services, sender: Member | undefined, spec: AudienceSpec): Group[] {
  return spec.groupIds.flatMap((id) => services.store.get('groups', id) ?? []).filter((group) => canSeeGroup(sender, group));
}

/** The people an audience reaches, each once (someone in two chosen groups gets one message). */
export function resolveAudience(services: Services, sender: Member | undefined, spec: AudienceSpec): Audience {
  const { store, clock } = services;
  const groups = audienceGroups(services, sender, spec);
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  const optedOut: Member[] = [];
  const now = clock.now();
  for (const group of groups) {
    for (const id of group.memberIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      const member = store.get('members', id);
      if (!member || member.id === sender?.id) continue;
      if (member.role !== 'newcomer' && member.role !== 'volunteer') continue;
      if (!spec.roles.includes(member.role)) continue;
      if (spec.locale && member.locale !== spec.locale) continue;
      const address = memberAddress(member);
      if (!address) continue;
      if (isOptedOut(member)) {
        optedOut.push(member);
        continue;
      }
      const outsideWindow = address.channel === 'whatsapp' && !windowOpen(store.get('contacts', contactKey(address.chatId)), now);
      recipients.push({ member, address, outsideWindow });
    }
  }
  return { groups, recipients, optedOut };
}

/** The audience a flow's answers describe, checked against the sender's scope. */
export function specFromAnswers(vars: Record<string, unknown>, scopeGroups: Group[]): AudienceSpec {
  let groups: Group[];
  if (typeof vars.targetGroupId === 'string') groups = scopeGroups.filter((g) => g.id === vars.targetGroupId);
  else if (typeof vars.targetMunicipality === 'string') groups = scopeGroups.filter((g) => sameMunicipality(g.municipality, String(vars.targetMunicipality)));
  else if (vars.audience === 'municipality') {
    const pivot = scopeGroups.find((g) => g.id === vars.municipality);
    groups = pivot ? scopeGroups.filter((g) => sameMunicipality(g.municipality, pivot.municipality)) : [];
  } else if (vars.audience === 'groups') {
    const chosen = new Set(Array.isArray(vars.groupIds) ? (vars.groupIds as string[]) : []);
    groups = scopeGroups.filter((g) => chosen.has(g.id));
  } else groups = scopeGroups;
  const roles: AudienceSpec['roles'] = vars.roles === 'newcomers' ? ['newcomer'] : vars.roles === 'volunteers' ? ['volunteer'] : ['newcomer', 'volunteer'];
  const municipality = typeof vars.targetMunicipality === 'string' ? vars.targetMunicipality : vars.audience === 'municipality' ? groups[0]?.municipality : undefined;
  const locale = typeof vars.onlyLocale === 'string' && vars.onlyLocale !== 'all' ? vars.onlyLocale : undefined;
  return { groupIds: groups.map((g) => g.id), ...(municipality ? { municipality } : {}), roles, ...(locale ? { locale } : {}) };
}
