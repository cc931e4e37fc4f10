// The webhook routes: GET handshake, POST signature check, batch handling (in order per person), 200 only after commit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter } from 'prom-client';
import type { ChannelContext } from '../../app.js';
import type { WhatsAppConfig } from '../../config.js';
import { secretMatches } from '../../http/secrets.js';
import { readBody, sendJson, sendText, type HttpServer } from '../../http/server.js';
import { touchContact } from './contacts.js';
import { toInbound, messageTime } from './inbound.js';
import { parseBatch, type ParsedBatch } from './schema.js';
import { verifySignature } from './signature.js';
import type { DeliveryTracker } from './statuses.js';

export const WEBHOOK_PATH = '/webhooks/whatsapp';
/** Largest webhook body accepted (Meta's batches are far smaller); larger ⇒ 413. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookOptions {
  config: WhatsAppConfig;
  context: ChannelContext;
  tracker: DeliveryTracker;
  /** Called after the 200 with the ids of new messages, to mark them read (best effort). */
  accepted(messageIds: string[]): void;
}

/** What one POST contained, for logs (counts only). */
export interface BatchSummary {
  messages: number;
  statuses: number;
  duplicates: number;
  skipped: number;
  foreign: number;
  readIds: string[];
}

/** Receives Meta's webhook deliveries for one phone number. */
export class WhatsAppWebhook {
  /** Work per person, so one person's messages are handled in order even across concurrent POSTs. */
  private readonly chains = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private accepting = true;
  private readonly outcomes: Counter<'outcome'>;

  constructor(private readonly options: WebhookOptions) {
    const { registry } = options.context.metrics;
    this.outcomes =
      (registry.getSingleMetric('welkom_whatsapp_webhook_total') as Counter<'outcome'> | undefined) ??
      new Counter({ name: 'welkom_whatsapp_webhook_total', help: 'WhatsApp webhook requests by outcome', labelNames: ['outcome'], registers: [registry] });
  }

  register(http: HttpServer): void {
    http.route('GET', WEBHOOK_PATH, (_request, response, url) => this.handshake(response, url));
    http.route('POST', WEBHOOK_PATH, (request, response) => this.receive(request, response));
  }

  /** Refuses new deliveries (503, so Meta retries later) and waits for the ones being handled. */
  async stop(): Promise<void> {
    this.accepting = false;
    await Promise.allSettled([...this.inFlight]);
  }

  /** GET: Meta checks the URL with hub.mode=subscribe and our verify token, and expects hub.challenge back. */
  private handshake(response: ServerResponse, url: URL): void {
    const mode = url.searchParams.get('hub.mode');
    const token = url.searchParams.get('hub.verify_token');
    const challenge = url.searchParams.get('hub.challenge') ?? '';
    if (mode === 'subscribe' && token !== null && secretMatches(token, this.options.config.verifyToken) && challenge.length > 0 && challenge.length <= 256) {
      this.outcomes.inc({ outcome: 'handshake' });
      response.setHeader('x-content-type-options', 'nosniff');
      return sendText(response, 200, challenge);
    }
    this.outcomes.inc({ outcome: 'handshake_refused' });
    this.options.context.services.logger.warn('WhatsApp webhook handshake refused: wrong hub.verify_token or hub.mode (check WHATSAPP_VERIFY_TOKEN against the Meta app settings)');
    sendText(response, 403, 'Forbidden');
  }

  /** POST: check the signature over the raw bytes, parse, handle every message and status, commit, then 200. */
  private async receive(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { logger } = this.options.context.services;
    if (!this.accepting) return sendJson(response, 503, { error: 'stopping' });
    const raw = await readBody(request, MAX_BODY_BYTES);
    const verdict = verifySignature(this.options.config.appSecret, raw, request.headers['x-hub-signature-256']);
    if (verdict !== 'ok') {
      this.outcomes.inc({ outcome: `signature_${verdict}` });
      logger.warn({ verdict }, 'WhatsApp webhook refused: the X-Hub-Signature-256 signature is missing or wrong (check WHATSAPP_APP_SECRET)');
      return sendJson(response, verdict === 'missing' ? 401 : 403, { error: verdict === 'missing' ? 'signature missing' : 'signature invalid' });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      this.outcomes.inc({ outcome: 'malformed' });
      return sendJson(response, 400, { error: 'malformed JSON' });
    }
    const batch = parseBatch(body);
    if (!batch) {
      this.outcomes.inc({ outcome: 'malformed' });
      return sendJson(response, 400, { error: 'not a webhook payload (no entry list)' });
    }
    const started = performance.now();
    const work = this.process(batch);
    this.inFlight.add(work);
    let summary: BatchSummary;
    try {
      summary = await work;
    } catch (error) {
      this.outcomes.inc({ outcome: 'error' });
      logger.error({ err: error }, 'handling a WhatsApp webhook failed; answering 500 so Meta delivers it again');
      return sendJson(response, 500, { error: 'internal error' });
    } finally {
      this.inFlight.delete(work);
    }
    this.outcomes.inc({ outcome: 'ok' });
    sendText(response, 200, 'EVENT_RECEIVED');
    const { readIds, ...counts } = summary;
    logger.debug({ ...counts, ms: Math.round(performance.now() - started) }, 'WhatsApp webhook handled');
    if (readIds.length > 0) this.options.accepted(readIds);
  }

  /** Handles a parsed batch; resolves after everything it changed is committed. Exposed for tests. */
  async process(batch: ParsedBatch): Promise<BatchSummary> {
    const { config, context, tracker } = this.options;
    const { services } = context;
    const { store } = services;
    const summary: BatchSummary = { messages: 0, statuses: 0, duplicates: 0, skipped: batch.skipped, foreign: 0, readIds: [] };
    if (batch.errorCodes.length > 0) services.logger.warn({ codes: batch.errorCodes }, 'WhatsApp reported errors in a webhook');

    const seen = new Set<string>();
    const jobs: Array<Promise<void>> = [];
    // Meta does not promise order inside a batch: oldest first (stable for equal times).
    const messages = [...batch.messages].sort((a, b) => (messageTime(a.message.timestamp) ?? 0) - (messageTime(b.message.timestamp) ?? 0));
    for (const { message, contacts, phoneNumberId } of messages) {
      if (phoneNumberId !== undefined && phoneNumberId !== config.phoneNumberId) {
        summary.foreign += 1; // another number of the same WhatsApp Business Account
        continue;
      }
      const dedupKey = `whatsapp:${message.id}`;
      if (seen.has(message.id) || store.get('dedup', dedupKey)) {
        summary.duplicates += 1;
        continue;
      }
      seen.add(message.id);
      const result = toInbound(message, contacts);
      if (result.kind === 'invalid') {
        summary.skipped += 1;
        continue;
      }
      summary.messages += 1;
      summary.readIds.push(message.id);
      jobs.push(
        this.inOrder(result.userId, async () => {
          // Same commit as the turn: the window opens exactly when the message is handled.
          touchContact(services, result.userId, result.at);
          if (result.kind === 'inbound') return context.handle(result.inbound);
          // A reaction or system notice needs no answer, but it opens the window: send what was held.
          store.put('dedup', dedupKey, { key: dedupKey, at: services.clock.now() });
          await store.committed();
          context.delivery.release({ channel: 'whatsapp', chatId: result.userId });
        }),
      );
    }
    for (const { status, phoneNumberId } of batch.statuses) {
      if (phoneNumberId !== undefined && phoneNumberId !== config.phoneNumberId) {
        summary.foreign += 1;
        continue;
      }
      if (tracker.apply(status)) summary.statuses += 1;
    }
    // What this POST changed itself (the statuses; each message's job waits for its own turn's commit). Taken now, not
    // after the jobs: by then the outbox has changed more (a reply marked "sending"), and the 200 need not wait for that.
    const ownChanges = store.committed();
    ownChanges.catch(() => undefined); // awaited below; a failing job must not leave it unhandled
    const results = await Promise.allSettled(jobs);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    await ownChanges;
    return summary;
  }

  /** Runs `task` after the earlier tasks of the same person (even if those failed). */
  private inOrder(userId: string, task: () => Promise<void>): Promise<void> {
    const previous = this.chains.get(userId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.chains.set(userId, next);
    const cleanup = () => {
      if (this.chains.get(userId) === next) this.chains.delete(userId);
    };
    next.then(cleanup, cleanup);
    return next;
  }
}

