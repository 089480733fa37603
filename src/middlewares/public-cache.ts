import { createHash } from 'crypto';

import coBody from 'co-body';
import { LRUCache } from 'lru-cache';

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
  url: string;
  req: import('http').IncomingMessage;
  res: import('http').ServerResponse;
  response: { get(field: string): string };
  get(field: string): string;
  set(field: string, value: string): void;
  remove(field: string): void;
  type: string;
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
 * under the cache version the read started in, and sent as those same bytes.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const cache = getResponseCache(strapi);
  const graphqlEndpoint = (strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql';
  const { maxAgeSeconds, sMaxAgeSeconds } = cache.config;
  const cacheControl = `public, max-age=${maxAgeSeconds}, s-maxage=${sMaxAgeSeconds}`;
  /**
   * Cache keys by the request's raw text (the URL, or a GraphQL POST's query, variables and
   * operation name): a repeated read skips canonicalising and hashing, and a repeated
   * GraphQL query skips parsing and printing. Bounded by size, as the text is the caller's.
   */
  const keys = new LRUCache<string, string | 0>({
    maxSize: 4 * 1024 * 1024,
    sizeCalculation: (_key, text) => text.length + 100,
  });
  const keyFor = (text: string, compute: () => string | null): string | null => {
    let key = keys.get(text);
    if (key === undefined) {
      key = compute() ?? 0;
      keys.set(text, key);
    }
    return key === 0 ? null : key;
  };

  /** The key of a request the cache may answer, or null: anonymous REST GETs and GraphQL queries only. */
  const keyOf = (ctx: Context): string | null => {
    // A token or a session: the answer depends on who asks, so it is never shared.
    if (ctx.req.headers.authorization) return null;
    const { method } = ctx;
    if (ctx.path === graphqlEndpoint) {
      if (method === 'GET') return keyFor(ctx.url, () => graphqlCacheKey(ctx.query as GraphqlRequest));
      const body = ctx.request.body as GraphqlRequest | undefined;
      if (method === 'POST' && body && typeof body === 'object' && typeof body.query === 'string') {
        const text = `post\0${body.query}\0${JSON.stringify(body.variables ?? null)}\0${String(body.operationName ?? '')}`;
        return keyFor(text, () => graphqlCacheKey(body));
      }
      return null;
    }
    if (method !== 'GET') return null;
    return keyFor(ctx.url, () => (isCacheableRestPath(ctx.path) ? restCacheKey(ctx.path, ctx.querystring) : null));
  };

  const entryOf = (ctx: Context, body: Buffer): CachedResponse => {
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const contentType = ctx.response.get('content-type') || 'application/json; charset=utf-8';
    const hitHeaders: [string, string][] = [];
    for (const name of REPLAYED_HEADERS) {
      const value = ctx.response.get(name);
      if (value) hitHeaders.push([name, value]);
    }
    hitHeaders.push(['ETag', etag], ['Cache-Control', cacheControl], ['X-Cache', 'HIT'], ['Content-Type', contentType]);
    return { etag, contentType, hitHeaders, body };
  };

  /** A hit: the headers prepared when it was stored, written as they are. */
  const sendHit = (ctx: Context, entry: CachedResponse) => {
    const { res } = ctx;
    for (const [name, value] of entry.hitHeaders) res.setHeader(name, value);
    const ifNoneMatch = ctx.req.headers['if-none-match'];
    if (ifNoneMatch && matches(ifNoneMatch, entry.etag)) {
      ctx.status = 304;
      return;
    }
    ctx.status = 200;
    // Content-Type is already set, so Koa does not type the Buffer as octet-stream.
    ctx.body = entry.body;
  };

  const send = (ctx: Context, entry: CachedResponse, state: 'MISS' | 'STALE' | 'BYPASS') => {
    for (const [name, value] of entry.hitHeaders) ctx.set(name, value);
    // A stale answer is for this request only: no CDN or browser should keep it.
    if (state === 'STALE') ctx.set('Cache-Control', 'no-cache');
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
      ctx.method === 'POST' &&
      ctx.path === graphqlEndpoint &&
      !ctx.req.headers.authorization &&
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
    const key = keyOf(ctx);
    if (!key) return next();

    const hit = cache.get(key);
    if (hit) return sendHit(ctx, hit);

    const readVersion = cache.version;
    // With Redis, while this instance cannot confirm the shared generation: straight to the database.
    const usable = cache.usable;
    await next();

    // The database could not answer (the database-faults middleware's 503): the last good
    // answer to this same request, if there is one, beats none.
    if (ctx.status === 503) {
      const stale = cache.getStale(key);
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
    const entry = entryOf(ctx, body);
    cache.set(key, readVersion, entry);
    send(ctx, entry, usable ? 'MISS' : 'BYPASS');
  };
};
