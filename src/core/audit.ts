// The audit log: who did what, when, to how many people (never message bodies). One helper every feature uses.
import { randomBytes } from 'node:crypto';
import type { AuditEvent, Member } from '../store/schema.js';
import { canActInMunicipality, canSeeGroup, isNationalCoordinator } from './scope.js';
import type { Services } from './services.js';

/**
 * Actions recorded so far. Features add their own (`broadcast.send`, `coordinator.add`, `member.erase`,
 * `member.export` …); keep them `<thing>.<verb>` so /audit can label them.
 */
export type AuditAction = string;

export interface AuditInput {
  /** Member id of who did it (`config` for start-up settings, `system` for jobs). */
  actor: string;
  action: AuditAction;
  /** What it was done to: a group, member, broadcast or invite id. */
  subject?: string;
  /** How many people it reached or concerned (a broadcast's audience size). */
  size?: number;
  /** Groups concerned (a scoped coordinator's /audit shows entries of their groups). */
  groupIds?: string[];
  /** Municipalities concerned (scope changes). */
  municipalities?: string[];
  /** Short, non-personal facts (a language list, a count): never a message body, name or phone number. */
  details?: Record<string, string | number>;
  /** When it happened (default: now). */
  at?: number;
}

/** Records one audit event (committed with the caller's other changes) and returns it. */
export function audit(services: Pick<Services, 'store' | 'clock'>, input: AuditInput): AuditEvent {
  const at = input.at ?? services.clock.now();
  const id = `a_${at.toString(36)}_${randomBytes(4).toString('hex')}`;
  const event: AuditEvent = { id, at, actor: input.actor, action: input.action };
  if (input.subject !== undefined) event.subject = input.subject;
  if (input.size !== undefined) event.size = input.size;
  if (input.groupIds?.length) event.groupIds = [...input.groupIds];
  if (input.municipalities?.length) event.municipalities = [...input.municipalities];
  if (input.details) event.details = { ...input.details };
  services.store.put('audit', id, event);
  return event;
}

/** What an erased member's id becomes in the audit log. */
export const ERASED_MEMBER = 'erased-member';

/** Whether `viewer` may see an audit event: national coordinators all; scoped coordinators their own and their groups' and municipalities' events. */
export function canSeeAuditEvent(services: Pick<Services, 'store'>, viewer: Member | undefined, event: AuditEvent): boolean {
  if (viewer?.role !== 'coordinator') return false;
  if (isNationalCoordinator(viewer)) return true;
  if (event.actor === viewer.id) return true;
  const groupIds = event.groupIds ?? (event.subject?.startsWith('g_') ? [event.subject] : []);
  if (groupIds.some((id) => { const group = services.store.get('groups', id); return group !== undefined && canSeeGroup(viewer, group); })) return true;
  return (event.municipalities ?? []).some((m) => canActInMunicipality(viewer, m));
}
