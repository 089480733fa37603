import type { Core } from '@strapi/strapi';

import { graphqlBodyOfStrapiError, strapiErrorOf } from '../graphql/error-body';
import { graphqlRequestErrors, type GraphqlRequest } from '../graphql/request-checks';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = Parameters<Core.MiddlewareHandler>[1];

/** The operations of a GraphQL request, read the way Apollo reads them: the URL's search for a GET, the body (one or a batch) otherwise. */
const operationsOf = (ctx: Context): GraphqlRequest[] => {
  if (ctx.method === 'GET' || ctx.method === 'HEAD') {
    const search = new URLSearchParams(ctx.querystring);
    return [
      {
        query: search.get('query') ?? undefined,
        variables: search.get('variables') ?? undefined,
        operationName: search.get('operationName') ?? undefined,
      },
    ];
  }
  const body = (ctx.request as { body?: unknown }).body;
  if (Array.isArray(body)) return body.filter((item): item is GraphqlRequest => item !== null && typeof item === 'object');
  return body !== null && typeof body === 'object' ? [body as GraphqlRequest] : [];
};

/**
 * Answers a GraphQL request the server would fail on with a 500 (see graphqlRequestErrors)
 * with a 400 and GraphQL errors, before the GraphQL plugin sees it, and Strapi's own
 * refusals on the endpoint in GraphQL's error shape. Runs after the body
 * parser, which reads the endpoint's body, and after the response cache, whose hits are
 * answers to requests that passed here.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const graphqlEndpoint = (strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql';

  return async (ctx: Context, next: Next) => {
    if (ctx.path !== graphqlEndpoint) return next();
    for (const operation of operationsOf(ctx)) {
      const errors = graphqlRequestErrors(operation);
      if (errors) {
        ctx.status = 400;
        ctx.body = { errors };
        return;
      }
    }
    await next();
    // The endpoint's authentication runs before the GraphQL server and answers in Strapi's
    // error shape (a 401 for a bad token): a GraphQL client gets GraphQL errors.
    const refused = ctx.status >= 400 && ctx.status < 500 ? strapiErrorOf(ctx.body) : null;
    if (refused) ctx.body = graphqlBodyOfStrapiError(refused);
  };
};
