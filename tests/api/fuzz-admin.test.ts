import fc from 'fast-check';
import { DEFAULT_QUESTIONNAIRE } from 'strapi-plugin-readiness-intake/strapi-server';

import { loginConsultant, loginSuperAdmin } from '../support/auth';
import {
  applyMutations,
  edgeNumber,
  encodeURIComponentLoose,
  expectNoServerError,
  fuzzSettings,
  fuzzTally,
  jsonOf,
  mutation,
  nastyJson,
  nastyString,
  queryText,
  rawClient,
  type RawClient,
  type RawResponse,
} from '../support/fuzz';
import { submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

/**
 * Property-based fuzzing of the plugin's admin routes as a super admin: the inbox's
 * filters (list, stats, CSV export), the triage, rating, note and saved view bodies, and the
 * questionnaire import. No 5xx, a 4xx is Strapi's error shape, nothing is stored from a 4xx.
 */

const FILE = 'fuzz-admin';
const { seed, params } = fuzzSettings(FILE);
const tally = fuzzTally();

const MODELS = {
  submissions: 'plugin::readiness-intake.submission',
  notes: 'plugin::readiness-intake.note',
  auditEntries: 'plugin::readiness-intake.audit-entry',
  questionnaires: 'plugin::readiness-intake.questionnaire',
  savedViews: 'plugin::readiness-intake.saved-view',
} as const;
const STATUSES = ['new', 'in_review', 'contacted', 'engaged', 'not_a_fit', 'spam'];
const BANDS = ['ready', 'close', 'foundation'];
/** How a query may be refused: a 400, or Node's own 431 for a query string over 16 KB. */
const REFUSED = [400, 431];
const SORTABLE = ['receivedAt', 'overallScore', 'company', 'status', 'band', 'flagCount'];
const DIMENSIONS = ['documentation', 'specification', 'handoff', 'scoping', 'async', 'ownership'];
const FLAG_KINDS = ['dont_know', 'contradiction'];

let app: TestApp;
let send: RawClient;
let token: string;
let consultantId: number;
let submissionIds: number[];

/** What a refused request must leave as it was: the row counts and every submission's triage fields. */
const snapshot = async () => {
  const [counts, rows] = await Promise.all([
    Promise.all(Object.values(MODELS).map((uid) => app.strapi.db.query(uid).count())),
    app.strapi.db.query(MODELS.submissions).findMany({
      select: ['id', 'status', 'consultantBand', 'consultantReason', 'overallScore', 'questionnaireVersion'],
      populate: { assignee: { select: ['id'] } },
      orderBy: { id: 'asc' },
    }),
  ]);
  tally.checkedRows(counts.length + rows.length);
  return jsonOf({ counts, rows });
};

const admin = (request: { method: string; path: string; body?: unknown; raw?: string; headers?: Record<string, string> }) =>
  send({
    method: request.method,
    path: request.path,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(request.body !== undefined || request.raw !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...request.headers,
    },
    body: request.raw ?? (request.body === undefined ? undefined : jsonOf(request.body)),
  });

/**
 * Sends one request and checks the properties: no 5xx, the error shape, and for a 4xx the
 * same rows and triage fields after as before. Returns the response for further checks.
 */
const check = async (
  route: string,
  request: Parameters<typeof admin>[0],
  { compare = true }: { compare?: boolean } = {}
): Promise<RawResponse> => {
  const before = compare ? await snapshot() : '';
  const response = await admin(request);
  tally.count(route, response.status);
  const what = `${request.method} ${request.path} ${request.raw ?? jsonOf(request.body)}`.slice(0, 600);
  expectNoServerError(what, response);
  if (compare && response.status >= 400) {
    const after = await snapshot();
    if (after !== before) throw new Error(`${what}: a ${response.status} changed what is stored:\n${before}\n${after}`);
  }
  return response;
};

/** A value for the id in a path: a real one, one that does not exist, an edge of int4, or text. */
const idSegment = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...submissionIds.map(String)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '999999',
        '2147483647',
        '2147483648',
        '99999999999999999999',
        '0',
        '-1',
        '1e3',
        '0x1',
        '1.0',
        '%20' + submissionIds[0]
      ),
    },
    { weight: 1, arbitrary: edgeNumber().map(String) },
    { weight: 1, arbitrary: queryText().filter((text) => text !== '' && !/[/?#]/.test(text)) }
  );

/** Values for the inbox's filters: good ones, edge dates and numbers, and text of any kind. */
const filterValue = (key: string): fc.Arbitrary<string> => {
  const dates = fc.oneof(
    fc.date({ noInvalidDate: true }).map((date) => encodeURIComponent(date.toISOString())),
    fc.constantFrom(
      '0999-12-31',
      '1000-01-01',
      '9999-12-31T23:59:59.999Z',
      '10000-01-01',
      '%2B275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
      '-000001-01-01',
      '2026-02-31',
      '2026-01-01T00:00:00%2B14:00',
      '0',
      '1e15',
      '-1e15',
      '99999',
      'Infinity',
      'now',
      '2026-01-01'
    )
  );
  const numbers = fc.oneof(
    edgeNumber().map(String),
    fc.constantFrom('1', '2', '25', '100', '101', '2147483647', '2147483648', '1e400', '%201')
  );
  const valid: Record<string, fc.Arbitrary<string>> = {
    page: numbers,
    pageSize: numbers,
    status: fc.constantFrom(...STATUSES),
    band: fc.constantFrom(...BANDS),
    assignee: fc.oneof(fc.constantFrom('me', 'none', String(consultantId)), numbers),
    q: fc.oneof(fc.constantFrom('Fjord', 'mia', '%25', '_', '%5C'), nastyString().map(encodeURIComponentLoose).filter(Boolean)),
    from: dates,
    to: dates,
    dimension: fc.oneof(fc.constantFrom(...DIMENSIONS), fc.constantFrom('Documentation', 'overall', '')),
    below: fc.oneof(numbers, fc.constantFrom('0', '50', '99', '100', '00', '050', '-0')),
    flag: fc.oneof(fc.constantFrom(...FLAG_KINDS), fc.constantFrom('dont-know', 'contradictions', 'DONT_KNOW')),
    sort: fc.oneof(
      fc
        .tuple(fc.constantFrom(...SORTABLE), fc.constantFrom('asc', 'desc', 'ASC', 'DESC'))
        .map(([field, order]) => `${field}:${order}`),
      fc.constantFrom('id:asc', 'contactEmail:asc', 'receivedAt', 'receivedAt:up', ':asc')
    ),
  };
  return fc.oneof({ weight: 4, arbitrary: valid[key] ?? queryText() }, { weight: 1, arbitrary: queryText() });
};

/** A query string over `keys`: each key zero to two times, sometimes with brackets, sometimes unknown. */
const filterQuery = (keys: string[]) =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...keys).chain((key) => filterValue(key).map((value) => `${key}=${value}`)) },
        { weight: 1, arbitrary: fc.constantFrom(...keys).chain((key) => filterValue(key).map((value) => `${key}[]=${value}`)) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(...keys).chain((key) => filterValue(key).map((value) => `${key}[$gt]=${value}`)),
        },
        { weight: 1, arbitrary: fc.tuple(queryText(), queryText()).map(([key, value]) => `${key}=${value}`) }
      ),
      { maxLength: 5 }
    )
    .map((pairs) => pairs.join('&'));

/** A valid saved view: a name and some of the inbox's filters, as a query string spells them. */
const savedViewArb = () =>
  fc.record({
    name: fc.oneof(
      fc.constantFrom('Weak docs', 'Mine', 'Needs a call'),
      nastyString().filter((text) => text.trim() !== '')
    ),
    filters: fc.oneof(
      fc.record(
        {
          status: fc.constantFrom(...STATUSES),
          band: fc.constantFrom(...BANDS),
          flag: fc.constantFrom(...FLAG_KINDS),
          sort: fc.constantFrom('overallScore:asc', 'company:DESC'),
        },
        { requiredKeys: [] }
      ),
      fc
        .tuple(fc.constantFrom(...DIMENSIONS), fc.integer({ min: 0, max: 100 }))
        .map(([dimension, below]) => ({ dimension, below: String(below) }))
    ),
  });

/** A valid triage change: a status, an assignee (the consultant, or none), or both. */
const triageChangeArb = () =>
  fc
    .record(
      { status: fc.constantFrom(...STATUSES), assignee: fc.constantFrom<number | null>(consultantId, null) },
      { requiredKeys: [] }
    )
    .filter((change) => Object.keys(change).length > 0);

beforeAll(async () => {
  app = await startApp({ INTAKE_RATE_LIMIT_MAX: '100000', INTAKE_JOBS_ENABLED: 'false' });
  send = await rawClient(app);
  const questionnaire: PublicQuestionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  token = await loginSuperAdmin(app);
  consultantId = (await loginConsultant(app)).id;
  const seeded = [];
  for (const [index, pick] of (['first', 'last', 'first', 'last', 'first', 'last'] as const).entries()) {
    seeded.push(await submitIntake(app, questionnaire, { pick, contact: { company: `Fuzz ${index}`, name: `Person ${index}` } }));
  }
  submissionIds = seeded.map((row: { id: number }) => row.id);
});

afterAll(async () => {
  tally.write(FILE, seed);
  await app?.stop();
});

describe('the inbox filters, fuzzed', () => {
  // dimension and below twice: they only filter together.
  const LIST_KEYS = [
    'page',
    'pageSize',
    'status',
    'band',
    'assignee',
    'q',
    'from',
    'to',
    'sort',
    'dimension',
    'below',
    'dimension',
    'below',
    'flag',
  ];

  it('GET /readiness-intake/submissions answers any query with a page or a 400', async () => {
    await fc.assert(
      fc.asyncProperty(filterQuery(LIST_KEYS), async (query) => {
        const response = await check(
          'GET submissions',
          { method: 'GET', path: `/readiness-intake/submissions?${query}` },
          { compare: false }
        );
        if (response.status === 200) {
          const body = response.json as { results?: unknown[]; pagination?: { total?: number } };
          if (!Array.isArray(body.results) || typeof body.pagination?.total !== 'number')
            throw new Error(`?${query}: a 200 without a page`);
        } else if (!REFUSED.includes(response.status)) throw new Error(`?${query}: a ${response.status}`);
      }),
      params(700)
    );
  }, 900_000);

  it('GET /readiness-intake/submissions/export answers any query with a whole CSV file or a 400', async () => {
    await fc.assert(
      fc.asyncProperty(filterQuery(LIST_KEYS.filter((key) => key !== 'page' && key !== 'pageSize')), async (query) => {
        const response = await check(
          'GET export',
          { method: 'GET', path: `/readiness-intake/submissions/export?${query}` },
          { compare: false }
        );
        if (response.status === 200) {
          if (!String(response.headers['content-type']).startsWith('text/csv'))
            throw new Error(`?${query}: a 200 that is not CSV`);
          if (!response.text.startsWith('reference,receivedAt,'))
            throw new Error(`?${query}: a CSV without its header: ${response.text.slice(0, 100)}`);
        } else if (!REFUSED.includes(response.status)) throw new Error(`?${query}: a ${response.status}`);
      }),
      params(400)
    );
  }, 900_000);

  it('GET /readiness-intake/stats answers any period with counts or a 400', async () => {
    await fc.assert(
      fc.asyncProperty(filterQuery(['from', 'to', 'from', 'to', 'status']), async (query) => {
        const response = await check(
          'GET stats',
          { method: 'GET', path: `/readiness-intake/stats?${query}` },
          { compare: false }
        );
        if (response.status === 200 && typeof (response.json as { data?: { total?: unknown } }).data?.total !== 'number') {
          throw new Error(`?${query}: a 200 without a total`);
        }
        if (response.status !== 200 && !REFUSED.includes(response.status)) throw new Error(`?${query}: a ${response.status}`);
      }),
      params(300)
    );
  }, 900_000);
});

describe('the triage, rating, note and saved view bodies, fuzzed', () => {
  const body = (valid: fc.Arbitrary<unknown>) =>
    fc.oneof(
      {
        weight: 5,
        arbitrary: fc
          .tuple(valid, fc.array(mutation(), { maxLength: 3 }))
          .map(([base, changes]) => ({ json: applyMutations(base, changes) })),
      },
      { weight: 1, arbitrary: nastyJson().map((json) => ({ json })) },
      { weight: 1, arbitrary: fc.constantFrom('{', '', 'null', '[]', '"x"', '{"status":"new"', '\u0000').map((raw) => ({ raw })) }
    );
  const request = (method: string, path: string, payload: { json?: unknown; raw?: string }) =>
    payload.raw !== undefined ? { method, path, raw: payload.raw } : { method, path, body: payload.json };

  it('POST /readiness-intake/views saves a view or refuses and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(body(savedViewArb()), async (payload) => {
        const response = await check('POST view', request('POST', '/readiness-intake/views', payload));
        const view = (response.json as { data?: { id?: unknown; name?: unknown } }).data;
        if (response.status === 201 && (typeof view?.id !== 'number' || typeof view.name !== 'string'))
          throw new Error(`a 201 without the view: ${response.text.slice(0, 300)}`);
      }),
      params(300)
    );
  }, 900_000);

  it('PUT /readiness-intake/submissions/:id/triage changes a submission or refuses and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(idSegment(), body(triageChangeArb()), async (id, payload) => {
        await check('PUT triage', request('PUT', `/readiness-intake/submissions/${id}/triage`, payload));
      }),
      params(400)
    );
  }, 900_000);

  it('PUT /readiness-intake/submissions/triage changes all the ids or none', async () => {
    const valid = fc
      .tuple(fc.subarray(submissionIds, { minLength: 1 }), triageChangeArb())
      .map(([ids, change]) => ({ ids, ...(change as object) }));
    await fc.assert(
      fc.asyncProperty(body(valid), async (payload) => {
        await check('PUT bulk triage', request('PUT', '/readiness-intake/submissions/triage', payload));
      }),
      params(300)
    );
  }, 900_000);

  it('POST /readiness-intake/submissions/:id/rating rates a submission or refuses and changes nothing', async () => {
    const valid = fc.record({
      band: fc.constantFrom(...BANDS),
      reason: fc.oneof(fc.constantFrom('Spoke to them'), nastyString()),
    });
    await fc.assert(
      fc.asyncProperty(idSegment(), body(valid), async (id, payload) => {
        await check('POST rating', request('POST', `/readiness-intake/submissions/${id}/rating`, payload));
      }),
      params(300)
    );
  }, 900_000);

  it('POST /readiness-intake/submissions/:id/notes adds one note or refuses and adds none', async () => {
    const valid = fc.record({ body: fc.oneof(fc.constantFrom('Call on Tuesday'), nastyString()) });
    await fc.assert(
      fc.asyncProperty(idSegment(), body(valid), async (id, payload) => {
        const before = await app.strapi.db.query(MODELS.notes).count();
        const response = await check('POST notes', request('POST', `/readiness-intake/submissions/${id}/notes`, payload));
        const added = (await app.strapi.db.query(MODELS.notes).count()) - before;
        tally.checkedRows();
        if (response.status === 201 && added !== 1) throw new Error(`a 201 added ${added} notes`);
      }),
      params(300)
    );
  }, 900_000);
});

describe('the questionnaire import, fuzzed', () => {
  let nextVersion = 1000;

  it('POST /readiness-intake/questionnaires stores one valid version or refuses and stores none', async () => {
    const payload = fc.oneof(
      { weight: 6, arbitrary: fc.array(mutation(), { maxLength: 3 }).map((changes) => ({ kind: 'document' as const, changes })) },
      {
        weight: 1,
        arbitrary: fc.array(mutation(), { minLength: 1, maxLength: 2 }).map((changes) => ({ kind: 'body' as const, changes })),
      },
      { weight: 1, arbitrary: nastyJson().map((json) => ({ kind: 'garbage' as const, json })) }
    );
    await fc.assert(
      fc.asyncProperty(payload, async (generated) => {
        const document = { ...structuredClone(DEFAULT_QUESTIONNAIRE), version: nextVersion++ };
        const sent =
          generated.kind === 'document'
            ? { document: applyMutations(document, generated.changes) }
            : generated.kind === 'body'
              ? applyMutations({ document }, generated.changes)
              : generated.json;
        const before = await app.strapi.db.query(MODELS.questionnaires).count();
        const response = await check('POST questionnaires', {
          method: 'POST',
          path: '/readiness-intake/questionnaires',
          body: sent,
        });
        const added = (await app.strapi.db.query(MODELS.questionnaires).count()) - before;
        tally.checkedRows();
        if (response.status === 201 && added !== 1) throw new Error(`a 201 stored ${added} questionnaires`);
        if (response.status === 201) {
          // What was stored is what the route said it would be, and it reads back valid.
          const version = (response.json as { data: { version: number } }).data.version;
          const read = await admin({ method: 'GET', path: `/readiness-intake/questionnaires/${version}` });
          tally.count('GET questionnaire version', read.status);
          if (read.status !== 200)
            throw new Error(`version ${version} was stored but reads back ${read.status} ${read.text.slice(0, 300)}`);
        }
      }),
      params(400)
    );
  }, 900_000);
});
