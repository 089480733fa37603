import http from 'http';
import type { AddressInfo } from 'net';
import zlib from 'zlib';

import { createFullAccessToken } from '../support/auth';
import { startApp, type TestApp } from '../support/strapi';

/**
 * One regression test per class of input that reached Strapi's parsers or the database and
 * came back a 500 (issue 11): bodies that cannot be parsed, query strings in shapes the
 * query engine cannot run or with values the database cannot compare, GraphQL fragment
 * cycles, and text PostgreSQL cannot store. Each is now a 4xx that names what was wrong.
 */

type RawResponse = { status: number; json: unknown };
type RawRequest = { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer };

/** Sends exactly these bytes, path and headers: supertest would serialise a Buffer sent as JSON, and encode the path. */
const rawSender = (app: TestApp) => {
  const { port } = app.strapi.server.httpServer.address() as AddressInfo;
  return ({ method, path, headers = {}, body }: RawRequest) =>
    new Promise<RawResponse>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, json: text ? JSON.parse(text) : undefined });
        });
      });
      request.on('error', reject);
      request.end(body);
    });
};

let app: TestApp;
let send: ReturnType<typeof rawSender>;
let token: string;
let articleId: string;

const ARTICLES = 'api::article.article';
const count = () => app.strapi.db.query(ARTICLES).count();

const expectStrapiError = (response: RawResponse, status: number, name: string) => {
  expect(response.status).toBe(status);
  expect(response.json).toMatchObject({
    data: null,
    error: { status, name, message: expect.any(String), details: expect.any(Object) },
  });
  return (response.json as { error: { message: string; details: Record<string, unknown> } }).error;
};

const expectGraphqlError = (response: RawResponse, status: number, code: string) => {
  expect(response.status).toBe(status);
  const { errors } = response.json as { errors: Array<{ message: string; extensions: { code: string } }> };
  expect(errors[0]).toMatchObject({ message: expect.any(String), extensions: { code } });
  return errors[0];
};

beforeAll(async () => {
  app = await startApp();
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  send = rawSender(app);
  token = await createFullAccessToken(app.strapi);
  const created = await app
    .http()
    .post('/api/articles?status=published')
    .set('Authorization', `Bearer ${token}`)
    .send({ data: { title: 'Seed' } });
  articleId = created.body.data.documentId;
});

afterAll(() => app.stop());

describe('a body that cannot be parsed is the client’s error, not a 500', () => {
  const post = (headers: Record<string, string>, body: string | Buffer, path = '/api/articles') =>
    send({ method: 'POST', path, headers: { Authorization: `Bearer ${token}`, ...headers }, body });

  it.each([
    [
      'multipart without a boundary',
      { 'Content-Type': 'multipart/form-data' },
      '--x\r\nContent-Disposition: form-data; name="data"\r\n\r\n{}\r\n--x--',
      400,
      /no multipart boundary/,
    ],
    [
      'multipart cut short',
      { 'Content-Type': 'multipart/form-data; boundary=x' },
      '--x\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"title":',
      400,
      /stream ended unexpectedly/,
    ],
    [
      'JSON claiming gzip',
      { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      '{"data":{"title":"x"}}',
      400,
      /Content-Encoding/,
    ],
    [
      'gzip cut short',
      { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      zlib.gzipSync('{"data":{"title":"x"}}').subarray(0, 12),
      400,
      /Content-Encoding/,
    ],
    [
      'an unknown Content-Encoding',
      { 'Content-Type': 'application/json', 'Content-Encoding': 'x-fuzz' },
      '{"data":{"title":"x"}}',
      415,
      /Unsupported Content-Encoding/,
    ],
  ])('%s is a %s in Strapi’s error shape, storing nothing', async (_, headers, body, status, message) => {
    const before = await count();
    const error = expectStrapiError(
      await post(headers, body),
      status,
      status === 415 ? 'UnsupportedMediaTypeError' : 'BadRequestError'
    );
    expect(error.message).toMatch(message);
    expect(await count()).toBe(before);
  });

  it('still reads a body that is gzip as it says', async () => {
    const response = await post(
      { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      zlib.gzipSync('{"data":{"title":"Gzipped"}}')
    );
    expect(response.status).toBe(201);
  });

  it('answers the same on the GraphQL endpoint, in GraphQL’s shape, with a token or without', async () => {
    const body = '{"query":"{ articles { title } }"}';
    const headers = { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' };
    expectGraphqlError(await send({ method: 'POST', path: '/graphql', headers, body }), 400, 'BAD_REQUEST');
    expectGraphqlError(await post(headers, body, '/graphql'), 400, 'BAD_REQUEST');
    expectGraphqlError(await post({ ...headers, 'Content-Encoding': 'x-fuzz' }, body, '/graphql'), 415, 'BAD_REQUEST');
  });
});

describe('a query string in a shape the query engine cannot run is a 400 naming the parameter', () => {
  it.each([
    ['_q[a]=b', '_q', '_q'],
    ['filters[0][title]=x', 'filters', 'filters'],
    ['filters[$and]=x', 'filters', 'filters[$and]'],
    ['filters[title][$eq][$eq]=x', 'filters', 'filters[title][$eq]'],
    ['filters[title][$between]=x', 'filters', 'filters[title][$between]'],
    ['filters[readingTimeMinutes][$eq]=1e400', 'filters', 'filters[readingTimeMinutes][$eq]'],
    ['populate[author][filters][$or]=x', 'populate', 'populate[author][filters][$or]'],
    ['fields=', 'fields', 'fields'],
  ])('GET /api/articles?%s', async (query, param, path) => {
    for (const route of ['/api/articles', `/api/articles/${articleId}`, '/api/site-setting']) {
      const error = expectStrapiError(await send({ method: 'GET', path: `${route}?${query}` }), 400, 'ValidationError');
      expect(error.details).toMatchObject({ source: 'query', param, path });
    }
  });

  it.each([
    ['filters[readingTimeMinutes][$gt]=abc', 'filters[readingTimeMinutes][$gt]', /whole number/],
    ['filters[readingTimeMinutes][$eq]=99999999999', 'filters[readingTimeMinutes][$eq]', /between/],
    ['filters[readingTimeMinutes][$contains]=1', 'filters[readingTimeMinutes][$contains]', /compares text/],
    ['filters[id][$eq]=abc', 'filters[id][$eq]', /whole number/],
    ['filters[author]=abc', 'filters[author]', /whole number/],
    ['filters[body][$eq]=x', 'filters[body][$eq]', /cannot compare JSON/],
    ['filters[author][$eq]=1&filters[author][$ne]=2', 'filters[author]', /one operator/],
    // documentId is a column no attribute lists: a path into it went to PostgreSQL (seed 366875699).
    ['filters[documentId][id]=body', 'filters[documentId][id]', /not an attribute of a value/],
  ])('a value the attribute cannot hold: GET /api/articles?%s', async (query, path, message) => {
    const error = expectStrapiError(await send({ method: 'GET', path: `/api/articles?${query}` }), 400, 'ValidationError');
    expect(error.details).toMatchObject({ source: 'query', param: 'filters', path });
    expect(error.message).toMatch(message);
  });

  it('checks the same values in GraphQL filters, as a BAD_USER_INPUT error', async () => {
    for (const filters of [
      '{ readingTimeMinutes: { contains: 1 } }',
      '{ readingTimeMinutes: { between: [1] } }',
      '{ title: { and: ["x"] } }',
    ]) {
      const response = await send({
        method: 'POST',
        path: '/graphql',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: `{ articles(filters: ${filters}) { title } }` }),
      });
      expectGraphqlError(response, 200, 'BAD_USER_INPUT');
    }
    // A sort path with an empty name, which the query engine looks up as an attribute (seed 366875699).
    for (const sort of ['"."', '["title:asc", "author."]']) {
      const response = await send({
        method: 'POST',
        path: '/graphql',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: `{ articles(sort: ${sort}) { title } }` }),
      });
      expectGraphqlError(response, 200, 'BAD_USER_INPUT');
    }
  });

  it('still runs the queries sites send', async () => {
    for (const query of [
      'filters[slug][$eq]=seed',
      'filters[title][$containsi]=se&sort=title:asc&populate=*',
      'filters[$or][0][readingTimeMinutes][$lte]=5',
    ]) {
      expect((await send({ method: 'GET', path: `/api/articles?${query}` })).status).toBe(200);
    }
  });
});

describe('an explicit null for an optional GraphQL argument is the argument left out, not a 500', () => {
  const graphql = (query: string, variables: Record<string, unknown> = {}) =>
    send({
      method: 'POST',
      path: '/graphql',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });

  it.each([
    ['pagination in a variable', 'query Q($p: PaginationArg) { articles(pagination: $p) { title } }', { p: null }],
    ['filters in a variable', 'query Q($f: ArticleFiltersInput) { articles(filters: $f) { title } }', { f: null }],
    ['pagination as a literal', '{ articles(pagination: null, sort: null) { title } }', {}],
    [
      'the connection query',
      '{ articles_connection(pagination: null, filters: null) { nodes { title } pageInfo { total } } }',
      {},
    ],
    ['a relation field', '{ articles { title relatedLinks(pagination: null, filters: null) { title } } }', {}],
  ])('%s', async (_, query, variables) => {
    const response = await graphql(query, variables);
    expect(response.status).toBe(200);
    expect(response.json).not.toHaveProperty('errors');
    const data = (response.json as { data: Record<string, unknown> }).data;
    expect(JSON.stringify(data)).toContain('Seed');
  });
});

describe('a GraphQL fragment cycle is a 400 with a GraphQL error, not a 500', () => {
  const query = 'fragment A on Article { ...B } fragment B on Article { ...A } { articles { ...A } }';

  it.each([
    ['POST, anonymous (parsed by the response cache)', { method: 'POST', headers: { 'Content-Type': 'application/json' } }],
    ['POST with a token', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer TOKEN' } }],
    ['GET', { method: 'GET', headers: { 'apollo-require-preflight': 'true' } }],
  ])('over %s', async (_, { method, headers }) => {
    const response = await send({
      method,
      path: method === 'GET' ? `/graphql?query=${encodeURIComponent(query)}` : '/graphql',
      headers: Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, value.replace('TOKEN', token)])),
      body: method === 'GET' ? undefined : JSON.stringify({ query }),
    });
    const error = expectGraphqlError(response, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toBe('Cannot spread fragment "A" within itself via "B".');
  });

  it('and so is a selection set too wide for the depth limit to count (it would throw)', async () => {
    const query = `{ articles { ${'title '.repeat(150_000)}} }`;
    const response = await send({
      method: 'POST',
      path: '/graphql',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(expectGraphqlError(response, 400, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/more than 10000/);
  });

  it('and so is a subscription, which the schema has no type for', async () => {
    const response = await send({
      method: 'POST',
      path: '/graphql',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query":"subscription { articles { title } }"}',
    });
    expect(expectGraphqlError(response, 400, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/no subscriptions/);
  });

  it('and so is a spread of an unknown fragment', async () => {
    const response = await send({
      method: 'POST',
      path: '/graphql',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query":"{ articles { ...Nope } }"}',
    });
    expect(expectGraphqlError(response, 400, 'GRAPHQL_VALIDATION_FAILED').message).toBe('Unknown fragment "Nope".');
  });
});

describe('text the database cannot store is a 400 naming where it is', () => {
  const write = (body: string) =>
    send({
      method: 'POST',
      path: '/api/articles',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
    });

  it.each([
    ['a NUL', '{"data":{"title":"a\\u0000b"}}', ['data', 'title'], /NUL/],
    ['a lone surrogate', '{"data":{"title":"ok","summary":"x\\ud800"}}', ['data', 'summary'], /lone UTF-16 surrogate/],
    [
      'a number past the float range',
      '{"data":{"title":"x","readingTimeMinutes":1e400}}',
      ['data', 'readingTimeMinutes'],
      /float range/,
    ],
  ])('%s in a JSON body, storing nothing', async (_, body, path, reason) => {
    const before = await count();
    const error = expectStrapiError(await write(body), 400, 'ValidationError');
    expect(error.details).toMatchObject({ source: 'body', errors: [{ path, message: expect.stringMatching(reason) }] });
    expect(await count()).toBe(before);
  });

  it('a NUL in a multipart entry, in a query string and in a path, and a path that is not UTF-8', async () => {
    const multipart = '--x\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"title":"a\\u0000b"}\r\n--x--\r\n';
    const inMultipart = await send({
      method: 'POST',
      path: '/api/articles',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x', Authorization: `Bearer ${token}` },
      body: multipart,
    });
    expect(expectStrapiError(inMultipart, 400, 'ValidationError').details).toMatchObject({
      errors: [{ path: ['data', 'title'] }],
    });
    const inQuery = expectStrapiError(
      await send({ method: 'GET', path: '/api/articles?filters[title][$eq]=%00' }),
      400,
      'ValidationError'
    );
    expect(inQuery.details).toMatchObject({ source: 'query', errors: [{ path: ['filters', 'title', '$eq'] }] });
    expect(
      expectStrapiError(await send({ method: 'GET', path: '/api/articles/%00' }), 400, 'ValidationError').details
    ).toMatchObject({ source: 'path' });
    // A lone surrogate in a path arrives as bytes that are not UTF-8.
    const notUtf8 = expectStrapiError(await send({ method: 'GET', path: '/api/articles/%ED%A0%80' }), 400, 'ValidationError');
    expect(notUtf8.message).toBe('The path is not percent-encoded UTF-8');
  });

  it('in GraphQL variables and string literals, as GraphQL errors', async () => {
    const post = (body: unknown) =>
      send({ method: 'POST', path: '/graphql', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const inVariables = await post({
      query: 'query($t: String) { articles(filters: { title: { eq: $t } }) { title } }',
      variables: { t: 'a\u0000' },
    });
    expect(expectGraphqlError(inVariables, 400, 'BAD_USER_INPUT').message).toBe('variables.t contains a NUL character (\\u0000)');
    const inLiteral = await post({ query: '{ articles(filters: { title: { eq: "\\u0000" } }) { title } }' });
    expect(expectGraphqlError(inLiteral, 400, 'BAD_USER_INPUT').message).toMatch(/NUL/);
  });
});
