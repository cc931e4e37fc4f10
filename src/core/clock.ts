// The one injectable clock: real time in production, steerable time in tests and the playground.

/** Source of "now" for everything that schedules or expires. */
export interface Clock {
  now(): number;
}

/** Wall-clock time. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that starts at real (or given) time and can be moved forward; used by tests and the playground. */
export class ManualClock implements Clock {
  private offsetMs = 0;
  private readonly listeners = new Set<() => void>();
  constructor(private readonly base: Clock = systemClock, startAt?: number) {
    if (startAt !== undefined) this.offsetMs = startAt - base.now();
  }
  now(): number {
    return this.base.now() + this.offsetMs;
  }
  /** Jump forward; listeners (the scheduler) are told so due jobs run at once. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('A clock only moves forward: advance(ms) needs ms >= 0.');
    this.offsetMs += ms;
    for (const listener of this.listeners) listener();
  }
  onAdvance(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
