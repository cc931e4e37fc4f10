// The in-process channel: the playground and the tests talk to the real core through it, with no platform in between.
import { EventEmitter } from 'node:events';
import type { CommandStyle } from '../../core/turn.js';
import type { Address, Choice, Inbound, Outbound } from '../../core/types.js';
import type { OutboxItem } from '../../store/schema.js';
import type { ChannelAdapter, LaneLimits, SendResult } from '../channel.js';

/** One line of a local chat, as a person (or the bot) wrote it. */
export interface LocalMessage {
  id: number;
  chatId: string;
  direction: 'in' | 'out';
  /** Sender id for inbound lines. */
  userId?: string;
  text: string;
  choices?: Choice[];
  multiple?: boolean;
  askToken?: string;
  kind?: Outbound['kind'];
  at: number;
}

/** Who is writing from where: a local persona in a 1:1 chat or a group chat. */
export interface LocalSender {
  chatId: string;
  userId: string;
  chatType?: 'private' | 'group';
  displayName?: string;
  languageCode?: string;
}

const HISTORY_LIMIT = 500;

export class LocalChannel implements ChannelAdapter {
  readonly name = 'local' as const;
  readonly limits: LaneLimits = { globalPerSecond: 10_000, perChatPerSecond: 10_000, perChatBurst: 10_000, concurrency: 8 };
  /** Emits `message` with each LocalMessage (in and out). */
  readonly events = new EventEmitter();
  private readonly chats = new Map<string, LocalMessage[]>();
  private readonly styles = new Map<string, CommandStyle>();
  private handler?: (inbound: Inbound) => Promise<void>;
  private nextId = 1;
  private counter = 0;

  constructor(private readonly now: () => number = Date.now) {
    this.events.setMaxListeners(100);
  }

  /** Connects the channel to the router. */
  attach(handler: (inbound: Inbound) => Promise<void>): void {
    this.handler = handler;
  }

  /** A chat imitating WhatsApp uses keywords instead of slash commands. */
  setCommandStyle(chatId: string, style: CommandStyle): void {
    this.styles.set(chatId, style);
  }

  commandStyle(address: Address): CommandStyle {
    return this.styles.get(address.chatId) ?? 'slash';
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /** A person types a message; resolves when its effects are committed. */
  say(sender: LocalSender, text: string): Promise<void> {
    this.record({ chatId: sender.chatId, direction: 'in', userId: sender.userId, text });
    return this.deliver({ ...this.base(sender), text });
  }

  /** A person presses a button of the last question in this chat (or one with the given token). */
  press(sender: LocalSender, choiceId: string, token?: string): Promise<void> {
    const question = [...(this.chats.get(sender.chatId) ?? [])].reverse().find((m) => m.direction === 'out' && m.choices && (token === undefined || m.askToken === token));
    const label = question?.choices?.find((c) => c.id === choiceId)?.label ?? choiceId;
    this.record({ chatId: sender.chatId, direction: 'in', userId: sender.userId, text: label });
    return this.deliver({ ...this.base(sender), choice: { id: choiceId, token: token ?? question?.askToken } });
  }

  /** Sends something the bot cannot read (voice note, photo). */
  sendUnsupported(sender: LocalSender, kind: NonNullable<Inbound['unsupported']>): Promise<void> {
    this.record({ chatId: sender.chatId, direction: 'in', userId: sender.userId, text: `[${kind}]` });
    return this.deliver({ ...this.base(sender), unsupported: kind });
  }

  async send(to: Address, message: Outbound, _item: OutboxItem): Promise<SendResult> {
    const line = this.record({ chatId: to.chatId, direction: 'out', text: message.text, choices: message.choices, multiple: message.multiple, askToken: message.askToken, kind: message.kind });
    return { platformId: `local:${line.id}` };
  }

  /** The lines of a chat, oldest first. */
  transcript(chatId: string): LocalMessage[] {
    return [...(this.chats.get(chatId) ?? [])];
  }

  /** Bot messages of a chat after the given message id. */
  repliesSince(chatId: string, afterId = 0): LocalMessage[] {
    return this.transcript(chatId).filter((m) => m.direction === 'out' && m.id > afterId);
  }

  lastId(): number {
    return this.nextId - 1;
  }

  clear(chatId?: string): void {
    if (chatId) this.chats.delete(chatId);
    else this.chats.clear();
  }

  private base(sender: LocalSender): Inbound {
    this.counter += 1;
    return {
      channel: 'local',
      chatId: sender.chatId,
      chatType: sender.chatType ?? 'private',
      userId: sender.userId,
      displayName: sender.displayName,
      languageCode: sender.languageCode,
      dedupKey: `local:${this.now()}:${this.counter}:${Math.random().toString(36).slice(2, 8)}`,
    };
  }

  private deliver(inbound: Inbound): Promise<void> {
    if (!this.handler) return Promise.reject(new Error('The local channel is not attached to a router yet.'));
    return this.handler(inbound);
  }

  private record(line: Omit<LocalMessage, 'id' | 'at'>): LocalMessage {
    const message: LocalMessage = { ...line, id: this.nextId++, at: this.now() };
    let list = this.chats.get(line.chatId);
    if (!list) this.chats.set(line.chatId, (list = []));
    list.push(message);
    if (list.length > HISTORY_LIMIT) list.splice(0, list.length - HISTORY_LIMIT);
    this.events.emit('message', message);
    return message;
  }
}
