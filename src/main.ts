// Start-up: read .env and the environment, build the app, listen, and shut down cleanly on SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { createApp } from './app.js';
import { platformChannels } from './channels/load.js';
import { ConfigError, createConfig } from './config.js';
import { ManualClock } from './core/clock.js';
import { createLogger } from './core/logger.js';
import { DeckError } from './features/practice/deck.js';
import { FlowErrors } from './flows/errors.js';
import { StoreCorruptError, StoreVersionError } from './store/errors.js';
import { StoreLockedError } from './store/lock.js';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = createConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  process.umask(0o077);
  const logger = createLogger(config.logLevel);
  // Until this instance is active (see standby.ts) a signal simply ends it: it holds nothing.
  const whileStandby = () => process.exit(0);
  process.once('SIGINT', whileStandby);
  process.once('SIGTERM', whileStandby);
  let lease;
  if (config.databaseUrl) {
    // Loaded only with DATABASE_URL (the PostgreSQL driver is not needed for the JSON-file store).
    const { waitAsStandby } = await import('./standby.js');
    lease = await waitAsStandby({ ...config, databaseUrl: config.databaseUrl }, logger);
    // The store writes through the lease's connection: without it this instance can no longer acknowledge anything.
    lease.onLost((error) => {
      logger.fatal({ err: error }, 'lost the database lease (connection gone); exiting so that a standby takes over');
      process.exit(1);
    });
  }
  process.off('SIGINT', whileStandby);
  process.off('SIGTERM', whileStandby);
  let app;
  try {
    // The playground may move time forward to show reminders firing: one steerable clock for the whole process.
    const clock = config.playground.enabled ? new ManualClock() : undefined;
    app = await createApp({ config, logger, clock, channels: await platformChannels(config), processMetrics: true, lease });
  } catch (error) {
    if (error instanceof StoreCorruptError || error instanceof StoreVersionError || error instanceof FlowErrors || error instanceof DeckError || error instanceof StoreLockedError) {
      console.error(error.message);
      process.exit(3);
    }
    throw error;
  }
  const port = await app.start();
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;
  if (config.mode === 'local') logger.info(`Welkom runs in local mode (no Telegram or WhatsApp credentials). Open ${url} to try it in your browser.`);
  else logger.info({ port, channels: app.delivery.channels().map((c) => c.name) }, 'Welkom is running');

  // First SIGTERM/SIGINT: stop taking updates, finish what is in hand, flush the store, exit — within 10 s.
  // A second one exits at once: everything acknowledged is already on disk (the journal is fsynced before any
  // acknowledgement), unacknowledged updates are delivered again by the platforms, and sends still marked
  // "sending" are retried at the next start.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now; sends in flight are retried at the next start');
      process.exit(130);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: no new updates (webhooks answer 503), finishing work in hand, saving a snapshot');
    const force = setTimeout(() => {
      logger.error('stopping took longer than 9 s; exiting now (everything acknowledged is on disk)');
      process.exit(1);
    }, 9_000);
    force.unref();
    const started = Date.now();
    void app.stop().then(
      () => {
        logger.info({ ms: Date.now() - started }, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
