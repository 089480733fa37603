import fc from 'fast-check';

import {
  applyMutations,
  expectNoServerError,
  fuzzSettings,
  fuzzTally,
  headerValue,
  jsonOf,
  mutation,
  nastyJson,
  nastyString,
  queryText,
  rawClient,
  rowCounter,
  type RawClient,
  type RawResponse,
} from '../support/fuzz';
import { formTokenLoadedAgo, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

/**
 * Property-based fuzzing of the plugin's public routes: generated bodies, headers and
 * queries, near-valid mutations of a valid submission and garbage. Whatever comes in, the
 * answer is never a 5xx, a 4xx is Strapi's error shape, and nothing is stored from a 4xx.
 */

const FILE = 'fuzz-intake';
const { seed, params } = fuzzSettings(FILE);
const tally = fuzzTally();

const SUBMISSIONS = '/api/readiness-intake/submissions';
const QUESTIONNAIRE = '/api/readiness-intake/questionnaire';
const MODELS = {
  submissions: 'plugin::readiness-intake.submission',
  idempotencyKeys: 'plugin::readiness-intake.idempotency-key',
  outbox: 'plugin::readiness-intake.outbox-message',
  auditEntries: 'plugin::readiness-intake.audit-entry',
} as const;

let app: TestApp;
let send: RawClient;
let questionnaire: PublicQuestionnaire;
let validBody: ReturnType<typeof validSubmission>;

const counts = rowCounter(() => app, MODELS);
type Counts = Awaited<ReturnType<typeof counts>>;

/** Sends a submission and checks the properties: no 5xx, the error shape, one row for a 201 and none for a 4xx. */
const submitAndCheck = async (route: string, request: { headers: Record<string, string>; body: string | Buffer }) => {
  const before = await counts();
  const response = await send({ method: 'POST', path: SUBMISSIONS, ...request });
  tally.count(route, response.status);
  const what = `POST ${SUBMISSIONS} ${JSON.stringify(request.headers)} ${String(request.body).slice(0, 300)}`;
  expectNoServerError(what, response);
  const after = await counts();
  tally.checkedRows(Object.keys(MODELS).length);
  const replayed = response.headers['idempotent-replayed'] === 'true';
  const stored = after.submissions - before.submissions;
  if (response.status === 201 && !replayed && stored !== 1) throw new Error(`${what}: a 201 stored ${stored} submissions`);
  if ((response.status >= 400 || replayed) && JSON.stringify(after) !== JSON.stringify(before)) {
    throw new Error(`${what}: a ${response.status}${replayed ? ' replay' : ''} stored ${JSON.stringify({ before, after })}`);
  }
  return response;
};

/** The paths a 400 names, joined by dots. */
const pathsNamed = (response: RawResponse) =>
  ((response.json as { error?: { details?: { errors?: Array<{ path: string[] }> } } })?.error?.details?.errors ?? []).map(
    (error) => error.path.join('.')
  );

const JSON_TYPE = { 'Content-Type': 'application/json' };

beforeAll(async () => {
  app = await startApp({
    INTAKE_RATE_LIMIT_MAX: '1000000',
    INTAKE_NOTIFY_TO: 'lead@asyncline.test',
    INTAKE_CONFIRMATION_EMAIL: 'true',
    // Nothing is sent: the outbox is counted.
    INTAKE_JOBS_ENABLED: 'false',
  });
  send = await rawClient(app);
  questionnaire = (await app.http().get(QUESTIONNAIRE).expect(200)).body.data;
  // One token for every case: tokens are stateless, and this one was "loaded" ten seconds ago.
  // With a locale, so the mutations reach data.locale too.
  validBody = validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10), { locale: 'da' });
});

afterAll(async () => {
  tally.write(FILE, seed, { finalCounts: app ? await counts() : null });
  await app?.stop();
});

describe('GET /api/readiness-intake/questionnaire, fuzzed', () => {
  it('answers every query and header with the public questionnaire or a 4xx, never with points', async () => {
    // `locale` often among the keys: the one parameter the route reads.
    const query = fc.array(fc.tuple(fc.oneof(fc.constant('locale'), queryText()), queryText()), { maxLength: 4 });
    const headers = fc.dictionary(
      fc.constantFrom(
        'Accept',
        'Accept-Encoding',
        'Accept-Language',
        'If-None-Match',
        'If-Modified-Since',
        'Origin',
        'Cookie',
        'Range',
        'X-Forwarded-For',
        'Authorization'
      ),
      headerValue(),
      { maxKeys: 4 }
    );
    await fc.assert(
      fc.asyncProperty(query, headers, async (pairs, headerSet) => {
        const path = `${QUESTIONNAIRE}${pairs.length ? '?' : ''}${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`;
        const response = await send({ method: 'GET', path, headers: headerSet });
        tally.count('GET questionnaire', response.status);
        expectNoServerError(`GET ${path} ${JSON.stringify(headerSet)}`, response);
        if (response.status === 200 && /"points"|"weights"|"contradictions"/.test(response.text)) {
          throw new Error(`GET ${path}: the public questionnaire shows scoring`);
        }
        const answered = (response.json as { data?: { locale?: string; locales?: string[] } })?.data;
        if (response.status === 200 && !answered?.locales?.includes(answered.locale ?? '')) {
          throw new Error(`GET ${path}: answered in ${answered?.locale}, not one of ${answered?.locales}`);
        }
      }),
      params(300)
    );
  }, 600_000);
});

describe('POST /api/readiness-intake/submissions, fuzzed', () => {
  const KEYS = ['fuzz-a', 'fuzz-b', 'fuzz-c', 'fuzz-d'];

  it('answers near-valid mutations of a valid submission with a 201 or a 4xx, and stores nothing from a 4xx', async () => {
    const keyHeader = fc.option(fc.oneof(fc.constantFrom(...KEYS), headerValue()), { nil: undefined });
    const mutations = fc.array(mutation(), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(mutations, keyHeader, fc.boolean(), async (changes, key, underData) => {
        const body = applyMutations(validBody, changes, underData ? ['data'] : []);
        const headers: Record<string, string> = { ...JSON_TYPE, ...(key === undefined ? {} : { 'Idempotency-Key': key }) };
        const response = await submitAndCheck('POST submissions (near-valid)', { headers, body: jsonOf(body) });
        // Our own refusals name every bad path, so a form can mark each one.
        const error = (response.json as { error?: { name?: string; details?: { errors?: unknown[] } } })?.error;
        if (response.status === 400 && error?.name === 'ValidationError' && !error.details?.errors?.length) {
          throw new Error(`a ValidationError naming no path: ${response.text.slice(0, 300)}`);
        }
      }),
      params(1200)
    );
  }, 900_000);

  it('stores free text exactly as sent, or refuses it with a 400 naming its field', async () => {
    const FIELDS = [
      ['data', 'contact', 'name'],
      ['data', 'contact', 'company'],
      ['data', 'contact', 'role'],
      ['data', 'backlog'],
    ] as const;
    const textQuestion = questionnaire.dimensions.flatMap((d) => d.questions).find((q) => q.kind === 'text');
    const fields = textQuestion ? [...FIELDS, ['data', 'answers', textQuestion.key] as const] : FIELDS;
    const stored = (row: Record<string, any>, field: readonly string[]) =>
      field[1] === 'contact'
        ? row[{ name: 'contactName', company: 'company', role: 'role' }[field[2]]!]
        : field[1] === 'backlog'
          ? row.backlog
          : row.answers[field[2]];

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), nastyString(), async (field, text) => {
        const body = JSON.parse(jsonOf(validBody));
        const parent = field.slice(0, -1).reduce((node, part) => node[part], body);
        parent[field[field.length - 1]] = text;
        const response = await submitAndCheck('POST submissions (free text)', { headers: JSON_TYPE, body: jsonOf(body) });
        const at = field.join('.');
        if (response.status === 400) {
          if (!pathsNamed(response).includes(at))
            throw new Error(`a 400 for ${JSON.stringify(text)} at ${at} names ${pathsNamed(response)}`);
          return;
        }
        // Text long enough in UTF-8 to take the body past the route's limit is refused whole.
        if (response.status === 413) return;
        if (response.status !== 201) throw new Error(`a ${response.status} for ${JSON.stringify(text)} at ${at}`);
        const row = await app.strapi.db
          .query(MODELS.submissions)
          .findOne({ where: { reference: (response.json as { data: { reference: string } }).data.reference } });
        tally.checkedRows();
        const expected = field[1] === 'contact' ? text.trim() : text;
        if (stored(row, field) !== expected) {
          throw new Error(`${at}: sent ${JSON.stringify(text)}, stored ${JSON.stringify(stored(row, field))}`);
        }
      }),
      params(500)
    );
  }, 900_000);

  it('answers garbage bodies, content types and headers with a 4xx, storing nothing', async () => {
    const contentType = fc.oneof(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'application/json; charset=latin1',
        'application/json; charset=utf-16',
        'application/json; charset=bogus',
        'application/vnd.api+json',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=fuzz',
        'multipart/form-data',
        'text/plain',
        'text/xml',
        'application/octet-stream',
        '*/*',
        ''
      ),
      headerValue()
    );
    const body = fc.oneof(
      nastyJson().map(jsonOf),
      nastyJson().map((value) => jsonOf({ data: value })),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
      fc.constantFrom(
        '{',
        '{"data":',
        '[',
        'null',
        '"x"',
        '1e999',
        '{"data":{}}'.repeat(3),
        '\u0000',
        'data[contact][name]=x&data[consent]=true'
      ),
      fc.array(fc.tuple(queryText(), queryText()), { maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
      fc
        .tuple(queryText(), nastyString())
        .map(([name, value]) => `--fuzz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--fuzz--\r\n`)
    );
    const extraHeaders = fc.dictionary(
      fc.constantFrom(
        'Idempotency-Key',
        'Accept',
        'X-Forwarded-For',
        'Transfer-Encoding-Hint',
        'Origin',
        'Cookie',
        'Authorization'
      ),
      headerValue(),
      { maxKeys: 3 }
    );
    await fc.assert(
      fc.asyncProperty(contentType, body, extraHeaders, async (type, payload, headers) => {
        const response = await submitAndCheck('POST submissions (garbage)', {
          headers: { ...(type === '' ? {} : { 'Content-Type': type }), ...headers },
          body: payload,
        });
        if (response.status < 400)
          throw new Error(`garbage was accepted with ${response.status}: ${String(payload).slice(0, 200)}`);
      }),
      params(600)
    );
  }, 900_000);
});
