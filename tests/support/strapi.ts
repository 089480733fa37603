import path from 'path';

import { createStrapi, type Core } from '@strapi/strapi';
import supertest from 'supertest';

import { createTestDatabase, type TestDatabase } from './database';

const APP_DIR = path.resolve(__dirname, '../..');

export type TestApp = {
  strapi: Core.Strapi;
  /** An HTTP client bound to this instance's server. */
  http: () => supertest.Agent;
  /** Stops the instance; its database is dropped unless kept for a restart. */
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
  database: TestDatabase;
};

/**
 * Boots the compiled app on a fresh database, as one test file's private instance, or on
 * `options.database` to restart on a kept one. `env` overrides settings for this instance.
 */
export const startApp = async (
  env: Record<string, string> = {},
  options: { database?: TestDatabase; serveAdminPanel?: boolean } = {}
): Promise<TestApp> => {
  const database = options.database ?? (await createTestDatabase());
  Object.assign(process.env, { NODE_ENV: 'test', SEED_DEMO: 'false' }, database.env, env);

  const strapi = createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    serveAdminPanel: options.serveAdminPanel ?? false,
  });
  strapi.log.level = process.env.TEST_LOG_LEVEL ?? 'warn';
  try {
    await strapi.load();
    strapi.server.mount();
  } catch (error) {
    // A half-started instance keeps its pool and timers open and would hang the run.
    await strapi.destroy().catch(() => undefined);
    await database.drop();
    throw error;
  }

  return {
    strapi,
    http: () => supertest.agent(strapi.server.httpServer),
    database,
    async stop({ keepDatabase = false } = {}) {
      await strapi.destroy();
      if (!keepDatabase) await database.drop();
    },
  };
};
