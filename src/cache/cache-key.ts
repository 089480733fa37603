import { createHash } from 'crypto';

import { Kind, parse, print, type DocumentNode } from 'graphql';

/** Content-API paths never cached: sign-in flows, and the intake form, whose token is per load. */
const UNCACHED_PREFIXES = ['/api/auth', '/api/connect', '/api/users-permissions', '/api/readiness-intake', '/api/users/me'];

export const isCacheableRestPath = (path: string) =>
  path.startsWith('/api/') && !UNCACHED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * The key of a REST read: the path and its query parameters in a canonical order, so
 * `?a=1&b=2` and `?b=2&a=1` share an entry. Values keep their order within a repeated
 * parameter (`sort=a&sort=b` is not `sort=b&sort=a`).
 */
export const restCacheKey = (path: string, search: string): string => {
  const params = new URLSearchParams(search);
  const names = [...new Set(params.keys())].sort();
  const canonical = names
    .map((name) =>
      params
        .getAll(name)
        .map((value) => `${name}=${value}`)
        .join('&')
    )
    .join('&');
  return `rest:${digest(`${path}?${canonical}`)}`;
};

export type GraphqlRequest = { query?: unknown; variables?: unknown; operationName?: unknown };

/** JSON with object keys sorted at every level: equal variables give equal text. */
const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

/** True when every operation of the document is a query: mutations and subscriptions are never cached. */
const onlyQueries = (document: DocumentNode) =>
  document.definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query');

/**
 * The key of a GraphQL read, or null when it must not be cached (not a query, or not
 * parseable: GraphQL answers that itself). The query is re-printed from its parse tree,
 * so whitespace, commas and comments do not split entries.
 */
export const graphqlCacheKey = (request: GraphqlRequest): string | null => {
  if (typeof request.query !== 'string' || request.query.length > 100_000) return null;
  let document: DocumentNode;
  try {
    document = parse(request.query, { noLocation: true });
  } catch {
    return null;
  }
  if (!onlyQueries(document)) return null;
  let variables: unknown = request.variables ?? {};
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return null;
    }
  }
  const operationName = typeof request.operationName === 'string' ? request.operationName : '';
  return `gql:${digest(`${print(document)}\n${canonicalJson(variables)}\n${operationName}`)}`;
};
