import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getService } from '../utils/get-service';

type Context = { request: { ip: string }; set(field: string, value: string): void };

/**
 * Counts every submission attempt against the client address Koa sees: the socket's peer,
 * or X-Forwarded-For only when `server.proxy` says a trusted proxy sets it.
 */
const rateLimit =
  (_: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    const decision = await getService(strapi, 'rate-limiter').consume(ctx.request.ip);
    if (!decision.allowed) {
      ctx.set('Retry-After', String(decision.retryAfterSeconds));
      throw new errors.RateLimitError('Too many submissions from this address; try again later', {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
    await next();
  };

export default rateLimit;
