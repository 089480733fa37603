import { fork, type ChildProcess } from 'child_process';
import { randomBytes } from 'crypto';
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
  // Each instance its own Redis namespace, so test files running side by side never share
  // a rate limit (a test that wants two instances on one limit passes the same prefix).
  const redisKeyPrefix = `test-${randomBytes(6).toString('hex')}`;
  Object.assign(process.env, { NODE_ENV: 'test', SEED_DEMO: 'false', REDIS_KEY_PREFIX: redisKeyPrefix }, database.env, env);

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

export type ChildInstance = { process: ChildProcess; port?: number; stop(): Promise<void> };

/**
 * Another instance of the compiled app in a child process, on `database` (which an
 * in-process instance has already migrated). Strapi keeps process-wide state, so a second
 * instance cannot share the test's own process.
 */
export const startChildInstance = async (
  database: TestDatabase,
  env: Record<string, string> = {},
  { listen = false, output }: { listen?: boolean; output?: (text: string) => void } = {}
): Promise<ChildInstance> => {
  const child = fork(path.join(__dirname, 'instance-process.js'), [], {
    env: { ...process.env, NODE_ENV: 'test', SEED_DEMO: 'false', ...database.env, ...env, INSTANCE_PORT: listen ? '0' : '' },
    // With `output`, the instance's stdout and stderr go to it instead of the test's own.
    stdio: output ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (output) {
    child.stdout?.setEncoding('utf8').on('data', output);
    child.stderr?.setEncoding('utf8').on('data', output);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<{ port?: number }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { port?: number }));
    child.once('exit', (code) => reject(new Error(`instance exited with ${code} before it was ready`)));
  });
  return {
    process: child,
    port: ready.port,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
};
