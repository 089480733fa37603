import { randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

import { Client } from 'pg';

export type TestDatabase = { env: Record<string, string>; drop(): Promise<void> };

const postgresAdminConfig = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
  database: 'postgres',
});

const withPostgres = async <T>(run: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client(postgresAdminConfig());
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

/**
 * A fresh, empty database for one test file: a temporary SQLite file by default, a new
 * PostgreSQL database when DATABASE_CLIENT=postgres.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const name = `strapi_test_${process.pid}_${randomBytes(4).toString('hex')}`;

  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres') {
    await withPostgres((client) => client.query(`CREATE DATABASE "${name}"`));
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name, DATABASE_POOL_MIN: '0' },
      drop: () => withPostgres((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
    };
  }

  const filename = path.join(os.tmpdir(), `${name}.db`);
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${filename}${suffix}`, { force: true });
    },
  };
};
