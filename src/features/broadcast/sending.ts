// Sends a broadcast: one outbox item per person (bulk, kind `broadcast`), a progress message edited in place, and a report at the end.
import { randomBytes } from 'node:crypto';
import { audit } from '../../core/audit.js';
import { OPTED_OUT_REASON } from '../../core/opt-out.js';
import type { Services } from '../../core/services.js';
import type { Broadcast, Member, OutboxItem } from '../../store/schema.js';
import { resolveAudience, type AudienceSpec } from './audience.js';
import { messagesFor, type Content } from './messages.js';

/** The least time between two edits of the progress message (Telegram allows about one message or edit per second per chat). */
export const PROGRESS_INTERVAL_MS = 3_000;

export const progressKey = (id: string): string => `bc:${id}:progress`;
export const reportKey = (id: string): string => `bc:${id}:report`;
/** Recipient items have keys `bc:<id>:to:<memberId>[:<n>]`. */
export function broadcastOfItem(key: string): string | undefined {
  const match = /^bc:([^:]+):to:/.exec(key);
  return match?.[1];
}

export function newBroadcastId(): string {
  return `b_${randomBytes(5).toString('base64url')}`;
}

export function contentOf(services: Services, broadcast: Pick<Broadcast, 'texts' | 'prepared' | 'createdBy'>): Content {
  return { texts: broadcast.texts, prepared: broadcast.prepared, from: services.store.get('members', broadcast.createdBy)?.name ?? '—' };
}

/** Counts of a broadcast's messages by what happened to them. */
export interface Progress {
  total: number;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
  held: number;
  optedOut: number;
  left: number;
  /** Failure reasons in plain-word categories (see reasonCategory). */
  reasons: Record<string, number>;
}

/** A platform's failure reason in one of a few plain-word categories (texts `broadcast.reasons.<category>`). */
export function reasonCategory(reason: string | undefined): string {
  const text = reason ?? '';
  if (/131026|undeliverable|unreachable/i.test(text)) return 'unreachable';
  if (/blocked|403|kicked|deactivated|chat not found/i.test(text)) return 'blocked';
  if (/template|132\d{3}/i.test(text)) return 'template';
  if (/no channel/i.test(text)) return 'no_channel';
  if (/131047|window/i.test(text)) return 'window';
  return 'other';
}

export function countProgress(services: Services, broadcast: Broadcast): Progress {
  const progress: Progress = { total: 0, sent: 0, delivered: 0, read: 0, failed: 0, held: 0, optedOut: 0, left: 0, reasons: {} };
  for (const id of broadcast.itemIds) {
    const item = services.store.get('outbox', id);
    if (!item) continue;
    progress.total += 1;
    countItem(progress, item);
  }
  return progress;
}

function countItem(progress: Progress, item: OutboxItem): void {
  if (item.state === 'cancelled' && item.reason === OPTED_OUT_REASON) progress.optedOut += 1;
  else if (item.state === 'sent' && item.delivery === 'failed') {
    // Accepted by the platform, then reported undeliverable (WhatsApp status "failed").
    progress.failed += 1;
    const category = reasonCategory(item.reason);
    progress.reasons[category] = (progress.reasons[category] ?? 0) + 1;
  } else if (item.state === 'sent') {
    progress.sent += 1;
    if (item.delivery === 'delivered' || item.delivery === 'read') progress.delivered += 1;
    if (item.delivery === 'read') progress.read += 1;
  } else if (item.state === 'failed') {
    progress.failed += 1;
    const category = reasonCategory(item.reason);
    progress.reasons[category] = (progress.reasons[category] ?? 0) + 1;
  } else if (item.state === 'held') progress.held += 1;
  else if (item.state !== 'cancelled') progress.left += 1; // queued or sending

}

/** `[██████░░░░] 60%` */
export function bar(done: number, total: number, width = 12): string {
  const share = total === 0 ? 1 : done / total;
  const full = Math.round(share * width);
  return `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${Math.round(share * 100)}%`;
}

export function progressText(services: Services, broadcast: Broadcast, progress: Progress): string {
  const t = (key: string, vars = {}) => services.translator.t(broadcast.locale, key, vars);
  const done = progress.total - progress.left;
  return [
    t(progress.left === 0 ? 'broadcast.progress.finished' : 'broadcast.progress.title', { count: broadcast.recipients }),
    bar(done, progress.total),
    t('broadcast.progress.counts', { sent: progress.sent, delivered: progress.delivered, failed: progress.failed, held: progress.held, left: progress.left }),
  ].join('\n');
}

export function reportText(services: Services, broadcast: Broadcast, progress: Progress): string {
  const t = (key: string, vars = {}) => services.translator.t(broadcast.locale, key, vars);
  const lines = [
    t('broadcast.report.title', { count: broadcast.recipients }),
    t('broadcast.report.sent', { count: progress.sent }),
    t('broadcast.report.delivered', { delivered: progress.delivered, read: progress.read }),
    t('broadcast.report.failed', { count: progress.failed }),
    ...Object.entries(progress.reasons).map(([category, count]) => `   • ${t(`broadcast.reasons.${category}`)}: ${count}`),
    t('broadcast.report.held', { count: progress.held }),
    t('broadcast.report.opted_out', { count: broadcast.optedOut }),
  ];
  if (progress.left > 0) lines.push(t('broadcast.report.left', { count: progress.left }));
  lines.push(t('broadcast.report.note'));
  return lines.join('\n');
}

/**
 * Starts sending: one bulk outbox item per message (opted-out people are skipped by the outbox and counted), the
 * progress message to the coordinator, an audit entry. Returns the number of people reached (0 = nobody left).
 */
export function startSending(services: Services, broadcast: Broadcast, sender: Member | undefined): number {
  const { store, outbox, clock } = services;
  const now = clock.now();
  const audience = resolveAudience(services, sender, broadcast.audience);
  const content = contentOf(services, broadcast);
  broadcast.itemIds = [];
  broadcast.state = 'sending';
  broadcast.startedAt = now;
  broadcast.recipients = audience.recipients.length;
  broadcast.optedOut = audience.optedOut.length;
  broadcast.audience = { ...broadcast.audience, groupIds: audience.groups.map((g) => g.id) };
  for (const recipient of audience.recipients) {
    const texts = messagesFor(services, content, recipient.member.locale, recipient.address.channel);
    texts.forEach((text, index) => {
      const item = outbox.enqueue({
        to: recipient.address,
        memberId: recipient.member.id,
        message: { text, kind: 'broadcast' },
        priority: 'bulk',
        key: `bc:${broadcast.id}:to:${recipient.member.id}${index > 0 ? `:${index}` : ''}`,
      });
      if (item) broadcast.itemIds.push(item.id);
    });
  }
  store.put('broadcasts', broadcast.id, broadcast);
  const progress = countProgress(services, broadcast);
  outbox.enqueue({ to: broadcast.replyTo, memberId: broadcast.createdBy, message: { text: progressText(services, broadcast, progress), kind: 'notice' }, priority: 'interactive', urgent: true, key: progressKey(broadcast.id) });
  audit(services, {
    at: now,
    actor: broadcast.createdBy,
    action: 'broadcast.send',
    subject: broadcast.id,
    size: audience.recipients.length,
    groupIds: broadcast.audience.groupIds,
    municipalities: broadcast.audience.municipality ? [broadcast.audience.municipality] : undefined,
    details: {
      languages: broadcast.prepared ? `prepared:${broadcast.prepared}` : Object.keys(broadcast.texts).join(','),
      roles: broadcast.audience.roles.join(','),
      optedOut: audience.optedOut.length,
      ...(broadcast.audience.locale ? { onlyLanguage: broadcast.audience.locale } : {}),
    },
  });
  if (broadcast.itemIds.length === 0) finish(services, broadcast);
  return audience.recipients.length;
}

/** Marks a broadcast done: the progress message shows 100 % and the report goes to the coordinator. */
export function finish(services: Services, broadcast: Broadcast): void {
  const progress = countProgress(services, broadcast);
  broadcast.state = 'done';
  broadcast.finishedAt = services.clock.now();
  services.store.put('broadcasts', broadcast.id, broadcast);
  editProgress(services, broadcast, progressText(services, broadcast, progress));
  services.outbox.enqueue({ to: broadcast.replyTo, memberId: broadcast.createdBy, message: { text: reportText(services, broadcast, progress), kind: 'notice' }, priority: 'interactive', urgent: true, key: reportKey(broadcast.id) });
}

/** Edits the progress message in place (a new outbox item whose `editOf` is the first progress message's key). */
export function editProgress(services: Services, broadcast: Broadcast, text: string): void {
  broadcast.edits += 1;
  services.store.put('broadcasts', broadcast.id, broadcast);
  services.outbox.enqueue({
    to: broadcast.replyTo,
    memberId: broadcast.createdBy,
    message: { text, kind: 'notice', editOf: progressKey(broadcast.id) },
    priority: 'interactive',
    urgent: true,
    key: `${progressKey(broadcast.id)}:${broadcast.edits}`,
  });
}

export type { AudienceSpec };
