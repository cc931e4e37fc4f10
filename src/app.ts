// Composition root: builds welkom from its parts (store → texts → features → flows → router → delivery → channels → scheduler → http).
import path from 'node:path';
import type { ChannelAdapter } from './channels/channel.js';
import { LocalChannel } from './channels/local/local-channel.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './core/clock.js';
import type { Command } from './core/commands.js';
import type { ButtonHandler, ChatEvent, Feature, FeatureApi } from './core/feature.js';
import { updateId, withLogContext } from './core/log-context.js';
import { silentLogger, type Logger } from './core/logger.js';
import type { InboundLimits } from './core/inbound-limit.js';
import { Router } from './core/router.js';
import { createInviteLinks, type Services } from './core/services.js';
import type { Inbound } from './core/types.js';
import { Delivery } from './delivery/outbox.js';
import { FEATURES } from './features/index.js';
import { FlowEngine, type ChoiceSource, type FlowAction } from './flows/engine.js';
import { loadFlows } from './flows/loader.js';
import { HttpServer, sendJson, sendText } from './http/server.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { createTranslator } from './i18n/i18n.js';
import { registerPlayground } from './playground/routes.js';
import { Scheduler } from './scheduler/scheduler.js';
import { Store } from './store/store.js';
import type { PgLease } from './store/lease.js';
import { storeSize } from './store/backup.js';
import { COLLECTIONS } from './store/schema.js';

/** The project folder (holds flows/ and locales/). */
export { PROJECT_ROOT } from './core/paths.js';
import { PROJECT_ROOT } from './core/paths.js';

/** Everything a channel adapter needs from the app to receive messages and register webhooks. */
export interface ChannelContext {
  services: Services;
  http: HttpServer;
  delivery: Delivery;
  metrics: Metrics;
  /** Handles one inbound message; resolves after its effects are committed. */
  handle(inbound: Inbound): Promise<void>;
  /** Handles a chat event (bot added/removed, migration, members joined); resolves after commit. */
  handleEvent(event: ChatEvent): Promise<void>;
  commands(): Command[];
}

export type ChannelFactory = (context: ChannelContext) => ChannelAdapter;

export interface AppOptions {
  config: Config;
  logger?: Logger;
  clock?: Clock;
  /** Folder with flows/ and locales/ (default: this project). */
  rootDir?: string;
  flowsDir?: string;
  features?: Feature[];
  /** Platform channels to add (Telegram, WhatsApp); the local channel is always there. */
  channels?: ChannelFactory[];
  /** Per-sender flood limit (default: 20 messages at once, then 30 a minute). */
  inboundLimits?: InboundLimits;
  /** Node's default process metrics on /metrics (off in tests). */
  processMetrics?: boolean;
  /** DATABASE_URL only: a connection holding the database lease (see store/lease.ts); without it the store takes the lease itself. */
  lease?: PgLease;
  /** On stop, how long sends in flight may take to finish (default 5 s; main.ts must exit within 10 s). */
  stopSendsWithinMs?: number;
}

export interface App {
  services: Services;
  router: Router;
  engine: FlowEngine;
  delivery: Delivery;
  scheduler: Scheduler;
  local: LocalChannel;
  http: HttpServer;
  metrics: Metrics;
  /** Starts delivery, channels, scheduler and the HTTP server; returns the port. */
  start(): Promise<number>;
  /** Stops everything and writes a final snapshot. Idempotent. */
  stop(): Promise<void>;
  handle(inbound: Inbound): Promise<void>;
  handleEvent(event: ChatEvent): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config } = options;
  const logger = options.logger ?? silentLogger();
  const clock = options.clock ?? systemClock;
  const root = options.rootDir ?? PROJECT_ROOT;
  const translator = createTranslator(path.join(root, 'locales'));
  const metrics = createMetrics({ defaults: options.processMetrics });
  // With DATABASE_URL, the store is written through the connection that holds the lease (main.ts waits for it as a standby).
  const backend = options.lease ? new (await import('./store/pg-backend.js')).PgBackend({ lease: options.lease, logger }) : undefined;
  const store = await Store.open({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    backend,
    logger,
    snapshotEvery: config.snapshotEvery,
    now: () => clock.now(),
    onCommit: ({ seconds, bytes }) => {
      metrics.storeCommitSeconds.observe(seconds);
      metrics.storeCommitBytes.inc(bytes);
    },
  });

  const delivery = new Delivery({
    store,
    clock,
    logger,
    timeZone: config.timeZone,
    onChange: (item) => {
      metrics.outbox.inc({ channel: item.to.channel, state: item.state });
      services.deliveryChanged?.(item);
    },
  });
  // `jobs` is the scheduler, which itself needs the services: filled in right below.
  const services = { config, store, translator, clock, logger, outbox: delivery, links: createInviteLinks() } as Omit<Services, 'jobs'> as Services;
  const scheduler = new Scheduler(services, {
    onTick: (tick) => {
      metrics.schedulerLag.set(tick.lagMs / 1000);
      metrics.schedulerLastTick.set(Math.floor(tick.at / 1000));
      if (tick.ran) metrics.schedulerRuns.inc({ outcome: 'ran' }, tick.ran);
      if (tick.skipped) metrics.schedulerRuns.inc({ outcome: 'skipped' }, tick.skipped);
      if (tick.failed) metrics.schedulerRuns.inc({ outcome: 'failed' }, tick.failed);
    },
  });
  services.jobs = scheduler;

  const features = options.features ?? FEATURES;
  const actions = new Map<string, FlowAction>();
  const choiceSources = new Map<string, ChoiceSource>();
  for (const feature of features) {
    for (const [name, action] of Object.entries(feature.actions ?? {})) actions.set(name, action);
    for (const [name, source] of Object.entries(feature.choiceSources ?? {})) choiceSources.set(name, source);
  }
  const flows = loadFlows(options.flowsDir ?? path.join(root, 'flows'), { translator, actions: new Set(actions.keys()), choiceSources: new Set(choiceSources.keys()) });
  const engine = new FlowEngine(flows, actions, choiceSources, services);

  let router: Router | undefined;
  const api: FeatureApi = { services, rootDir: root, features: () => features, commands: () => router?.list() ?? [] };
  const commands = features.flatMap((feature) => feature.commands?.(api) ?? []);

  const local = new LocalChannel(() => clock.now());
  const adapters = new Map<string, ChannelAdapter>([['local', local]]);
  // Features hear about delivery changes (a relayed reply was read, a file was too large to pass on).
  const deliveryFeatures = features.filter((feature) => feature.onDelivery);
  services.deliveryChanged = (item) => {
    for (const feature of deliveryFeatures) {
      try {
        feature.onDelivery!(item, services);
      } catch (error) {
        logger.error({ err: error instanceof Error ? error.name : 'error', feature: feature.name }, 'a delivery handler failed');
      }
    }
  };
  const buttons = new Map<string, ButtonHandler>();
  for (const feature of features) {
    for (const [prefix, handler] of Object.entries(feature.buttons ?? {})) {
      if (buttons.has(prefix)) throw new Error(`Two features register buttons with the prefix "${prefix}"; each prefix must be unique.`);
      buttons.set(prefix, handler);
    }
  }
  router = new Router(services, engine, commands, {
    commandStyle: (address) => adapters.get(address.channel)?.commandStyle(address) ?? 'slash',
    buttons,
    messageHandlers: features.flatMap((feature) => (feature.onMessage ? [feature.onMessage] : [])),
    inboundLimits: options.inboundLimits ?? config.flood,
    holders: features.filter((feature) => feature.holds || feature.cancel),
  });
  const activeRouter = router;

  const http = new HttpServer(logger);
  http.onResponse = ({ method, route, status }) => metrics.httpRequests.inc({ method, route, status: String(status) });
  // Every log line written while handling an update carries its short id (a hash of the platform's id, see log-context.ts).
  const handle = (inbound: Inbound): Promise<void> =>
    withLogContext({ update: updateId(inbound.dedupKey) }, async () => {
      const stopTimer = metrics.handleSeconds.startTimer({ channel: inbound.channel });
      metrics.inbound.inc({ channel: inbound.channel });
      await activeRouter.handle(inbound);
      if (inbound.chatType === 'private') delivery.release({ channel: inbound.channel, chatId: inbound.chatId });
      const seconds = stopTimer();
      logger.debug({ channel: inbound.channel, chat: inbound.chatType, input: inbound.choice ? 'button' : 'text', ms: Math.round(seconds * 10_000) / 10 }, 'update handled');
    });
  const handleEvent = async (event: ChatEvent): Promise<void> => {
    for (const feature of features) {
      const handler = feature.events?.[event.type] as ((e: ChatEvent, s: Services) => void) | undefined;
      if (!handler) continue;
      try {
        handler(event, services);
      } catch (error) {
        logger.error({ err: error, event: event.type, feature: feature.name }, 'a chat event handler failed');
      }
    }
    await store.committed();
  };
  local.attach(handle);
  delivery.addChannel(local);
  const context: ChannelContext = { services, http, delivery, metrics, handle, handleEvent, commands: () => activeRouter.list() };
  for (const factory of options.channels ?? []) {
    const adapter = factory(context);
    adapters.set(adapter.name, adapter);
    delivery.addChannel(adapter);
  }

  for (const feature of features) for (const [type, handler] of Object.entries(feature.jobs ?? {})) scheduler.register(type, handler);
  const teardowns: Array<() => void> = [];
  for (const feature of features) {
    const teardown = feature.setup?.({ ...api, scheduleDaily: (id, type, hhmm) => void scheduler.daily(id, type, hhmm, config.timeZone) });
    if (typeof teardown === 'function') teardowns.push(teardown);
  }

  let ready = false;
  let stopped = false;
  http.route('GET', '/healthz', (_request, response) => {
    if (!ready) return sendJson(response, 503, { status: 'starting' });
    // A store that can no longer write acknowledges nothing (platforms send again later): say so, with the reason.
    const health = store.health();
    if (!health.writable) return sendJson(response, 503, { status: 'store_failed', reason: health.reason, mode: config.mode });
    sendJson(response, 200, { status: 'ok', mode: config.mode, channels: [...adapters.keys()], store: { seq: store.getStats().seq }, ...(config.databaseUrl ? { role: 'active' } : {}) });
  });
  http.route('GET', '/metrics', async (_request, response) => {
    // Gauges read from the store at scrape time.
    metrics.outboxQueued.reset();
    metrics.outboxOldest.reset();
    const now = clock.now();
    const oldest = new Map<string, number>();
    for (const item of store.values('outbox')) {
      if (item.state !== 'queued') continue;
      const channel = item.to.channel;
      metrics.outboxQueued.inc({ channel });
      oldest.set(channel, Math.min(oldest.get(channel) ?? Infinity, item.createdAt));
    }
    for (const adapter of adapters.keys()) metrics.outboxOldest.set({ channel: adapter }, oldest.has(adapter) ? Math.max(0, (now - oldest.get(adapter)!) / 1000) : 0);
    for (const name of COLLECTIONS) metrics.storeEntities.set({ collection: name }, store.count(name));
    // The bytes of DATA_DIR; with DATABASE_URL the database's own monitoring shows its size.
    if (!config.databaseUrl) metrics.storeBytes.set(await storeSize(config.dataDir));
    sendText(response, 200, await metrics.registry.metrics(), metrics.registry.contentType);
  });

  // Optional HTTP surfaces (the playground) register their routes here.
  if (config.playground.enabled) registerPlayground({ services, http, local, scheduler, delivery }, { token: config.playground.token });

  const app: App = {
    services,
    router: activeRouter,
    engine,
    delivery,
    scheduler,
    local,
    http,
    metrics,
    handle,
    handleEvent,
    async start() {
      delivery.start();
      for (const adapter of adapters.values()) await adapter.start();
      scheduler.start();
      const port = await http.listen(config.port, config.host);
      ready = true;
      return port;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      ready = false;
      scheduler.stop();
      for (const teardown of teardowns) teardown();
      // Stop receiving first (new webhook deliveries and playground actions get 503, so they come again later), let updates
      // in hand finish, then sends in flight (their outcome recorded), then the store's final commit and snapshot.
      http.drain((method, path) => path.startsWith('/webhooks/') || (method === 'POST' && path.startsWith('/playground/api/')));
      await Promise.all([...adapters.values()].map((adapter) => adapter.stop().catch((error: unknown) => logger.error({ err: error, channel: adapter.name }, 'stopping a channel failed'))));
      await delivery.stop(options.stopSendsWithinMs ?? 5_000);
      await http.close();
      await store.close();
    },
  };
  return app;
}
