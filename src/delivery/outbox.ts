// The delivery pipeline: a persistent outbox, one lane per channel with rate limits, priorities, retries, holds and quiet hours.
import type { ChannelAdapter } from '../channels/channel.js';
import { DeliveryError } from '../channels/channel.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { EnqueueRequest, Outbox, OutboxSummary } from '../core/services.js';
import { chatKey, type Address, type ChannelName } from '../core/types.js';
import { blockedByOptOut, OPTED_OUT_REASON } from '../core/opt-out.js';
import type { OutboxItem } from '../store/schema.js';
import type { Store } from '../store/store.js';
import { DEFAULT_QUIET_HOURS, quietUntil } from './quiet-hours.js';
import { randomId } from '../core/random-id.js';
import { TokenBucket } from './rate-limit.js';

/** Transient failures are retried this many times before the item fails. */
/** The least time between two edits of the same message. */
export const EDIT_SPACING_MS = 1_100;

export const MAX_ATTEMPTS = 6;
const BASE_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 5 * 60_000;

export interface DeliveryOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Default time zone for quiet hours. */
  timeZone: string;
  /** Real time for rate limiting (monotonic); defaults to performance.now. */
  monotonic?: () => number;
  /** Random source for backoff jitter (tests pass a fixed one). */
  random?: () => number;
  /** Called after each state change, e.g. for metrics. */
  onChange?: (item: OutboxItem, previous: OutboxItem['state']) => void;
}

/** Per-chat state in a lane: its rate buckets, whether a send is in flight, and waits imposed by the platform or a retry. */
interface ChatLane {
  bucket: TokenBucket;
  group?: TokenBucket;
  busy: boolean;
  pausedUntil: number;
  /** Items of this chat waiting to be retried: later items wait too, to keep the order. */
  retrying: number;
}

interface Lane {
  adapter: ChannelAdapter;
  interactive: string[];
  bulk: string[];
  global: TokenBucket;
  chats: Map<string, ChatLane>;
  inFlight: number;
  timer?: NodeJS.Timeout;
}

/** Records messages in the store, then sends them through the channels within the platforms' limits. */
export class Delivery implements Outbox {
  private readonly lanes = new Map<ChannelName, Lane>();
  private readonly byKey = new Map<string, string>();
  /** The archive run in progress, if any. */
  private archiving?: Promise<number>;
  /** The newest edit per edited message (outbox key): an older edit still queued is skipped, only the latest text matters. */
  private readonly latestEdit = new Map<string, string>();
  /** When an edit of each message last went out (monotonic ms): Telegram allows about one edit a second per message. */
  private readonly lastEditAt = new Map<string, number>();
  /** Items that wait for a time (backoff, quiet hours, notBefore). */
  private readonly waiting = new Set<string>();
  /** Held items (WhatsApp window) by chat key. */
  private readonly held = new Map<string, Set<string>>();
  /** How often each chat was released (the person wrote); a send that fails "window closed" after a release is retried, not held. */
  private readonly releases = new Map<string, number>();
  private waitTimer?: NodeJS.Timeout;
  private running = false;
  private idleWaiters: Array<() => void> = [];
  /** Items waiting for a retry (they go back to the head of their chat's queue). */
  private readonly retrying = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly monotonic: () => number;
  private readonly random: () => number;
  private readonly observers = new Set<(item: OutboxItem, previous: OutboxItem['state']) => void>();

  constructor(private readonly options: DeliveryOptions) {
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.random = options.random ?? Math.random;
    for (const item of options.store.values('outbox')) {
      this.byKey.set(item.key, item.id);
      if (item.message.editOf && item.state === 'queued') this.noteEdit(item);
    }
  }

  private noteEdit(item: OutboxItem): void {
    const target = item.message.editOf!;
    const latest = this.latestEdit.get(target);
    const current = latest ? this.options.store.get('outbox', latest) : undefined;
    if (!current || current.createdAt <= item.createdAt) this.latestEdit.set(target, item.id);
  }

  /** Adds a channel's lane. Call before `start`. */
  addChannel(adapter: ChannelAdapter): void {
    const now = this.monotonic();
    this.lanes.set(adapter.name, {
      adapter,
      interactive: [],
      bulk: [],
      global: new TokenBucket(Math.max(1, adapter.limits.globalPerSecond), adapter.limits.globalPerSecond, now),
      chats: new Map(),
      inFlight: 0,
    });
  }

  channels(): ChannelAdapter[] {
    return [...this.lanes.values()].map((lane) => lane.adapter);
  }

  /** Records an item (committed with the caller's other changes). Same `key` twice ⇒ the first item is kept. */
  enqueue(request: EnqueueRequest): OutboxItem | undefined {
    const { store, clock } = this.options;
    const key = request.key ?? `auto:${randomId()}`;
    const existing = this.byKey.get(key);
    if (existing) return store.get('outbox', existing);
    const now = clock.now();
    const item: OutboxItem = {
      id: `o_${randomId()}`,
      key,
      to: request.to,
      memberId: request.memberId,
      message: request.message,
      priority: request.priority,
      urgent: request.urgent ?? request.priority === 'interactive',
      state: 'queued',
      attempts: 0,
      notBefore: request.notBefore ?? now,
      createdAt: now,
      updatedAt: now,
    };
    // The person said STOP: the item is kept (so a broadcast can count it) but never sent.
    if (blockedByOptOut(store, request.memberId, request.message.kind)) Object.assign(item, { state: 'cancelled', reason: OPTED_OUT_REASON });
    store.put('outbox', item.id, item);
    this.byKey.set(key, item.id);
    if (item.message.editOf) this.noteEdit(item);
    this.notify(item, 'queued');
    if (this.running && item.state === 'queued') this.schedule(item);
    return item;
  }

  observe(listener: (item: OutboxItem, previous: OutboxItem['state']) => void): () => void {
    this.observers.add(listener);
    return () => this.observers.delete(listener);
  }

  private notify(item: OutboxItem, previous: OutboxItem['state']): void {
    this.options.onChange?.(item, previous);
    for (const listener of this.observers) {
      try {
        listener(item, previous);
      } catch (error) {
        this.options.logger.error({ err: error }, 'an outbox observer failed');
      }
    }
  }

  find(key: string): OutboxItem | undefined {
    const id = this.byKey.get(key);
    return id ? this.options.store.get('outbox', id) : undefined;
  }

  /** Moves items held for a chat (closed WhatsApp window) back to the queue: the user just wrote. */
  release(to: Address): void {
    this.releases.set(chatKey(to), (this.releases.get(chatKey(to)) ?? 0) + 1);
    const ids = this.held.get(chatKey(to));
    if (!ids) return;
    this.held.delete(chatKey(to));
    for (const id of ids) {
      const item = this.options.store.get('outbox', id);
      if (!item || item.state !== 'held') continue;
      this.setState(item, 'queued', { notBefore: this.options.clock.now() });
      this.schedule(item);
    }
  }

  /** Cancels queued or held items (e.g. a broadcast withdrawn). */
  cancel(id: string): boolean {
    const item = this.options.store.get('outbox', id);
    if (!item || !['queued', 'held'].includes(item.state)) return false;
    this.setState(item, 'cancelled');
    return true;
  }

  /** Starts sending. Items left `sending` by a crash are retried; `queued` ones are scheduled; `held` ones wait. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const items = this.options.store.values('outbox').filter((i) => i.state === 'queued' || i.state === 'sending' || i.state === 'held').sort((a, b) => a.createdAt - b.createdAt);
    for (const item of items) {
      if (item.state === 'sending') this.setState(item, 'queued');
      if (item.state === 'held') this.hold(item);
      else this.schedule(item);
    }
  }

  /** Stops picking new items and waits (up to `timeoutMs`) for sends in flight, so their outcome is recorded before the store closes. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.running = false;
    clearTimeout(this.waitTimer);
    for (const lane of this.lanes.values()) clearTimeout(lane.timer);
    if (this.inFlight.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  /** Re-checks waiting items now (after the clock jumped, or from the scheduler's tick). */
  tick(): void {
    if (!this.running) return;
    const now = this.options.clock.now();
    for (const id of [...this.waiting]) {
      const item = this.options.store.get('outbox', id);
      if (!item || item.state !== 'queued') {
        this.waiting.delete(id);
        if (item) this.endRetry(item);
        continue;
      }
      if (item.notBefore <= now) {
        this.waiting.delete(id);
        const retry = this.endRetry(item);
        this.toLane(item, retry);
      }
    }
    this.armWaitTimer();
    this.checkIdle();
  }

  /** Counts by state and the oldest queued item, for /outbox and metrics. */
  summary(): OutboxSummary {
    const counts: Record<OutboxItem['state'], number> = { queued: 0, sending: 0, sent: 0, failed: 0, held: 0, cancelled: 0 };
    let oldest: number | undefined;
    const failures: OutboxItem[] = [];
    for (const item of this.options.store.values('outbox')) {
      counts[item.state] += 1;
      if (item.state === 'queued' && (oldest === undefined || item.createdAt < oldest)) oldest = item.createdAt;
      if (item.state === 'failed') failures.push(item);
    }
    failures.sort((a, b) => b.updatedAt - a.updatedAt);
    return { counts, oldestQueuedAt: oldest, recentFailures: failures.slice(0, 5) };
  }

  prune(before: number): number {
    const { store } = this.options;
    let removed = 0;
    for (const item of store.values('outbox')) {
      if (!['sent', 'failed', 'cancelled'].includes(item.state) || item.updatedAt >= before) continue;
      store.delete('outbox', item.id);
      if (this.byKey.get(item.key) === item.id) this.byKey.delete(item.key);
      removed += 1;
    }
    return removed;
  }

  /**
   * Moves sent, failed and cancelled items last changed before `before` to the store's archive (history that start-up
   * does not load) and forgets their idempotency keys. Works in batches so the process keeps answering. Returns how many.
   */
  archive(before: number, batchSize = 2_000): Promise<number> {
    // One run at a time: two runs would both copy the same items into the archive.
    this.archiving ??= this.archiveFinished(before, batchSize).finally(() => (this.archiving = undefined));
    return this.archiving;
  }

  private async archiveFinished(before: number, batchSize: number): Promise<number> {
    const { store } = this.options;
    const finished = (item: OutboxItem) => (item.state === 'sent' || item.state === 'failed' || item.state === 'cancelled') && item.updatedAt < before;
    const ids = store.values('outbox').filter(finished).map((item) => item.id);
    let moved = 0;
    for (let start = 0; start < ids.length; start += batchSize) {
      const batch = ids.slice(start, start + batchSize);
      const keys = new Map(batch.map((id) => [id, store.get('outbox', id)?.key]));
      moved += await store.archive('outbox', batch, finished, (item) => item.updatedAt);
      for (const [id, key] of keys) if (key !== undefined && !store.get('outbox', id) && this.byKey.get(key) === id) this.byKey.delete(key);
    }
    return moved;
  }

  /** Resolves when nothing is ready to send or in flight (items waiting for a later time, or behind such an item, do not count). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.checkIdle();
    });
  }

  // ---- internals ----

  private isIdle(): boolean {
    const now = this.options.clock.now();
    for (const lane of this.lanes.values()) {
      if (lane.inFlight > 0) return false;
      // Items behind a retry that waits for a later time are not ready either.
      for (const id of [...lane.interactive, ...lane.bulk]) {
        const item = this.options.store.get('outbox', id);
        if (item && item.state === 'queued' && !(lane.chats.get(chatKey(item.to))?.retrying ?? 0)) return false;
      }
    }
    for (const id of this.waiting) {
      const item = this.options.store.get('outbox', id);
      if (item && item.state === 'queued' && item.notBefore <= now) return false;
    }
    return true;
  }

  private checkIdle(): void {
    if (this.idleWaiters.length === 0 || !this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private schedule(item: OutboxItem): void {
    const now = this.options.clock.now();
    const quiet = this.quietEnd(item, now);
    if (quiet !== undefined && quiet > item.notBefore) this.change(item, { notBefore: quiet });
    if (item.notBefore > now) {
      this.waiting.add(item.id);
      this.armWaitTimer();
      return;
    }
    this.toLane(item);
  }

  private quietEnd(item: OutboxItem, now: number): number | undefined {
    if (item.urgent || !item.memberId) return undefined;
    const member = this.options.store.get('members', item.memberId);
    if (!member) return undefined;
    return quietUntil(Math.max(now, item.notBefore), member.timeZone || this.options.timeZone, member.quietHours ?? DEFAULT_QUIET_HOURS);
  }

  /** Puts an item in its lane; a retried item goes to the head, before later items of its chat. */
  private toLane(item: OutboxItem, front = false): void {
    const lane = this.lanes.get(item.to.channel);
    if (!lane) {
      this.setState(item, 'failed', { reason: `no channel "${item.to.channel}" is configured` });
      return;
    }
    const queue = item.priority === 'interactive' ? lane.interactive : lane.bulk;
    if (front) queue.unshift(item.id);
    else queue.push(item.id);
    this.pump(lane);
  }

  /** Ends an item's retry wait (if it had one), unblocking its chat. Returns whether it was a retry. */
  private endRetry(item: OutboxItem): boolean {
    if (!this.retrying.delete(item.id)) return false;
    const lane = this.lanes.get(item.to.channel);
    const chat = lane?.chats.get(chatKey(item.to));
    if (chat) chat.retrying = Math.max(0, chat.retrying - 1);
    return true;
  }

  private armWaitTimer(): void {
    clearTimeout(this.waitTimer);
    if (!this.running || this.waiting.size === 0) return;
    let next = Infinity;
    for (const id of this.waiting) {
      const item = this.options.store.get('outbox', id);
      if (item) next = Math.min(next, item.notBefore);
    }
    const delay = Math.min(Math.max(0, next - this.options.clock.now()), 60_000);
    this.waitTimer = setTimeout(() => this.tick(), delay);
    this.waitTimer.unref();
  }

  private chatState(lane: Lane, to: Address) {
    const key = chatKey(to);
    let state = lane.chats.get(key);
    if (!state) {
      const now = this.monotonic();
      const { limits } = lane.adapter;
      const isGroup = to.chatId.startsWith('-');
      state = {
        bucket: new TokenBucket(limits.perChatBurst, limits.perChatPerSecond, now),
        // A burst of at most 5, refilled so that a burst plus a minute's refill stays within the limit in ANY 60 s.
        group: isGroup && limits.perGroupPerMinute ? groupBucket(limits.perGroupPerMinute, now) : undefined,
        busy: false,
        pausedUntil: 0,
        retrying: 0,
      };
      lane.chats.set(key, state);
    }
    return state;
  }

  /** Sends as many items as the limits allow now, interactive first; arms a timer for the rest. */
  private pump(lane: Lane): void {
    // A store that can no longer write (disk full, read-only) cannot record a send: nothing leaves until a restart.
    if (!this.running || !this.options.store.health().writable) return;
    clearTimeout(lane.timer);
    lane.timer = undefined;
    let soonest = Infinity;
    const blockedChats = new Set<string>();
    for (const queue of [lane.interactive, lane.bulk]) {
      for (let index = 0; index < queue.length; ) {
        if (lane.inFlight >= lane.adapter.limits.concurrency) return;
        const now = this.monotonic();
        const globalWait = lane.global.waitMs(now);
        if (globalWait > 0) {
          soonest = Math.min(soonest, globalWait);
          index = queue.length;
          break;
        }
        const id = queue[index]!;
        const item = this.options.store.get('outbox', id);
        if (!item || item.state !== 'queued') {
          queue.splice(index, 1);
          continue;
        }
        const key = chatKey(item.to);
        const chat = this.chatState(lane, item.to);
        // Keep order within a chat: once a chat must wait, its later items wait too.
        if (blockedChats.has(key) || chat.busy || chat.retrying > 0) {
          blockedChats.add(key);
          index += 1;
          continue;
        }
        const wait = Math.max(chat.pausedUntil - now, chat.bucket.waitMs(now), chat.group?.waitMs(now) ?? 0);
        if (wait > 0) {
          blockedChats.add(key);
          soonest = Math.min(soonest, wait);
          index += 1;
          continue;
        }
        queue.splice(index, 1);
        lane.global.take(now);
        chat.bucket.take(now);
        chat.group?.take(now);
        chat.busy = true;
        lane.inFlight += 1;
        const sending = this.sendOne(lane, item)
          .catch((error: unknown) => this.options.logger.error({ error: error instanceof Error ? error.name : 'unknown' }, 'an outbox item could not be updated; it stays as it is on disk'))
          .finally(() => {
          chat.busy = false;
          lane.inFlight -= 1;
          this.inFlight.delete(sending);
          this.pump(lane);
          this.checkIdle();
        });
        this.inFlight.add(sending);
      }
    }
    if (soonest !== Infinity) {
      lane.timer = setTimeout(() => this.pump(lane), soonest);
      lane.timer.unref();
    }
    this.checkIdle();
  }

  private async sendOne(lane: Lane, item: OutboxItem): Promise<void> {
    const { store, logger } = this.options;
    let releasesBefore = 0;
    try {
      // The item must be on disk before it leaves: otherwise a crash could lose or repeat it unnoticed.
      await store.committed();
      if (item.state !== 'queued' || !this.running) return; // cancelled meanwhile, or stopping: it stays queued on disk
      if (blockedByOptOut(store, item.memberId, item.message.kind)) {
        this.setState(item, 'cancelled', { reason: OPTED_OUT_REASON }); // STOP arrived after it was queued
        return;
      }
      if (item.message.editOf) {
        // Edits of one message keep a second apart (a burst of votes or progress is one edit a second at most).
        const wait = EDIT_SPACING_MS - (this.monotonic() - (this.lastEditAt.get(item.message.editOf) ?? -Infinity));
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (item.state !== 'queued' || !this.running) return;
      }
      const edit = this.resolveEdit(item);
      if (edit === 'superseded') {
        this.setState(item, 'cancelled', { reason: 'a newer edit of the same message replaced this one' });
        return;
      }
      this.setState(item, 'sending', { attempts: item.attempts + 1 });
      releasesBefore = this.releases.get(chatKey(item.to)) ?? 0;
      const message = await this.fetchRemoteFile(lane, item.message);
      const result = await lane.adapter.send(item.to, message, item, edit?.platformId ? { editPlatformId: edit.platformId } : {});
      this.setState(item, 'sent', { platformId: result.platformId, reason: undefined, sentAt: this.options.clock.now() });
      if (edit) {
        this.lastEditAt.set(item.message.editOf!, this.monotonic());
        this.editSent(item, edit.target, result.platformId);
      }
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError('transient', error instanceof Error ? error.message : String(error));
      const now = this.options.clock.now();
      if (failure.failure === 'rate_limited') {
        const chat = this.chatState(lane, item.to);
        const pause = failure.retryAfterMs ?? 1_000;
        chat.pausedUntil = this.monotonic() + pause;
        this.setState(item, 'queued', { attempts: Math.max(0, item.attempts - 1), reason: failure.reason });
        (item.priority === 'interactive' ? lane.interactive : lane.bulk).unshift(item.id);
        logger.warn({ channel: lane.adapter.name, retryAfterMs: pause }, 'platform asked to slow down; this chat waits');
      } else if (failure.failure === 'window_closed' && (this.releases.get(chatKey(item.to)) ?? 0) !== releasesBefore) {
        // The person wrote while this was being sent: the window is open again, so try again now instead of holding.
        this.setState(item, 'queued', { notBefore: now, reason: failure.reason });
        this.toLane(item, true);
      } else if (failure.failure === 'window_closed') {
        this.setState(item, 'held', { reason: failure.reason });
        this.hold(item);
      } else if (failure.failure === 'permanent' || item.attempts >= MAX_ATTEMPTS) {
        this.setState(item, 'failed', { reason: failure.reason });
        logger.warn({ channel: lane.adapter.name, item: item.id, reason: failure.reason }, 'message failed for good');
      } else {
        const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (item.attempts - 1)) * (0.5 + this.random());
        this.setState(item, 'queued', { notBefore: now + backoff, reason: failure.reason });
        // Later items of this chat wait for this one, so the order within the chat holds.
        this.retrying.add(item.id);
        this.chatState(lane, item.to).retrying += 1;
        this.waiting.add(item.id);
        this.armWaitTimer();
      }
    }
  }

  /**
   * A relayed file is fetched from the platform it came from just before it is sent, and kept only in memory for this
   * send: the store never holds its bytes. Too large for either side ⇒ a permanent failure that names the limit.
   */
  private async fetchRemoteFile(lane: Lane, message: OutboxItem['message']): Promise<OutboxItem['message']> {
    const remote = message.attachment?.remote;
    if (!message.attachment || !remote) return message;
    const source = this.lanes.get(remote.channel)?.adapter;
    if (!source?.download) throw new DeliveryError('permanent', `files from ${remote.channel} cannot be fetched`);
    const limit = Math.min(lane.adapter.maxUploadBytes?.[message.attachment.kind] ?? Infinity, source.maxDownloadBytes ?? Infinity);
    if (remote.size !== undefined && remote.size > limit) throw new DeliveryError('permanent', `file too large: ${remote.size} bytes, the limit is ${limit}`);
    let file: { bytes: Buffer; mimeType?: string };
    try {
      file = await source.download(remote.fileId);
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      throw new DeliveryError('transient', `fetching the file from ${remote.channel} failed: ${error instanceof Error ? error.name : 'error'}`);
    }
    if (file.bytes.length > limit) throw new DeliveryError('permanent', `file too large: ${file.bytes.length} bytes, the limit is ${limit}`);
    const { remote: _fetched, ...attachment } = message.attachment;
    return { ...message, attachment: { ...attachment, mimeType: attachment.mimeType || file.mimeType || 'application/octet-stream', data: file.bytes.toString('base64') } };
  }

  /**
   * For an item that edits an earlier message: skip it when a newer edit is queued; otherwise the platform id to edit.
   * Without one (the original failed or was never sent) the edit goes out as a new message and becomes the one to edit.
   */
  private resolveEdit(item: OutboxItem): 'superseded' | { target?: OutboxItem; platformId?: string } | undefined {
    const key = item.message.editOf;
    if (!key) return undefined;
    if (this.latestEdit.get(key) !== item.id && this.latestEdit.has(key)) return 'superseded';
    const targetId = this.byKey.get(key);
    const target = targetId ? this.options.store.get('outbox', targetId) : undefined;
    return { target, platformId: target?.platformId };
  }

  private editSent(item: OutboxItem, target: OutboxItem | undefined, platformId: string | undefined): void {
    const key = item.message.editOf!;
    if (this.latestEdit.get(key) === item.id) this.latestEdit.delete(key);
    // Sent as a new message (channel cannot edit, or the original never went out): later edits change this one.
    if (target && platformId && target.platformId !== platformId) this.change(target, { platformId, updatedAt: this.options.clock.now() });
    // A message still being edited stays in the live store (the archive keeps what is finished a day after its last change).
    else if (target) this.change(target, { updatedAt: this.options.clock.now() });
  }

  private hold(item: OutboxItem): void {
    const key = chatKey(item.to);
    let set = this.held.get(key);
    if (!set) this.held.set(key, (set = new Set()));
    set.add(item.id);
  }

  private setState(item: OutboxItem, state: OutboxItem['state'], changes: Partial<OutboxItem> = {}): void {
    const previous = item.state;
    this.change(item, { ...changes, state, updatedAt: this.options.clock.now() });
    this.notify(item, previous);
  }

  /**
   * Journals only the changed fields (an item's text is not written again on every state change). State changes are
   * committed "soon" (Store.patch): nobody waits for them, and under load they join the commits of incoming updates.
   * Should the process die before, the item is still "queued" or "sending" on disk and is sent again after the restart,
   * as it would be had it died during the send itself.
   */
  private change(item: OutboxItem, changes: Partial<OutboxItem>): void {
    const { store } = this.options;
    if (store.get('outbox', item.id) === item) {
      store.patch('outbox', item.id, changes, { soon: true });
      return;
    }
    // Not the stored object (or no longer stored): store it whole, as before.
    Object.assign(item, changes);
    for (const [field, value] of Object.entries(changes)) if (value === undefined) delete (item as unknown as Record<string, unknown>)[field];
    store.put('outbox', item.id, item);
  }
}

/** A token bucket that never lets more than `perMinute` messages through in any 60 seconds (burst + refill ≤ limit). */
function groupBucket(perMinute: number, now: number): TokenBucket {
  const burst = Math.max(1, Math.min(5, Math.floor(perMinute / 4)));
  return new TokenBucket(burst, (perMinute - burst) / 60, now);
}
