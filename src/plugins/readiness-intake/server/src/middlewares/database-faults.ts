import type { Core } from '@strapi/strapi';

import { isDatabaseUnavailable, mayFollowLostConnection } from '../utils/database-errors';
import { respondWithError } from '../utils/error-response';
import { getConfig } from '../utils/get-config';

type Context = { status: number; body: unknown; method: string; path: string; set(field: string, value: string): void };

/**
 * Answers `503 Service Unavailable` with `Retry-After`, in Strapi's error shape, when the
 * database cannot be reached (down, restarting, the pool exhausted) instead of the 500
 * Strapi would give. Nothing was stored: the submission's rows are written in one
 * transaction, which did not commit. On every route of the plugin; a host puts it in
 * `config/middlewares.ts` after `strapi::errors` to cover the admin's authentication and
 * every other route as well.
 */
const databaseFaults = (_: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let lastWarning = 0;

  /** Whether the database answers now: for an error that may be an outage's echo or a bug. */
  const unreachableNow = async () => {
    try {
      await strapi.db.connection.raw('select 1');
      return false;
    } catch (probeError) {
      return isDatabaseUnavailable(probeError);
    }
  };

  return async (ctx: Context, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      const unavailable = isDatabaseUnavailable(error) || (mayFollowLostConnection(error) && (await unreachableNow()));
      if (!unavailable) throw error;
      const { retryAfterSeconds } = getConfig(strapi).databaseFaults;
      // One line per interval, not one per request: an outage under load would flood the log.
      if (Date.now() - lastWarning > retryAfterSeconds * 1000) {
        lastWarning = Date.now();
        strapi.log.warn(`Database unavailable (${(error as Error).message}); answering 503 to ${ctx.method} ${ctx.path}`);
      }
      ctx.set('Retry-After', String(retryAfterSeconds));
      respondWithError(ctx, {
        status: 503,
        name: 'ServiceUnavailableError',
        message: 'The service is briefly unavailable; try again shortly',
        details: { retryAfterSeconds },
      });
    }
  };
};

export default databaseFaults;
