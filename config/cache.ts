import type { Core } from '@strapi/strapi';

/** The public read cache (src/cache, src/middlewares/public-cache.ts). */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  enabled: env.bool('CACHE_ENABLED', true),
  ttlSeconds: env.int('CACHE_TTL_S', 300),
  maxEntries: env.int('CACHE_MAX_ENTRIES', 5000),
  maxBytes: env.int('CACHE_MAX_MB', 64) * 1024 * 1024,
  maxAgeSeconds: env.int('CACHE_MAX_AGE_S', 0),
  sMaxAgeSeconds: env.int('CACHE_S_MAXAGE_S', 1),
  staleIfErrorSeconds: env.int('CACHE_STALE_IF_ERROR_S', 86400),
  syncMilliseconds: env.int('CACHE_SYNC_MS', 500),
  redisUrl: env('REDIS_URL', ''),
  redisKeyPrefix: env('REDIS_KEY_PREFIX', 'asyncline'),
});
