// Clean-up: nightly, forget processed-update ids, prune delivered messages, stale conversations and expired throttles;
// hourly, move messages finished more than a day ago to the archive (history that start-up does not read).
import type { Feature } from '../../core/feature.js';

const DAY = 86_400_000;
/** Processed update/message ids are kept this long (Meta retries webhooks for days). */
export const DEDUP_RETENTION_MS = 8 * DAY;
const HOUR = 3_600_000;
/** Sent, failed and cancelled outbox items are kept this long (in the archive after OUTBOX_LIVE_MS) for delivery reports. */
export const OUTBOX_RETENTION_MS = 14 * DAY;
/**
 * Finished outbox items stay in the live store (loaded at start, counted by /outbox, late WhatsApp statuses applied, their
 * idempotency keys kept) this long after their last change; then the hourly job moves them to the archive. A day covers
 * every retry and catch-up of the jobs that send (they re-send within hours), and keeps the snapshot that start-up parses
 * small: at 10,000 groups a 3-day window held ≈ 51,000 delivered items (21 MB), a day ≈ 14,000 (6 MB). A message that is
 * still being edited (a meetup poll) is kept live by its edits (the outbox touches it).
 */
export const OUTBOX_LIVE_MS = DAY;
/** How often finished items are moved to the archive. */
export const ARCHIVE_EVERY_MS = HOUR;
const ARCHIVE_JOB = 'maintenance.archive';

export const maintenanceFeature: Feature = {
  name: 'maintenance',
  jobs: {
    'maintenance.prune': (_job, { services, now }) => {
      const { store } = services;
      for (const entry of store.values('dedup')) if (now - entry.at > DEDUP_RETENTION_MS) store.delete('dedup', entry.key);
      services.outbox.prune(now - OUTBOX_RETENTION_MS);
      void store.pruneArchive(now - OUTBOX_RETENTION_MS).catch((error: unknown) => services.logger.error({ err: error }, 'pruning the archive of delivered messages failed'));
      for (const conversation of store.values('conversations')) if (conversation.expiresAt <= now) store.delete('conversations', conversation.key);
      for (const throttle of store.values('throttles')) if (now - throttle.windowStart > DAY) store.delete('throttles', throttle.key);
    },
    [ARCHIVE_JOB]: (_job, { services, now }) => {
      services.jobs.at(ARCHIVE_JOB, ARCHIVE_JOB, now + ARCHIVE_EVERY_MS);
      // Delivered history moves to the archive (start-up does not read it), which keeps OUTBOX_RETENTION_MS of it.
      void services.outbox.archive(now - OUTBOX_LIVE_MS).catch((error: unknown) => services.logger.error({ err: error }, 'archiving delivered messages failed; they stay in the live store'));
    },
  },
  setup({ scheduleDaily, services }) {
    scheduleDaily('maintenance.prune', 'maintenance.prune', '03:30');
    // Hourly, from the first hour after the first start (a restart keeps the planned time).
    if (!services.store.get('jobs', ARCHIVE_JOB)) services.jobs.at(ARCHIVE_JOB, ARCHIVE_JOB, services.clock.now() + ARCHIVE_EVERY_MS);
  },
};
