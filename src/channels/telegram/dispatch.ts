// Handles one Telegram update end to end: map it, hand it to the core, wait for the commit, then answer the button press.
import type { Api } from 'grammy';
import type { Update } from 'grammy/types';
import type { ChannelContext } from '../../app.js';
import type { Logger } from '../../core/logger.js';
import { describeError } from './errors.js';
import { mapUpdate, updateKey, type BotIdentity, type MappedUpdate } from './updates.js';

export interface DispatcherOptions {
  context: Pick<ChannelContext, 'handle' | 'handleEvent' | 'services'>;
  api: Api;
  /** Known after getMe. */
  bot(): BotIdentity;
  logger: Logger;
}

/** Resolves `dispatch` only once the update's effects are on disk: the caller may then acknowledge it to Telegram. */
export class Dispatcher {
  private readonly answering = new Set<Promise<void>>();

  constructor(private readonly options: DispatcherOptions) {}

  async dispatch(update: Update): Promise<void> {
    const { context, logger } = this.options;
    let mapped: MappedUpdate;
    try {
      mapped = mapUpdate(update, this.options.bot());
    } catch (error) {
      // A malformed update must not block the queue for ever: it is dropped (and acknowledged).
      logger.warn({ updateId: update.update_id, ...describeError(error) }, 'an update could not be read; it is skipped');
      return;
    }
    if (mapped.inbound) await context.handle(mapped.inbound);
    else if (mapped.events.length > 0) await this.handleEvents(update, mapped);
    if (mapped.callbackQueryId) this.answer(mapped.callbackQueryId);
  }

  /** Resolves when every started answerCallbackQuery has finished. */
  async idle(): Promise<void> {
    while (this.answering.size > 0) await Promise.all([...this.answering]);
  }

  /** Chat events are deduplicated here (the router does it for messages), in the same commit as their effects. */
  private async handleEvents(update: Update, mapped: MappedUpdate): Promise<void> {
    const { store, clock } = this.options.context.services;
    const key = updateKey(update);
    if (store.get('dedup', key)) {
      await store.committed(); // acknowledge a repeat only once the first handling is on disk
      return;
    }
    store.put('dedup', key, { key, at: clock.now() });
    // Started together, so all handlers run before the one commit they share.
    await Promise.all(mapped.events.map((event) => this.options.context.handleEvent(event)));
  }

  /** Stops the button's spinner. Runs after the commit; a failure (e.g. query too old after a restart) only gets logged. */
  private answer(callbackQueryId: string): void {
    const call = this.options.api
      .answerCallbackQuery(callbackQueryId)
      .then(
        () => undefined,
        (error: unknown) => this.options.logger.debug(describeError(error), 'answerCallbackQuery failed'),
      )
      .finally(() => this.answering.delete(call));
    this.answering.add(call);
  }
}
