import { createHash } from 'crypto';

import coBody from 'co-body';

import type { Core } from '@strapi/strapi';

import { graphqlCacheKey, isCacheableRestPath, restCacheKey, type GraphqlRequest } from '../cache/cache-key';
import { getResponseCache } from '../cache';

type Context = {
  method: string;
  path: string;
  querystring: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  request: { body?: unknown; headers: Record<string, string | string[] | undefined>; is(type: string): string | false | null };
  req: import('http').IncomingMessage;
  response: { get(field: string): string };
  get(field: string): string;
  set(field: string, value: string): void;
  remove(field: string): void;
  type: string;
};

/** The key of a request the cache may answer, or null: anonymous REST GETs and GraphQL queries only. */
const keyOf = (ctx: Context, graphqlEndpoint: string): string | null => {
  // A token or a session: the answer depends on who asks, so it is never shared.
  if (ctx.get('authorization')) return null;
  if (ctx.path === graphqlEndpoint) {
    if (ctx.method === 'GET') return graphqlCacheKey(ctx.query as GraphqlRequest);
    if (ctx.method === 'POST' && ctx.request.body && typeof ctx.request.body === 'object') {
      return graphqlCacheKey(ctx.request.body as GraphqlRequest);
    }
    return null;
  }
  return ctx.method === 'GET' && isCacheableRestPath(ctx.path) ? restCacheKey(ctx.path, ctx.querystring) : null;
};

const matches = (ifNoneMatch: string, etag: string) =>
  ifNoneMatch === '*' || ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);

/**
 * Answers anonymous content reads from the response cache: ready bytes, an ETag, and 304
 * to a matching If-None-Match, without reaching the router, its permission check or the
 * database. A miss goes through Strapi as usual; a 200 is then serialised once, stored
 * under the generation the read started in, and sent as those same bytes.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const cache = getResponseCache(strapi);
  const graphqlEndpoint = (strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql';
  const { maxAgeSeconds, sMaxAgeSeconds } = cache.config;
  const cacheControl = `public, max-age=${maxAgeSeconds}, s-maxage=${sMaxAgeSeconds}`;

  const send = (ctx: Context, entry: { etag: string; contentType: string; body: Buffer }, state: 'HIT' | 'MISS') => {
    ctx.set('ETag', entry.etag);
    ctx.set('Cache-Control', cacheControl);
    ctx.set('X-Cache', state);
    const ifNoneMatch = ctx.get('if-none-match');
    if (ifNoneMatch && matches(ifNoneMatch, entry.etag)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.status = 200;
    ctx.type = entry.contentType;
    ctx.body = entry.body;
  };

  return async (ctx: Context, next: () => Promise<void>) => {
    if (!cache.enabled) return next();
    // Strapi's body parser leaves the GraphQL endpoint to the plugin's own, which runs after
    // the router: parse an anonymous JSON query here (that parser then sees it done).
    if (
      ctx.path === graphqlEndpoint &&
      ctx.method === 'POST' &&
      !ctx.get('authorization') &&
      ctx.request.is('application/json')
    ) {
      try {
        ctx.request.body = await coBody.json(ctx.req, { limit: '1mb' });
      } catch {
        // Malformed JSON: GraphQL's parser reports it; the body is consumed, so answer here.
        ctx.status = 400;
        ctx.body = { errors: [{ message: 'The request body is not valid JSON' }] };
        return;
      }
    }
    const key = keyOf(ctx, graphqlEndpoint);
    if (!key) return next();

    const hit = await cache.get(key);
    if (hit) return send(ctx, hit, 'HIT');

    const readGeneration = cache.generation;
    await next();

    // Only complete, public successes: errors, redirects, streams and cookies are left alone.
    if (ctx.status !== 200 || ctx.response.get('set-cookie') || ctx.body === null || ctx.body === undefined) return;
    if (typeof (ctx.body as { pipe?: unknown }).pipe === 'function') return;
    const body = Buffer.isBuffer(ctx.body)
      ? ctx.body
      : Buffer.from(typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body));
    // GraphQL reports resolver errors with a 200: such an answer is not worth keeping.
    if (ctx.path === graphqlEndpoint && body.includes('"errors"')) return;
    const entry = {
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      contentType: ctx.response.get('content-type') || 'application/json; charset=utf-8',
      body,
    };
    await cache.set(key, readGeneration, entry);
    send(ctx, entry, 'MISS');
  };
};
