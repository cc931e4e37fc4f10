// Prometheus metrics of one welkom process (its own registry, so tests can build several apps).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  inbound: Counter<'channel'>;
  outbox: Counter<'channel' | 'state'>;
  outboxQueued: Gauge<'channel'>;
  handleSeconds: Histogram<'channel'>;
}

export function createMetrics(options: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaults) collectDefaultMetrics({ register: registry, prefix: 'welkom_' });
  return {
    registry,
    inbound: new Counter({ name: 'welkom_inbound_total', help: 'Messages and button presses received', labelNames: ['channel'], registers: [registry] }),
    outbox: new Counter({ name: 'welkom_outbox_total', help: 'Outbox items reaching a state (queued, sent, failed, held, cancelled)', labelNames: ['channel', 'state'], registers: [registry] }),
    outboxQueued: new Gauge({ name: 'welkom_outbox_queued', help: 'Outbox items waiting to be sent', labelNames: ['channel'], registers: [registry] }),
    handleSeconds: new Histogram({ name: 'welkom_handle_seconds', help: 'Time from receiving a message to its commit', labelNames: ['channel'], buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1], registers: [registry] }),
  };
}
