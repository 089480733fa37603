import { createHash } from 'crypto';

import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

import { getConfig } from '../../utils/get-config';

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Submissions per client address per window. In process by default; in Redis when
 * REDIS_URL is set, so every instance draws on one limit. Addresses are hashed before they
 * reach either store.
 */
const rateLimiter = ({ strapi }: { strapi: Core.Strapi }) => {
  let limiter: RateLimiterAbstract | undefined;
  let redis: Redis | undefined;

  const build = (): RateLimiterAbstract => {
    const { rateLimit, redisUrl, redisKeyPrefix } = getConfig(strapi);
    const options = { keyPrefix: `${redisKeyPrefix}:intake-rate`, points: rateLimit.max, duration: rateLimit.windowSeconds };
    if (!redisUrl) return new RateLimiterMemory(options);
    redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    redis.on('error', (error) => strapi.log.warn(`readiness-intake: Redis for rate limits: ${error.message}`));
    // While Redis is unreachable each instance limits on its own rather than not at all.
    return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) });
  };

  return {
    /**
     * Builds the limiter and, with Redis, waits until it is connected: with the offline queue
     * off, commands sent before that would fall through to the per-instance insurance limiter.
     */
    async init() {
      limiter ??= build();
      const client = redis;
      if (client && client.status !== 'ready') {
        const connected = new Promise<void>((resolve) => client.once('ready', () => resolve()));
        const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
        await Promise.race([connected, timeout]);
        if ((client.status as string) !== 'ready')
          strapi.log.warn('readiness-intake: Redis is not reachable; rate limits are per instance until it is');
      }
    },

    async consume(clientAddress: string): Promise<RateLimitDecision> {
      limiter ??= build();
      const key = createHash('sha256').update(clientAddress).digest('base64url');
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        throw rejection;
      }
    },

    async close() {
      redis?.disconnect();
      redis = undefined;
      limiter = undefined;
    },
  };
};

export type RateLimiterService = ReturnType<typeof rateLimiter>;
export default rateLimiter;
