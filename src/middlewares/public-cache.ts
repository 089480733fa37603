import { createHash } from 'crypto';

import coBody from 'co-body';

import type { Core } from '@strapi/strapi';

import { graphqlCacheKey, isCacheableRestPath, restCacheKey, type GraphqlRequest } from '../cache/cache-key';
import { getResponseCache } from '../cache';
import type { CachedResponse } from '../cache/response-cache';
import { graphqlErrorBody } from '../graphql/error-body';
import { bodyParseRefusal } from '../input/body-parse-errors';

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

/**
 * Response headers set by the middlewares after the cache (strapi::security's helmet and
 * strapi::poweredBy) that are the same for every request, so a hit can send the ones its
 * miss got instead of running them.
 */
const REPLAYED_HEADERS = [
  'content-security-policy',
  'cross-origin-embedder-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
  'x-powered-by',
];

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

  const send = (ctx: Context, entry: CachedResponse, state: 'HIT' | 'MISS' | 'STALE') => {
    for (const [name, value] of Object.entries(entry.headers)) ctx.set(name, value);
    ctx.set('ETag', entry.etag);
    // A stale answer is for this request only: no CDN or browser should keep it.
    ctx.set('Cache-Control', state === 'STALE' ? 'no-cache' : cacheControl);
    ctx.set('X-Cache', state);
    const ifNoneMatch = ctx.get('if-none-match');
    if (ifNoneMatch && matches(ifNoneMatch, entry.etag)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.status = 200;
    ctx.body = entry.body;
    // Set after the body: Koa types a Buffer body as octet-stream unless a type is already set.
    ctx.set('Content-Type', entry.contentType);
  };

  return async (ctx: Context, next: () => Promise<void>) => {
    if (!cache.enabled) return next();
    // This runs before Strapi's body parser, which leaves the GraphQL endpoint to the
    // plugin's own parser anyway: parse an anonymous JSON query here (that parser then sees
    // it done).
    if (
      ctx.path === graphqlEndpoint &&
      ctx.method === 'POST' &&
      !ctx.get('authorization') &&
      ctx.request.is('application/json')
    ) {
      try {
        ctx.request.body = await coBody.json(ctx.req, { limit: '1mb' });
      } catch (error) {
        // The body is consumed, so answer here, as the extended strapi::body answers the
        // others: malformed JSON, a Content-Encoding it does not match, a body over the limit.
        const refusal = bodyParseRefusal(error);
        if (!refusal) throw error;
        ctx.status = refusal.status;
        ctx.body = graphqlErrorBody(refusal.message, 'BAD_REQUEST');
        return;
      }
    }
    const key = keyOf(ctx, graphqlEndpoint);
    if (!key) return next();

    const hit = await cache.get(key);
    if (hit) return send(ctx, hit, 'HIT');

    const readGeneration = cache.generation;
    await next();

    // The database could not answer (the database-faults middleware's 503): the last good
    // answer to this same request, if there is one, beats none.
    if (ctx.status === 503) {
      const stale = await cache.getStale(key);
      if (stale) {
        ctx.remove('Retry-After');
        send(ctx, stale, 'STALE');
      }
      return;
    }

    // Only complete, public successes: errors, redirects, streams and cookies are left alone.
    if (ctx.status !== 200 || ctx.response.get('set-cookie') || ctx.body === null || ctx.body === undefined) return;
    if (typeof (ctx.body as { pipe?: unknown }).pipe === 'function') return;
    const body = Buffer.isBuffer(ctx.body)
      ? ctx.body
      : Buffer.from(typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body));
    // GraphQL reports resolver errors with a 200: such an answer is not worth keeping.
    if (ctx.path === graphqlEndpoint && body.includes('"errors"')) return;
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = ctx.response.get(name);
      if (value) headers[name] = value;
    }
    const entry: CachedResponse = {
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      contentType: ctx.response.get('content-type') || 'application/json; charset=utf-8',
      headers,
      body,
    };
    await cache.set(key, readGeneration, entry);
    send(ctx, entry, 'MISS');
  };
};
