// Webhook driver that plays Meta toward the bot: builds real-shaped Cloud API webhook payloads, signs and POSTs them, runs the GET handshake.
import http from 'node:http';
import https from 'node:https';
import { createHmac, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** Options of {@link createWebhookDriver}. */
export interface WebhookDriverOptions {
  /** The bot's webhook URL (same URL for POST deliveries and the GET handshake). */
  url: string;
  /** Meta app secret: the key of X-Hub-Signature-256. */
  appSecret: string;
  /** metadata.phone_number_id. Default '106540352242922' (the fake API's default). */
  phoneNumberId?: string;
  /** metadata.display_phone_number. Default '15550783881'. */
  displayPhoneNumber?: string;
  /** entry[].id, the WhatsApp Business Account id. Default '102290129340398'. */
  wabaId?: string;
  /** When given, `post` calls `api.userWrote(from, timestampMs)` for every inbound message, opening the 24-hour window. */
  api?: { userWrote(waId: string, at?: number): void };
  /** Clock for default timestamps (ms since epoch). Default Date.now. */
  now?: () => number;
}

/** A contact in value.contacts. */
export interface WebhookContact {
  profile: { name: string };
  wa_id: string;
  user_id?: string;
}

/** One inbound message in value.messages (snake_case, as Meta sends it). */
export interface WebhookMessage {
  from: string;
  id: string;
  /** Unix seconds as a string. */
  timestamp: string;
  type: string;
  context?: { from?: string; id: string; forwarded?: boolean };
  [key: string]: unknown;
}

/** One delivery status in value.statuses. */
export interface WebhookStatus {
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  timestamp: string;
  recipient_id: string;
  conversation?: Record<string, unknown>;
  pricing?: Record<string, unknown>;
  errors?: Array<Record<string, unknown>>;
}

/** entry[].changes[].value of a `messages` change. */
export interface WebhookValue {
  messaging_product: 'whatsapp';
  metadata: { display_phone_number: string; phone_number_id: string };
  contacts?: WebhookContact[];
  messages?: WebhookMessage[];
  statuses?: WebhookStatus[];
}

/** A whole webhook POST body. */
export interface WebhookPayload {
  object: 'whatsapp_business_account';
  entry: Array<{ id: string; changes: Array<{ value: WebhookValue; field: 'messages' }> }>;
}

/** Per-message options of the builders. `timestamp` is Unix seconds like Meta's (values above 1e11 are taken as ms). */
export interface MessageOptions {
  /** The message's wamid. Default: a fresh {@link WebhookDriver.textId}. */
  id?: string;
  /** contacts[0].profile.name. Default 'Test User'. */
  name?: string;
  timestamp?: number;
  /** contacts[0].user_id (business-scoped user id), when wanted. */
  userId?: string;
  /** Message this one replies to; for button/list/quick replies a context is always present (Meta sends one). */
  context?: { id: string; from?: string };
}

/** Options of {@link WebhookDriver.media}. */
export interface MediaOptions extends MessageOptions {
  caption?: string;
  mediaId?: string;
  mimeType?: string;
  filename?: string;
  latitude?: number;
  longitude?: number;
  /** location.name and location.address (a chosen place rather than the current location). */
  place?: { name?: string; address?: string };
}

/** Options of {@link WebhookDriver.status}. */
export interface StatusOptions {
  /** For 'failed': the error code (default 131026). */
  errorCode?: number;
  errorTitle?: string;
  errorDetails?: string;
  timestamp?: number;
  /** Name used in contacts (statuses carry no contacts unless this is set). */
  name?: string;
}

/** What `post` and `verify` return. */
export interface DriverResponse {
  status: number;
  body: string;
}

/** The driver returned by {@link createWebhookDriver}. */
export interface WebhookDriver {
  /** 'sha256=' + hex HMAC-SHA256(appSecret, rawBody) — Meta's X-Hub-Signature-256. */
  sign(rawBody: Buffer | string): string;
  /**
   * POSTs `payload` (JSON-stringified unless a string) or `opts.rawBody`, signed over the exact bytes sent;
   * `signature: null` omits the header, a string replaces it. Calls `api.userWrote` first for every inbound message.
   */
  post(
    payload: object | string,
    opts?: { signature?: string | null; rawBody?: Buffer },
  ): Promise<DriverResponse & { ms: number }>;
  /** GET handshake with hub.mode, hub.verify_token, hub.challenge (undefined ones are left out). */
  verify(params: { mode?: string; token?: string; challenge?: string }): Promise<DriverResponse>;
  text(from: string, body: string, opts?: MessageOptions): WebhookPayload;
  /** Tap on an interactive reply button (interactive.button_reply). */
  buttonReply(from: string, id: string, title: string, opts?: MessageOptions): WebhookPayload;
  /** Pick from an interactive list (interactive.list_reply). */
  listReply(from: string, id: string, title: string, opts?: MessageOptions & { description?: string }): WebhookPayload;
  /** Tap on a template quick-reply button: type 'button', button: { payload, text }. */
  quickReply(from: string, payload: string, text: string, opts?: MessageOptions): WebhookPayload;
  /** Media or location message; 'voice' is an audio message with voice: true. */
  media(
    from: string,
    kind: 'image' | 'audio' | 'voice' | 'video' | 'document' | 'sticker' | 'location',
    opts?: MediaOptions,
  ): WebhookPayload;
  /** Delivery status of an outbound message `id` to `recipient`. */
  status(
    id: string,
    recipient: string,
    status: 'sent' | 'delivered' | 'read' | 'failed',
    opts?: StatusOptions,
  ): WebhookPayload;
  /** Merges payloads into one POST body: one entry per WABA id, every change kept (so several changes per entry). */
  batch(payloads: object[]): WebhookPayload;
  /** A fresh unique 'wamid.…' id. */
  textId(): string;
}

const ERROR_TITLES: Record<number, string> = {
  131026: 'Message undeliverable',
  131047: 'Re-engagement message',
  131049: 'This message was not delivered to maintain healthy ecosystem engagement.',
  130472: "User's number is part of an experiment",
  131000: 'Something went wrong',
};

const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Creates a driver that plays Meta's webhook deliveries toward the bot at `opts.url`. */
export function createWebhookDriver(opts: WebhookDriverOptions): WebhookDriver {
  const now = opts.now ?? Date.now;
  const phoneNumberId = opts.phoneNumberId ?? '106540352242922';
  const displayPhoneNumber = opts.displayPhoneNumber ?? '15550783881';
  const wabaId = opts.wabaId ?? '102290129340398';
  const nonce = randomBytes(6).toString('hex');
  let seq = 0;
  let mediaSeq = 0;

  const textId = (): string => {
    seq += 1;
    return `wamid.HBgM${Buffer.from(`${nonce}${seq.toString(16).padStart(8, '0')}`).toString('base64')}`;
  };
  const seconds = (timestamp: number | undefined): string => {
    const value = timestamp ?? now();
    return String(Math.floor(timestamp === undefined || value > 1e11 ? value / 1000 : value));
  };
  const wrap = (value: Omit<WebhookValue, 'messaging_product' | 'metadata'>): WebhookPayload => ({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: wabaId,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: displayPhoneNumber, phone_number_id: phoneNumberId },
              ...value,
            },
            field: 'messages',
          },
        ],
      },
    ],
  });
  const inbound = (
    from: string,
    type: string,
    content: Record<string, unknown>,
    o: MessageOptions = {},
    replyContext = false,
  ): WebhookPayload => {
    const contact: WebhookContact = { profile: { name: o.name ?? 'Test User' }, wa_id: from };
    if (o.userId !== undefined) contact.user_id = o.userId;
    const message: WebhookMessage = { from, id: o.id ?? textId(), timestamp: seconds(o.timestamp), type, ...content };
    const context = o.context ?? (replyContext ? { id: textId() } : undefined);
    if (context) message.context = { from: context.from ?? displayPhoneNumber, id: context.id };
    // Meta puts context first; keep key order close to the fixtures for readability.
    const ordered: WebhookMessage = message.context
      ? { context: message.context, ...message }
      : message;
    return wrap({ contacts: [contact], messages: [ordered] });
  };

  const sign = (rawBody: Buffer | string): string =>
    `sha256=${createHmac('sha256', opts.appSecret).update(typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody).digest('hex')}`;

  const announce = (bytes: Buffer): void => {
    if (!opts.api) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(bytes.toString('utf8')) as unknown;
    } catch {
      return;
    }
    if (!isObj(parsed) || !Array.isArray(parsed.entry)) return;
    for (const entry of parsed.entry as unknown[]) {
      if (!isObj(entry) || !Array.isArray(entry.changes)) continue;
      for (const change of entry.changes as unknown[]) {
        if (!isObj(change) || !isObj(change.value) || !Array.isArray(change.value.messages)) continue;
        for (const message of change.value.messages as unknown[]) {
          if (!isObj(message) || typeof message.from !== 'string') continue;
          const ts = Number(message.timestamp);
          opts.api.userWrote(message.from, Number.isFinite(ts) ? ts * 1000 : now());
        }
      }
    }
  };

  return {
    sign,
    async post(payload, postOpts = {}) {
      const bytes = postOpts.rawBody ?? Buffer.from(typeof payload === 'string' ? payload : JSON.stringify(payload), 'utf8');
      announce(bytes);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'user-agent': 'facebookexternalua',
        'content-length': String(bytes.length),
      };
      const signature = postOpts.signature === undefined ? sign(bytes) : postOpts.signature;
      if (signature !== null) headers['x-hub-signature-256'] = signature;
      const started = performance.now();
      const response = await request('POST', new URL(opts.url), headers, bytes);
      return { ...response, ms: performance.now() - started };
    },
    async verify(params) {
      const url = new URL(opts.url);
      if (params.mode !== undefined) url.searchParams.set('hub.mode', params.mode);
      if (params.token !== undefined) url.searchParams.set('hub.verify_token', params.token);
      if (params.challenge !== undefined) url.searchParams.set('hub.challenge', params.challenge);
      return request('GET', url, { 'user-agent': 'facebookplatform/1.0 (+http://developers.facebook.com)' });
    },
    text: (from, body, o) => inbound(from, 'text', { text: { body } }, o),
    buttonReply: (from, id, title, o) =>
      inbound(from, 'interactive', { interactive: { type: 'button_reply', button_reply: { id, title } } }, o, true),
    listReply: (from, id, title, o) => {
      const reply: Record<string, string> = { id, title };
      if (o?.description !== undefined) reply.description = o.description;
      return inbound(from, 'interactive', { interactive: { type: 'list_reply', list_reply: reply } }, o, true);
    },
    quickReply: (from, payload, text, o) => inbound(from, 'button', { button: { payload, text } }, o, true),
    media(from, kind, o = {}) {
      mediaSeq += 1;
      const mediaId = o.mediaId ?? String(1_000_000_000_000 + mediaSeq);
      const sha256 = createHmac('sha256', nonce).update(mediaId).digest('base64');
      const file = (mimeType: string, extra: Record<string, unknown> = {}): Record<string, unknown> => {
        const object: Record<string, unknown> = { mime_type: o.mimeType ?? mimeType, sha256, id: mediaId, ...extra };
        if (o.caption !== undefined) object.caption = o.caption;
        return object;
      };
      switch (kind) {
        case 'image':
          return inbound(from, 'image', { image: file('image/jpeg') }, o);
        case 'video':
          return inbound(from, 'video', { video: file('video/mp4') }, o);
        case 'document':
          return inbound(from, 'document', { document: file('application/pdf', { filename: o.filename ?? 'document.pdf' }) }, o);
        case 'sticker':
          return inbound(from, 'sticker', { sticker: file('image/webp', { animated: false }) }, o);
        case 'audio':
          return inbound(from, 'audio', { audio: file('audio/mpeg', { voice: false }) }, o);
        case 'voice':
          return inbound(from, 'audio', { audio: file('audio/ogg; codecs=opus', { voice: true }) }, o);
        case 'location': {
          const location: Record<string, unknown> = { latitude: o.latitude ?? 52.37022, longitude: o.longitude ?? 4.89517 };
          if (o.place?.name !== undefined) location.name = o.place.name;
          if (o.place?.address !== undefined) location.address = o.place.address;
          return inbound(from, 'location', { location }, o);
        }
      }
    },
    status(id, recipient, status, o = {}) {
      const entry: WebhookStatus = { id, status, timestamp: seconds(o.timestamp), recipient_id: recipient };
      if (status === 'sent' || status === 'delivered') {
        entry.conversation = { id: `CONVERSATION_${recipient}`, origin: { type: 'service' } };
        if (status === 'sent') {
          entry.conversation.expiration_timestamp = String(Number(entry.timestamp) + 24 * 60 * 60);
        }
        entry.pricing = { billable: false, pricing_model: 'PMP', type: 'free_customer_service', category: 'service' };
      }
      if (status === 'failed') {
        const code = o.errorCode ?? 131026;
        const title = o.errorTitle ?? ERROR_TITLES[code] ?? 'Message failed to send';
        entry.errors = [
          {
            code,
            title,
            message: title,
            error_data: { details: o.errorDetails ?? title },
            href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
          },
        ];
      }
      const value: Omit<WebhookValue, 'messaging_product' | 'metadata'> = { statuses: [entry] };
      if (o.name !== undefined) value.contacts = [{ profile: { name: o.name }, wa_id: recipient }];
      return wrap(value);
    },
    batch(payloads) {
      const entries = new Map<string, WebhookPayload['entry'][number]>();
      for (const payload of payloads as unknown[]) {
        if (!isObj(payload) || !Array.isArray(payload.entry)) throw new TypeError('batch() takes webhook payloads');
        for (const entry of payload.entry as WebhookPayload['entry']) {
          const merged = entries.get(entry.id) ?? { id: entry.id, changes: [] };
          merged.changes.push(...entry.changes);
          entries.set(entry.id, merged);
        }
      }
      return { object: 'whatsapp_business_account', entry: [...entries.values()] };
    },
    textId,
  };
}

/** One request on a fresh connection (no keep-alive pool left behind to hold the bot's server open). */
function request(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<DriverResponse> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise<DriverResponse>((resolve, reject) => {
    const req = transport.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
