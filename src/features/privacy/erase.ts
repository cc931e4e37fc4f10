// Erasing a member (/forget, retention): their records go, their groups keep "a former member", the audit keeps "member erased".
import { audit, ERASED_MEMBER } from '../../core/audit.js';
import type { Feature } from '../../core/feature.js';
import type { Services } from '../../core/services.js';
import type { JobHandler } from '../../scheduler/scheduler.js';
import type { Member } from '../../store/schema.js';

const DAY = 86_400_000;
export const ERASE_ARCHIVE_JOB = 'privacy.erase-archive';

/** Removes an erased member's delivered messages from the archive; plans itself again until that is done. */
export const eraseArchiveJob: JobHandler = (job, { services, now }) => {
  const memberId = String(job.payload.memberId);
  const identities = new Set(Array.isArray(job.payload.identities) ? job.payload.identities.map(String) : []);
  services.jobs.at(job.id, job.type, now + 3_600_000, job.payload, job.graceMs);
  void services.store
    .eraseFromArchive('outbox', (item) => item.memberId === memberId || identities.has(`${item.to.channel}:${item.to.chatId}`))
    .then(() => void services.jobs.cancel(job.id))
    .catch((error: unknown) => services.logger.error({ err: error }, 'removing an erased member from the archive failed; it is tried again in an hour'));
};

/** What an erasure touched, for the audit line and the tests (counts only). */
export interface ErasureReport {
  groups: string[];
  outboxItems: number;
  conversations: number;
}

/**
 * Erases `member` everywhere: each feature's own data first (through its privacy hook), then the core collections.
 * Synchronous store changes only: the caller's turn or job commits them together, so an erasure is all or nothing.
 */
export function eraseMember(services: Services, member: Member, features: readonly Feature[], actor: string): ErasureReport {
  const { store } = services;
  for (const feature of features) feature.privacy?.erase?.(member.id, services);
  const identities = new Set(member.identities);
  const report: ErasureReport = { groups: [...member.groupIds], outboxItems: 0, conversations: 0 };

  for (const groupId of member.groupIds) {
    const group = store.get('groups', groupId);
    if (!group) continue;
    group.memberIds = group.memberIds.filter((id) => id !== member.id);
    group.formerMembers = (group.formerMembers ?? 0) + 1;
    store.put('groups', group.id, group);
  }
  for (const group of store.values('groups')) {
    if (group.createdBy !== member.id) continue;
    store.put('groups', group.id, { ...group, createdBy: ERASED_MEMBER });
  }
  for (const invite of store.values('invites')) if (invite.createdBy === member.id) store.put('invites', invite.code, { ...invite, createdBy: ERASED_MEMBER });
  for (const conversation of [...store.values('conversations')]) {
    if (!identities.has(`${conversation.channel}:${conversation.userId}`)) continue;
    store.delete('conversations', conversation.key);
    report.conversations += 1;
  }
  // Messages to them: nothing of the text or the address stays; queued ones are never sent.
  for (const item of [...store.values('outbox')]) {
    if (item.memberId !== member.id && !identities.has(`${item.to.channel}:${item.to.chatId}`)) continue;
    store.put('outbox', item.id, {
      ...item,
      memberId: undefined,
      to: { channel: item.to.channel, chatId: ERASED_MEMBER },
      message: { text: '', kind: item.message.kind },
      state: item.state === 'queued' || item.state === 'held' || item.state === 'sending' ? 'cancelled' : item.state,
      reason: 'member erased',
      platformId: undefined,
    });
    report.outboxItems += 1;
  }
  for (const key of identities) {
    store.delete('identities', key);
    if (store.get('contacts', key)) store.delete('contacts', key);
    if (store.get('throttles', key)) store.delete('throttles', key);
    const chat = store.get('chats', key);
    if (chat?.kind === 'private') store.delete('chats', key);
  }
  for (const job of [...store.values('jobs')]) if (job.payload.memberId === member.id) store.delete('jobs', job.id);
  // Delivered messages already in the archive (history of the last 14 days): removed by a job, which is tried again
  // until it is done (a rewrite of the archive's files is not part of this commit).
  services.jobs.at(`${ERASE_ARCHIVE_JOB}:${member.id}`, ERASE_ARCHIVE_JOB, services.clock.now(), { memberId: member.id, identities: [...identities] }, 14 * DAY);
  for (const line of [...store.values('audit')]) {
    if (line.actor !== member.id && line.subject !== member.id) continue;
    store.put('audit', line.id, { ...line, actor: line.actor === member.id ? ERASED_MEMBER : line.actor, subject: line.subject === member.id ? ERASED_MEMBER : line.subject });
  }
  store.delete('members', member.id);
  audit(services, { actor: actor === member.id ? ERASED_MEMBER : actor, action: 'member.erased', size: 1 });
  return report;
}
