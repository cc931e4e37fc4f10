import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);
import {
  describeDatabase,
  waitForLease
} from "./chunk-GLZK5JXC.js";
import "./chunk-VH277FUG.js";

// src/standby.ts
import { createServer } from "node:http";
async function waitAsStandby(config, logger) {
  let server;
  const lease = await waitForLease(config.databaseUrl, logger, () => {
    logger.info({ database: describeDatabase(config.databaseUrl) }, "another welkom instance is active: this one is a standby and takes over when it stops");
    server = standbyServer();
    server.on("error", (error) => logger.error({ err: error }, "the standby HTTP server failed"));
    server.listen(config.port, config.host);
  });
  if (server) {
    const closing = server;
    await new Promise((resolve) => {
      closing.close(() => resolve());
      closing.closeAllConnections();
    });
    logger.info("this instance now holds the database lease and becomes active");
  }
  return lease;
}
function standbyServer() {
  return createServer((request, response) => {
    const health = request.method === "GET" && request.url?.split("?")[0] === "/healthz";
    response.writeHead(503, { "content-type": "application/json; charset=utf-8", "retry-after": "5", connection: "close" });
    response.end(JSON.stringify(health ? { status: "standby" } : { error: "standby: another welkom instance is active; try again later" }));
  });
}
export {
  waitAsStandby
};
