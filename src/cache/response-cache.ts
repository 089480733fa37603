import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';

import type { Core } from '@strapi/strapi';

export type CachedResponse = {
  etag: string;
  contentType: string;
  /** Headers the miss was given by middlewares after the cache (security headers), sent again on hits. */
  headers: Record<string, string>;
  body: Buffer;
};

export type CacheConfig = {
  enabled: boolean;
  ttlSeconds: number;
  maxEntries: number;
  maxBytes: number;
  maxAgeSeconds: number;
  sMaxAgeSeconds: number;
  /**
   * How long the last good answer to each request is kept, whatever writes happened since,
   * to answer that request while the database cannot be reached. 0 turns it off.
   */
  staleIfErrorSeconds: number;
  /** How often an instance re-reads the shared generation, in case a published bump was missed. */
  syncMilliseconds: number;
  redisUrl: string;
  redisKeyPrefix: string;
};

/**
 * A store of serialised responses under keys that already carry the generation, and of
 * the last good one under each key without it (`getStale`), which a bump does not clear.
 */
interface Store {
  get(key: string): Promise<CachedResponse | undefined>;
  getStale(key: string): Promise<CachedResponse | undefined>;
  /** Stores `entry` under `key`, and under `staleKey` as the last good answer when there is one. */
  set(key: string, staleKey: string | null, entry: CachedResponse): Promise<void>;
  clear(): void;
}

const memoryStore = (config: CacheConfig): Store => {
  const lruOf = (ttlSeconds: number) =>
    new LRUCache<string, CachedResponse>({
      max: config.maxEntries,
      maxSize: config.maxBytes,
      sizeCalculation: (entry) => entry.body.length + entry.etag.length + 1024,
      ttl: ttlSeconds * 1000,
    });
  const lru = lruOf(config.ttlSeconds);
  // The same entry objects as `lru` holds, so the bodies are in memory once.
  const stale = lruOf(Math.max(config.staleIfErrorSeconds, 1));
  return {
    get: async (key) => lru.get(key),
    getStale: async (key) => stale.get(key),
    set: async (key, staleKey, entry) => {
      lru.set(key, entry);
      if (staleKey) stale.set(staleKey, entry);
    },
    clear: () => lru.clear(),
  };
};

/** Entries as one buffer: "etag\ncontent-type\nheaders-json\n" then the body, read back with a single GET. */
const redisStore = (redis: Redis, prefix: string, config: CacheConfig): Store => {
  const read = async (key: string): Promise<CachedResponse | undefined> => {
    const raw = await redis.getBuffer(key);
    if (!raw) return undefined;
    const first = raw.indexOf(10);
    const second = raw.indexOf(10, first + 1);
    const third = raw.indexOf(10, second + 1);
    return {
      etag: raw.subarray(0, first).toString(),
      contentType: raw.subarray(first + 1, second).toString(),
      headers: JSON.parse(raw.subarray(second + 1, third).toString()),
      body: raw.subarray(third + 1),
    };
  };
  return {
    get: (key) => read(`${prefix}${key}`),
    getStale: (key) => read(`${prefix}stale:${key}`),
    async set(key, staleKey, entry) {
      if (entry.body.length > config.maxBytes) return;
      const head = `${entry.etag}\n${entry.contentType}\n${JSON.stringify(entry.headers)}\n`;
      const value = Buffer.concat([Buffer.from(head), entry.body]);
      const writes = redis.multi().set(`${prefix}${key}`, value, 'PX', config.ttlSeconds * 1000);
      if (staleKey) writes.set(`${prefix}stale:${staleKey}`, value, 'PX', config.staleIfErrorSeconds * 1000);
      await writes.exec();
    },
    // Entries under an old generation are unreachable and expire on their own.
    clear: () => undefined,
  };
};

/**
 * The public read cache. Every key carries a generation number; any write to what the
 * cache can hold bumps it, which makes every older entry unreachable at once. In memory
 * that is a counter per instance. With Redis the generation is a shared counter: a bump is
 * INCR + PUBLISH, every instance listens, and each also re-reads it every
 * `syncMilliseconds`, so a missed message still reaches it within that time.
 */
export const createResponseCache = (strapi: Core.Strapi, config: CacheConfig) => {
  let generation = 0;
  let enabled = config.enabled;
  let redis: Redis | undefined;
  let subscriber: Redis | undefined;
  let syncTimer: NodeJS.Timeout | undefined;
  /**
   * Bumps that could not reach Redis, each already counted in the local generation: paid
   * back to the shared counter before anything is served from Redis again, so the local
   * number never runs ahead of the shared one.
   */
  let pendingBumps = 0;
  const prefix = `${config.redisKeyPrefix}:cache:`;
  const generationKey = `${prefix}generation`;
  const channel = `${prefix}invalidate`;
  let store: Store = memoryStore(config);
  let healthy = true;

  const adopt = (value: number) => {
    if (value > generation) {
      generation = value;
      store.clear();
    }
  };

  const sync = async () => {
    if (!redis) return;
    try {
      if (pendingBumps > 0) {
        const owed = pendingBumps;
        adopt(await redis.incrby(generationKey, owed));
        pendingBumps -= owed;
      }
      adopt(Number((await redis.get(generationKey)) ?? 0));
      healthy = true;
    } catch {
      healthy = false;
    }
  };

  return {
    get generation() {
      return generation;
    },
    get config() {
      return config;
    },
    get enabled() {
      return enabled;
    },
    /** Turns the cache on or off at run time: the benchmark's uncached rows. */
    setEnabled(value: boolean) {
      enabled = value;
    },

    async start() {
      if (!config.enabled || !config.redisUrl) return;
      const options = { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true };
      redis = new Redis(config.redisUrl, options);
      subscriber = new Redis(config.redisUrl, { ...options, enableOfflineQueue: true });
      for (const client of [redis, subscriber]) {
        client.on('error', (error) => strapi.log.warn(`Response cache: Redis: ${error.message}`));
      }
      store = redisStore(redis, prefix, config);
      try {
        await Promise.all([redis.connect(), subscriber.connect()]);
        await subscriber.subscribe(channel);
        subscriber.on('message', (_channel, message) => adopt(Number(message)));
        await sync();
      } catch (error) {
        healthy = false;
        strapi.log.warn(`Response cache: Redis is not reachable (${(error as Error).message}); reads are not cached until it is`);
      }
      syncTimer = setInterval(sync, config.syncMilliseconds);
      syncTimer.unref();
    },

    async stop() {
      if (syncTimer) clearInterval(syncTimer);
      await Promise.all([redis?.quit().catch(() => undefined), subscriber?.quit().catch(() => undefined)]);
    },

    /** Everything cached so far is stale: a write changed what it may hold. */
    async bump() {
      generation += 1;
      store.clear();
      if (!redis) return;
      try {
        const next = await redis.incr(generationKey);
        adopt(next);
        await redis.publish(channel, String(next));
      } catch {
        // Served from nowhere until the bump lands: stale entries must not come back with Redis.
        pendingBumps += 1;
        healthy = false;
      }
    },

    async get(key: string) {
      if (!enabled || !healthy || pendingBumps > 0) return undefined;
      try {
        return await store.get(`${generation}:${key}`);
      } catch {
        return undefined;
      }
    },

    /** Stores a response read under `readGeneration`; dropped if a write bumped it meanwhile. */
    async set(key: string, readGeneration: number, entry: CachedResponse) {
      if (!enabled || !healthy || pendingBumps > 0 || readGeneration !== generation) return;
      const staleKey = config.staleIfErrorSeconds > 0 ? key : null;
      await store.set(`${generation}:${key}`, staleKey, entry).catch(() => undefined);
    },

    /**
     * The last good answer to `key`, however old (within `staleIfErrorSeconds`): only for a
     * request the database cannot answer now, when an old answer beats none.
     */
    async getStale(key: string) {
      if (!enabled || config.staleIfErrorSeconds <= 0) return undefined;
      try {
        return await store.getStale(key);
      } catch {
        return undefined;
      }
    },
  };
};

export type ResponseCache = ReturnType<typeof createResponseCache>;
