// Boots the compiled app in a process of its own: another instance on the same database,
// for the tests that need several (jobs that must run once, claims that must not collide).
// The parent passes the database and settings in the environment; this process says
// { ready: true } once Strapi has started. Strapi itself stops cleanly on SIGTERM; this
// process also stops when its parent goes away.
const path = require('path');

const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../..');

(async () => {
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), serveAdminPanel: false });
  strapi.log.level = process.env.TEST_LOG_LEVEL || 'warn';
  await strapi.load();
  if (process.env.INSTANCE_PORT) {
    strapi.server.mount();
    await new Promise((resolve) => strapi.server.httpServer.listen(Number(process.env.INSTANCE_PORT), '127.0.0.1', resolve));
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await strapi.destroy();
    process.exit(0);
  };
  process.on('disconnect', stop);
  if (process.send) process.send({ ready: true, port: strapi.server.httpServer.address()?.port });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
