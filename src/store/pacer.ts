// Paces background work done in slices (writing a snapshot) so it takes the event loop's spare time, not the time requests need.
import { performance } from 'node:perf_hooks';

/** Bounds of the pause between two slices (ms). */
export const MIN_PAUSE_MS = 1;
export const MAX_PAUSE_MS = 64;
const START_PAUSE_MS = 8;

/**
 * The next pause, from the last one and how busy the event loop was with other work during it (0–1). A loop that was
 * mostly busy (webhooks, commits waiting) gets twice the time next; one that was mostly idle, half. Under a steady
 * load this settles where the other work gets what it needs; on a quiet process the pause stays at the minimum.
 */
export function nextPause(pauseMs: number, busyShare: number): number {
  if (busyShare > 0.5) return Math.min(MAX_PAUSE_MS, pauseMs * 2);
  return Math.max(MIN_PAUSE_MS, pauseMs / 2);
}

/**
 * Between slices of background work, `pause()` lets the event loop run other work for a while. A slice should stay
 * short (see SLICE_MS in secure-json-file.ts): a request that arrives during one waits for it.
 */
export class Pacer {
  // Cautious at first (the loop may be busy already), shorter as soon as it turns out idle.
  private pauseMs = START_PAUSE_MS;

  async pause(): Promise<void> {
    const before = performance.eventLoopUtilization();
    await new Promise((resolve) => setTimeout(resolve, this.pauseMs));
    // The loop's utilisation while we waited is the other work's share (our slices ran before and after).
    this.pauseMs = nextPause(this.pauseMs, performance.eventLoopUtilization(before).utilization);
  }
}
