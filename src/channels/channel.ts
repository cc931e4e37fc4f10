// What every channel adapter (telegram, whatsapp, local) offers the core, and how it reports failed sends.
import type { CommandStyle } from '../core/turn.js';
import type { Address, ChannelName, Outbound } from '../core/types.js';
import type { OutboxItem } from '../store/schema.js';

/** Published platform limits the delivery lane of a channel keeps to. */
export interface LaneLimits {
  /** Messages per second over the whole channel. */
  globalPerSecond: number;
  /** Messages per second to one chat (with `perChatBurst` allowed at once). */
  perChatPerSecond: number;
  perChatBurst: number;
  /** Extra limit for group chats: messages per minute. */
  perGroupPerMinute?: number;
  /** Sends in flight at once. */
  concurrency: number;
}

export interface SendResult {
  /** The platform's id for the message (for delivery statuses). */
  platformId?: string;
}

/** What the outbox worked out for one send. */
export interface SendOptions {
  /** The message carries `editOf`: the platform id of the message to edit in place (adapters that cannot edit send a new message). */
  editPlatformId?: string;
}

/** A platform adapter. `send` throws DeliveryError to say what kind of failure happened. */
export interface ChannelAdapter {
  readonly name: ChannelName;
  readonly limits: LaneLimits;
  commandStyle(address: Address): CommandStyle;
  send(to: Address, message: Outbound, item: OutboxItem, options?: SendOptions): Promise<SendResult>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export type DeliveryFailure =
  /** Try again later (network, 5xx). */
  | 'transient'
  /** Slow down: the platform said so (Telegram 429, WhatsApp 130429/131056). */
  | 'rate_limited'
  /** Never works for this message (400 validation, 131026 undeliverable, blocked by the user). */
  | 'permanent'
  /** WhatsApp: outside the 24-hour window and no template for this kind: hold until the user writes. */
  | 'window_closed';

/** A failed send, classified so the outbox knows whether to retry, slow down, hold or give up. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    readonly failure: DeliveryFailure,
    readonly reason: string,
    readonly retryAfterMs?: number,
  ) {
    super(`Sending failed (${failure}): ${reason}`);
  }
}
