// A lean `fetch` for the Graph API's JSON calls (sends, templates, read receipts) over node:http(s) keep-alive agents.
//
// Every inbound WhatsApp message costs two Graph calls (the reply and the read receipt). Through Node's built-in fetch
// (undici, web streams, a cloned request body, an AbortSignal per call) each call took about 0.9 ms of CPU; the same
// call over node:http with a keep-alive agent takes about 0.15 ms. Only requests with a string body take this path;
// uploads (FormData) and downloads go to the built-in fetch unchanged. It behaves like fetch where the client and
// `classify` look: network failures reject with a TypeError ("fetch failed"), a timeout with a DOMException named
// TimeoutError, an abort with the signal's reason; redirects are not followed (the Graph API answers JSON calls
// directly). The response offers what the Kapso client reads: ok, status, statusText, headers, text, json, arrayBuffer.
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
  readonly headers: Headers;

  constructor(
    readonly status: number,
    readonly statusText: string,
    rawHeaders: http.IncomingHttpHeaders,
    private readonly body: Buffer,
    readonly url: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = toHeaders(rawHeaders);
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

/** Node's header object as a Headers (repeated headers as repeated entries). */
function toHeaders(raw: http.IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

/** Plain header object from what fetch accepts (the Kapso client passes a plain object). */
function headerObject(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  if (headers instanceof Headers || Array.isArray(headers)) return Object.fromEntries(new Headers(headers));
  return headers as Record<string, string>;
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
    if (typeof init.body !== 'string' || input instanceof Request) return viaFallback(input, init);
    const url = new URL(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return viaFallback(input, init);
    let outcome = await once(url, init, init.body);
    if (outcome.retry) outcome = await once(url, init, init.body);
    if (!outcome.response) throw new TypeError('fetch failed', { cause: new Error('the connection was closed twice before an answer') });
    return outcome.response as unknown as Response;
  };
  return graphFetch as typeof fetch;
}
