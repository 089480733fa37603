import { spawn, type ChildProcess } from 'child_process';
import { createServer } from 'net';

import Redis from 'ioredis';

import { createFullAccessToken } from '../support/auth';
import { startApp, startChildInstance, type ChildInstance, type TestApp } from '../support/strapi';
import { waitFor } from '../support/wait';

/**
 * The read cache of two instances on one PostgreSQL and a Redis of this test's own, which
 * it kills, freezes and restarts empty: each instance keeps its entries in memory, and
 * must never serve one a write made meanwhile has outdated, whatever happens to Redis.
 */
process.env.DATABASE_CLIENT = 'postgres';

/** Generous: every wait here polls, and the machine may be busy; no timing is asserted. */
const DEADLINE_MS = 15_000;

let redisPort: number;
let redisServer: ChildProcess | undefined;
let a: TestApp;
let aUrl: string;
let b: ChildInstance;
let bUrl: string;
let token: string;
let documentId: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A Redis that keeps nothing on disk, so a restart starts it empty. */
const startRedis = async () => {
  redisServer = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await waitFor(
    async () => {
      const client = new Redis(redisPort, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        client.disconnect();
      }
    },
    { what: 'the test Redis to answer' }
  );
};

const killRedis = async () => {
  const server = redisServer;
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGKILL');
  await exited;
};

const withRedis = async <T>(run: (client: Redis) => Promise<T>) => {
  const client = new Redis(redisPort, '127.0.0.1');
  try {
    return await run(client);
  } finally {
    client.disconnect();
  }
};

/** The title each instance answers for the test's article, and whether the cache answered it. */
const read = async (base: string) => {
  const response = await fetch(`${base}/api/articles?fields[0]=title&filters[documentId][$eq]=${documentId}`);
  return { cache: response.headers.get('x-cache'), title: (await response.json()).data[0]?.title as string | undefined };
};

const rename = async (title: string) => {
  const response = await fetch(`${aUrl}/api/articles/${documentId}?status=published`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { title } }),
  });
  expect(response.status).toBe(200);
};

/** Polls both instances until each serves `title` from its cache. */
const cachedOnBoth = (title: string) =>
  waitFor(
    async () => {
      const answers = [await read(aUrl), await read(aUrl), await read(bUrl), await read(bUrl)];
      return answers.every((answer) => answer.title === title) && answers[1].cache === 'HIT' && answers[3].cache === 'HIT';
    },
    { timeoutMs: DEADLINE_MS, intervalMs: 100, what: `"${title}" cached on both instances` }
  );

/** Reads both instances `times` times, and fails on any answer but `title`. */
const onlyFresh = async (title: string, times = 10) => {
  for (let i = 0; i < times; i += 1) {
    for (const base of [aUrl, bUrl]) expect({ base, ...(await read(base)) }).toMatchObject({ base, title });
  }
};

beforeAll(async () => {
  redisPort = await freePort();
  await startRedis();
  const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}`, CACHE_SYNC_MS: '200' };
  a = await startApp(env);
  await new Promise<void>((resolve) => a.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  aUrl = `http://127.0.0.1:${(a.strapi.server.httpServer.address() as { port: number }).port}`;
  b = await startChildInstance(a.database, env, { listen: true });
  bUrl = `http://127.0.0.1:${b.port}`;
  token = await createFullAccessToken(a.strapi);
  const created = await fetch(`${aUrl}/api/articles?status=published`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ data: { title: 'Original' } }),
  });
  expect(created.status).toBe(201);
  documentId = (await created.json()).data.documentId;
}, 120_000);

afterAll(async () => {
  await b?.stop();
  await a?.stop();
  if (redisServer && redisServer.exitCode === null) {
    redisServer.kill('SIGCONT');
    await killRedis();
  }
});

describe('the read cache of two instances, whatever happens to Redis', () => {
  it('keeps answers in each instance, and a write on one reaches the other', async () => {
    await cachedOnBoth('Original');
    // Redis holds the generation and nothing else: no entry is read from it.
    const keys = await withRedis((client) => client.keys(`${process.env.REDIS_KEY_PREFIX}:cache:*`));
    expect(keys).toEqual([`${process.env.REDIS_KEY_PREFIX}:cache:generation`]);

    await rename('Renamed once');
    await waitFor(async () => (await read(bUrl)).title === 'Renamed once', {
      timeoutMs: DEADLINE_MS,
      what: 'the new title on the other instance',
    });
    await onlyFresh('Renamed once');
  });

  it('serves nothing cached while Redis is down, so a write made meanwhile shows on both, and caches again once it is back', async () => {
    await cachedOnBoth('Renamed once');
    await killRedis();
    // A's bump cannot reach Redis, and B could not hear it anyway: both read the database.
    await rename('Written while Redis was down');
    await onlyFresh('Written while Redis was down');
    const whileDown = await read(bUrl);
    expect(whileDown.cache).toBe('BYPASS');

    await startRedis();
    await cachedOnBoth('Written while Redis was down');
    await onlyFresh('Written while Redis was down');
  });

  it('serves nothing stale while Redis hangs without closing its connections, and caches again once it answers', async () => {
    await cachedOnBoth('Written while Redis was down');
    // A stopped process keeps its sockets open: like a network partition, nothing resets them.
    redisServer?.kill('SIGSTOP');
    try {
      await rename('Written while Redis hung');
      // B heard nothing; it stops trusting its entries once it cannot confirm the generation.
      await waitFor(async () => (await read(bUrl)).title === 'Written while Redis hung', {
        timeoutMs: DEADLINE_MS,
        what: 'the other instance to stop serving the old title',
      });
      await onlyFresh('Written while Redis hung');
    } finally {
      redisServer?.kill('SIGCONT');
    }
    await cachedOnBoth('Written while Redis hung');
    await onlyFresh('Written while Redis hung');
  });

  it('never serves an old entry again after Redis restarts empty and its generation counts back up', async () => {
    // Writes enough for the generation to be well above 1, then answers cached at it.
    await rename('Before the restart');
    await cachedOnBoth('Before the restart');
    const generationKey = `${process.env.REDIS_KEY_PREFIX}:cache:generation`;
    const before = Number(await withRedis((client) => client.get(generationKey)));
    expect(before).toBeGreaterThan(1);

    await killRedis();
    await startRedis();
    await rename('After the restart');
    // The counter restarted from 0; bring it back to where the old entries were kept.
    await withRedis(async (client) => {
      const now = Number(await client.get(generationKey));
      if (now < before) await client.incrby(generationKey, before - now);
      await client.publish(`${process.env.REDIS_KEY_PREFIX}:cache:invalidate`, String(before));
    });
    await onlyFresh('After the restart');
    await cachedOnBoth('After the restart');
    await onlyFresh('After the restart');
  });
});
