// Runs tasks in order per key (one chat) and side by side across keys; knows when everything has finished.

/** Per-key FIFO queues. A task for an idle key starts at once (synchronously), so start order follows call order. */
export class Sequencer {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  /** Runs `task` after the earlier tasks of `key` settled (a failed task does not block the next one). */
  run(key: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key);
    const result = previous ? previous.then(task, task) : start(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    this.inFlight.add(tail);
    void tail.then(() => {
      this.inFlight.delete(tail);
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Number of keys with work queued or running. */
  get size(): number {
    return this.tails.size;
  }

  /** Resolves when every task started so far (and any started meanwhile) has settled. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }
}

function start(task: () => Promise<void>): Promise<void> {
  try {
    return task();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
