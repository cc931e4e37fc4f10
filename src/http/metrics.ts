// Prometheus metrics of one welkom process (its own registry, so tests can build several apps). Names are listed in README "Observability".
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  /** Updates in, per channel. */
  inbound: Counter<'channel'>;
  /** Outbox items reaching a state, per channel; `state="sent"` is the updates out. */
  outbox: Counter<'channel' | 'state'>;
  outboxQueued: Gauge<'channel'>;
  outboxOldest: Gauge<'channel'>;
  /** Receive → committed, per channel. */
  handleSeconds: Histogram<'channel'>;
  schedulerLag: Gauge;
  schedulerLastTick: Gauge;
  schedulerRuns: Counter<'outcome'>;
  storeCommitSeconds: Histogram;
  storeCommitBytes: Counter;
  storeBytes: Gauge;
  storeEntities: Gauge<'collection'>;
  httpRequests: Counter<'method' | 'route' | 'status'>;
}

export function createMetrics(options: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaults) collectDefaultMetrics({ register: registry, prefix: 'welkom_' });
  const registers = [registry];
  return {
    registry,
    inbound: new Counter({ name: 'welkom_inbound_total', help: 'Updates in: messages and button presses received, per channel', labelNames: ['channel'], registers }),
    outbox: new Counter({ name: 'welkom_outbox_total', help: 'Outbox items reaching a state (queued, sent, failed, held, cancelled); state="sent" are the updates out', labelNames: ['channel', 'state'], registers }),
    outboxQueued: new Gauge({ name: 'welkom_outbox_queued', help: 'Outbox items waiting to be sent', labelNames: ['channel'], registers }),
    outboxOldest: new Gauge({ name: 'welkom_outbox_oldest_queued_seconds', help: 'Age of the oldest outbox item waiting to be sent (0 when none)', labelNames: ['channel'], registers }),
    handleSeconds: new Histogram({ name: 'welkom_handle_seconds', help: 'Time from receiving a message to its commit', labelNames: ['channel'], buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5], registers }),
    schedulerLag: new Gauge({ name: 'welkom_scheduler_lag_seconds', help: 'How late the latest scheduler tick ran its most overdue job (0 when none was due)', registers }),
    schedulerLastTick: new Gauge({ name: 'welkom_scheduler_last_tick_seconds', help: 'Unix time of the latest scheduler tick (ticks every 15 s)', registers }),
    schedulerRuns: new Counter({ name: 'welkom_scheduler_runs_total', help: 'Job runs by outcome (ran, skipped: too late, failed)', labelNames: ['outcome'], registers }),
    storeCommitSeconds: new Histogram({ name: 'welkom_store_commit_seconds', help: 'Time to make one group commit durable (append + fsync)', buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5], registers }),
    storeCommitBytes: new Counter({ name: 'welkom_store_commit_bytes_total', help: 'Bytes written by commits', registers }),
    storeBytes: new Gauge({ name: 'welkom_store_bytes', help: 'Size of the store on disk (snapshot and journal; not backups)', registers }),
    storeEntities: new Gauge({ name: 'welkom_store_entities', help: 'Entities in the live store per collection', labelNames: ['collection'], registers }),
    httpRequests: new Counter({ name: 'welkom_http_requests_total', help: 'HTTP requests answered, by route and status', labelNames: ['method', 'route', 'status'], registers }),
  };
}
