// The Telegram channel adapter: sends rendered messages through the Bot API and receives updates by long polling or webhook.
import { rmSync } from 'node:fs';
import { GrammyError, InputFile, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { ChannelContext } from '../../app.js';
import type { TelegramConfig } from '../../config.js';
import type { Logger } from '../../core/logger.js';
import type { CommandStyle } from '../../core/turn.js';
import type { Address, Outbound } from '../../core/types.js';
import { SOURCE_LOCALE } from '../../i18n/i18n.js';
import type { OutboxItem } from '../../store/schema.js';
import { DeliveryError, type ChannelAdapter, type LaneLimits, type SendOptions, type SendResult } from '../channel.js';
import { Dispatcher } from './dispatch.js';
import { classifySendError, describeError } from './errors.js';
import { planMenus, registerMenus, type CoordinatorChat } from './menus.js';
import { Poller } from './polling.js';
import { renderMessage, type RenderedPart } from './render.js';
import { Sequencer } from './sequencer.js';
import { orderKey, type BotIdentity } from './updates.js';
import { WEBHOOK_PATH, webhookHandler } from './webhook.js';
import { telegramInviteLink } from './links.js';

/** The update kinds welkom reads; Telegram does not even send the others. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;
const GET_ME_ATTEMPTS = 3;
/** Telegram's limit for a caption under a file (after HTML parsing). */
export const MAX_CAPTION_CHARS = 1024;

/** One Bot API call of a message: a text part, or a file (with its caption and buttons when the text fits). */
type SendStep = { type: 'text'; part: RenderedPart } | { type: 'file'; attachment: NonNullable<Outbound['attachment']>; caption?: RenderedPart };

export class TelegramAdapter implements ChannelAdapter {
  readonly name = 'telegram' as const;
  /** Telegram's published limits: ≈30 messages/s overall, ≈1/s per chat (short bursts are fine), 20/min per group. */
  readonly limits: LaneLimits = { globalPerSecond: 30, perChatPerSecond: 1, perChatBurst: 3, perGroupPerMinute: 20, concurrency: 8 };
  private readonly logger: Logger;
  private readonly sequencer = new Sequencer();
  private readonly dispatcher: Dispatcher;
  private identity?: BotIdentity;
  private poller?: Poller;
  private open = false;
  private menus?: Promise<void>;
  private readonly stopping = new AbortController();
  /** Parts of a long message already sent, per outbox item, so a retry does not send them twice. */
  private readonly progress = new Map<string, number>();

  constructor(
    private readonly config: TelegramConfig,
    private readonly context: ChannelContext,
    private readonly bot: Bot,
  ) {
    this.logger = context.services.logger.child({ channel: 'telegram' });
    this.dispatcher = new Dispatcher({ context, api: bot.api, bot: () => this.me(), logger: this.logger });
    if (config.mode === 'webhook') {
      context.http.route('POST', WEBHOOK_PATH, webhookHandler({ secret: config.webhookSecret, accept: (update) => this.accept(update), isOpen: () => this.open, logger: this.logger }));
    }
  }

  commandStyle(_address: Address): CommandStyle {
    return 'slash';
  }

  /** getMe, invite links, command menus (in the background), then polling or the webhook. */
  async start(): Promise<void> {
    await this.init();
    const { username } = this.me();
    this.context.services.links.register('telegram', (code) => telegramInviteLink(username, code));
    this.menus = this.registerMenus();
    if (this.config.mode === 'webhook') {
      if (this.config.webhookUrl) {
        await this.bot.api.setWebhook(this.config.webhookUrl, { secret_token: this.config.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
        this.logger.info('Telegram webhook registered');
      } else {
        this.logger.warn('TELEGRAM_WEBHOOK_URL is not set: welkom assumes the webhook was registered elsewhere (see docs/telegram.md)');
      }
      this.open = true;
      this.logger.info({ mode: 'webhook' }, 'Telegram channel started');
      return;
    }
    // A webhook left from an earlier setup would make getUpdates fail with 409.
    await this.bot.api.deleteWebhook({ drop_pending_updates: false });
    this.poller = new Poller({ api: this.bot.api, dispatch: (update) => this.dispatcher.dispatch(update), sequencer: this.sequencer, logger: this.logger, allowedUpdates: ALLOWED_UPDATES });
    this.poller.start();
    this.logger.info({ mode: 'polling' }, 'Telegram channel started');
  }

  /** Stops receiving, then waits for updates in hand (and their callback answers) and the menu registration. */
  async stop(): Promise<void> {
    this.open = false;
    this.stopping.abort();
    await this.poller?.stop();
    await this.sequencer.idle();
    await this.dispatcher.idle();
    await this.menus;
  }

  async send(to: Address, message: Outbound, item: OutboxItem, options: SendOptions = {}): Promise<SendResult> {
    if (options.editPlatformId) {
      const edited = await this.editInPlace(to, message, options.editPlatformId);
      if (edited) return edited;
    }
    const steps = planSteps(message);
    let target = to;
    let lastId: number | undefined;
    try {
      for (let index = this.progress.get(item.id) ?? 0; index < steps.length; index += 1) {
        // Only the first call answers the replied-to message; the rest follow it.
        const replyTo = index === 0 && message.replyTo ? Number(message.replyTo) : undefined;
        const sent = await this.sendStep(target, steps[index]!, replyTo);
        target = sent.to;
        lastId = sent.messageId;
        this.progress.set(item.id, index + 1);
      }
    } catch (error) {
      if (!(error instanceof DeliveryError) || error.failure === 'permanent') {
        this.progress.delete(item.id);
        if (message.attachment?.file) rmSync(message.attachment.file, { force: true });
      }
      throw error;
    }
    this.progress.delete(item.id);
    if (message.attachment?.file) rmSync(message.attachment.file, { force: true });
    return lastId === undefined ? {} : { platformId: String(lastId) };
  }

  /**
   * Changes an earlier message's text and buttons (live counts, a progress bar). "Not modified" counts as done; a
   * message that is gone, too old or too long to edit returns undefined and is sent anew.
   */
  private async editInPlace(to: Address, message: Outbound, platformId: string): Promise<SendResult | undefined> {
    const parts = renderMessage(message);
    const messageId = Number(platformId);
    if (parts.length !== 1 || message.attachment || !Number.isSafeInteger(messageId)) return undefined;
    const part = parts[0]!;
    try {
      await this.bot.api.editMessageText(to.chatId, messageId, part.html, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(part.keyboard ? { reply_markup: part.keyboard } : {}),
      });
      return { platformId };
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 400) {
        if (/not modified/i.test(error.description)) return { platformId };
        if (/message to edit not found|message can't be edited|MESSAGE_ID_INVALID/i.test(error.description)) return undefined;
      }
      const failure = classifySendError(error);
      if (failure.kind === 'failed' || failure.kind === 'gone') throw failure.error;
      return undefined; // the chat migrated or the topic is gone: send it anew

    }
  }

  private async sendStep(to: Address, step: SendStep, replyTo: number | undefined): Promise<{ to: Address; messageId: number }> {
    if (step.type === 'text') return this.sendPart(to, step.part, false, replyTo);
    return this.sendFile(to, step.attachment, step.caption, replyTo);
  }

  /** Sends a file with the method that suits it (photo, voice note, audio, video or document). */
  private async sendFile(to: Address, attachment: NonNullable<Outbound['attachment']>, caption: RenderedPart | undefined, replyTo: number | undefined): Promise<{ to: Address; messageId: number }> {
    const file = attachment.data !== undefined ? new InputFile(Buffer.from(attachment.data, 'base64'), attachment.filename) : new InputFile(attachment.file ?? '', attachment.filename);
    const extra = {
      ...(caption ? { caption: caption.html, parse_mode: 'HTML' as const } : {}),
      ...(caption?.keyboard ? { reply_markup: caption.keyboard } : {}),
      ...(to.threadId ? { message_thread_id: to.threadId } : {}),
      ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    };
    try {
      const api = this.bot.api;
      const sent =
        attachment.kind === 'image'
          ? await api.sendPhoto(to.chatId, file, extra)
          : attachment.kind === 'video'
            ? await api.sendVideo(to.chatId, file, extra)
            : attachment.kind === 'audio' && /ogg|opus/i.test(attachment.mimeType)
              ? await api.sendVoice(to.chatId, file, extra)
              : attachment.kind === 'audio'
                ? await api.sendAudio(to.chatId, file, extra)
                : await api.sendDocument(to.chatId, file, extra);
      return { to, messageId: sent.message_id };
    } catch (error) {
      const failure = classifySendError(error);
      if (failure.kind === 'failed' || failure.kind === 'gone') throw failure.error;
      throw new DeliveryError('transient', 'telegram: the chat changed while sending a file; trying again');
    }
  }

  /** Sends one part; follows a group's migration to a supergroup and a deleted forum topic once, then gives up. */
  private async sendPart(to: Address, part: RenderedPart, retried = false, replyTo?: number): Promise<{ to: Address; messageId: number }> {
    try {
      const sent = await this.bot.api.sendMessage(to.chatId, part.html, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(part.keyboard ? { reply_markup: part.keyboard } : {}),
        ...(to.threadId ? { message_thread_id: to.threadId } : {}),
        ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
      });
      return { to, messageId: sent.message_id };
    } catch (error) {
      const failure = classifySendError(error);
      if (failure.kind === 'migrated') {
        if (retried) throw new DeliveryError('permanent', 'telegram: the chat migrated twice in a row');
        const next: Address = { channel: 'telegram', chatId: failure.toChatId, ...(to.threadId ? { threadId: to.threadId } : {}) };
        await this.context.handleEvent({ type: 'chat.migrated', from: { channel: 'telegram', chatId: to.chatId }, to: { channel: 'telegram', chatId: failure.toChatId } });
        return this.sendPart(next, part, true, replyTo);
      }
      if (failure.kind === 'thread_gone') {
        if (retried || !to.threadId) throw new DeliveryError('permanent', 'telegram: message thread not found');
        return this.sendPart({ channel: 'telegram', chatId: to.chatId }, part, true, replyTo);
      }
      if (failure.kind === 'gone') {
        // Group chats have negative ids: there it is the bot that is out; in a private chat the person blocked it.
        const reason = !to.chatId.startsWith('-') ? 'blocked' : failure.reason === 'left' ? 'left' : 'kicked';
        this.logger.warn({ reason }, 'a Telegram chat cannot be reached any more; it is marked so');
        await this.context.handleEvent({ type: 'chat.removed', address: { channel: 'telegram', chatId: to.chatId }, reason });
      }
      throw failure.error;
    }
  }

  /** Webhook: the same per-chat queue as polling. */
  private accept(update: Update): Promise<void> {
    return this.sequencer.run(orderKey(update), () => this.dispatcher.dispatch(update));
  }

  private me(): BotIdentity {
    if (!this.identity) throw new Error('The Telegram channel is not started yet (getMe has not run).');
    return this.identity;
  }

  /** getMe with a few quick retries; a refused token fails at once with a message naming the variable. */
  private async init(): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.bot.init();
        break;
      } catch (error) {
        const detail = describeError(error);
        if (detail.code === 401 || detail.code === 404) throw new Error(`Telegram refused TELEGRAM_BOT_TOKEN (${detail.code}: ${detail.description}). Copy the token from BotFather again.`);
        if (attempt >= GET_ME_ATTEMPTS) throw new Error(`Could not reach the Telegram Bot API at TELEGRAM_API_ROOT (${detail.description}).`);
        await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
      }
    }
    this.identity = { id: this.bot.botInfo.id, username: this.bot.botInfo.username };
  }

  private async registerMenus(): Promise<void> {
    const { services } = this.context;
    try {
      const plan = planMenus(this.context.commands(), services.translator, this.coordinatorChats());
      await registerMenus(this.bot.api, plan, services.store, this.logger, this.me().id, this.stopping.signal);
    } catch (error) {
      if (!this.stopping.signal.aborted) this.logger.warn(describeError(error), 'registering the Telegram command menus failed');
    }
  }

  /** Coordinators named in COORDINATOR_TELEGRAM_IDS and coordinator members with a Telegram identity, in their language. */
  private coordinatorChats(): CoordinatorChat[] {
    const { store, config } = this.context.services;
    const chats = new Map<string, string>();
    for (const id of config.coordinatorTelegramIds) chats.set(id, SOURCE_LOCALE);
    for (const member of store.values('members')) {
      if (member.role !== 'coordinator') continue;
      for (const identity of member.identities) if (identity.startsWith('telegram:')) chats.set(identity.slice('telegram:'.length), member.locale);
    }
    return [...chats.entries()].map(([chatId, locale]) => ({ chatId, locale }));
  }
}

/** The calls for one message: its text parts, then its file; a short text rides along as the file's caption (with the buttons). */
export function planSteps(message: Outbound): SendStep[] {
  const parts = renderMessage(message);
  if (!message.attachment) return parts.map((part) => ({ type: 'text', part }));
  if (parts.length === 1 && message.text.length <= MAX_CAPTION_CHARS) {
    const caption = message.text.trim() === '' ? undefined : parts[0]!;
    return [{ type: 'file', attachment: message.attachment, caption }];
  }
  return [...parts.map((part): SendStep => ({ type: 'text', part })), { type: 'file', attachment: message.attachment }];
}
