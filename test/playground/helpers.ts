// Builds a real app with the playground (like test/helpers/harness.ts) and keeps its port, plus small HTTP helpers for the API tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { createConfig, type Config } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { START_TIME } from '../helpers/harness.js';

export interface PlaygroundApp {
  app: App;
  /** Stops the app and starts a new one on the same data folder (a process restart). */
  restart(): Promise<void>;
  clock: ManualClock;
  base: string;
  close(): Promise<void>;
  get(pathname: string, headers?: Record<string, string>): Promise<Response>;
  post(pathname: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** A started app on a random port with a temp DATA_DIR, a manual clock at START_TIME, and the playground as configured by `env`. */
export async function startPlayground(env: Record<string, string> = {}, adjust: (config: Config) => Config = (c) => c): Promise<PlaygroundApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'welkom-playground-'));
  // Frozen until a test (or the clock API) moves it, so times can be compared exactly.
  const clock = new ManualClock({ now: () => START_TIME });
  const config = adjust(createConfig({ DATA_DIR: dataDir, PORT: '0', ...env }));
  const start = async () => {
    const app = await createApp({ config, clock });
    return { app, port: await app.start() };
  };
  const first = await start();
  const handle: PlaygroundApp = {
    app: first.app,
    clock,
    base: `http://127.0.0.1:${first.port}`,
    async restart() {
      await handle.app.stop();
      const next = await start();
      handle.app = next.app;
      handle.base = `http://127.0.0.1:${next.port}`;
    },
    async close() {
      await handle.app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    get: (pathname, headers = {}) => fetch(`${handle.base}${pathname}`, { headers }),
    post: (pathname, body, headers = {}) =>
      fetch(`${handle.base}${pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
  return handle;
}

/** Reads server-sent events from a streaming response until `until` says stop (or the time is up). */
export async function readEvents(response: Response, until: (events: Array<{ event: string; data: unknown }>) => boolean, timeoutMs = 5_000): Promise<Array<{ event: string; data: unknown }>> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: Array<{ event: string; data: unknown }> = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (!until(events) && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), Math.max(0, deadline - Date.now())))]);
      if (!chunk || chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) as unknown });
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return events;
}
