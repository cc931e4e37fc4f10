// A channel that accepts every message instantly: isolates the core's own cost in in-process benchmarks.
import type { ChannelAdapter, LaneLimits, SendResult } from '../../src/channels/channel.js';
import type { CommandStyle } from '../../src/core/turn.js';
import type { ChannelName } from '../../src/core/types.js';

export function sinkChannel(name: ChannelName, style: CommandStyle = 'slash'): ChannelAdapter & { sent: number } {
  const limits: LaneLimits = { globalPerSecond: 1e9, perChatPerSecond: 1e9, perChatBurst: 1e9, concurrency: 64 };
  const channel = {
    name,
    limits,
    sent: 0,
    commandStyle: () => style,
    async send(): Promise<SendResult> {
      channel.sent += 1;
      return {};
    },
    async start() {},
    async stop() {},
  };
  return channel;
}
