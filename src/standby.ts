// A standby instance (DATABASE_URL only): until it holds the database lease it answers /healthz with "standby" and every
// other request (webhooks first) with 503, so the platforms deliver again later; then it hands over to the real app.
import { createServer, type Server } from 'node:http';
import type { Config } from './config.js';
import type { Logger } from './core/logger.js';
import { describeDatabase, waitForLease, type PgLease } from './store/lease.js';

/**
 * Returns a connection holding the lease. When another instance is active, serves the standby answers on the app's port
 * meanwhile and closes that server before returning (the app then listens on the same port).
 */
export async function waitAsStandby(config: Config & { databaseUrl: string }, logger: Logger): Promise<PgLease> {
  let server: Server | undefined;
  const lease = await waitForLease(config.databaseUrl, logger, () => {
    logger.info({ database: describeDatabase(config.databaseUrl) }, 'another welkom instance is active: this one is a standby and takes over when it stops');
    server = standbyServer();
    server.on('error', (error) => logger.error({ err: error }, 'the standby HTTP server failed'));
    server.listen(config.port, config.host);
  });
  if (server) {
    const closing = server;
    await new Promise<void>((resolve) => {
      closing.close(() => resolve());
      closing.closeAllConnections();
    });
    logger.info('this instance now holds the database lease and becomes active');
  }
  return lease;
}

function standbyServer(): Server {
  return createServer((request, response) => {
    const health = request.method === 'GET' && request.url?.split('?')[0] === '/healthz';
    // 503 on /healthz too: a load balancer sends traffic only to the active instance.
    response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5', connection: 'close' });
    response.end(JSON.stringify(health ? { status: 'standby' } : { error: 'standby: another welkom instance is active; try again later' }));
  });
}
