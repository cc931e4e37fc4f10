// The in-process channel: the playground and the tests talk to the real core through it, with no platform in between.
import { EventEmitter } from 'node:events';
import { readFileSync, rmSync } from 'node:fs';
import type { CommandStyle } from '../../core/turn.js';
import type { Address, Choice, Inbound, Outbound } from '../../core/types.js';
import type { OutboxItem } from '../../store/schema.js';
import type { ChannelAdapter, LaneLimits, SendOptions, SendResult } from '../channel.js';

/** A file the bot sent in a local chat; `url` downloads it from the playground. */
export interface LocalAttachment {
  kind: 'document' | 'image' | 'audio' | 'video';
  filename: string;
  mimeType: string;
  size: number;
  url: string;
}

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
  /** A file sent with the message (download it from `url`). */
  attachment?: LocalAttachment;
  /** The id of the line this one replies to. */
  replyTo?: number;
  /** True once the bot changed this line in place (live counts, progress). */
  edited?: boolean;
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
/** Files kept for download (oldest dropped first). */
const FILES_LIMIT = 100;

export class LocalChannel implements ChannelAdapter {
  readonly name = 'local' as const;
  readonly limits: LaneLimits = { globalPerSecond: 10_000, perChatPerSecond: 10_000, perChatBurst: 10_000, concurrency: 8 };
  /** Emits `message` with each LocalMessage (in and out). */
  readonly events = new EventEmitter();
  private readonly chats = new Map<string, LocalMessage[]>();
  private readonly styles = new Map<string, CommandStyle>();
  private readonly files = new Map<number, { bytes: Buffer; filename: string; mimeType: string }>();
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

  /** A person types a message (optionally as a reply to an earlier line); resolves when its effects are committed. */
  say(sender: LocalSender, text: string, options: { replyTo?: number } = {}): Promise<void> {
    const line = this.record({ chatId: sender.chatId, direction: 'in', userId: sender.userId, text, ...(options.replyTo ? { replyTo: options.replyTo } : {}) });
    return this.deliver({ ...this.base(sender), text, messageId: `local:${line.id}`, ...(options.replyTo ? { replyTo: `local:${options.replyTo}` } : {}) });
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

  async send(to: Address, message: Outbound, _item: OutboxItem, options: SendOptions = {}): Promise<SendResult> {
    const edited = options.editPlatformId ? this.edit(to.chatId, options.editPlatformId, message) : undefined;
    if (edited) return { platformId: `local:${edited.id}` };
    const attachment = message.attachment ? this.keepFile(message.attachment) : undefined;
    const replyTo = message.replyTo?.startsWith('local:') ? Number(message.replyTo.slice('local:'.length)) : undefined;
    const line = this.record({
      chatId: to.chatId,
      direction: 'out',
      text: message.text,
      choices: message.choices,
      multiple: message.multiple,
      askToken: message.askToken,
      kind: message.kind,
      ...(attachment ? { attachment: attachment.view } : {}),
      ...(replyTo ? { replyTo } : {}),
    });
    if (attachment) {
      this.files.set(line.id, attachment.file);
      line.attachment!.url = `/playground/api/files/${line.id}`;
      for (const id of this.files.keys()) if (this.files.size > FILES_LIMIT) this.files.delete(id);
    }
    return { platformId: `local:${line.id}` };
  }

  /** A file the bot sent, by the id of its line (for the playground's download link and tests). */
  file(lineId: number): { bytes: Buffer; filename: string; mimeType: string } | undefined {
    return this.files.get(lineId);
  }

  /** Changes a line in place (same id); emits `message` again with the new content. Undefined when the line is gone. */
  private edit(chatId: string, platformId: string, message: Outbound): LocalMessage | undefined {
    const id = Number(platformId.replace(/^local:/, ''));
    const line = this.chats.get(chatId)?.find((m) => m.id === id && m.direction === 'out');
    if (!line) return undefined;
    Object.assign(line, { text: message.text, choices: message.choices, multiple: message.multiple, askToken: message.askToken, edited: true });
    this.events.emit('message', line);
    return line;
  }

  /** Reads an attachment's bytes (from base64, or from its file, which is then removed). */
  private keepFile(attachment: NonNullable<Outbound['attachment']>): { view: LocalAttachment; file: { bytes: Buffer; filename: string; mimeType: string } } {
    const bytes = attachment.data !== undefined ? Buffer.from(attachment.data, 'base64') : attachment.file ? readFileSync(attachment.file) : Buffer.alloc(0);
    if (attachment.file) rmSync(attachment.file, { force: true });
    return {
      view: { kind: attachment.kind, filename: attachment.filename, mimeType: attachment.mimeType, size: bytes.length, url: '' },
      file: { bytes, filename: attachment.filename, mimeType: attachment.mimeType },
    };
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
    else {
      this.chats.clear();
      this.files.clear();
    }
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
