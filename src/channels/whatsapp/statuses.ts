// Delivery statuses (sent, delivered, read, failed): find the outbox item by its wamid and update its delivery state.
import type { Services } from '../../core/services.js';
import type { OutboxItem } from '../../store/schema.js';
import { contactKey, markUnreachable } from './contacts.js';
import type { WebhookStatus } from './schema.js';

const RANK: Record<NonNullable<OutboxItem['delivery']>, number> = { sent: 1, delivered: 2, failed: 3, read: 4 };
/** Suffix of the key of an item sent again after Meta reported a closed window (131047) for the first try. */
const RESEND_SUFFIX = ':window';

export interface StatusEffects {
  /** Meta reported the window closed for this user (131047 on a message sent at `sentAt`). */
  windowClosed(userId: string, sentAt: number): void;
}

/** Keeps wamid → outbox item id in memory (rebuilt from the store at start) and applies statuses to the items. */
export class DeliveryTracker {
  private readonly byPlatformId = new Map<string, string>();

  constructor(
    private readonly services: Services,
    private readonly effects: StatusEffects,
  ) {}

  /** Rebuilds the index from the outbox (at start-up). */
  rebuild(): void {
    this.byPlatformId.clear();
    for (const item of this.services.store.values('outbox')) if (item.to.channel === 'whatsapp' && item.platformId) this.byPlatformId.set(item.platformId, item.id);
  }

  /** Remembers the wamid(s) a send produced for an item. */
  remember(platformId: string, itemId: string): void {
    this.byPlatformId.set(platformId, itemId);
  }

  /** Applies one status (synchronously; the webhook commits afterwards). Returns false for duplicates and unknown messages. */
  apply(status: WebhookStatus): boolean {
    const { store, clock, logger } = this.services;
    const delivery = status.status;
    if (delivery !== 'sent' && delivery !== 'delivered' && delivery !== 'read' && delivery !== 'failed') return false;
    const itemId = this.byPlatformId.get(status.id);
    const item = itemId ? store.get('outbox', itemId) : undefined;
    if (!item) return false;
    const key = `whatsapp:status:${status.id}:${delivery}`;
    if (store.get('dedup', key)) return false;
    store.put('dedup', key, { key, at: clock.now() });

    const sentAt = item.sentAt ?? item.updatedAt;
    if (!item.delivery || RANK[delivery] > RANK[item.delivery]) {
      const reason = delivery === 'failed' ? `WhatsApp status failed: ${(status.errors ?? []).map((e) => e.code).join(', ') || 'no error code'}` : item.reason;
      // Only the changed fields are journaled (not the message text again).
      store.patch('outbox', item.id, { delivery, reason, updatedAt: clock.now() });
    }
    if (delivery !== 'failed') return true;

    const codes = (status.errors ?? []).map((error) => error.code);
    logger.warn({ item: item.id, codes }, 'WhatsApp reported a message as failed');
    const userId = item.to.chatId;
    // A late failure of a message sent before the person's latest message says nothing about now.
    const lastInbound = store.get('contacts', contactKey(userId))?.lastInboundAt;
    const wroteSince = lastInbound !== undefined && lastInbound > sentAt;
    if (codes.includes(131026) && !wroteSince) markUnreachable(this.services, userId, 'WhatsApp status failed: 131026 (undeliverable)');
    if (codes.includes(131047)) {
      if (!wroteSince) this.effects.windowClosed(userId, sentAt);
      // Send it again once: it will now go as a template, or wait until the person writes.
      if (!item.key.endsWith(RESEND_SUFFIX)) {
        this.services.outbox.enqueue({ to: item.to, message: item.message, memberId: item.memberId, priority: item.priority, urgent: item.urgent, key: `${item.key}${RESEND_SUFFIX}` });
      }
    }
    return true;
  }
}
