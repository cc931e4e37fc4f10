// Fake WhatsApp Cloud (Graph) API on 127.0.0.1: validates sends like Meta, keeps the 24-hour window, injects faults, records every call.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { randomBytes } from 'node:crypto';

/** The customer-service window: free-form messages are allowed this long after the user's last inbound message. */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** What Meta answers for one Graph error code: HTTP status, title (used as `(#code) title`) and default `error_data.details`. */
export interface GraphErrorSpec {
  status: number;
  title: string;
  details: string;
}

/**
 * The Graph error codes this fake produces, with the HTTP status Meta's error-code reference gives for each.
 * Build retry/fallback logic on `code`, never on the status: Meta answers most WhatsApp errors with 400.
 * 132001 is 404 in Meta's table; codes 130429 and 131056 (throttling) are 400, not 429.
 */
export const GRAPH_ERRORS: Readonly<Record<number, GraphErrorSpec>> = {
  1: { status: 500, title: 'An unknown error occurred', details: 'An unknown error occurred' },
  100: { status: 400, title: 'Invalid parameter', details: 'Invalid parameter' },
  190: { status: 401, title: 'Error validating access token', details: 'The access token has expired or is invalid.' },
  2500: { status: 400, title: 'Unknown path components', details: 'Unknown path components' },
  130429: {
    status: 400,
    title: 'Rate limit hit',
    details: 'Cloud API message throughput has been reached.',
  },
  131000: { status: 500, title: 'Something went wrong', details: 'Something went wrong. Please try again later.' },
  131008: { status: 400, title: 'Required parameter is missing', details: 'Required parameter is missing' },
  131009: { status: 400, title: 'Parameter value is not valid', details: 'Parameter value is not valid' },
  131026: {
    status: 400,
    title: 'Message undeliverable',
    details:
      'Unable to deliver message. Reasons can include: the recipient phone number is not a WhatsApp phone number; the recipient has not accepted the new Terms of Service; the recipient is using an old WhatsApp version.',
  },
  131047: {
    status: 400,
    title: 'Re-engagement message',
    details: 'More than 24 hours have passed since the recipient last replied to the sender number.',
  },
  131056: {
    status: 400,
    title: '(Business Account, Consumer Account) pair rate limit hit',
    details:
      'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.',
  },
  132000: {
    status: 400,
    title: 'Number of parameters does not match the expected number of params',
    details: 'body: number of localizable_params does not match the expected number of params',
  },
  132001: {
    status: 404,
    title: 'Template name does not exist in the translation',
    details: 'template name does not exist in the translation',
  },
};

/** An approved message template; `bodyParams`, when given, is checked against the body component's parameter count (132000). */
export interface ApprovedTemplate {
  name: string;
  language: string;
  bodyParams?: number;
}

/** Options of {@link startFakeWhatsApp}. */
export interface FakeWhatsAppOptions {
  /** Access token the bot must send as `Authorization: Bearer …` (or `?access_token=`). Default 'test-access-token'. */
  token?: string;
  /** The business phone number id served. Default '106540352242922'. */
  phoneNumberId?: string;
  /** More phone number ids to accept besides `phoneNumberId`. */
  phoneNumberIds?: string[];
  /** Returned by GET /{version}/{phoneNumberId}. Default '15550783881'. */
  displayPhoneNumber?: string;
  /** Approved templates; sending any other name/language pair fails 132001. */
  templates?: ApprovedTemplate[];
  /** Clock for the 24-hour window, rate limits and records (ms since epoch). Default Date.now. */
  now?: () => number;
  /** perSecond: token bucket per phone number (default 80, 0 = off) → 130429; perUserPer6s: max sends to one user in any 6 s (default off) → 131056. */
  limits?: { perSecond?: number; perUserPer6s?: number };
  /** Length of the customer-service window. Default 24 h. */
  windowMs?: number;
}

/** A scripted failure for {@link FakeWhatsApp.failNext}. */
export interface FailSpec {
  /** Graph error code (130429, 131056, 131026, 131047, 190, …). Codes 500–599 are read as a bare HTTP status (code 1 in the body). */
  code?: number;
  /** HTTP status; defaults to the code's status in {@link GRAPH_ERRORS} (400 for unknown codes, 500 when only a status is given). */
  status?: number;
  /** Overrides the `error.message`. */
  message?: string;
  /** Overrides `error.error_data.details`. */
  details?: string;
  /** How many matching requests fail. Default 1. */
  times?: number;
  /** Only requests to this recipient (digits compared) match. */
  to?: string;
  /** Which requests match: message sends (default), mark-as-read calls, or any request to the messages endpoint. */
  kind?: 'send' | 'read' | 'any';
  /** Raw response body instead of Meta's JSON envelope (e.g. an HTML 502 page from a proxy). */
  body?: string;
}

/** One HTTP request the fake received, with what it answered. */
export interface FakeCall {
  method: string;
  /** Path plus query, e.g. '/v23.0/106540352242922/messages'. */
  path: string;
  /** 'v23.0', or undefined for an unversioned path. */
  version?: string;
  phoneNumberId?: string;
  /** Request headers, lower-case names, without `authorization`. */
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
  kind: 'send' | 'read' | 'upload' | 'other';
  status: number;
  /** Parsed JSON answered (or raw text for `failNext({ body })`). */
  response: unknown;
  /** Graph error code answered, if any. */
  errorCode?: number;
  /** Time from `opts.now` when the request arrived. */
  at: number;
}

/** A message the fake accepted (not a mark-as-read). */
export interface FakeSentMessage {
  /** The wamid answered to the bot. */
  id: string;
  /** `to` exactly as the bot sent it. */
  to: string;
  /** `to` reduced to digits. */
  waId: string;
  type: string;
  /** The JSON body as received (snake_case). */
  body: Record<string, unknown>;
  /** text.body, interactive.body.text, a media caption, or the template name. */
  text?: string;
  phoneNumberId: string;
  version?: string;
  at: number;
}

/** A mark-as-read call the fake accepted. */
export interface FakeRead {
  messageId: string;
  phoneNumberId: string;
  typingIndicator?: unknown;
  at: number;
}

interface Outcome {
  status: number;
  body: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

interface PendingDelay {
  timer: NodeJS.Timeout;
  resolve: () => void;
}

interface Waiter {
  check: () => boolean;
  resolve: () => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

type Json = Record<string, unknown>;

const MESSAGE_TYPES = new Set([
  'text',
  'interactive',
  'template',
  'image',
  'audio',
  'video',
  'document',
  'sticker',
  'location',
  'contacts',
  'reaction',
]);
const MEDIA_TYPES = new Set(['image', 'audio', 'video', 'document', 'sticker']);
const INTERACTIVE_TYPES = new Set([
  'button',
  'list',
  'cta_url',
  'flow',
  'location_request_message',
  'address_message',
  'product',
  'product_list',
  'catalog_message',
  'call_permission_request',
  'carousel',
]);
const PATH = /^\/(?:(v\d+\.\d+)\/)?([^/]+)(?:\/(messages|media))?\/?$/;
/** Where the fake serves the bytes of an uploaded or injected media file (Meta's lookaside URLs need the token too). */
const DOWNLOAD_PATH = /^\/media-download\/([A-Za-z0-9]+)$/;
/** Meta's upload limits per media kind (bytes). */
export const MEDIA_LIMITS: Record<string, number> = { image: 5 * 1024 * 1024, audio: 16 * 1024 * 1024, video: 16 * 1024 * 1024, document: 100 * 1024 * 1024, sticker: 500 * 1024 };

/** A parsed multipart upload (or why it could not be read). */
interface FakeUpload {
  product?: string;
  type?: string;
  filename?: string;
  bytes?: Buffer;
  bad?: string;
}

/** A media file the fake holds: uploaded by the bot, or put there by a test as if a person had sent it. */
export interface FakeMedia {
  id: string;
  bytes: Buffer;
  mimeType: string;
  filename?: string;
  phoneNumberId: string;
  at: number;
}

/** The media kind Meta files a MIME type under. */
export function mediaKind(mimeType: string): string {
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType.startsWith('audio/')) return 'audio';
  if (mimeType.startsWith('video/')) return 'video';
  return 'document';
}

const isObj = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const digits = (value: string): string => value.replace(/\D/g, '');
const len = (value: unknown): number => (typeof value === 'string' ? value.length : 0);

/** Starts the fake on 127.0.0.1 with a random port. Close it with {@link FakeWhatsApp.close}. */
export async function startFakeWhatsApp(opts: FakeWhatsAppOptions = {}): Promise<FakeWhatsApp> {
  return FakeWhatsApp.start(opts);
}

/** A running fake Graph API; see {@link startFakeWhatsApp}. */
export class FakeWhatsApp {
  /** e.g. 'http://127.0.0.1:41234' — pass as `baseUrl` to the Kapso client (it appends '/v23.0/'). */
  readonly baseUrl: string;
  readonly token: string;
  readonly phoneNumberId: string;
  readonly displayPhoneNumber: string;
  /** Every request received, in arrival order. */
  readonly calls: FakeCall[] = [];

  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private readonly phoneIds: Set<string>;
  private readonly templates: ApprovedTemplate[];
  private readonly now: () => number;
  private readonly windowMs: number;
  private readonly perSecond: number;
  private readonly perUserPer6s: number;
  private readonly lastInbound = new Map<string, number>();
  private readonly blocked = new Set<string>();
  private readonly faults: Array<FailSpec & { left: number }> = [];
  private readonly delays: Array<{ ms: number; left: number }> = [];
  private readonly pendingDelays = new Set<PendingDelay>();
  private readonly waiters = new Set<Waiter>();
  private readonly pairLog = new Map<string, number[]>();
  private readonly sentLog: FakeSentMessage[] = [];
  private readonly readLog: FakeRead[] = [];
  private bucket: { tokens: number; at: number } | undefined;
  private seq = 0;
  private readonly nonce = randomBytes(4).toString('hex');
  private closing: Promise<void> | undefined;

  private constructor(server: http.Server, port: number, opts: FakeWhatsAppOptions) {
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.token = opts.token ?? 'test-access-token';
    this.phoneNumberId = opts.phoneNumberId ?? '106540352242922';
    this.displayPhoneNumber = opts.displayPhoneNumber ?? '15550783881';
    this.phoneIds = new Set([this.phoneNumberId, ...(opts.phoneNumberIds ?? [])]);
    this.templates = [...(opts.templates ?? [])];
    this.now = opts.now ?? Date.now;
    this.windowMs = opts.windowMs ?? CUSTOMER_SERVICE_WINDOW_MS;
    this.perSecond = opts.limits?.perSecond ?? 80;
    this.perUserPer6s = opts.limits?.perUserPer6s ?? 0;
  }

  /** Use {@link startFakeWhatsApp}. */
  static async start(opts: FakeWhatsAppOptions = {}): Promise<FakeWhatsApp> {
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const fake = new FakeWhatsApp(server, (server.address() as AddressInfo).port, opts);
    server.on('connection', (socket) => {
      fake.sockets.add(socket);
      socket.on('close', () => fake.sockets.delete(socket));
    });
    server.on('request', (req, res) => {
      fake.handle(req, res).catch(() => {
        if (!res.headersSent && !res.destroyed) res.writeHead(500).end();
      });
    });
    return fake;
  }

  /** `${baseUrl}/${version}/${phoneNumberId}/messages` — for raw fetches in tests. */
  /** Media the bot uploaded (and any a test added), by id. */
  readonly media = new Map<string, FakeMedia>();

  /** Puts a file in the fake as if a person had sent it; returns its media id for a webhook payload. */
  addMedia(bytes: Buffer, mimeType: string, filename?: string): string {
    const id = String(7_000_000_000_000 + this.media.size + 1);
    this.media.set(id, { id, bytes, mimeType, filename, phoneNumberId: this.phoneNumberId, at: this.now() });
    return id;
  }

  messagesUrl(version = 'v23.0', phoneNumberId = this.phoneNumberId): string {
    return `${this.baseUrl}/${version}/${phoneNumberId}/messages`;
  }

  /** Records that `waId` wrote to the business at `at` (default now), opening the 24-hour window. The webhook driver calls this. */
  userWrote(waId: string, at: number = this.now()): void {
    const key = digits(waId);
    const previous = this.lastInbound.get(key);
    if (previous === undefined || at > previous) this.lastInbound.set(key, at);
  }

  /** Whether a free-form (non-template) message to `waId` would pass the 24-hour window check at `at` (default now). */
  windowOpen(waId: string, at: number = this.now()): boolean {
    const last = this.lastInbound.get(digits(waId));
    return last !== undefined && at - last < this.windowMs;
  }

  /** Adds an approved template at runtime. */
  approveTemplate(template: ApprovedTemplate): void {
    this.templates.push(template);
  }

  /** The next matching request(s) fail as specified, before any validation (but after the token and phone-number-id checks). */
  failNext(spec: FailSpec): void {
    if (spec.code === undefined && spec.status === undefined) throw new TypeError('failNext needs a code or a status');
    this.faults.push({ ...spec, left: spec.times ?? 1 });
  }

  /** Delays the response of the next `times` requests (default 1) by `ms` of real time. */
  delayNext(ms: number, times = 1): void {
    this.delays.push({ ms, left: times });
  }

  /** Every send to `waId` fails with 131026 (pass false to undo). Meta often reports this asynchronously; the fake answers it synchronously. */
  undeliverable(waId: string, on = true): void {
    if (on) this.blocked.add(digits(waId));
    else this.blocked.delete(digits(waId));
  }

  /** Accepted sends (not mark-as-read), optionally only those to `to` (digits compared). */
  sent(to?: string): FakeSentMessage[] {
    if (to === undefined) return [...this.sentLog];
    const key = digits(to);
    return this.sentLog.filter((message) => message.waId === key);
  }

  /** Accepted mark-as-read calls. */
  reads(): FakeRead[] {
    return [...this.readLog];
  }

  /** How many requests were answered with Graph error `code`; a number below 600 also counts answers with that HTTP status. */
  count(code: number): number {
    return this.calls.filter((call) => call.errorCode === code || (code < 600 && call.status === code)).length;
  }

  /**
   * Resolves once `predicate()` holds (checked now and after every request), e.g. `fake.waitFor(() => fake.sent(u).length >= 2)`.
   * Rejects after `timeoutMs` (default 2000, real time) or when the fake closes.
   */
  waitFor(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
    if (predicate()) return Promise.resolve();
    if (this.closing) return Promise.reject(new Error('fake WhatsApp API is closed'));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        check: predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(`waitFor timed out after ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Forgets calls, sends, reads, faults, delays, windows, rate-limit state and undeliverable users; keeps token, ids and templates. */
  reset(): void {
    this.calls.length = 0;
    this.sentLog.length = 0;
    this.readLog.length = 0;
    this.faults.length = 0;
    this.delays.length = 0;
    this.lastInbound.clear();
    this.blocked.clear();
    this.pairLog.clear();
    this.bucket = undefined;
  }

  /** Stops the server, destroys open sockets, cancels delays and waiters. Idempotent. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      for (const pending of this.pendingDelays) {
        clearTimeout(pending.timer);
        pending.resolve();
      }
      this.pendingDelays.clear();
      for (const waiter of this.waiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error('fake WhatsApp API closed'));
      }
      this.waiters.clear();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
      for (const socket of this.sockets) socket.destroy();
      this.sockets.clear();
    });
    return this.closing;
  }

  // ---- request handling ----

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.closing) {
      res.destroy();
      return;
    }
    const rawBytes = Buffer.concat(chunks);
    const raw = rawBytes.toString('utf8');
    const at = this.now();
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const download = DOWNLOAD_PATH.exec(url.pathname);
    if (download && req.method === 'GET') {
      const file = this.media.get(download[1]!);
      const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
      if (bearer !== this.token) {
        res.writeHead(401, { 'content-type': 'text/plain' });
        res.end('Unauthorized');
        return;
      }
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
        return;
      }
      res.writeHead(200, { 'content-type': file.mimeType, 'content-length': file.bytes.length });
      res.end(file.bytes);
      return;
    }
    const match = PATH.exec(url.pathname);
    let upload: FakeUpload | undefined;
    if (match?.[3] === 'media' && req.method === 'POST') {
      try {
        const form = await new Response(rawBytes, { headers: { 'content-type': String(req.headers['content-type'] ?? '') } }).formData();
        const file = form.get('file');
        upload = {
          product: form.get('messaging_product')?.toString(),
          type: form.get('type')?.toString() || (file instanceof Blob ? file.type : undefined),
          filename: file instanceof File ? file.name : undefined,
          bytes: file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : undefined,
        };
      } catch {
        upload = { bad: 'The request body must be multipart/form-data with a file.' };
      }
    }
    const headers: Record<string, string | string[] | undefined> = { ...req.headers };
    delete headers.authorization;
    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw) as unknown;
      } catch {
        body = raw;
      }
    }
    const call: FakeCall = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      version: match?.[1],
      phoneNumberId: match?.[2],
      headers,
      body: upload ? undefined : body,
      kind: 'other',
      status: 0,
      response: undefined,
      at,
    };
    const outcome = this.route(call, match, url, req.headers.authorization, upload);
    call.status = outcome.status;
    call.response = outcome.raw ?? outcome.body;
    const error = isObj(outcome.body) && isObj(outcome.body.error) ? outcome.body.error : undefined;
    if (error && typeof error.code === 'number') call.errorCode = error.code;
    this.calls.push(call);
    this.notify();

    const delay = this.takeDelay();
    if (delay > 0) await this.sleep(delay);
    if (this.closing || res.destroyed) {
      res.destroy();
      return;
    }
    const text = outcome.raw ?? JSON.stringify(outcome.body);
    res.writeHead(outcome.status, {
      'content-type': outcome.raw !== undefined ? 'text/html; charset=utf-8' : 'application/json; charset=UTF-8',
      'x-fb-trace-id': this.traceId(),
      ...outcome.headers,
    });
    res.end(text);
  }

  private route(call: FakeCall, match: RegExpExecArray | null, url: URL, authorization: string | undefined, upload?: FakeUpload): Outcome {
    const bearer = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    const token = bearer ?? url.searchParams.get('access_token') ?? undefined;
    if (token === undefined || token === '') {
      return this.authError('Invalid OAuth access token - Cannot parse access token', undefined);
    }
    if (token !== this.token) {
      const expired = new Date(this.now() - 3_600_000).toUTCString();
      const current = new Date(this.now()).toUTCString();
      return this.authError(
        `Error validating access token: Session has expired on ${expired}. The current time is ${current}.`,
        463,
      );
    }
    if (!match) {
      return this.error(2500, { message: `Unknown path components: ${url.pathname}`, noData: true });
    }
    const phoneNumberId = match[2] ?? '';
    const edge = match[3];
    const stored = this.media.get(phoneNumberId);
    if (stored && call.method === 'GET' && edge === undefined) {
      return {
        status: 200,
        body: { messaging_product: 'whatsapp', url: `${this.baseUrl}/media-download/${stored.id}`, mime_type: stored.mimeType, sha256: 'fake', file_size: stored.bytes.length, id: stored.id },
      };
    }
    if (!this.phoneIds.has(phoneNumberId)) {
      return this.error(100, {
        type: 'GraphMethodException',
        subcode: 33,
        noData: true,
        message: `Unsupported ${call.method.toLowerCase()} request. Object with ID '${phoneNumberId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
      });
    }
    if (call.method === 'GET' && edge === undefined) {
      return {
        status: 200,
        body: {
          verified_name: 'Welkom Test',
          display_phone_number: this.displayPhoneNumber,
          id: phoneNumberId,
          quality_rating: 'GREEN',
        },
      };
    }
    if (call.method === 'POST' && edge === 'media') return this.upload(call, upload, phoneNumberId);
    if (call.method !== 'POST' || edge !== 'messages') {
      return this.error(100, {
        type: 'GraphMethodException',
        noData: true,
        message: `Unsupported ${call.method.toLowerCase()} request. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
      });
    }
    const body = call.body;
    if (!isObj(body)) return this.error(100, { details: 'The request body must be a JSON object.' });
    call.kind = body.status !== undefined ? 'read' : 'send';

    const fault = this.takeFault(call.kind, body);
    if (fault) return fault;

    return call.kind === 'read' ? this.markRead(body, phoneNumberId, call.at) : this.send(call, body, phoneNumberId);
  }

  /** POST /{phone-number-id}/media: multipart with messaging_product, type and file; Meta's size limits per kind. */
  private upload(call: FakeCall, upload: FakeUpload | undefined, phoneNumberId: string): Outcome {
    call.kind = 'upload';
    if (!upload || upload.bad) return this.error(100, { details: upload?.bad ?? 'The request body must be multipart/form-data with a file.' });
    if (upload.product !== 'whatsapp') return this.error(100, { details: 'The parameter messaging_product is required.' });
    if (!upload.bytes) return this.error(100, { details: 'The parameter file is required.' });
    if (!upload.type) return this.error(100, { details: 'The parameter type is required.' });
    const kind = mediaKind(upload.type);
    const limit = MEDIA_LIMITS[kind] ?? MEDIA_LIMITS.document!;
    if (upload.bytes.length > limit) return this.error(131053, { details: `Media upload error: file of ${upload.bytes.length} bytes is over the ${kind} limit of ${limit} bytes.` });
    const id = String(7_100_000_000_000 + this.media.size + 1);
    this.media.set(id, { id, bytes: upload.bytes, mimeType: upload.type, filename: upload.filename, phoneNumberId, at: call.at });
    return { status: 200, body: { id } };
  }

  private markRead(body: Json, phoneNumberId: string, at: number): Outcome {
    const product = this.checkProduct(body);
    if (product) return product;
    if (body.status !== 'read') {
      return this.error(100, { details: `Param status must be one of {READ} - got "${String(body.status)}".` });
    }
    if (typeof body.message_id !== 'string' || body.message_id === '') {
      return this.error(100, { details: 'The parameter message_id is required.' });
    }
    const read: FakeRead = { messageId: body.message_id, phoneNumberId, at };
    if (body.typing_indicator !== undefined) read.typingIndicator = body.typing_indicator;
    this.readLog.push(read);
    return { status: 200, body: { success: true } };
  }

  private send(call: FakeCall, body: Json, phoneNumberId: string): Outcome {
    const invalid = this.validate(body);
    if (invalid) return invalid;
    const to = body.to as string;
    const waId = digits(to);
    const type = typeof body.type === 'string' ? body.type : 'text';
    const at = call.at;

    if (!this.takeThroughput(at)) return this.error(130429);
    if (type !== 'template' && !this.windowOpen(waId, at)) return this.error(131047);
    if (this.blocked.has(waId)) return this.error(131026);
    if (this.perUserPer6s > 0) {
      const recent = (this.pairLog.get(waId) ?? []).filter((t) => at - t < 6000);
      if (recent.length >= this.perUserPer6s) {
        this.pairLog.set(waId, recent);
        return this.error(131056);
      }
      recent.push(at);
      this.pairLog.set(waId, recent);
    }

    const id = this.wamid();
    const message: FakeSentMessage = { id, to, waId, type, body, phoneNumberId, at };
    if (call.version !== undefined) message.version = call.version;
    const text = summary(type, body);
    if (text !== undefined) message.text = text;
    this.sentLog.push(message);
    const info: Json = { id };
    if (type === 'template') info.message_status = 'accepted';
    return {
      status: 200,
      body: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: waId }], messages: [info] },
    };
  }

  // ---- validation (like Meta, see GRAPH_ERRORS for codes) ----

  private checkProduct(body: Json): Outcome | null {
    if (body.messaging_product === undefined) {
      return this.error(100, { details: 'The parameter messaging_product is required.' });
    }
    if (body.messaging_product !== 'whatsapp') {
      return this.error(100, {
        details: `Param messaging_product must be one of {WHATSAPP} - got "${String(body.messaging_product)}".`,
      });
    }
    return null;
  }

  private validate(body: Json): Outcome | null {
    const product = this.checkProduct(body);
    if (product) return product;
    if (typeof body.to !== 'string' || body.to.trim() === '') {
      return this.error(100, { details: 'The parameter to is required.' });
    }
    if (digits(body.to).length === 0) return this.error(100, { details: 'Param to must be a phone number.' });
    const type = body.type ?? 'text';
    if (typeof type !== 'string' || !MESSAGE_TYPES.has(type)) {
      return this.error(100, {
        details: `Param type must be one of {${[...MESSAGE_TYPES].join(', ').toUpperCase()}} - got "${String(type)}".`,
      });
    }
    const content = body[type];
    if (!isObj(content)) return this.missing(type);
    switch (type) {
      case 'text':
        if (typeof content.body !== 'string' || content.body.length === 0) {
          return this.error(100, { details: "The parameter text['body'] is required." });
        }
        if (content.body.length > 4096) {
          return this.error(100, { details: "Param text['body'] must be at most 4096 characters long." });
        }
        return null;
      case 'interactive':
        return this.validateInteractive(content);
      case 'template':
        return this.validateTemplate(content);
      case 'reaction':
        return typeof content.message_id === 'string' && content.message_id !== '' ? null : this.missing('reaction.message_id');
      case 'location':
        return typeof content.latitude === 'number' && typeof content.longitude === 'number'
          ? null
          : this.missing('location.latitude/longitude');
      case 'contacts':
        return null;
      default:
        if (MEDIA_TYPES.has(type) && typeof content.id !== 'string' && typeof content.link !== 'string') {
          return this.missing(`${type}.id or ${type}.link`);
        }
        if (len(content.caption) > 1024) return this.invalid(`${type} caption is too long. Max length: 1024`);
        return null;
    }
  }

  private validateInteractive(interactive: Json): Outcome | null {
    const kind = interactive.type;
    if (typeof kind !== 'string') return this.missing('interactive.type');
    if (!INTERACTIVE_TYPES.has(kind)) {
      return this.error(100, { details: `Param interactive['type'] is not valid - got "${kind}".` });
    }
    const body = interactive.body;
    const needsBody = kind === 'button' || kind === 'list' || kind === 'cta_url' || kind === 'flow';
    if (body === undefined && needsBody) return this.missing('interactive.body');
    if (body !== undefined) {
      if (!isObj(body) || typeof body.text !== 'string' || body.text.length === 0) return this.missing('interactive.body.text');
      if (body.text.length > 1024) {
        return this.invalid(`Body text length invalid. Min length: 1, Max length: 1024. Actual: ${body.text.length}`);
      }
    }
    const footer = interactive.footer;
    if (footer !== undefined) {
      if (!isObj(footer) || typeof footer.text !== 'string') return this.missing('interactive.footer.text');
      if (footer.text.length > 60) {
        return this.invalid(`Footer text length invalid. Min length: 1, Max length: 60. Actual: ${footer.text.length}`);
      }
    }
    const header = interactive.header;
    if (header !== undefined) {
      const bad = this.validateHeader(header, kind === 'button' ? ['text', 'image', 'video', 'document'] : ['text']);
      if (bad) return bad;
    }
    const action = interactive.action;
    if (!isObj(action)) return this.missing('interactive.action');
    if (kind === 'button') return this.validateButtons(action);
    if (kind === 'list') return this.validateList(action);
    return null;
  }

  private validateHeader(header: unknown, allowed: string[]): Outcome | null {
    if (!isObj(header) || typeof header.type !== 'string') return this.missing('interactive.header.type');
    if (!allowed.includes(header.type)) {
      return this.invalid(`Header type ${header.type} is not allowed here; expected one of ${allowed.join(', ')}`);
    }
    if (header.type === 'text') {
      const text = header.text;
      if (typeof text !== 'string' || text.length === 0) return this.missing('interactive.header.text');
      if (text.length > 60) {
        return this.invalid(`Header text length invalid. Min length: 1, Max length: 60. Actual: ${text.length}`);
      }
      return null;
    }
    const media = header[header.type];
    if (!isObj(media) || (typeof media.id !== 'string' && typeof media.link !== 'string')) {
      return this.missing(`interactive.header.${header.type}.id or link`);
    }
    return null;
  }

  private validateButtons(action: Json): Outcome | null {
    const buttons = action.buttons;
    if (!Array.isArray(buttons)) return this.missing('interactive.action.buttons');
    if (buttons.length < 1 || buttons.length > 3) {
      return this.invalid(`Number of buttons is invalid. Min: 1, Max: 3. Actual: ${buttons.length}`);
    }
    const ids = new Set<string>();
    for (const [index, button] of buttons.entries()) {
      if (!isObj(button) || button.type !== 'reply' || !isObj(button.reply)) {
        return this.invalid(`Button at index ${index} must be of type reply with a reply object`);
      }
      const { id, title } = button.reply;
      if (typeof id !== 'string' || id.length === 0 || id.length > 256) {
        return this.invalid(`Button id length invalid. Min length: 1, Max length: 256. Actual: ${len(id)}`);
      }
      if (ids.has(id)) return this.invalid(`Duplicate button id: ${id}. Button ids must be unique`);
      ids.add(id);
      if (typeof title !== 'string' || title.length === 0 || title.length > 20) {
        return this.invalid(`Button title length invalid. Min length: 1, Max length: 20. Actual: ${len(title)}`);
      }
    }
    return null;
  }

  private validateList(action: Json): Outcome | null {
    const label = action.button;
    if (typeof label !== 'string' || label.length === 0) return this.missing('interactive.action.button');
    if (label.length > 20) {
      return this.invalid(`Button label length invalid. Min length: 1, Max length: 20. Actual: ${label.length}`);
    }
    const sections = action.sections;
    if (!Array.isArray(sections)) return this.missing('interactive.action.sections');
    if (sections.length < 1 || sections.length > 10) {
      return this.invalid(`Number of sections is invalid. Min: 1, Max: 10. Actual: ${sections.length}`);
    }
    const ids = new Set<string>();
    let total = 0;
    for (const section of sections) {
      if (!isObj(section) || !Array.isArray(section.rows) || section.rows.length === 0) {
        return this.invalid('Each section needs at least one row');
      }
      if (section.title === undefined && sections.length > 1) {
        return this.missing('interactive.action.sections.title (required when there is more than one section)');
      }
      if (section.title !== undefined && (typeof section.title !== 'string' || section.title.length > 24)) {
        return this.invalid(`Section title length invalid. Max length: 24. Actual: ${len(section.title)}`);
      }
      for (const row of section.rows as unknown[]) {
        total += 1;
        if (!isObj(row)) return this.invalid('Row must be an object');
        const { id, title, description } = row;
        if (typeof id !== 'string' || id.length === 0 || id.length > 200) {
          return this.invalid(`Row id length invalid. Min length: 1, Max length: 200. Actual: ${len(id)}`);
        }
        if (ids.has(id)) return this.invalid(`Duplicate row id: ${id}. Row ids must be unique`);
        ids.add(id);
        if (typeof title !== 'string' || title.length === 0 || title.length > 24) {
          return this.invalid(`Row title length invalid. Min length: 1, Max length: 24. Actual: ${len(title)}`);
        }
        if (description !== undefined && (typeof description !== 'string' || description.length > 72)) {
          return this.invalid(`Row description length invalid. Max length: 72. Actual: ${len(description)}`);
        }
      }
    }
    if (total > 10) return this.invalid(`Total row count exceeded. Max: 10. Actual: ${total}`);
    return null;
  }

  private validateTemplate(template: Json): Outcome | null {
    const { name, language } = template;
    if (typeof name !== 'string' || name === '') return this.missing('template.name');
    if (!isObj(language) || typeof language.code !== 'string' || language.code === '') {
      return this.missing('template.language.code');
    }
    const code = language.code;
    const approved = this.templates.find((t) => t.name === name && t.language === code);
    if (!approved) {
      return this.error(132001, { details: `template name (${name}) does not exist in ${code}` });
    }
    if (approved.bodyParams !== undefined) {
      const components = Array.isArray(template.components) ? (template.components as unknown[]) : [];
      const bodyComponent = components.find((c): c is Json => isObj(c) && c.type === 'body');
      const given = bodyComponent && Array.isArray(bodyComponent.parameters) ? bodyComponent.parameters.length : 0;
      if (given !== approved.bodyParams) {
        return this.error(132000, {
          details: `body: number of localizable_params (${given}) does not match the expected number of params (${approved.bodyParams})`,
        });
      }
    }
    return null;
  }

  // ---- faults, delays, limits ----

  private takeFault(kind: 'send' | 'read', body: Json): Outcome | undefined {
    const index = this.faults.findIndex((fault) => {
      const wanted = fault.kind ?? 'send';
      if (wanted !== 'any' && wanted !== kind) return false;
      if (fault.to !== undefined) return typeof body.to === 'string' && digits(body.to) === digits(fault.to);
      return true;
    });
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.left -= 1;
    if (fault.left <= 0) this.faults.splice(index, 1);

    const bareStatus = fault.code !== undefined && fault.code >= 500 && fault.code <= 599 ? fault.code : undefined;
    const code = bareStatus === undefined ? fault.code : undefined;
    const status = fault.status ?? bareStatus ?? (code !== undefined ? (GRAPH_ERRORS[code]?.status ?? 400) : 500);
    if (fault.body !== undefined) return { status, body: undefined, raw: fault.body };
    if (code === 190) {
      const outcome = this.authError(fault.message ?? 'Error validating access token: Session has expired.', 463);
      return { ...outcome, status };
    }
    return this.error(code ?? 1, {
      status,
      ...(fault.message !== undefined ? { message: fault.message } : {}),
      ...(fault.details !== undefined ? { details: fault.details } : {}),
      ...(code === undefined ? { transient: true } : {}),
    });
  }

  private takeDelay(): number {
    const first = this.delays[0];
    if (!first) return 0;
    first.left -= 1;
    if (first.left <= 0) this.delays.shift();
    return first.ms;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const pending: PendingDelay = {
        timer: setTimeout(() => {
          this.pendingDelays.delete(pending);
          resolve();
        }, ms),
        resolve,
      };
      this.pendingDelays.add(pending);
    });
  }

  /** Token bucket of `perSecond` tokens refilled continuously by the injected clock. */
  private takeThroughput(at: number): boolean {
    if (this.perSecond <= 0) return true;
    const bucket = (this.bucket ??= { tokens: this.perSecond, at });
    const elapsed = Math.max(0, at - bucket.at);
    bucket.tokens = Math.min(this.perSecond, bucket.tokens + (elapsed * this.perSecond) / 1000);
    bucket.at = Math.max(bucket.at, at);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private notify(): void {
    for (const waiter of this.waiters) {
      let done = false;
      try {
        done = waiter.check();
      } catch (error) {
        clearTimeout(waiter.timer);
        this.waiters.delete(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (done) {
        clearTimeout(waiter.timer);
        this.waiters.delete(waiter);
        waiter.resolve();
      }
    }
  }

  // ---- answers ----

  private error(
    code: number,
    opts: {
      status?: number;
      message?: string;
      details?: string;
      type?: string;
      subcode?: number;
      noData?: boolean;
      transient?: boolean;
    } = {},
  ): Outcome {
    const spec = GRAPH_ERRORS[code];
    const error: Json = {
      message: opts.message ?? `(#${code}) ${spec?.title ?? 'Error'}`,
      type: opts.type ?? 'OAuthException',
      code,
    };
    if (opts.subcode !== undefined) error.error_subcode = opts.subcode;
    if (opts.transient) error.is_transient = true;
    if (!opts.noData) {
      error.error_data = { messaging_product: 'whatsapp', details: opts.details ?? spec?.details ?? 'Error' };
    }
    error.fbtrace_id = this.traceId();
    return { status: opts.status ?? spec?.status ?? 400, body: { error } };
  }

  private authError(message: string, subcode: number | undefined): Outcome {
    const error: Json = { message, type: 'OAuthException', code: 190 };
    if (subcode !== undefined) error.error_subcode = subcode;
    error.fbtrace_id = this.traceId();
    return {
      status: 401,
      body: { error },
      headers: { 'www-authenticate': `OAuth "Facebook Platform" "invalid_token" "${message.replace(/"/g, "'")}"` },
    };
  }

  private missing(what: string): Outcome {
    return this.error(131008, { details: `Parameter ${what} is required.` });
  }

  private invalid(details: string): Outcome {
    return this.error(131009, { details });
  }

  private wamid(): string {
    this.seq += 1;
    const tail = Buffer.from(`${this.nonce}${this.seq.toString(16).padStart(8, '0')}`).toString('base64');
    return `wamid.HBgL${tail}`;
  }

  private traceId(): string {
    return `A${randomBytes(9).toString('base64url')}`;
  }
}

function summary(type: string, body: Json): string | undefined {
  const content = body[type];
  if (!isObj(content)) return undefined;
  if (type === 'text' && typeof content.body === 'string') return content.body;
  if (type === 'template' && typeof content.name === 'string') return content.name;
  if (type === 'interactive' && isObj(content.body) && typeof content.body.text === 'string') return content.body.text;
  if (typeof content.caption === 'string') return content.caption;
  return undefined;
}
