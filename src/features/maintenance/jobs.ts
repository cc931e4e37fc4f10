// Nightly clean-up: forget processed-update ids, archive and prune delivered messages, stale conversations and expired throttles.
import type { Feature } from '../../core/feature.js';

const DAY = 86_400_000;
/** Processed update/message ids are kept this long (Meta retries webhooks for days). */
export const DEDUP_RETENTION_MS = 8 * DAY;
/** Sent, failed and cancelled outbox items are kept this long (in the archive after OUTBOX_LIVE_MS) for delivery reports. */
export const OUTBOX_RETENTION_MS = 14 * DAY;
/**
 * Finished outbox items stay in the live store (loaded at start, counted by /outbox, late WhatsApp statuses applied,
 * visible to features that look back a few days) this long; then they move to the archive.
 */
export const OUTBOX_LIVE_MS = 3 * DAY;

export const maintenanceFeature: Feature = {
  name: 'maintenance',
  jobs: {
    'maintenance.prune': (_job, { services, now }) => {
      const { store } = services;
      for (const entry of store.values('dedup')) if (now - entry.at > DEDUP_RETENTION_MS) store.delete('dedup', entry.key);
      services.outbox.prune(now - OUTBOX_RETENTION_MS);
      // Delivered history moves to the archive (start-up does not read it), which keeps OUTBOX_RETENTION_MS of it.
      void services.outbox
        .archive(now - OUTBOX_LIVE_MS)
        .then(() => store.pruneArchive(now - OUTBOX_RETENTION_MS))
        .catch((error: unknown) => services.logger.error({ err: error }, 'archiving delivered messages failed; they stay in the live store'));
      for (const conversation of store.values('conversations')) if (conversation.expiresAt <= now) store.delete('conversations', conversation.key);
      for (const throttle of store.values('throttles')) if (now - throttle.windowStart > DAY) store.delete('throttles', throttle.key);
    },
  },
  setup({ scheduleDaily }) {
    scheduleDaily('maintenance.prune', 'maintenance.prune', '03:30');
  },
};
