import type { Core } from '@strapi/strapi';
import path from 'path';

/**
 * SQLite under .tmp/ by default; PostgreSQL or MySQL when DATABASE_CLIENT says so.
 * DATABASE_URL, when set, wins over the individual host/port/name settings.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const ssl = env.bool('DATABASE_SSL', false) && {
    rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
  };

  const connections = {
    sqlite: {
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      pool: {
        // WAL lets readers go on while a write commits and needs one fsync per commit instead
        // of the rollback journal's several. FULL keeps every acknowledged commit on disk.
        afterCreate: (
          connection: { pragma(statement: string): unknown },
          done: (error: Error | null, connection: unknown) => void
        ) => {
          connection.pragma('journal_mode = WAL');
          connection.pragma(`synchronous = ${env('DATABASE_SQLITE_SYNCHRONOUS', 'FULL')}`);
          done(null, connection);
        },
      },
    },
    postgres: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'postgres'),
        password: env('DATABASE_PASSWORD', ''),
        ssl,
        schema: env('DATABASE_SCHEMA', 'public'),
        // A server that does not answer (a dead host, a dropped network) fails the connect
        // in bounded time instead of holding the request until the OS gives up.
        connectionTimeoutMillis: env.int('DATABASE_CONNECT_TIMEOUT_MS', 5000),
        keepAlive: true,
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    mysql: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 3306),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'root'),
        password: env('DATABASE_PASSWORD', ''),
        ssl,
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
  };

  if (!(client in connections)) {
    throw new Error(`DATABASE_CLIENT must be one of ${Object.keys(connections).join(', ')}; got "${client}"`);
  }

  return {
    connection: {
      client,
      ...connections[client as keyof typeof connections],
      // The longest a request waits for a pooled connection: past it, a 503 with Retry-After
      // (the plugin's database-faults middleware) rather than a request that hangs.
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 10000),
    },
  };
};
