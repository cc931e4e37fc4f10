// The WhatsApp channel adapter: sends through the Graph API inside the 24-hour window, templates or holds outside it, maps errors.
import { readFileSync, rmSync } from 'node:fs';
import type { ChannelContext } from '../../app.js';
import type { WhatsAppConfig } from '../../config.js';
import type { CommandStyle } from '../../core/turn.js';
import type { Address, Attachment, Outbound } from '../../core/types.js';
import type { OutboxItem } from '../../store/schema.js';
import { DeliveryError, type ChannelAdapter, type LaneLimits, type SendOptions, type SendResult } from '../channel.js';
import { contactKey, markUnreachable, recipientLocale } from './contacts.js';
import { registerInvites } from './invites.js';
import { render, type RenderTexts, type WaPart } from './render.js';
import { classify, GraphSender, safeText, type SendProblem } from './sender.js';
import { DeliveryTracker } from './statuses.js';
import { WhatsAppWebhook } from './webhook.js';
import { pickTemplate, templateParameter, windowOpen, type TemplatesConfig } from './window.js';

/** While the access token is refused (190), each chat tries again after this long. */
export const TOKEN_RETRY_MS = 60_000;
/** Mark-as-read calls in flight at once (they never block an acknowledgement). */
const READ_CONCURRENCY = 8;
/** Read receipts still to send beyond this are dropped (oldest first): they are only a courtesy. */
const MAX_PENDING_READS = 1_000;
/** WhatsApp's limit for a caption under an image, video or document. */
export const MAX_CAPTION_CHARS = 1024;

/** One Graph API call of a message: a rendered part, or the file (with the text as caption when it fits). */
type WaStep = { type: 'part'; part: WaPart } | { type: 'media'; attachment: Attachment; caption?: string };

export interface WhatsAppChannelOptions {
  templates: TemplatesConfig;
  /** Graph API version for the client (default: the client's, v23.0). */
  graphVersion?: string;
  /** For tests: the fetch the client uses. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export class WhatsAppChannel implements ChannelAdapter {
  readonly name = 'whatsapp' as const;
  /**
   * Meta: 80 messages/s per number; to one person about one message per 6 s, with short bursts allowed. A burst of
   * 10 lets a conversation at tapping speed (onboarding: 7–9 messages) go without waiting; 131056 still pauses the chat.
   */
  readonly limits: LaneLimits = { globalPerSecond: 80, perChatPerSecond: 1 / 6, perChatBurst: 10, concurrency: 16 };
  readonly webhook: WhatsAppWebhook;
  private readonly sender: GraphSender;
  private readonly tracker: DeliveryTracker;
  /** Users for whom Meta said "window closed" (131047), with the time the refused message was sent; newer messages from them reopen it. */
  private readonly closedByMeta = new Map<string, number>();
  private tokenWarned = false;
  private readonly templateWarned = new Set<string>();
  private readonly reads: string[] = [];
  /** Parts of a long message already sent, per outbox item, so a retry does not send them twice. */
  private readonly progress = new Map<string, { parts: number; platformId?: string }>();
  private readsRunning = 0;

  constructor(
    config: WhatsAppConfig,
    private readonly context: ChannelContext,
    private readonly options: WhatsAppChannelOptions,
  ) {
    const { services } = context;
    this.sender = new GraphSender({
      accessToken: config.accessToken,
      phoneNumberId: config.phoneNumberId,
      baseUrl: config.apiBaseUrl,
      graphVersion: options.graphVersion,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
    });
    this.tracker = new DeliveryTracker(services, { windowClosed: (userId, sentAt) => this.closedByMeta.set(userId, sentAt) });
    this.webhook = new WhatsAppWebhook({ config, context, tracker: this.tracker, accepted: (ids) => this.markRead(ids) });
    this.webhook.register(context.http);
    registerInvites(services, context.http, config.phoneNumber);
  }

  commandStyle(_address: Address): CommandStyle {
    return 'keyword';
  }

  async start(): Promise<void> {
    this.tracker.rebuild();
  }

  async stop(): Promise<void> {
    await this.webhook.stop();
  }

  /** WhatsApp cannot edit a message: an edit (`options.editPlatformId`) goes out as a new message. */
  async send(to: Address, message: Outbound, item: OutboxItem, _options: SendOptions = {}): Promise<SendResult> {
    const { services } = this.context;
    const userId = to.chatId;
    const contact = services.store.get('contacts', contactKey(userId));
    if (contact?.unreachable) throw new DeliveryError('permanent', 'this WhatsApp number could not receive messages (131026); it is tried again after the person writes');
    const locale = recipientLocale(services, userId, item.memberId);
    if (!windowOpen(contact, services.clock.now(), this.closedByMeta.get(userId))) {
      return this.outsideWindow(userId, message, item, locale, 'more than 24 hours since this person last wrote');
    }
    const startedAt = services.clock.now();
    try {
      const steps = this.plan(message, locale);
      const done = this.progress.get(item.id) ?? { parts: 0 };
      for (let index = done.parts; index < steps.length; index += 1) {
        const step = steps[index]!;
        const replyTo = index === 0 ? message.replyTo : undefined;
        done.platformId = step.type === 'part' ? await this.sender.part(userId, step.part, replyTo) : await this.sender.media(userId, step.attachment, attachmentBytes(step.attachment), step.caption, replyTo);
        this.tracker.remember(done.platformId, item.id);
        done.parts = index + 1;
        this.progress.set(item.id, done);
      }
      this.progress.delete(item.id);
      if (message.attachment?.file) rmSync(message.attachment.file, { force: true });
      return { platformId: done.platformId };
    } catch (error) {
      const problem = classify(error);
      if (!['transient', 'rate_limited', 'token'].includes(problem.kind)) {
        this.progress.delete(item.id);
        if (problem.kind !== 'window' && message.attachment?.file) rmSync(message.attachment.file, { force: true });
      }
      if (problem.kind === 'window') {
        this.closedByMeta.set(userId, startedAt);
        return this.outsideWindow(userId, message, item, locale, 'WhatsApp says the 24-hour window is closed (131047)');
      }
      throw this.failure(userId, problem);
    }
  }

  /** The calls for a message: its rendered parts, then its file; a short plain text rides along as the file's caption. */
  private plan(message: Outbound, locale: string): WaStep[] {
    const parts = render(message, this.texts(locale));
    const attachment = message.attachment;
    if (!attachment) return parts.map((part) => ({ type: 'part', part }));
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only?.type === 'text' && attachment.kind !== 'audio' && only.body.length <= MAX_CAPTION_CHARS) return [{ type: 'media', attachment, caption: only.body.trim() || undefined }];
    return [...parts.map((part): WaStep => ({ type: 'part', part })), { type: 'media', attachment }];
  }

  /**
   * Outside the window: the approved template for this kind of message, or hold it (the outbox releases it when the
   * person writes). A message with a file is always held: a template carries text only, and the file must not be lost.
   */
  private async outsideWindow(userId: string, message: Outbound, item: OutboxItem, locale: string, why: string): Promise<SendResult> {
    if (message.attachment) throw new DeliveryError('window_closed', `${why}; it has a file, which a template cannot carry, so it waits until the person writes`);
    const template = pickTemplate(this.options.templates, message.kind, locale);
    if (!template) throw new DeliveryError('window_closed', `${why}; no template for "${message.kind}" messages, so it waits until the person writes`);
    try {
      const platformId = await this.sender.template(userId, template.name, template.language, templateParameter(message));
      this.tracker.remember(platformId, item.id);
      return { platformId };
    } catch (error) {
      const problem = classify(error);
      if (problem.kind === 'template' || problem.kind === 'window') {
        const key = `${template.name}/${template.language}`;
        if (!this.templateWarned.has(key)) {
          this.templateWarned.add(key);
          this.context.services.logger.warn(
            { template: template.name, language: template.language, reason: problem.reason },
            'WhatsApp refused a message template (is it approved at Meta in this language, with one body parameter? see docs/whatsapp.md); messages wait until the person writes',
          );
        }
        throw new DeliveryError('window_closed', `${why}; template ${key} was refused (${problem.reason}), so it waits until the person writes`);
      }
      throw this.failure(userId, problem);
    }
  }

  private failure(userId: string, problem: SendProblem): DeliveryError {
    switch (problem.kind) {
      case 'unreachable':
        markUnreachable(this.context.services, userId, problem.reason);
        return new DeliveryError('permanent', problem.reason);
      case 'token':
        this.warnToken();
        // Not "transient": that gives up after a few tries. The token only changes with a restart; until then messages wait.
        return new DeliveryError('rate_limited', problem.reason, TOKEN_RETRY_MS);
      case 'rate_limited':
        return new DeliveryError('rate_limited', problem.reason, problem.retryAfterMs);
      case 'transient':
        return new DeliveryError('transient', problem.reason);
      default:
        return new DeliveryError('permanent', problem.reason);
    }
  }

  private warnToken(): void {
    if (this.tokenWarned) return;
    this.tokenWarned = true;
    this.context.services.logger.error(
      'WhatsApp access token expired or invalid (error 190): nothing can be sent to WhatsApp, messages wait in the outbox. ' +
        'Make a new token (Meta Business Settings → System users → Generate token, with whatsapp_business_messaging), ' +
        'put it in WHATSAPP_ACCESS_TOKEN and restart welkom.',
    );
  }

  private texts(locale: string): RenderTexts {
    const { translator } = this.context.services;
    return {
      listButton: translator.t(locale, 'whatsapp.list_button'),
      pickOne: translator.t(locale, 'whatsapp.numbered.one'),
      pickMany: translator.t(locale, 'whatsapp.numbered.many'),
    };
  }

  /** Blue ticks for the messages just accepted; best effort, a few at a time, never blocking the webhook. */
  private markRead(ids: string[]): void {
    this.reads.push(...ids);
    if (this.reads.length > MAX_PENDING_READS) this.reads.splice(0, this.reads.length - MAX_PENDING_READS);
    while (this.readsRunning < READ_CONCURRENCY && this.reads.length > 0) {
      const id = this.reads.shift()!;
      this.readsRunning += 1;
      void this.sender
        .markRead(id)
        .catch((error: unknown) => this.context.services.logger.debug({ reason: safeText(classify(error).reason) }, 'marking a WhatsApp message as read failed'))
        .finally(() => {
          this.readsRunning -= 1;
          this.markRead([]);
        });
    }
  }
}

/** The bytes of an attachment: inline base64, or its file. */
function attachmentBytes(attachment: Attachment): Buffer {
  if (attachment.data !== undefined) return Buffer.from(attachment.data, 'base64');
  if (attachment.file) return readFileSync(attachment.file);
  throw new DeliveryError('permanent', 'the attachment has neither data nor a file');
}
