// Per-sender inbound rate limit: a flood from one person slows only that person, who is told once per flood.

/** How many messages one person may send: a burst, then a steady rate. */
export interface InboundLimits {
  /** Messages at once before the limit starts (default 20). */
  burst: number;
  /** Messages per minute after the burst (default 30). 0 turns the limit off. */
  perMinute: number;
}

export const DEFAULT_INBOUND_LIMITS: InboundLimits = { burst: 20, perMinute: 30 };

/** Forget a sender after this long without messages (keeps memory bounded). */
const IDLE_FORGET_MS = 10 * 60_000;

interface Bucket {
  tokens: number;
  at: number;
  /** Told "slow down" during the current flood (reset once the bucket is half full again). */
  told: boolean;
}

/** The verdict for one message: handle it, or drop it (and whether to say "slow down" this time). */
export type InboundVerdict = { ok: true } | { ok: false; notify: boolean };

/** Token buckets per sender (`channel:userId`), in memory: a restart forgives everyone, which is fine for a flood guard. */
export class InboundLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(private readonly limits: InboundLimits = DEFAULT_INBOUND_LIMITS) {}

  /** Takes one message from `sender` at `now` (ms). */
  take(sender: string, now: number): InboundVerdict {
    if (this.limits.perMinute <= 0) return { ok: true };
    this.sweep(now);
    const rate = this.limits.perMinute / 60_000;
    const bucket = this.buckets.get(sender) ?? { tokens: this.limits.burst, at: now, told: false };
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + Math.max(0, now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(sender, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      if (bucket.tokens >= this.limits.burst / 2) bucket.told = false;
      return { ok: true };
    }
    const notify = !bucket.told;
    bucket.told = true;
    return { ok: false, notify };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < IDLE_FORGET_MS) return;
    this.lastSweep = now;
    for (const [sender, bucket] of this.buckets) if (now - bucket.at > IDLE_FORGET_MS && bucket.tokens >= this.limits.burst - 1) this.buckets.delete(sender);
  }
}
