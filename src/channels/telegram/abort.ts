// Cancelling Bot API calls and waits when the channel stops.
import type { Api } from 'grammy';

/** grammY types its signals with the abort-controller polyfill; Node's own AbortSignal is what node-fetch checks for at run time. */
export type ApiSignal = Parameters<Api['getUpdates']>[1];

export function apiSignal(signal: AbortSignal | undefined): ApiSignal {
  return signal as unknown as ApiSignal;
}

/** Waits `ms`, or less when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
