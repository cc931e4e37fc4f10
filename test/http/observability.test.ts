// Observability: log lines carry the update / request id and no personal data; /metrics has in/out, latency, outbox, scheduler and store figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import type { Feature } from '../../src/core/feature.js';
import { updateId } from '../../src/core/log-context.js';
import { createLogger } from '../../src/core/logger.js';
import { FEATURES } from '../../src/features/index.js';

const SECRET_NAME = 'Samira Geheimnaam';
const SECRET_TEXT = 'mijn nummer is 0612345678';
let app: App | undefined;
let dir: string | undefined;
afterEach(async () => {
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  app = undefined;
});

/** A feature whose command and job write a log line, to see the context reach code deep inside a turn. */
const probe: Feature = {
  name: 'probe',
  commands: ({ services }) => [{ name: 'probe', roles: ['guest', 'newcomer', 'volunteer', 'coordinator'], hidden: true, run: (turn) => { services.logger.info({ probe: true }, 'probe command ran'); turn.send({ text: 'ok', kind: 'reply' }); } }],
  jobs: { probe: () => undefined },
};

async function start(): Promise<{ app: App; clock: ManualClock; url: string; lines: () => Array<Record<string, unknown>>; raw: () => string }> {
  dir = mkdtempSync(path.join(tmpdir(), 'welkom-obs-'));
  const clock = new ManualClock(undefined, Date.UTC(2026, 11, 1, 12, 0, 0));
  let raw = '';
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  const config = createConfig({ DATA_DIR: dir, PORT: '0' });
  app = await createApp({ config, clock, logger: createLogger('debug', stream), features: [...FEATURES, probe] });
  const port = await app.start();
  return { app, clock, url: `http://127.0.0.1:${port}`, raw: () => raw, lines: () => raw.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

function metric(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `) || (labels === '' && l.startsWith(`${name} `)));
  return line ? Number(line.split(' ').pop()) : undefined;
}

describe('logs', () => {
  it('every line written while handling an update carries its id (a hash, not the platform id); names and texts never appear', async () => {
    const { app, lines, raw } = await start();
    await app.local.say({ chatId: 'c1', userId: 'u1', displayName: SECRET_NAME }, '/probe');
    await app.local.say({ chatId: 'c1', userId: 'u1', displayName: SECRET_NAME }, SECRET_TEXT);
    const probeLine = lines().find((l) => l.msg === 'probe command ran');
    const handled = lines().filter((l) => l.msg === 'update handled');
    expect(handled).toHaveLength(2);
    expect(probeLine?.update).toMatch(/^[0-9a-f]{12}$/);
    expect(probeLine?.update).toBe(handled[0]!.update);
    expect(handled[1]!.update).not.toBe(handled[0]!.update);
    expect(handled[0]).toMatchObject({ channel: 'local', chat: 'private', input: 'text' });
    // Outside an update there is no update id.
    expect(lines().filter((l) => l.msg !== 'update handled' && l.msg !== 'probe command ran' && l.update !== undefined)).toEqual([]);
    expect(raw()).not.toContain('Samira');
    expect(raw()).not.toContain('0612345678');
    expect(raw()).not.toContain('u1');
  });

  it('the same platform update gets the same id on a retry', () => {
    expect(updateId('whatsapp:wamid.ABC')).toBe(updateId('whatsapp:wamid.ABC'));
    expect(updateId('whatsapp:wamid.ABC')).not.toBe(updateId('whatsapp:wamid.ABD'));
    expect(updateId('whatsapp:wamid.ABC')).not.toContain('ABC');
  });

  it('HTTP requests are logged with a request id, the route (never the full path) and the status', async () => {
    const { url, lines } = await start();
    await fetch(`${url}/invites/K7M2QX9PABCD1234/whatsapp-qr.png`, { headers: { 'x-request-id': 'caddy-42' } });
    await fetch(`${url}/healthz`);
    const requests = lines().filter((l) => l.msg === 'http request');
    expect(requests[0]).toMatchObject({ req: 'caddy-42', method: 'GET', route: 'other', status: 404 });
    expect(requests[1]).toMatchObject({ route: '/healthz', status: 200, req: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(JSON.stringify(lines())).not.toContain('K7M2QX9P');
  });
});

describe('/metrics', () => {
  it('reports updates in and out per channel, handler latency, outbox depth and age, scheduler lag, store commits, size and entities', async () => {
    const { app, clock, url } = await start();
    await app.local.say({ chatId: 'c1', userId: 'u1' }, '/probe');
    await app.delivery.idle();
    // A message waiting for later, 10 minutes old, and a job that runs 30 s late.
    app.services.outbox.enqueue({ to: { channel: 'local', chatId: 'c2' }, message: { text: 'later', kind: 'notice' }, priority: 'bulk', notBefore: clock.now() + 3_600_000, key: 'obs:later' });
    app.services.jobs.at('obs:job', 'probe', clock.now() - 30_000);
    await app.services.store.committed();
    clock.advance(600_000);
    // Features may run a job of their own at start-up (practice plans its nudges): count only this tick's runs.
    const ranBefore = metric(await app.metrics.registry.getSingleMetricAsString('welkom_scheduler_runs_total'), 'welkom_scheduler_runs_total', '{outcome="ran"}') ?? 0;
    const tickedAt = clock.now();
    app.scheduler.tick();
    await app.services.store.committed();

    const text = await (await fetch(`${url}/metrics`)).text();
    expect(metric(text, 'welkom_inbound_total', '{channel="local"}')).toBe(1);
    expect(metric(text, 'welkom_outbox_total', '{channel="local",state="sent"}')).toBeGreaterThanOrEqual(1);
    expect(metric(text, 'welkom_handle_seconds_count', '{channel="local"}')).toBe(1);
    expect(metric(text, 'welkom_outbox_queued', '{channel="local"}')).toBe(1);
    expect(metric(text, 'welkom_outbox_oldest_queued_seconds', '{channel="local"}')).toBeGreaterThanOrEqual(600);
    expect(metric(text, 'welkom_outbox_oldest_queued_seconds', '{channel="local"}')).toBeLessThan(660);
    expect(metric(text, 'welkom_scheduler_lag_seconds')).toBeGreaterThanOrEqual(630);
    // The manual clock also moves with real time: the tick happened between `tickedAt` and now.
    expect(metric(text, 'welkom_scheduler_last_tick_seconds')).toBeGreaterThanOrEqual(Math.floor(tickedAt / 1000));
    expect(metric(text, 'welkom_scheduler_last_tick_seconds')).toBeLessThanOrEqual(Math.floor(clock.now() / 1000));
    expect((metric(text, 'welkom_scheduler_runs_total', '{outcome="ran"}') ?? 0) - ranBefore).toBe(1);
    expect(metric(text, 'welkom_store_commit_seconds_count')).toBeGreaterThan(0);
    expect(metric(text, 'welkom_store_commit_bytes_total')).toBeGreaterThan(0);
    expect(metric(text, 'welkom_store_bytes')).toBeGreaterThan(100);
    expect(metric(text, 'welkom_store_entities', '{collection="outbox"}')).toBeGreaterThanOrEqual(2);
    expect(metric(text, 'welkom_http_requests_total', '{method="GET",route="/metrics",status="200"}')).toBeUndefined(); // counted when answered
    expect(metric(await (await fetch(`${url}/metrics`)).text(), 'welkom_http_requests_total', '{method="GET",route="/metrics",status="200"}')).toBe(1);
  });
});
