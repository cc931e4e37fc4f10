// A stand-in for a chat platform in delivery tests: records what arrives when, and fails the way a platform would when told to.
import type { ChannelAdapter, LaneLimits, SendResult } from '../../src/channels/channel.js';
import { DeliveryError } from '../../src/channels/channel.js';
import type { CommandStyle } from '../../src/core/turn.js';
import type { Address, Outbound } from '../../src/core/types.js';
import type { OutboxItem } from '../../src/store/schema.js';

export interface Delivered {
  chatId: string;
  text: string;
  key: string;
  at: number;
}

/** Plays the platform: `rules` decide per message whether it goes through or which error comes back. */
export class ScriptedChannel implements ChannelAdapter {
  readonly name = 'telegram' as const;
  readonly delivered: Delivered[] = [];
  readonly attempts: Array<{ chatId: string; at: number }> = [];
  /** Returns an error to throw for this message, or undefined to deliver it. */
  rule?: (to: Address, message: Outbound, item: OutboxItem) => DeliveryError | undefined;
  /** Simulated platform latency per send, ms. */
  latencyMs = 0;

  constructor(
    readonly limits: LaneLimits = { globalPerSecond: 1000, perChatPerSecond: 1000, perChatBurst: 1000, concurrency: 4 },
    private readonly now: () => number = () => performance.now(),
  ) {}

  commandStyle(_address: Address): CommandStyle {
    return 'slash';
  }
  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async send(to: Address, message: Outbound, item: OutboxItem): Promise<SendResult> {
    this.attempts.push({ chatId: to.chatId, at: this.now() });
    if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const error = this.rule?.(to, message, item);
    if (error) throw error;
    this.delivered.push({ chatId: to.chatId, text: message.text, key: item.key, at: this.now() });
    return { platformId: String(this.delivered.length) };
  }
}

export { DeliveryError };
