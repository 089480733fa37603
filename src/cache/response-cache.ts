import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';

import type { Core } from '@strapi/strapi';

export type CachedResponse = {
  etag: string;
  contentType: string;
  /**
   * Every header a hit sends but the caller-specific ones (CORS, set before the cache):
   * the security headers the miss was given by the middlewares after the cache, the ETag,
   * Cache-Control, Content-Type and X-Cache, as [name, value] pairs ready for setHeader, so
   * a hit builds none of them.
   */
  hitHeaders: [string, string][];
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
 * How long an instance with Redis trusts its own entries after the last time it confirmed
 * the shared generation (and that its subscriber was listening), as a number of sync
 * periods: one sync may fail or run late before the cache stands aside, and a write
 * nobody told this instance about is served at most this long.
 */
export const TRUST_SYNC_PERIODS = 2;

/**
 * The public read cache. Ready responses are always kept in this process (lru-cache), so
 * a hit costs no round trip to anything. What they are valid for is a generation number;
 * any write to what the cache can hold bumps it, and an instance whose generation changes
 * drops every entry it holds (that is what "keyed by the generation" costs nothing per hit).
 *
 * Alone, the generation is a counter in this process. With Redis it is shared: a bump is
 * INCR + PUBLISH, every instance listens, and each also re-reads it every
 * `syncMilliseconds`, so a missed message still reaches it within that time. Redis holds
 * nothing else: no entry is ever read from it.
 *
 * With Redis, an instance serves and stores entries only while it knows it would have
 * heard of a write: its subscriber is connected and subscribed, no bump of its own is
 * waiting to reach Redis, and it confirmed the shared generation (and pinged the
 * subscriber's connection) within TRUST_SYNC_PERIODS sync periods. Otherwise reads go to
 * the database. Whenever a connection closes (whatever was published meanwhile is lost),
 * a sync fails, or the shared generation moves in any direction (a write, or a Redis that
 * restarted empty and counts from 0 again), the instance drops everything it holds, so an
 * entry read before the interruption can never come back after it.
 */
export const createResponseCache = (strapi: Core.Strapi, config: CacheConfig) => {
  let enabled = config.enabled;
  /** The shared generation as last seen (or the local counter without Redis). */
  let generation = 0;
  /**
   * Changes whenever the entries are dropped, however often the generation itself goes up
   * and down: a read stores its answer only if this is still what it was when it started.
   */
  let version = 0;
  let redis: Redis | undefined;
  let subscriber: Redis | undefined;
  let subscribed = false;
  let syncTimer: NodeJS.Timeout | undefined;
  let syncing = false;
  /** Until when (Date.now()) entries may be served; only meaningful with Redis. */
  let trustedUntil = 0;
  const trustMilliseconds = TRUST_SYNC_PERIODS * config.syncMilliseconds;
  /**
   * Bumps that could not reach Redis: paid back to the shared counter (and published)
   * before anything is served or stored again, so the others hear of them.
   */
  let pendingBumps = 0;
  const prefix = `${config.redisKeyPrefix}:cache:`;
  const generationKey = `${prefix}generation`;
  const channel = `${prefix}invalidate`;

  const lruOf = (ttlSeconds: number) =>
    new LRUCache<string, CachedResponse>({
      max: config.maxEntries,
      maxSize: config.maxBytes,
      sizeCalculation: (entry) => entry.body.length + 1024,
      ttl: ttlSeconds * 1000,
    });
  const entries = lruOf(config.ttlSeconds);
  // The same entry objects as `entries` holds, so the bodies are in memory once. A bump
  // does not clear it: it answers only while the database cannot.
  const lastGood = lruOf(Math.max(config.staleIfErrorSeconds, 1));

  const dropAll = () => {
    version += 1;
    entries.clear();
  };

  const adopt = (value: number) => {
    if (!Number.isFinite(value) || value === generation) return;
    generation = value;
    dropAll();
  };

  const distrust = () => {
    trustedUntil = 0;
    dropAll();
  };

  const trusted = () => !redis || (subscribed && pendingBumps === 0 && Date.now() < trustedUntil);

  /**
   * Confirms the shared generation: pays back bumps owed, reads the counter, and pings the
   * subscriber's connection (a connection cut without a reset looks open until something
   * is sent on it). Trust runs from when the sync started, the latest moment its answers
   * are known to hold for.
   */
  const sync = async () => {
    if (!redis || !subscriber || syncing) return;
    syncing = true;
    const started = Date.now();
    try {
      if (pendingBumps > 0) {
        const owed = pendingBumps;
        const next = await redis.incrby(generationKey, owed);
        pendingBumps -= owed;
        await redis.publish(channel, String(next));
      }
      const [shared] = await Promise.all([redis.get(generationKey), subscriber.ping()]);
      adopt(Number(shared ?? 0));
      if (subscribed) trustedUntil = started + trustMilliseconds;
    } catch {
      // Dropped, not only set aside: if Redis was unreachable to every instance, a write
      // elsewhere may still be a pending bump there, paid back only after this instance
      // trusts the counter again; entries read from now on cannot predate that write.
      if (trustedUntil !== 0) strapi.log.warn('Response cache: Redis did not answer; reads are not cached until it does');
      distrust();
    } finally {
      syncing = false;
    }
  };

  return {
    get generation() {
      return generation;
    },
    /** Changes whenever the entries are dropped: a read passes what it saw to `set`. */
    get version() {
      return version;
    },
    get config() {
      return config;
    },
    get enabled() {
      return enabled;
    },
    /** Whether entries may be served and stored now (with Redis: the shared generation is confirmed). */
    get usable() {
      return enabled && trusted();
    },
    /**
     * What anything else kept from the database is valid for: `version` while this instance
     * would have heard of every write (the same rules as the entries), undefined otherwise.
     * Not with the cache configured off: then no instance tracks the others' writes.
     * Independent of `setEnabled`, which only stops serving entries.
     */
    get trustedVersion() {
      return config.enabled && trusted() ? version : undefined;
    },
    /** Turns the cache on or off at run time: the benchmark's uncached rows. */
    setEnabled(value: boolean) {
      enabled = value;
    },

    async start() {
      if (!config.enabled || !config.redisUrl) return;
      const options = {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: true,
        // Trust runs out on its own; this only keeps a sync or a bump from hanging on a cut link.
        commandTimeout: trustMilliseconds,
      };
      redis = new Redis(config.redisUrl, options);
      // Subscribed by hand on every (re)connection below, and trusted only once that is done.
      subscriber = new Redis(config.redisUrl, { ...options, autoResubscribe: false });
      for (const client of [redis, subscriber]) {
        client.on('error', (error) => strapi.log.warn(`Response cache: Redis: ${error.message}`));
        // Whatever was published while a connection was down is lost: start from nothing.
        client.on('close', () => {
          if (client === subscriber) subscribed = false;
          distrust();
        });
      }
      subscriber.on('message', (_channel, message) => adopt(Number(message)));
      const listen = async () => {
        try {
          await subscriber?.subscribe(channel);
          subscribed = true;
          await sync();
        } catch (error) {
          strapi.log.warn(`Response cache: could not subscribe (${(error as Error).message})`);
        }
      };
      // Every (re)connection subscribes and syncs; the latest run is kept so start() can wait
      // for the first. Calling listen() again here instead subscribed twice, and its sync
      // returned at once while the handler's was still running.
      let listening: Promise<void> | undefined;
      subscriber.on('ready', () => {
        listening = listen();
      });
      try {
        await Promise.all([redis.connect(), subscriber.connect()]);
        // The first subscription and sync are awaited, so a fresh instance caches at once.
        await listening;
      } catch (error) {
        strapi.log.warn(`Response cache: Redis is not reachable (${(error as Error).message}); reads are not cached until it is`);
      }
      syncTimer = setInterval(sync, config.syncMilliseconds);
      syncTimer.unref();
    },

    async stop() {
      if (syncTimer) clearInterval(syncTimer);
      subscriber?.removeAllListeners('ready');
      await Promise.all([redis?.quit().catch(() => undefined), subscriber?.quit().catch(() => undefined)]);
    },

    /** Everything cached so far is stale: a write changed what it may hold. */
    async bump() {
      dropAll();
      if (!redis) {
        generation += 1;
        return;
      }
      try {
        const next = await redis.incr(generationKey);
        adopt(next);
        await redis.publish(channel, String(next));
      } catch {
        // Nothing is served until the bump lands, and the next sync pays it back.
        pendingBumps += 1;
        distrust();
      }
    },

    /** The entry for `key`, if the cache is usable and holds one. */
    get(key: string): CachedResponse | undefined {
      if (!enabled || !trusted()) return undefined;
      return entries.get(key);
    },

    /**
     * Keeps `entry` as the last good answer to `key`, and as its cached answer if the
     * entries were not dropped since the read began (`readVersion`) and the cache is usable.
     */
    set(key: string, readVersion: number, entry: CachedResponse) {
      if (!enabled) return;
      if (config.staleIfErrorSeconds > 0) lastGood.set(key, entry);
      if (readVersion === version && trusted()) entries.set(key, entry);
    },

    /**
     * The last good answer to `key`, however old (within `staleIfErrorSeconds`): only for a
     * request the database cannot answer now, when an old answer beats none.
     */
    getStale(key: string): CachedResponse | undefined {
      if (!enabled || config.staleIfErrorSeconds <= 0) return undefined;
      return lastGood.get(key);
    },
  };
};

export type ResponseCache = ReturnType<typeof createResponseCache>;
