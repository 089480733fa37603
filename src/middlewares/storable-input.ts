import { errors } from '@strapi/utils';

import type { Core } from '@strapi/strapi';

import { graphqlErrorBody } from '../graphql/error-body';
import { dottedNotation, findUnstorable, queryNotation, type Unstorable } from '../input/storable';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = Parameters<Core.MiddlewareHandler>[1];

/** Multipart fields Strapi reads as JSON text: the entry of a content-API write, an upload's file info. */
const JSON_FIELDS = ['data', 'fileInfo'];

const parsedJsonFields = (body: Record<string, unknown>) =>
  JSON_FIELDS.flatMap((field) => {
    if (typeof body[field] !== 'string') return [];
    try {
      return [{ field, value: JSON.parse(body[field] as string) as unknown }];
    } catch {
      return [];
    }
  });

/**
 * Why a path cannot name anything stored: a NUL, or bytes that are not UTF-8 (a lone
 * surrogate arrives as such), which the static file server after the router fails to
 * decode with a bare 400.
 */
const unstorablePath = (path: string): string | null => {
  if (/%00/i.test(path)) return 'contains a NUL character (%00)';
  try {
    decodeURIComponent(path);
    return null;
  } catch {
    return 'is not percent-encoded UTF-8';
  }
};

type Found = { source: 'path' | 'query' | 'body'; problem: Unstorable; message: string };

/** The first input in the request the database could not store or compare with, or null. */
const unstorableInput = (ctx: Context): Found | null => {
  // A route parameter is decoded from the path after this runs: `/api/articles/%00`.
  const inPath = unstorablePath(ctx.path);
  if (inPath) return { source: 'path', problem: { path: [], reason: inPath }, message: `The path ${inPath}` };
  const inQuery = findUnstorable(ctx.query);
  if (inQuery)
    return { source: 'query', problem: inQuery, message: `The query parameter ${queryNotation(inQuery.path)} ${inQuery.reason}` };
  const body = (ctx.request as { body?: unknown }).body;
  const inBody = findUnstorable(body);
  if (inBody)
    return { source: 'body', problem: inBody, message: `${dottedNotation(inBody.path) || 'The body'} ${inBody.reason}` };
  if (ctx.is('multipart') && body && typeof body === 'object') {
    for (const { field, value } of parsedJsonFields(body as Record<string, unknown>)) {
      const inField = findUnstorable(value, [field]);
      if (inField) return { source: 'body', problem: inField, message: `${dottedNotation(inField.path)} ${inField.reason}` };
    }
  }
  return null;
};

/**
 * Refuses, with a 400 naming where, any request whose path, query string or parsed body
 * holds what the database cannot store or compare with (findUnstorable: NUL, lone
 * surrogates, numbers past the float range, absurd nesting). PostgreSQL refuses these with
 * an error, a 500, and SQLite stores them, so the same request would be answered differently
 * by the two. Runs after the body parsers, for every route: the plugin refuses such strings
 * in its own schemas too, for hosts without this middleware.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const graphqlEndpoint = (strapi.config.get('plugin::graphql.endpoint') as string | undefined) ?? '/graphql';

  return async (ctx: Context, next: Next) => {
    const found = unstorableInput(ctx);
    if (!found) return next();
    const { source, problem, message } = found;
    if (ctx.path === graphqlEndpoint) {
      ctx.status = 400;
      ctx.body = graphqlErrorBody(message, 'BAD_USER_INPUT', { source, path: problem.path });
      return;
    }
    throw new errors.ValidationError(message, {
      source,
      errors: [{ path: problem.path, message, name: 'ValidationError' }],
    });
  };
};
