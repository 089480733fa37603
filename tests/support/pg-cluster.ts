import { execFile, execFileSync } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { promisify } from 'util';

import { Client } from 'pg';

import type { TestDatabase } from './database';
import { sleep } from './wait';

const run = promisify(execFile);

/** Debian keeps the server binaries off PATH; /usr/local/bin links them in on the CI image. */
const binary = (name: string) => {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).concat('/usr/lib/postgresql/15/bin')) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} not found on PATH or in /usr/lib/postgresql/15/bin`);
};

/** A loopback port nothing listens on right now (the kernel's pick, so never 5432). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

export type StopMode = 'smart' | 'fast' | 'immediate';

const DATABASE = 'chaos';

/**
 * A PostgreSQL 15 cluster of the test's own: `initdb` into a fresh temporary folder and
 * `postgres` on a free loopback port, so a test may stop and restart it at will without
 * touching the machine's shared server on 5432. initdb refuses to run as root, so the
 * server runs as the `postgres` OS user when the test runs as root.
 */
export const createPgCluster = async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaos-pg-'));
  const dataDir = path.join(root, 'data');
  const socketDir = path.join(root, 'socket');
  const logFile = path.join(root, 'server.log');
  fs.mkdirSync(socketDir);
  const port = await freePort();

  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const idOf = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
    for (const dir of [root, socketDir]) fs.chownSync(dir, idOf('-u'), idOf('-g'));
  }
  /** Runs a PostgreSQL binary as the cluster's owner; cwd is the cluster's folder, which that user may enter. */
  const pg = (name: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', binary(name), ...args], { cwd: root })
      : run(binary(name), args, { cwd: root });

  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync', '--no-instructions']);
  // The server only ever binds loopback. fsync off only skips the flush to disk, which a
  // restart of the server (not of the machine) never needs; commits stay synchronous.
  const serverOptions = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${socketDir}`,
    '-c fsync=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');

  let running = false;
  const start = async () => {
    await pg('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '30', '-o', serverOptions]);
    running = true;
  };
  const stop = async ({ mode = 'fast' }: { mode?: StopMode } = {}) => {
    if (!running) return;
    await pg('pg_ctl', ['stop', '-D', dataDir, '-m', mode, '-w', '-t', '30']);
    running = false;
  };

  /** The postmaster's pid while one runs on this data folder (its first line of postmaster.pid). */
  const postmasterPid = () => {
    try {
      return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
    } catch {
      return null;
    }
  };
  /** SIGQUIT is PostgreSQL's immediate shutdown; what pg_ctl would do, without waiting on it. */
  const killServer = () => {
    const pid = postmasterPid();
    if (pid) process.kill(pid, 'SIGQUIT');
  };
  // A jest worker that dies skips afterAll: the server must not outlive it.
  const stopOnExit = () => {
    try {
      killServer();
    } catch {
      // Already gone.
    }
    fs.rmSync(root, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);

  const connection = { host: '127.0.0.1', port, user: 'postgres', password: '' };

  await start();
  const admin = new Client({ ...connection, database: 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();

  const env: Record<string, string> = {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: '127.0.0.1',
    DATABASE_PORT: String(port),
    DATABASE_NAME: DATABASE,
    DATABASE_USERNAME: 'postgres',
    DATABASE_PASSWORD: '',
    // Not an inherited URL: it would win over the host and port above.
    DATABASE_URL: '',
  };

  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
    /** What an app instance needs in its environment to use this cluster. */
    env,
    /** The cluster as a test database for startApp / startChildInstance; `remove` drops it. */
    database: { env, drop: async () => undefined } satisfies TestDatabase,
    get running() {
      return running;
    },
    start,
    stop,
    /** Stops the server (`pg_ctl stop -m mode`), keeps it down `downMs`, starts it again. */
    async restart({ downMs = 0, mode = 'fast' }: { downMs?: number; mode?: StopMode } = {}) {
      await stop({ mode });
      await sleep(downMs);
      await start();
    },
    /** A client of the test's own on the app's database, for checking what was stored. */
    async query<Row extends Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<Row[]> {
      const client = new Client({ ...connection, database: DATABASE });
      await client.connect();
      try {
        return (await client.query<Row>(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
    /** Stops the server however it is doing and deletes its folder: nothing is left behind. */
    async remove() {
      process.removeListener('exit', stopOnExit);
      await stop({ mode: 'immediate' }).catch(() => undefined);
      // pg_ctl gave up or the server was started behind its back: signal it, then make sure.
      for (let i = 0; postmasterPid() && i < 50; i += 1) {
        try {
          killServer();
        } catch {
          break;
        }
        await sleep(100);
      }
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
};

export type PgCluster = Awaited<ReturnType<typeof createPgCluster>>;
