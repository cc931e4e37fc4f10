// Live progress of running broadcasts: watches the outbox and edits each coordinator's progress message at most every few seconds.
import type { Services } from '../../core/services.js';
import { broadcastOfItem, countProgress, editProgress, finish, PROGRESS_INTERVAL_MS, progressText } from './sending.js';

/** How soon after a change the tracker counts again (cheap; an edit still waits for its interval). */
const CHECK_MS = 250;

/** One per app: which broadcasts changed, when each was last shown, and the timer of the next update. */
export class ProgressTracker {
  private readonly dirty = new Set<string>();
  private readonly lastEditAt = new Map<string, number>();
  private readonly lastText = new Map<string, string>();
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly services: Services,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
    private readonly monotonic: () => number = () => performance.now(),
  ) {
    this.unsubscribe = services.outbox.observe((item) => {
      const id = broadcastOfItem(item.key);
      if (id) this.touch(id);
    });
    // Broadcasts that were sending when the app stopped carry on; show their progress again.
    for (const broadcast of services.store.values('broadcasts')) if (broadcast.state === 'sending') this.touch(broadcast.id);
  }

  /** A message of broadcast `id` changed state: update its progress soon (never inside the outbox's own call). */
  touch(id: string): void {
    if (this.stopped) return;
    this.dirty.add(id);
    const now = this.monotonic();
    // The progress message was just sent with the first counts: the first edit waits a full interval.
    if (!this.lastEditAt.has(id)) this.lastEditAt.set(id, now);
    if (this.timer) return;
    // Look again soon (to notice the end quickly); the edits themselves are spaced by `intervalMs`.
    this.timer = setTimeout(() => this.flush(), Math.min(CHECK_MS, this.intervalMs));
    this.timer.unref();
  }

  /** Updates every changed broadcast whose interval has passed; finishes those with nothing left to send. */
  flush(): void {
    this.timer = undefined;
    if (this.stopped) return;
    const { store } = this.services;
    const now = this.monotonic();
    const later: string[] = [];
    for (const id of [...this.dirty]) {
      this.dirty.delete(id);
      const broadcast = store.get('broadcasts', id);
      if (!broadcast || broadcast.state !== 'sending') continue;
      const progress = countProgress(this.services, broadcast);
      if (progress.left === 0) {
        finish(this.services, broadcast);
        this.lastEditAt.delete(id);
        this.lastText.delete(id);
        continue;
      }
      if (now - (this.lastEditAt.get(id) ?? -Infinity) < this.intervalMs) {
        later.push(id);
        continue;
      }
      const text = progressText(this.services, broadcast, progress);
      if (text === this.lastText.get(id)) continue; // Telegram refuses an edit that changes nothing
      editProgress(this.services, broadcast, text);
      this.lastEditAt.set(id, now);
      this.lastText.set(id, text);
    }
    for (const id of later) this.touch(id);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.unsubscribe();
  }
}
