// Long polling that confirms an update to Telegram only after its effects are committed: batch in, chats side by side, offset after.
import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../../core/logger.js';
import { apiSignal, sleep } from './abort.js';
import { describeError, isFatalPollingError, retryAfterMs } from './errors.js';
import type { Sequencer } from './sequencer.js';
import { orderKey } from './updates.js';

export interface PollerOptions {
  api: Api;
  /** Handles one update; resolves after its effects are committed, rejects if they could not be. */
  dispatch(update: Update): Promise<void>;
  sequencer: Sequencer;
  logger: Logger;
  allowedUpdates: ReadonlyArray<'message' | 'callback_query' | 'my_chat_member'>;
  /** Long-poll timeout in seconds (default 30). */
  timeoutSeconds?: number;
  /** Waits after failures (ms); tests shorten them. */
  backoff?: { initialMs: number; maxMs: number };
}

/**
 * Why not grammY's `bot.start()` or @grammyjs/runner: `getUpdates(offset)` confirms every update below `offset`.
 * The runner asks for the next batch (with a higher offset) while the previous one is still being handled, so a crash
 * loses updates that were confirmed but never committed. `bot.start()` waits, but handles one update at a time, and
 * `bot.stop()` confirms the update still being handled. Here a batch is handled with chats side by side (each chat in
 * order), and only when all of it is committed does the next `getUpdates` carry the higher offset.
 */
export class Poller {
  /** Next update_id to ask for; everything below it is committed. */
  private offset = 0;
  private running = false;
  private abort?: AbortController;
  private loop?: Promise<void>;

  constructor(private readonly options: PollerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops asking for updates, lets the batch in hand finish, then confirms it to Telegram. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.abort?.abort();
    await this.loop;
    if (this.offset > 0) {
      await this.options.api.getUpdates({ offset: this.offset, limit: 1, timeout: 0 }, apiSignal(AbortSignal.timeout(3_000))).catch(() => undefined);
    }
  }

  private async run(): Promise<void> {
    const { api, logger, allowedUpdates } = this.options;
    const initialMs = this.options.backoff?.initialMs ?? 1_000;
    const maxMs = this.options.backoff?.maxMs ?? 30_000;
    let wait = initialMs;
    while (this.running) {
      let updates: Update[];
      this.abort = new AbortController();
      try {
        updates = await api.getUpdates({ offset: this.offset, timeout: this.options.timeoutSeconds ?? 30, allowed_updates: [...allowedUpdates] }, apiSignal(this.abort.signal));
        wait = initialMs;
      } catch (error) {
        if (!this.running) break;
        if (isFatalPollingError(error)) {
          logger.error(describeError(error), 'Telegram refused the bot token; polling stopped. Check TELEGRAM_BOT_TOKEN.');
          this.running = false;
          break;
        }
        const pause = retryAfterMs(error) ?? wait;
        logger.warn({ ...describeError(error), retryInMs: pause }, 'getUpdates failed; trying again');
        await sleep(pause, this.abort.signal);
        wait = Math.min(maxMs, wait * 2);
        continue;
      }
      if (updates.length === 0) continue;
      const lowestFailed = await this.handleBatch(updates);
      if (lowestFailed === undefined) {
        this.offset = updates[updates.length - 1]!.update_id + 1;
        continue;
      }
      // Everything below the first failure is committed; from there on Telegram sends it again (dedup skips the rest).
      this.offset = Math.max(this.offset, lowestFailed);
      logger.error({ updateId: lowestFailed, retryInMs: wait }, 'an update could not be committed; it will be fetched again');
      await sleep(wait, this.abort.signal);
      wait = Math.min(maxMs, wait * 2);
    }
  }

  /** Handles a batch; returns the lowest update_id whose handling failed, if any. */
  private async handleBatch(updates: Update[]): Promise<number | undefined> {
    const { dispatch, sequencer } = this.options;
    const results = await Promise.allSettled(updates.map((update) => sequencer.run(orderKey(update), () => dispatch(update))));
    let lowest: number | undefined;
    results.forEach((result, index) => {
      const id = updates[index]!.update_id;
      if (result.status === 'rejected' && (lowest === undefined || id < lowest)) lowest = id;
    });
    return lowest;
  }
}
