// Wraps the pinned @kapso/whatsapp-cloud-api client: sends rendered parts and templates, marks messages read, classifies errors.
import { GraphApiError, WhatsAppClient, isBusinessScopedUserId } from '@kapso/whatsapp-cloud-api';
import type { Attachment } from '../../core/types.js';
import { createGraphFetch } from './graph-fetch.js';
import type { WaPart } from './render.js';

/** A request to the Graph API that takes longer than this is abandoned (the client has no timeout of its own). */
export const REQUEST_TIMEOUT_MS = 15_000;

export interface GraphSenderOptions {
  accessToken: string;
  phoneNumberId: string;
  /** Graph API base, e.g. https://graph.facebook.com (the client adds /v23.0/…). */
  baseUrl: string;
  graphVersion?: string;
  timeoutMs?: number;
  /** For tests: the fetch to use instead (each call gets the timeout as its signal); default: graph-fetch.ts over keep-alive connections. */
  fetch?: typeof fetch;
}

/** Sends messages to one WhatsApp user id (a phone number, or a business-scoped user id for people with a username only). */
export class GraphSender {
  private readonly client: WhatsAppClient;

  constructor(private readonly options: GraphSenderOptions) {
    const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    const given = options.fetch;
    const timed: typeof fetch = given
      ? (input, init) => {
          const timeout = AbortSignal.timeout(timeoutMs);
          return given(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
        }
      : createGraphFetch({ timeoutMs });
    this.client = new WhatsAppClient({ baseUrl: options.baseUrl, accessToken: options.accessToken, graphVersion: options.graphVersion, fetch: timed });
  }

  /** Sends one rendered part, optionally as a reply to the message `contextMessageId`; returns the message id (wamid). */
  async part(userId: string, part: WaPart, contextMessageId?: string): Promise<string> {
    const base = { phoneNumberId: this.options.phoneNumberId, ...recipient(userId), ...(contextMessageId ? { contextMessageId } : {}) };
    switch (part.type) {
      case 'text':
        return messageId(await this.client.messages.sendText({ ...base, body: part.body, previewUrl: /https?:\/\//.test(part.body) }));
      case 'buttons':
        return messageId(await this.client.messages.sendInteractiveButtons({ ...base, bodyText: part.body, buttons: part.buttons }));
      case 'list':
        return messageId(await this.client.messages.sendInteractiveList({ ...base, bodyText: part.body, buttonText: part.buttonText, sections: [{ rows: part.rows }] }));
    }
  }

  /** Uploads a file (POST /{phone-number-id}/media) and sends it as a document, image, audio or video message; returns the wamid. */
  async media(userId: string, attachment: Attachment, bytes: Buffer, caption?: string, contextMessageId?: string): Promise<string> {
    const uploaded = await this.client.media.upload({ phoneNumberId: this.options.phoneNumberId, type: attachment.mimeType, file: new Blob([bytes], { type: attachment.mimeType }), fileName: attachment.filename });
    const id = uploaded.id;
    if (!id) throw new Error('The Graph API accepted the upload but returned no media id.');
    const base = { phoneNumberId: this.options.phoneNumberId, ...recipient(userId), ...(contextMessageId ? { contextMessageId } : {}) };
    const withCaption = caption ? { caption } : {};
    switch (attachment.kind) {
      case 'image':
        return messageId(await this.client.messages.sendImage({ ...base, image: { id, ...withCaption } }));
      case 'video':
        return messageId(await this.client.messages.sendVideo({ ...base, video: { id, ...withCaption } }));
      case 'audio':
        return messageId(await this.client.messages.sendAudio({ ...base, audio: { id } }));
      default:
        return messageId(await this.client.messages.sendDocument({ ...base, document: { id, filename: attachment.filename, ...withCaption } }));
    }
  }

  /** Downloads a file a person sent (media id from the webhook). */
  async download(mediaId: string): Promise<Buffer> {
    // Meta's media URLs need the access token too ("always"); a refusal must not pass for the file's bytes.
    const response = (await this.client.media.download({ mediaId, phoneNumberId: this.options.phoneNumberId, as: 'response', auth: 'always' })) as Response;
    if (!response.ok) throw new Error(`media download answered HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  /** Sends an approved template with one body parameter. */
  async template(userId: string, name: string, language: string, parameter: string): Promise<string> {
    return messageId(
      await this.client.messages.sendTemplate({
        phoneNumberId: this.options.phoneNumberId,
        ...recipient(userId),
        template: { name, language: { code: language }, components: [{ type: 'body', parameters: [{ type: 'text', text: parameter }] }] },
      }),
    );
  }

  /** Shows the person's message as read (blue ticks). */
  async markRead(messageId: string): Promise<void> {
    await this.client.messages.markRead({ phoneNumberId: this.options.phoneNumberId, messageId });
  }
}

function recipient(userId: string): { to: string } | { recipient: string } {
  return isBusinessScopedUserId(userId) ? { recipient: userId } : { to: userId };
}

function messageId(response: { messages?: Array<{ id?: string }> }): string {
  const id = response.messages?.[0]?.id;
  if (!id) throw new Error('The Graph API accepted the message but returned no message id.');
  return id;
}

/** What a failed request means for welkom. */
export type SendProblem =
  /** 131047: more than 24 hours since the person wrote; use a template or hold. */
  | { kind: 'window'; reason: string }
  /** 131026: this number cannot receive messages. */
  | { kind: 'unreachable'; reason: string }
  /** 190 / 401: the access token expired or is wrong; nothing can be sent until it is replaced. */
  | { kind: 'token'; reason: string }
  /** 130429, 131056 and other throttling: slow down. */
  | { kind: 'rate_limited'; reason: string; retryAfterMs: number }
  /** 132xxx: the template does not exist (yet) in this language, or its parameters do not match. */
  | { kind: 'template'; reason: string }
  /** Network trouble, timeouts, 5xx: try again later. */
  | { kind: 'transient'; reason: string }
  /** Anything else (400 validation): this message will never go through. */
  | { kind: 'permanent'; reason: string };

const PAIR_RATE_LIMIT_MS = 6_000;
const THROUGHPUT_LIMIT_MS = 1_000;
const OTHER_THROTTLE_MS = 5_000;
const TRANSIENT_CODES = new Set([1, 2, 131000, 131016, 131057, 133004, 133005]);

/** Classifies an error from the client (GraphApiError, fetch TypeError, timeout, client-side validation). Reasons never contain phone numbers. */
export function classify(error: unknown): SendProblem {
  if (error instanceof GraphApiError) {
    const code = typeof error.code === 'number' ? error.code : error.httpStatus;
    const reason = `WhatsApp error ${code}: ${safeText(error.message)}`;
    if (code === 131047 || error.category === 'reengagementWindow') return { kind: 'window', reason };
    if (code === 131026) return { kind: 'unreachable', reason };
    if (code === 190 || error.httpStatus === 401) return { kind: 'token', reason };
    if (code === 130429 || code === 131056 || error.category === 'throttling' || error.httpStatus === 429) {
      const fallback = code === 131056 ? PAIR_RATE_LIMIT_MS : code === 130429 ? THROUGHPUT_LIMIT_MS : OTHER_THROTTLE_MS;
      return { kind: 'rate_limited', reason, retryAfterMs: error.retry.retryAfterMs ?? fallback };
    }
    if (error.category === 'template') return { kind: 'template', reason };
    if (error.httpStatus >= 500 || TRANSIENT_CODES.has(code) || error.retry.action === 'retry') return { kind: 'transient', reason };
    return { kind: 'permanent', reason };
  }
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return { kind: 'transient', reason: 'WhatsApp API did not answer in time' };
    if (error instanceof TypeError) return { kind: 'transient', reason: `WhatsApp API unreachable: ${safeText(error.message)}` };
    // The client checks buttons, lists and texts before sending and throws a plain Error: retrying cannot help.
    if (error.name === 'ZodError' || /validation failed|must not be empty|Provide to/i.test(error.message)) return { kind: 'permanent', reason: `message refused before sending: ${safeText(error.message)}` };
    return { kind: 'transient', reason: safeText(error.message) };
  }
  return { kind: 'transient', reason: 'unknown error' };
}

/** Short, one-line, and with long digit runs (phone numbers) masked: safe for logs and outbox reasons. */
export function safeText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\+?\d[\d ]{5,}\d/g, '[number]').slice(0, 160);
}
