import coBody from 'co-body';

import type { Core } from '@strapi/strapi';

import { graphqlErrorBody } from '../graphql/error-body';
import { bodyParseRefusal, type BodyRefusal } from './body-parse-errors';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = Parameters<Core.MiddlewareHandler>[1];

/** The types the GraphQL plugin's own parser (koa-bodyparser) reads; anything else it leaves as `{}`. */
const GRAPHQL_JSON_TYPES = [
  'application/json',
  'application/json-patch+json',
  'application/vnd.api+json',
  'application/csp-report',
  'application/scim+json',
];

/** The names Strapi's own helpers (ctx.badRequest, ...) give these statuses. */
const ERROR_NAMES: Record<BodyRefusal['status'], string> = {
  400: 'BadRequestError',
  413: 'PayloadTooLargeError',
  415: 'UnsupportedMediaTypeError',
};

/**
 * A body refused while parsing, answered by the extension itself: an http-errors error
 * from Koa's copy of that package is not Strapi's HttpError, and strapi::errors would log
 * it as an internal error before answering.
 */
class BodyRefused extends Error {
  constructor(readonly refusal: BodyRefusal) {
    super(refusal.message);
  }
}

/**
 * Extends strapi::body (koa-body underneath) so that an error thrown while a body is read,
 * decoded or parsed is the client's: 400, 413 or 415 in Strapi's error shape. Strapi
 * answers only its parser's own 4xx that way; a multipart body with no boundary or cut
 * short, or a Content-Encoding the body does not match, reached its error middleware as a
 * 500. koa-body hands exactly those errors, and nothing a later middleware throws, to
 * `onError`. (strapi::body must stay in config/middlewares.ts by name: Strapi refuses to
 * start without it, so it is extended in the registry rather than replaced.)
 *
 * The GraphQL endpoint's body is parsed here too, into GraphQL's error shape: strapi::body
 * skips it and leaves it to the plugin's koa-bodyparser, which has the same 500s and then
 * sees the body parsed. The response cache may have parsed an anonymous query already,
 * and that is kept.
 */
export const extendBodyParser = (strapi: Core.Strapi) => {
  const graphqlEndpoint = () => (strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql';

  const onError = (error: Error) => {
    // An upload over the size limit: strapi::body answers it itself (413 FileTooBig).
    if (error.message.includes('maxFileSize') && error.message.includes('exceeded')) throw error;
    const refusal = bodyParseRefusal(error);
    throw refusal ? new BodyRefused(refusal) : error;
  };

  const parseGraphqlBody = async (ctx: Context, next: Next) => {
    const request = ctx.request as Context['request'] & { body?: unknown };
    if (request.body === undefined) {
      try {
        if (ctx.method !== 'POST') request.body = {};
        else if (ctx.is(GRAPHQL_JSON_TYPES)) request.body = await coBody.json(ctx.req, { limit: '1mb' });
        else if (ctx.is('urlencoded')) request.body = await coBody.form(ctx.req, { limit: '56kb' });
        else request.body = {};
      } catch (error) {
        const refusal = bodyParseRefusal(error);
        if (!refusal) throw error;
        ctx.status = refusal.status;
        ctx.body = graphqlErrorBody(refusal.message, 'BAD_REQUEST');
        return;
      }
    }
    await next();
  };

  strapi.get('middlewares').extend('strapi::body', (strapiBody: Core.MiddlewareFactory): Core.MiddlewareFactory => {
    return (config: Record<string, unknown> = {}, context) => {
      const strapiParseBody = strapiBody({ ...config, onError }, context) as Core.MiddlewareHandler;
      const parseBody = async (ctx: Context, next: Next) => {
        try {
          await strapiParseBody(ctx, next);
        } catch (error) {
          // Only onError throws this, so only while parsing: what later middlewares throw passes.
          if (!(error instanceof BodyRefused)) throw error;
          const { status, message } = error.refusal;
          ctx.status = status;
          ctx.body = { data: null, error: { status, name: ERROR_NAMES[status], message, details: {} } };
        }
      };
      const endpoint = graphqlEndpoint();
      return (ctx, next) => (ctx.path === endpoint ? parseGraphqlBody(ctx, next) : parseBody(ctx, next));
    };
  });
};
