// The one HTTP server: a small route table for webhooks, health, metrics and the playground.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/logger.js';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;

/** Thrown by `readBody` when a body is larger than allowed (answered with 413). */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/** Reads a request body up to `limit` bytes, as raw bytes (webhook signatures need the exact bytes). */
export async function readBody(request: IncomingMessage, limit = 1_000_000): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(`The request body is larger than ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
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
    this.server = http.createServer((request, response) => void this.dispatch(request, response));
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
    if (this.draining?.(method, url.pathname)) {
      response.setHeader('retry-after', '5');
      response.setHeader('connection', 'close');
      return sendJson(response, 503, { error: 'stopping; try again later' });
    }
    const handler =
      this.routes.get(`${method} ${url.pathname}`) ?? this.prefixes.find((p) => (p.method === method || (p.method === 'GET' && method === 'HEAD')) && url.pathname.startsWith(p.prefix))?.handler;
    try {
      if (!handler) {
        const otherMethod = [...this.routes.keys()].some((key) => key.endsWith(` ${url.pathname}`));
        return sendJson(response, otherMethod ? 405 : 404, { error: otherMethod ? 'method not allowed' : 'not found' });
      }
      await handler(request, response, url);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        if (!response.headersSent) sendJson(response, 413, { error: error.message });
        return;
      }
      // Only the first path segment: later ones can hold invite codes.
      this.logger.error({ err: error, route: url.pathname.split('/').slice(0, 2).join('/') }, 'HTTP handler failed');
      if (!response.headersSent) sendJson(response, 500, { error: 'internal error' });
      else response.destroy();
    }
  }
}
