// Token buckets for the platforms' rate limits: per channel, per chat, and per group chat per minute.

/** A bucket of `capacity` tokens refilled at `perSecond`; `take` says when a token is available. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.updatedAt = now;
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.perSecond);
    this.updatedAt = now;
  }

  /** Milliseconds until a token is free (0 when one is free now). */
  waitMs(now: number): number {
    this.refill(now);
    if (this.tokens >= 1) return 0;
    return Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }

  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }

  /** After the platform said "slow down": no tokens until `ms` from now. */
  pause(now: number, ms: number): void {
    this.refill(now);
    this.tokens = Math.min(this.tokens, 0) - (ms / 1000) * this.perSecond;
  }
}
