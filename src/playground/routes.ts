// Mounts the playground on the app's HTTP server: the page, its static files, the JSON API and the live event stream.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import path from 'node:path';
import { projectPath } from '../core/paths.js';
import type { LocalMessage } from '../channels/local/local-channel.js';
import { secretMatches } from '../http/secrets.js';
import { sendJson, sendText, type RouteHandler } from '../http/server.js';
import { apiRoutes } from './api.js';
import { Playground, type PlaygroundHost } from './playground.js';

export interface PlaygroundOptions {
  /** When set, every playground request must carry it (header, `?token=` or the cookie the page sets). */
  token?: string;
  /** Folder of index.html, app.js and style.css (default: ./public next to this file). */
  publicDir?: string;
}

// From the project folder, not this file: the compiled dist/ has no copy of the static files.
const PUBLIC_DIR = projectPath('src', 'playground', 'public');
const COOKIE = 'welkom_playground';
const MAX_EVENT_STREAMS = 50;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Adds the playground's routes to `host.http`. Call only when the playground is enabled. */
export function registerPlayground(host: PlaygroundHost, options: PlaygroundOptions = {}): Playground {
  const playground = new Playground(host);
  const publicDir = options.publicDir ?? PUBLIC_DIR;
  const { translator } = host.services;
  const expected = options.token;
  let streams = 0;

  /** Security headers, then the checks; `page` answers a missing token with a small form instead of JSON. */
  const guarded =
    (kind: 'page' | 'asset' | 'api', handler: RouteHandler): RouteHandler =>
    async (request, response, url) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
      const refusal = check(request, url, expected);
      if (refusal) {
        if (refusal.status === 401 && kind === 'page') return sendText(response, 401, TOKEN_PAGE, CONTENT_TYPES['.html']);
        return sendJson(response, refusal.status, { error: refusal.error });
      }
      if (expected && kind === 'page' && url.searchParams.has('token')) {
        response.setHeader('set-cookie', `${COOKIE}=${encodeURIComponent(url.searchParams.get('token') ?? '')}; Path=/; HttpOnly; SameSite=Strict`);
      }
      if (kind !== 'asset') playground.ensureDemo();
      await handler(request, response, url);
    };

  const serveFile = async (name: string, response: ServerResponse) => {
    const type = CONTENT_TYPES[path.extname(name)];
    if (!type || !/^[a-z0-9-]+\.[a-z]+$/.test(name)) return sendJson(response, 404, { error: 'not found' });
    let body: Buffer;
    try {
      body = await readFile(path.join(publicDir, name));
    } catch {
      return sendJson(response, 404, { error: 'not found' });
    }
    response.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache' });
    response.end(body);
  };

  const { http } = host;
  http.route('GET', '/', guarded('page', (_request, response) => serveFile('index.html', response)));
  for (const alias of ['/playground', '/playground/']) {
    http.route('GET', alias, guarded('asset', (_request, response, url) => {
      response.writeHead(302, { location: `/${url.search}` });
      response.end();
    }));
  }
  http.routePrefix('GET', '/playground/static/', guarded('asset', (_request, response, url) => serveFile(url.pathname.slice('/playground/static/'.length), response)));

  const texts = (lang: string) => {
    const code = translator.isLocale(lang) ? lang : 'en';
    return { lang: code, dir: translator.dir(code), texts: translator.resources()[code]?.playground ?? {}, languages: translator.locales() };
  };
  for (const route of apiRoutes(playground, texts)) http.route(route.method, route.path, guarded('api', route.handler));

  // Files the bot sent in a playground chat (an .ics invitation, a relayed photo), by the id of their line.
  http.routePrefix('GET', '/playground/api/files/', guarded('api', (_request, response, url) => {
    const id = Number(url.pathname.slice('/playground/api/files/'.length));
    const file = Number.isInteger(id) && id > 0 ? host.local.file(id) : undefined;
    if (!file) return sendJson(response, 404, { error: 'not found' });
    const safeName = file.filename.replace(/[^A-Za-z0-9._-]/g, '_');
    response.writeHead(200, { 'content-type': file.mimeType, 'content-length': file.bytes.length, 'content-disposition': `attachment; filename="${safeName}"`, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    response.end(file.bytes);
  }));

  http.route(
    'GET',
    '/playground/api/events',
    guarded('api', (request, response) => {
      if (streams >= MAX_EVENT_STREAMS) return sendJson(response, 503, { error: 'too many open pages' });
      streams += 1;
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' });
      const send = (event: string, data: unknown) => response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      response.write('retry: 2000\n\n');
      send('hello', { now: host.services.clock.now() });
      const onMessage = (message: LocalMessage) => send('message', message);
      const onClock = (data: { now: number }) => send('clock', data);
      const onState = () => send('state', {});
      playground.events.on('message', onMessage);
      playground.events.on('clock', onClock);
      playground.events.on('state', onState);
      const ping = setInterval(() => response.write(': ping\n\n'), 15_000);
      ping.unref();
      request.once('close', () => {
        streams -= 1;
        clearInterval(ping);
        playground.events.off('message', onMessage);
        playground.events.off('clock', onClock);
        playground.events.off('state', onState);
      });
    }),
  );
  return playground;
}

/** Token, Host (DNS rebinding) and Origin (cross-site requests) checks; undefined when the request may go on. */
function check(request: IncomingMessage, url: URL, expected: string | undefined): { status: number; error: string } | undefined {
  const host = request.headers.host ?? '';
  const hostname = hostName(host);
  // Without a token, only a literal address or localhost may be asked for: a foreign name pointing here is a rebinding attack.
  if (!expected && !(hostname === 'localhost' || isIP(hostname) !== 0)) return { status: 403, error: 'the playground answers only on localhost or an IP address' };
  const origin = request.headers.origin;
  if (origin !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
    let sameOrigin = false;
    try {
      sameOrigin = new URL(origin).host === host;
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) return { status: 403, error: 'cross-site requests are not allowed' };
  }
  if (!expected) return undefined;
  const header = request.headers['x-playground-token'];
  const given = (typeof header === 'string' ? header : undefined) ?? url.searchParams.get('token') ?? cookie(request, COOKIE);
  if (given === undefined || !secretMatches(given, expected)) return { status: 401, error: 'a valid playground token is required (X-Playground-Token header or ?token=)' };
  return undefined;
}

function hostName(host: string): string {
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  return host.replace(/:\d+$/, '').toLowerCase();
}

/** Hashing first makes the comparison constant-time whatever the lengths. */

function cookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Shown instead of the page when a token is required; a plain form, no script. */
const TOKEN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Welkom playground: token needed</title></head>
<body><main><h1>Welkom playground</h1>
<p>This playground can act as any user, so it needs its token (PLAYGROUND_TOKEN).</p>
<form method="get" action="/"><label for="token">Token</label> <input id="token" name="token" type="password" autocomplete="off" required> <button type="submit">Open</button></form>
</main></body></html>
`;
