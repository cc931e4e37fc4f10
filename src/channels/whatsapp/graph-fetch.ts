// A lean `fetch` for the Graph API's JSON calls (sends, templates, read receipts) over node:http(s) keep-alive agents.
//
// Every inbound WhatsApp message costs two Graph calls (the reply and the read receipt). Through Node's built-in fetch
// (undici, web streams, a cloned request body, an AbortSignal per call) each call took about 0.9 ms of CPU; the same
// call over node:http with a keep-alive agent takes about 0.15 ms. Only requests with a string body take this path;
// uploads (FormData) and downloads go to the built-in fetch unchanged. It behaves like fetch where the client and
// `classify` look: network failures reject with a TypeError ("fetch failed"), a timeout with a DOMException named
// TimeoutError, an abort with the signal's reason; redirects are not followed (the Graph API answers JSON calls
// directly). The response offers what the Kapso client reads: ok, status, statusText, headers (read-only), text, json, arrayBuffer.
import http from 'node:http';
import https from 'node:https';

export interface GraphFetchOptions {
  /** A call (connect, send, read the answer) that takes longer is abandoned with a TimeoutError. */
  timeoutMs: number;
  /** Requests this fetch does not handle itself (uploads, downloads); default the built-in fetch. */
  fallback?: typeof fetch;
  /** Connections kept per host (default 32: the WhatsApp lane sends 16 at once, read receipts 8). */
  maxSockets?: number;
}

/** The part of a Response the Kapso client uses, over a body read in full. */
class GraphResponse {
  readonly ok: boolean;
  readonly redirected = false;
  readonly type = 'basic';
  bodyUsed = false;
  readonly headers: GraphHeaders;

  constructor(
    readonly status: number,
    readonly statusText: string,
    rawHeaders: http.IncomingHttpHeaders,
    private readonly body: Buffer,
    readonly url: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new GraphHeaders(rawHeaders);
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength) as ArrayBuffer;
  }
}

/**
 * The answer's headers, read-only, straight from Node's (lower-cased) header object. A WHATWG Headers would do, but
 * building one loads undici (≈ 15 ms on the first call) and costs more per call than reading one header does.
 */
class GraphHeaders implements Iterable<[string, string]> {
  constructor(private readonly raw: http.IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : String(value);
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }

  forEach(callback: (value: string, name: string, headers: this) => void): void {
    for (const [name, value] of this) callback(value, name, this);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/** Plain header object from what fetch accepts (the Kapso client passes a plain object). */
function headerObject(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  // A plain object first: even naming the global Headers loads undici.
  if (!Array.isArray(headers) && Object.getPrototypeOf(headers) === Object.prototype) return headers as Record<string, string>;
  return Object.fromEntries(new Headers(headers));
}

/** Builds the fetch; keep one per sender (it owns the keep-alive connections). */
export function createGraphFetch(options: GraphFetchOptions): typeof fetch {
  const fallback = options.fallback ?? fetch;
  const maxSockets = options.maxSockets ?? 32;
  const agents = { 'http:': new http.Agent({ keepAlive: true, maxSockets }), 'https:': new https.Agent({ keepAlive: true, maxSockets }) };

  const viaFallback = (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    return fallback(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };

  const once = (url: URL, init: RequestInit, body: string): Promise<{ response?: GraphResponse; retry?: boolean }> =>
    new Promise((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) return reject(signal.reason as Error);
      const transport = url.protocol === 'https:' ? https : http;
      const headers = { ...headerObject(init.headers), 'content-length': String(Buffer.byteLength(body)) };
      let settled = false;
      let answered = false;
      const finish = (outcome: { response?: GraphResponse; retry?: boolean } | Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const request = transport.request(url, { method: init.method ?? 'GET', headers, agent: agents[url.protocol as 'http:' | 'https:'] }, (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => finish({ response: new GraphResponse(response.statusCode ?? 0, response.statusMessage ?? '', response.headers, Buffer.concat(chunks), url.href) }));
        response.on('error', (error) => finish(new TypeError('fetch failed', { cause: error })));
      });
      const timer = setTimeout(() => {
        const error = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
        finish(error);
        request.destroy(error);
      }, options.timeoutMs);
      const onAbort = () => {
        finish(signal!.reason as Error);
        request.destroy();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      request.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the server had just closed: the request never reached it, so sending it again is safe.
        if (!answered && request.reusedSocket && error.code === 'ECONNRESET') return finish({ retry: true });
        finish(new TypeError('fetch failed', { cause: error }));
      });
      request.end(body);
    });

  const graphFetch = async (input: Parameters<typeof fetch>[0], init: RequestInit = {}): Promise<Response> => {
    // (A Request object goes to the built-in fetch too; naming `Request` here would load undici.)
    if (typeof init.body !== 'string' || !(typeof input === 'string' || input instanceof URL)) return viaFallback(input, init);
    const url = new URL(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return viaFallback(input, init);
    let outcome = await once(url, init, init.body);
    if (outcome.retry) outcome = await once(url, init, init.body);
    if (!outcome.response) throw new TypeError('fetch failed', { cause: new Error('the connection was closed twice before an answer') });
    return outcome.response as unknown as Response;
  };
  return graphFetch as typeof fetch;
}
