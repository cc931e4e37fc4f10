// The lean fetch for Graph API calls: answers, kept-alive connections, and failures shaped like the built-in fetch's.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGraphFetch } from '../../../src/channels/whatsapp/graph-fetch.js';

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server on a random port; `handle` answers (or not); counts connections and requests per connection. */
async function serve(handle: (request: http.IncomingMessage, response: http.ServerResponse, nth: number, body: string) => void) {
  const seen = new Map<Socket, number>();
  const server = http.createServer((request, response) => {
    const nth = (seen.get(request.socket) ?? 0) + 1;
    seen.set(request.socket, nth);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => handle(request, response, nth, body));
  });
  server.keepAliveTimeout = 10_000;
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v23.0/1/messages`, connections: () => seen.size };
}

const post = (body = '{"a":1}') => ({ method: 'POST', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, body });

describe('createGraphFetch', () => {
  it('sends the body and headers, and reads status, headers and JSON; calls share one kept-alive connection', async () => {
    const received: Array<{ auth?: string; body: string; length?: string }> = [];
    const server = await serve((request, response, _nth, body) => {
      received.push({ auth: request.headers.authorization, body, length: request.headers['content-length'] });
      response.writeHead(200, { 'content-type': 'application/json', 'x-fb-trace-id': 'abc' }).end('{"messages":[{"id":"wamid.1"}]}');
    });
    const graphFetch = createGraphFetch({ timeoutMs: 2_000 });
    const first = await graphFetch(server.url, post('{"text":"é"}'));
    expect(first.ok).toBe(true);
    expect(first.status).toBe(200);
    expect(first.headers.get('Content-Type')).toBe('application/json');
    expect(first.headers.get('retry-after')).toBeNull();
    expect(await first.json()).toEqual({ messages: [{ id: 'wamid.1' }] });
    await graphFetch(server.url, post());
    expect(received[0]).toEqual({ auth: 'Bearer t', body: '{"text":"é"}', length: '13' });
    expect(server.connections()).toBe(1);
  });

  it('an error answer is a response (not ok) with its text, like fetch', async () => {
    const server = await serve((_request, response) => response.writeHead(400, { 'content-type': 'application/json', 'retry-after': '3' }).end('{"error":{"code":131047}}'));
    const answer = await createGraphFetch({ timeoutMs: 2_000 })(server.url, post());
    expect(answer.ok).toBe(false);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('Retry-After')).toBe('3');
    expect(await answer.text()).toBe('{"error":{"code":131047}}');
  });

  it('sends again, once, on a fresh connection when a kept-alive connection is reset before any answer', async () => {
    const server = await serve((request, response, nth) => {
      if (nth === 2) return void request.socket.destroy(); // the second request on a reused connection: reset
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const graphFetch = createGraphFetch({ timeoutMs: 2_000 });
    await graphFetch(server.url, post());
    const again = await graphFetch(server.url, post());
    expect(again.status).toBe(200);
    expect(server.connections()).toBe(2);
  });

  it('fails like fetch: TypeError when nothing listens, TimeoutError when the answer is late, the reason when aborted', async () => {
    const refused = await createGraphFetch({ timeoutMs: 2_000 })('http://127.0.0.1:9/v23.0/1/messages', post()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as Error).message).toBe('fetch failed');

    const silent = await serve(() => undefined);
    const late = await createGraphFetch({ timeoutMs: 100 })(silent.url, post()).catch((error: unknown) => error);
    expect((late as Error).name).toBe('TimeoutError');

    const controller = new AbortController();
    const pending = createGraphFetch({ timeoutMs: 5_000 })(silent.url, { ...post(), signal: controller.signal });
    controller.abort(new Error('stopping'));
    await expect(pending).rejects.toThrow('stopping');
  });

  it('hands requests without a string body (uploads) to the fallback fetch', async () => {
    const calls: unknown[] = [];
    const fallback = (async (input: unknown) => {
      calls.push(input);
      return new Response('{}', { status: 200 });
    }) as typeof fetch;
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    const answer = await createGraphFetch({ timeoutMs: 1_000, fallback })('http://127.0.0.1:9/v23.0/1/media', { method: 'POST', body: form });
    expect(answer.status).toBe(200);
    expect(calls).toEqual(['http://127.0.0.1:9/v23.0/1/media']);
  });
});
