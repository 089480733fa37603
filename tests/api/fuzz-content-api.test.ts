import fc from 'fast-check';

import { createFullAccessToken } from '../support/auth';
import {
  edgeNumber,
  encodeURIComponentLoose,
  expectNoServerError,
  fuzzSettings,
  fuzzTally,
  headerValue,
  jsonOf,
  nastyJson,
  nastyString,
  queryText,
  rawClient,
  rowCounter,
  type RawClient,
  type RawResponse,
} from '../support/fuzz';
import { startApp, type TestApp } from '../support/strapi';

/**
 * Property-based fuzzing of the app's content API: REST query strings built from Strapi's
 * own vocabulary (filters and their operators, sort, populate, fields, pagination, status,
 * locale) with nasty values in every slot, GraphQL documents and variables, and writes the
 * public role may not make. Whatever comes in: no 5xx, a REST 4xx in Strapi's error shape,
 * no GraphQL error hiding an internal one, and nothing stored.
 */

const FILE = 'fuzz-content-api';
const { seed, params } = fuzzSettings(FILE);
const tally = fuzzTally();

const MODELS = {
  articles: 'api::article.article',
  authors: 'api::author.author',
  offices: 'api::office.office',
  relatedLinks: 'api::related-link.related-link',
} as const;

const COLLECTIONS = ['articles', 'authors', 'offices', 'related-links'] as const;
/** Attribute names of the four collections, and names no model has (or may not be read). */
const ATTRIBUTES = [
  'id',
  'documentId',
  'title',
  'slug',
  'summary',
  'name',
  'timezone',
  'officeHoursStart',
  'displayOrder',
  'readingTimeMinutes',
  'createdAt',
  'publishedAt',
  'author',
  'relatedLinks',
  'articles',
  'article',
];
const NOT_ATTRIBUTES = [
  'body',
  'readinessDimensions',
  'seo',
  'callToAction',
  'cover',
  'password',
  'createdBy',
  'localizations',
  'nope',
  '__proto__',
  'constructor',
  '',
];
const OPERATORS = [
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$null',
  '$notNull',
  '$between',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$and',
  '$or',
  '$not',
  '$nope',
  '$',
];

let app: TestApp;
let send: RawClient;
/** The rows after seeding: no public request may change them. */
let seeded: Counts;

const counts = rowCounter(() => app, MODELS);
type Counts = Awaited<ReturnType<typeof counts>>;

/** A value for one query-string slot: text, a number at an edge, a date at the edge of the representable. */
const slotValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: queryText() },
    { weight: 2, arbitrary: edgeNumber().map((n) => encodeURIComponent(String(n))) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '0000-01-01',
        '9999-12-31T23:59:59Z',
        '10000-01-01',
        '-000001-01-01',
        '2026-02-30',
        '24:00',
        '99:99:99',
        'true',
        'false',
        'null',
        '*',
        'asc',
        'desc',
        'title:asc',
        'title:sideways',
        'Infinity',
        'NaN',
        '1e400',
        '-1e400'
      ),
    }
  );

/** One `key=value` pair of a content-API query, shaped as Strapi's qs parser reads it, often malformed. */
const queryPair = (): fc.Arbitrary<string> => {
  const attribute = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...ATTRIBUTES) },
    { weight: 1, arbitrary: fc.constantFrom(...NOT_ATTRIBUTES) }
  );
  const operator = fc.constantFrom(...OPERATORS);
  const index = fc.oneof(fc.nat({ max: 3 }).map(String), fc.constantFrom('', '-1', '999999', 'x', '1e3'));
  const bracket = (parts: string[]) => parts.map((part) => `[${part}]`).join('');
  const filterKey = fc
    .array(fc.oneof(attribute, operator, index), { minLength: 1, maxLength: 5 })
    .map((parts) => `filters${bracket(parts)}`);
  const key = fc.oneof(
    { weight: 5, arbitrary: filterKey },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constant('sort'),
        index.map((i) => `sort[${i}]`)
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.oneof(attribute, fc.constantFrom('populate', 'fields', 'filters', 'sort', 'on', '*'), index), {
          maxLength: 4,
        })
        .map((parts) => `populate${bracket(parts)}`),
    },
    { weight: 1, arbitrary: index.map((i) => `fields[${i}]`) },
    { weight: 1, arbitrary: fc.constant('fields') },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('page', 'pageSize', 'start', 'limit', 'withCount', 'nope', '')
        .map((part) => `pagination[${part}]`),
    },
    { weight: 1, arbitrary: fc.constantFrom('status', 'locale', '_q', 'publicationState', 'hasPublishedVersion', 'pLevel') },
    { weight: 1, arbitrary: queryText() }
  );
  const value = fc.oneof(
    { weight: 4, arbitrary: slotValue() },
    { weight: 1, arbitrary: attribute },
    { weight: 1, arbitrary: fc.constantFrom('draft', 'published', 'en', 'da', 'id', 'zz', '*') }
  );
  return fc.tuple(key, value).map(([k, v]) => `${k}=${v}`);
};

const restPath = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom(...COLLECTIONS, 'site-setting'),
      fc.oneof(
        { weight: 4, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: queryText().map((segment) => `/${segment}`) },
        { weight: 1, arbitrary: fc.constantFrom('/1', '/0', '/-1', '/99999999999', '/%00', '/..%2F..%2Fadmin') }
      ),
      fc.array(queryPair(), { maxLength: 6 })
    )
    .map(([collection, rest, pairs]) => `/api/${collection}${rest}${pairs.length ? '?' : ''}${pairs.join('&')}`);

/**
 * A GraphQL answer is never an internal error in disguise: no 5xx, a 4xx carries GraphQL's
 * `errors`, and no error in any answer is coded INTERNAL_SERVER_ERROR.
 */
const expectNoGraphqlInternalError = (what: string, response: RawResponse) => {
  const fail = (reason: string) => {
    throw new Error(`${what}: ${reason}; got ${response.status} ${response.text.slice(0, 500)}`);
  };
  if (response.status >= 500) fail('a 5xx');
  // Node's HTTP parser answers a request line over its 16 KB limit itself, before any middleware.
  if (response.status === 431 && response.text === '') return;
  const body = response.json as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } | undefined;
  if (response.status >= 400 && !Array.isArray(body?.errors)) fail('a 4xx without GraphQL errors');
  for (const error of body?.errors ?? []) {
    if (typeof error.message !== 'string') fail('an error without a message');
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR' || error.message === 'Internal Server Error')
      fail('an internal error');
  }
};

const sendAndCheck = async (route: string, request: Parameters<RawClient>[0], shape: 'strapi' | 'graphql' = 'strapi') => {
  const response = await send(request);
  tally.count(route, response.status);
  const what = `${request.method} ${request.path} ${String(request.body ?? '').slice(0, 300)}`;
  if (shape === 'graphql') expectNoGraphqlInternalError(what, response);
  else expectNoServerError(what, response);
  return response;
};

beforeAll(async () => {
  app = await startApp();
  send = await rawClient(app);
  const token = await createFullAccessToken(app.strapi);
  const author = await app
    .http()
    .post('/api/authors?status=published')
    .set('Authorization', `Bearer ${token}`)
    .send({ data: { name: 'Fuzz Author' } })
    .expect(201);
  for (const title of ['Specs before sprints', 'Runbooks that run', 'Hand-off without a call']) {
    await app
      .http()
      .post('/api/articles?status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title, summary: `About ${title}`, author: author.body.data.documentId } })
      .expect(201);
  }
  seeded = await counts();
});

afterAll(async () => {
  tally.write(FILE, seed, { finalCounts: app ? await counts() : null });
  await app?.stop();
});

describe('REST content API, fuzzed', () => {
  it('answers every generated query string and header with data or a 4xx in Strapi’s error shape', async () => {
    const headers = fc.dictionary(
      fc.constantFrom('Accept', 'Accept-Encoding', 'Accept-Language', 'If-None-Match', 'Origin', 'Cookie', 'Range'),
      headerValue(),
      { maxKeys: 3 }
    );
    await fc.assert(
      fc.asyncProperty(restPath(), headers, async (path, headerSet) => {
        await sendAndCheck('GET /api/<collection>', { method: 'GET', path, headers: headerSet });
      }),
      params(1200)
    );
  });

  it('never lets the public role write, whatever the method, body or content type, and stores nothing', async () => {
    const before = await counts();
    const body = fc.oneof(
      nastyJson().map((data) => jsonOf({ data })),
      nastyString(),
      fc.constantFrom('', '{', '{"data":', 'data=1&data[title]=x', '--x\r\n\r\n')
    );
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=latin1',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'multipart/form-data',
      'text/plain',
      'application/xml'
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'),
        restPath(),
        body,
        contentType,
        async (method, path, text, type) => {
          await sendAndCheck(`${method} /api/<collection>`, {
            method,
            path,
            headers: { 'Content-Type': type },
            body: text,
          });
        }
      ),
      params(250)
    );
    expect(await counts()).toEqual(before);
    tally.checkedRows(Object.keys(MODELS).length);
  });
});

describe('GraphQL, fuzzed', () => {
  /** Each root field and the fields its type has: an unknown field fails the whole document before it runs. */
  const FIELDS: Record<string, string[]> = {
    articles: ['documentId', 'title', 'slug', 'summary', 'readingTimeMinutes', 'createdAt'],
    articles_connection: ['documentId', 'title'],
    authors: ['documentId', 'name', 'slug', 'role'],
    offices: ['documentId', 'name', 'timezone', 'displayOrder'],
    relatedLinks: ['documentId', 'title', 'url'],
    siteSetting: ['documentId', 'companyName'],
  };
  const ROOTS = Object.keys(FIELDS);

  /** A query whose arguments come in as variables of any JSON value, so every argument gets nasty input. */
  const document = fc.record({
    root: fc.constantFrom(...ROOTS),
    pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
    unknownField: fc.constantFrom(null, null, null, null, 'nope', '__typename'),
    args: fc.subarray(['filters', 'sort', 'pagination', 'status', 'locale']),
    variables: fc.oneof(
      // Arguments in their types, with nasty values where the values go.
      fc.record(
        {
          filters: fc.dictionary(
            fc.constantFrom('title', 'name', 'slug', 'readingTimeMinutes', 'createdAt', 'documentId'),
            fc.dictionary(
              fc.constantFrom('eq', 'ne', 'lt', 'gte', 'in', 'contains', 'containsi', 'null', 'between', 'startsWith'),
              nastyJson(),
              {
                minKeys: 1,
                maxKeys: 2,
              }
            ),
            { maxKeys: 2 }
          ),
          sort: fc.array(
            fc.oneof(fc.constantFrom('title:asc', 'name:desc', 'createdAt', '.', ':', 'title:sideways'), nastyString()),
            {
              maxLength: 2,
            }
          ),
          pagination: fc.record(
            { page: edgeNumber(), pageSize: edgeNumber(), start: edgeNumber(), limit: edgeNumber() },
            { requiredKeys: [] }
          ),
          status: fc.constantFrom('DRAFT', 'PUBLISHED', 'draft', ''),
          locale: nastyString(),
        },
        { requiredKeys: [] }
      ),
      // Any JSON at all in any argument.
      fc.dictionary(fc.constantFrom('filters', 'sort', 'pagination', 'status', 'locale'), nastyJson(), { maxKeys: 5 })
    ),
    nested: fc.boolean(),
    typed: fc.boolean(),
  });

  const TYPES: Record<string, string> = {
    filters: 'JSON',
    sort: '[String]',
    pagination: 'PaginationArg',
    status: 'PublicationStatus',
    locale: 'I18NLocaleCode',
  };

  it('answers every generated document and variables without an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(document, async ({ root, pick, unknownField, args, variables, nested, typed }) => {
        const known = FIELDS[root];
        const fields = [...new Set([...pick.map((n) => known[n % known.length]), ...(unknownField ? [unknownField] : [])])];
        // filters are typed per collection in Strapi's schema: a JSON-typed variable is a type
        // error GraphQL reports itself, so it gets the right input type half of the time.
        const filterType = `${root === 'relatedLinks' ? 'RelatedLink' : root === 'authors' ? 'Author' : root === 'offices' ? 'Office' : 'Article'}FiltersInput`;
        const used = [...new Set([...args, ...Object.keys(variables)])];
        const declared = used.map((arg) => `$${arg}: ${arg === 'filters' && typed ? filterType : TYPES[arg]}`);
        const passed = used.map((arg) => `${arg}: $${arg}`);
        const selection = root === 'articles_connection' ? `nodes { ${fields.join(' ')} } pageInfo { total }` : fields.join(' ');
        const query = `query Fuzz${declared.length ? `(${declared.join(', ')})` : ''} { ${root}${passed.length ? `(${passed.join(', ')})` : ''} { ${selection}${nested && root === 'articles' ? ' author { name }' : ''} } }`;
        const body = jsonOf({ query, variables });
        await sendAndCheck(
          'POST /graphql',
          { method: 'POST', path: '/graphql', headers: { 'Content-Type': 'application/json' }, body },
          'graphql'
        );
      }),
      params(250)
    );
  });

  it('answers garbage documents, over GET and POST, without an internal error', async () => {
    const garbage = fc.oneof(
      nastyString(),
      fc.constantFrom(
        '{',
        '{ articles { title } ',
        'query { articles(filters: { title: { $eq: "x" } }) { title } }',
        'query { articles(filters: { title: { eq: 1e400 } }) { title } }',
        'query { articles(pagination: { pageSize: -1 }) { title } }',
        'query { articles(pagination: { page: 99999999999 }) { title } }',
        'mutation { createArticle(data: { title: "x" }) { documentId } }',
        'subscription { articles { title } }',
        'fragment A on Article { ...A } query { articles { ...A } }',
        '{ __schema { types { name } } }'
      )
    );
    await fc.assert(
      fc.asyncProperty(garbage, fc.boolean(), nastyJson(), async (query, viaGet, variables) => {
        const request = viaGet
          ? { method: 'GET', path: `/graphql?query=${encodeURIComponentLoose(query)}`, headers: { Accept: 'application/json' } }
          : {
              method: 'POST',
              path: '/graphql',
              headers: { 'Content-Type': 'application/json' },
              body: jsonOf({ query, variables }),
            };
        await sendAndCheck(`${request.method} /graphql (garbage)`, request, 'graphql');
      }),
      params(150)
    );
  });
});

describe('after every case', () => {
  it('has stored nothing: the public role changed no row', async () => {
    expect(await counts()).toEqual(seeded);
    tally.checkedRows(Object.keys(MODELS).length);
  });
});
