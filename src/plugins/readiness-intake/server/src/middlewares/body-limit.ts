import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getConfig } from '../utils/get-config';

type Context = { request: { length?: number; body?: unknown } };

/**
 * Refuses a submission body over the route's limit with a 413. The global body parser
 * allows far more, for uploads; a questionnaire never needs that much.
 */
const bodyLimit =
  (_: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    const { bodyLimitBytes } = getConfig(strapi);
    // Chunked requests carry no Content-Length; measure what the parser produced instead.
    const length = ctx.request.length ?? Buffer.byteLength(JSON.stringify(ctx.request.body ?? null));
    if (length > bodyLimitBytes) {
      throw new errors.PayloadTooLargeError(`The body is over the ${Math.round(bodyLimitBytes / 1024)} KB this route accepts`);
    }
    await next();
  };

export default bodyLimit;
