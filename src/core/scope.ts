// Roles and scopes in one place: who is asking (standing), which groups they may see and act on, and what a typed group or municipality name points at.
import type { Store } from '../store/store.js';
import type { Group, Member } from '../store/schema.js';
import type { Role } from './types.js';

/** Municipality names compare without case or surrounding space ("Utrecht" = " utrecht"). */
export function sameMunicipality(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');
}

/** True for a coordinator without a municipality scope (from COORDINATOR_TELEGRAM_IDS, or made national). */
export function isNationalCoordinator(member: Member | undefined): boolean {
  return member?.role === 'coordinator' && !member.scope;
}

/**
 * Who is asking, as the permission table sees it: a role, with coordinators split into national ones (every group) and
 * scoped ones (the groups of their municipalities).
 */
export type Standing = 'guest' | 'newcomer' | 'volunteer' | 'coordinator' | 'national_coordinator';
export const STANDINGS: readonly Standing[] = ['guest', 'newcomer', 'volunteer', 'coordinator', 'national_coordinator'];

export function standingOf(member: Member | undefined): Standing {
  if (!member) return 'guest';
  if (member.role === 'coordinator') return member.scope ? 'coordinator' : 'national_coordinator';
  return member.role;
}

/** The role behind a standing (both kinds of coordinator are `coordinator`). */
export function roleOfStanding(standing: Standing | Role): Role {
  return standing === 'national_coordinator' ? 'coordinator' : standing;
}

/** Whether `member` may see and act on `group`: a member of it, a coordinator of its municipality, or a national coordinator. */
export function canSeeGroup(member: Member | undefined, group: Group): boolean {
  if (!member) return false;
  if (member.groupIds.includes(group.id)) return true;
  if (member.role !== 'coordinator') return false;
  if (!member.scope) return true;
  return member.scope.municipalities.some((municipality) => sameMunicipality(municipality, group.municipality));
}

/** Every group `member` may see, in name order. */
export function groupsVisibleTo(store: Store, member: Member | undefined): Group[] {
  if (!member) return [];
  const groups = member.role === 'coordinator' ? [...store.values('groups')] : member.groupIds.flatMap((id) => store.get('groups', id) ?? []);
  return groups.filter((group) => canSeeGroup(member, group)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Whether a coordinator may work in a municipality (national coordinators: everywhere; others: none). */
export function canActInMunicipality(member: Member | undefined, municipality: string): boolean {
  if (member?.role !== 'coordinator') return false;
  if (!member.scope) return true;
  return member.scope.municipalities.some((m) => sameMunicipality(m, municipality));
}

/** What a name typed after a command points at, judged against the sender's scope. */
export type Target =
  | { kind: 'group'; group: Group }
  | { kind: 'municipality'; municipality: string; groups: Group[] }
  | { kind: 'out_of_scope'; name: string }
  | { kind: 'unknown'; name: string };

/** A sender's scope, handed to every command through the turn: the groups they may act on, and nothing else. */
export interface Scope {
  /** National coordinators act on every group. */
  national: boolean;
  /** A scoped coordinator's municipalities (empty otherwise). */
  municipalities: string[];
  /** The groups this person may see and act on, in name order. */
  groups(): Group[];
  /** The group with this id when it is in scope; undefined otherwise (also for groups that exist elsewhere). */
  group(id: string): Group | undefined;
  /** Resolves a typed group name (or id) or municipality name against every group, and says whether it is in scope. */
  resolve(name: string): Target;
}

export function scopeOf(store: Store, member: Member | undefined): Scope {
  const visible = (): Group[] => groupsVisibleTo(store, member);
  return {
    national: isNationalCoordinator(member),
    municipalities: member?.role === 'coordinator' ? [...(member.scope?.municipalities ?? [])] : [],
    groups: visible,
    group(id) {
      const group = store.get('groups', id);
      return group && canSeeGroup(member, group) ? group : undefined;
    },
    resolve(name) {
      const wanted = name.trim();
      const all = store.values('groups');
      const byName = all.find((g) => g.id === wanted || g.name.trim().toLocaleLowerCase('nl') === wanted.toLocaleLowerCase('nl'));
      if (byName) return canSeeGroup(member, byName) ? { kind: 'group', group: byName } : { kind: 'out_of_scope', name: byName.name };
      const inMunicipality = all.filter((g) => sameMunicipality(g.municipality, wanted));
      if (inMunicipality.length > 0) {
        const seen = inMunicipality.filter((g) => canSeeGroup(member, g));
        if (seen.length === 0 || (member?.role === 'coordinator' && !canActInMunicipality(member, wanted))) return { kind: 'out_of_scope', name: inMunicipality[0]!.municipality };
        return { kind: 'municipality', municipality: inMunicipality[0]!.municipality, groups: seen.sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
      }
      return { kind: 'unknown', name: wanted };
    },
  };
}
