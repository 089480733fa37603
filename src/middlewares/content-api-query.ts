import type { Core } from '@strapi/strapi';

import { unknownLocaleProblem } from '../i18n/known-locales';
import { invalidQueryParameter } from '../input/query-error';
import { contentApiQueryProblem } from '../input/query-shape';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = Parameters<Core.MiddlewareHandler>[1];

/** The plugin's own content-API routes, which validate their own query strings. */
const OWN_VALIDATION = ['readiness-intake'];

/**
 * Refuses a content-API query string whose shape Strapi's query engine cannot run (see
 * contentApiQueryProblem), or that names a locale Strapi does not have, with a 400 naming
 * the parameter, before Strapi's validators and the database see it.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = strapi.config.get('api.rest.prefix', '/api') as string;
  const skipped = OWN_VALIDATION.map((name) => `${prefix}/${name}`);

  return async (ctx: Context, next: Next) => {
    const isContentApi = ctx.path.startsWith(`${prefix}/`);
    const validatesItself = skipped.some((path) => ctx.path === path || ctx.path.startsWith(`${path}/`));
    if (isContentApi && !validatesItself && ctx.querystring !== '') {
      const problem = contentApiQueryProblem(ctx.query as Record<string, unknown>);
      if (problem) throw invalidQueryParameter(problem);
      const { locale } = ctx.query;
      const localeProblem = typeof locale === 'string' && locale !== '' ? await unknownLocaleProblem(strapi, locale) : null;
      if (localeProblem) throw invalidQueryParameter({ path: ['locale'], message: localeProblem });
    }
    await next();
  };
};
