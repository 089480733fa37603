'use strict';
/**
 * One server the bench measures, in a process of its own: boots the app in BENCH_APP_DIR
 * (default: this repo's compiled app) with the database and settings the orchestrator
 * put in the environment, listens on 127.0.0.1:INSTANCE_PORT (0: any free port) and sends
 * { ready, port, bootMs } over IPC. bootMs runs from the start of this process, module
 * loading included, to listening: what an operator waits for on a restart.
 * Stops cleanly on SIGTERM (Strapi's own handler), and when the orchestrator goes away.
 */
const { createStrapi } = require('@strapi/strapi');

const { appDirs } = require('./app-dir');

(async () => {
  const strapi = createStrapi({ ...appDirs(), serveAdminPanel: false });
  strapi.log.level = 'error';
  await strapi.load();
  strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(Number(process.env.INSTANCE_PORT ?? 0), '127.0.0.1', resolve));
  const bootMs = Math.round(process.uptime() * 1000);
  // Strapi stops itself on SIGTERM and SIGINT (once, however many arrive); an orchestrator
  // that goes away without sending one gets the same stop.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  process.send({ ready: true, port: strapi.server.httpServer.address().port, bootMs });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
