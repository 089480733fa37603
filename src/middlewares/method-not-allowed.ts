import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = Parameters<Core.MiddlewareHandler>[1];

/**
 * The router's own refusals in Strapi's error shape. koa-router answers a method a route
 * does not have (PATCH on an article) with a bare 405 and a method it does not know at all
 * (PROPFIND) with a bare 501, both with Koa's status text as the body; a client reading
 * `error.message` gets nothing. Both become a 405 `{data: null, error}`, with the Allow
 * header the router set: no method a client sends is a server error.
 */
export default () => async (ctx: Context, next: Next) => {
  await next();
  const bare = ctx.body === undefined || ctx.body === null;
  if (bare && (ctx.status === 405 || ctx.status === 501)) {
    ctx.status = 405;
    ctx.body = {
      data: null,
      error: {
        status: 405,
        name: 'MethodNotAllowedError',
        message: 'Method Not Allowed',
        details: { allow: ctx.response.get('Allow') || null },
      },
    };
  }
};
