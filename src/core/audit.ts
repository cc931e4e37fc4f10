// The audit log: who did what and when (never message bodies), recorded with the change it describes.
import { randomBytes } from 'node:crypto';
import type { Services } from './services.js';

/** One audit entry to record. `actor` and `subject` are member ids (or `config`, `system`); `size` an audience size. */
export interface AuditInput {
  actor: string;
  action: string;
  subject?: string;
  size?: number;
}

/** Records an audit entry in the store (committed with the caller's other changes). */
export function audit(services: Pick<Services, 'store' | 'clock'>, entry: AuditInput): void {
  const at = services.clock.now();
  const id = `a_${at}_${randomBytes(4).toString('hex')}`;
  services.store.put('audit', id, { id, at, actor: entry.actor, action: entry.action, ...(entry.subject ? { subject: entry.subject } : {}), ...(entry.size !== undefined ? { size: entry.size } : {}) });
}

/** What an erased member's id becomes in the audit log. */
export const ERASED_MEMBER = 'erased-member';
