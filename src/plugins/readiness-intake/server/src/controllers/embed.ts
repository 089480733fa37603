import type { Core } from '@strapi/strapi';

import { matchesEtag } from '../intake/embed-script';
import { respondWithError } from '../utils/error-response';
import { getService } from '../utils/get-service';

type Context = {
  body: unknown;
  status: number;
  request: { headers: Record<string, string | string[] | undefined> };
  set(field: string, value: string): void;
};

/**
 * A day: a site picks up a new build within one, and revalidating with the ETag costs a
 * 304. The URL carries no version, so it is not `immutable`.
 */
const CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

const embed = ({ strapi }: { strapi: Core.Strapi }) => ({
  async script(ctx: Context) {
    const script = getService(strapi, 'embed-script').get();
    if (!script) {
      respondWithError(ctx, {
        status: 404,
        name: 'NotFoundError',
        message: 'the embeddable form was not built: run the plugin build (npm run build in the plugin)',
      });
      return;
    }
    ctx.set('ETag', script.etag);
    ctx.set('Cache-Control', CACHE_CONTROL);
    ctx.set('Content-Type', 'text/javascript; charset=utf-8');
    // Any site may load it (CORS for fetch-based loaders; a plain <script> needs none).
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    const ifNoneMatch = ctx.request.headers['if-none-match'];
    if (matchesEtag(typeof ifNoneMatch === 'string' ? ifNoneMatch : undefined, script.etag)) {
      ctx.status = 304;
      return;
    }
    ctx.status = 200;
    ctx.body = script.bytes;
  },
});

export default embed;
