// The one HTTP server: a small route table for webhooks, health, metrics and the playground.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { requestId, withLogContext } from '../core/log-context.js';
import type { Logger } from '../core/logger.js';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;

/** Thrown by `readBody` when a body is larger than allowed (answered with 413). */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/** Reads a request body up to `limit` bytes, as raw bytes (webhook signatures need the exact bytes). */
export function readBody(request: IncomingMessage, limit = 1_000_000): Promise<Buffer> {
  // Plain 'data' events: an async iterator over the request costs several times more per (one-chunk) webhook body.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      cleanup();
      request.pause(); // the rest is never read; the handler answers 413 and closes the connection
      reject(new BodyTooLargeError(`The request body is larger than ${limit} bytes.`));
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onAborted = () => onError(new Error('the request was aborted before its body arrived'));
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
    };
    // A connection closed before the end of the body: the iterator rejected here too ("premature close").
    const onClose = () => {
      if (!request.complete) onAborted();
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('close', onClose);
  });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  response.end(text);
}

export function sendText(response: ServerResponse, status: number, text: string, type = 'text/plain; charset=utf-8'): void {
  response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

export class HttpServer {
  private readonly routes = new Map<string, RouteHandler>();
  private readonly prefixes: Array<{ method: string; prefix: string; handler: RouteHandler }> = [];
  private server?: http.Server;
  private draining?: (method: string, path: string) => boolean;
  /** Told about every answered request (for metrics). */
  onResponse?: (info: { method: string; route: string; status: number; seconds: number }) => void;

  constructor(private readonly logger: Logger) {}

  /**
   * From now on, requests that `refuse(method, path)` picks (e.g. webhooks while shutting down) get 503 with Retry-After,
   * so the platforms deliver them again later; requests already being handled finish normally.
   */
  drain(refuse: (method: string, path: string) => boolean): void {
    this.draining = refuse;
  }

  /** Adds an exact route, e.g. `route('GET', '/healthz', ...)`. */
  route(method: string, path: string, handler: RouteHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  /** Adds a route for every path under a prefix, e.g. the playground's static files. */
  routePrefix(method: string, prefix: string, handler: RouteHandler): void {
    this.prefixes.push({ method, prefix, handler });
  }

  async listen(port: number, host: string): Promise<number> {
    this.server = http.createServer((request, response) => void withLogContext({ req: requestId(request.headers['x-request-id']) }, () => this.dispatch(request, response)));
    this.server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async dispatch(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const started = performance.now();
    const exact = this.routes.get(`${method} ${url.pathname}`);
    const prefix = exact ? undefined : this.prefixes.find((p) => (p.method === method || (p.method === 'GET' && method === 'HEAD')) && url.pathname.startsWith(p.prefix));
    const handler = exact ?? prefix?.handler;
    // The route, never the full path (paths can hold invite codes), and a fixed set of values (for metric labels).
    const route = exact ? url.pathname : (prefix?.prefix ?? 'other');
    response.once('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      this.onResponse?.({ method, route, status: response.statusCode, seconds });
      this.logger.debug({ method, route, status: response.statusCode, ms: Math.round(seconds * 10_000) / 10 }, 'http request');
    });
    if (this.draining?.(method, url.pathname)) {
      response.setHeader('retry-after', '5');
      response.setHeader('connection', 'close');
      return sendJson(response, 503, { error: 'stopping; try again later' });
    }
    try {
      if (!handler) {
        const otherMethod = [...this.routes.keys()].some((key) => key.endsWith(` ${url.pathname}`));
        return sendJson(response, otherMethod ? 405 : 404, { error: otherMethod ? 'method not allowed' : 'not found' });
      }
      await handler(request, response, url);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        // The rest of the body is never read: close the connection so the client does not send its next request into it.
        if (!response.headersSent) {
          response.setHeader('connection', 'close');
          sendJson(response, 413, { error: error.message });
        }
        return;
      }
      this.logger.error({ err: error, route }, 'HTTP handler failed');
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
      else response.destroy();
    }
  }
}
