import { createFullAccessToken, loginSuperAdmin } from '../support/auth';
import { validSubmission, formTokenLoadedAgo, type PublicQuestionnaire } from '../support/intake';
import { createPgCluster, type PgCluster } from '../support/pg-cluster';
import { startApp, type TestApp } from '../support/strapi';
import { waitFor } from '../support/wait';
import { recordFigures } from './record';

/**
 * One instance on a PostgreSQL cluster of the test's own, which the test stops while
 * requests come in. What each kind of request gets while the database is away: the
 * intake, the admin and uncached reads a 503 with Retry-After in Strapi's error shape;
 * reads the cache holds their cached answer, and reads it held before a write their last
 * good answer (`X-Cache: STALE`). Nothing is stored from a 503, and the instance answers
 * normally again once the database is back, without a restart.
 */
let cluster: PgCluster;
let app: TestApp;
let token: string;
let adminToken: string;
let questionnaire: PublicQuestionnaire;
const figures = { requestsWhileDown: 0, status503: 0, servedFromCache: 0, servedStale: 0, submissionsBefore: 0 };

const LIST = '/api/articles?sort=title';
const STALE_LIST = '/api/articles?sort=title&fields[0]=title';
const UNCACHED_LIST = '/api/articles?sort=slug';

const expectServiceUnavailable = (response: { status: number; headers: Record<string, string>; body: any }) => {
  expect({ status: response.status, body: response.body }).toMatchObject({ status: 503 });
  expect(response.headers['retry-after']).toBe('2');
  expect(response.body).toEqual({
    data: null,
    error: {
      status: 503,
      name: 'ServiceUnavailableError',
      message: expect.any(String),
      details: { retryAfterSeconds: 2 },
    },
  });
  figures.status503 += 1;
};

/** A request sent while the database is down; it must be answered well before the client gives up. */
const whileDown = async <T>(send: () => Promise<T>): Promise<T> => {
  figures.requestsWhileDown += 1;
  const started = Date.now();
  const response = await send();
  expect(Date.now() - started).toBeLessThan(12_000);
  return response;
};

const submission = () => validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10));

beforeAll(async () => {
  cluster = await createPgCluster();
  app = await startApp(
    { INTAKE_JOBS_ENABLED: 'false', INTAKE_RETRY_AFTER_S: '2', DATABASE_CONNECTION_TIMEOUT: '3000', CACHE_TTL_S: '600' },
    { database: cluster.database }
  );
  token = await createFullAccessToken(app.strapi);
  adminToken = await loginSuperAdmin(app);
  const author = await app
    .http()
    .post('/api/authors')
    .set('Authorization', `Bearer ${token}`)
    .send({ data: { name: 'Ines Park' } })
    .expect(201);
  for (const title of ['Async handoffs', 'Written specs']) {
    await app
      .http()
      .post('/api/articles?status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title, author: author.body.data.documentId } })
      .expect(201);
  }
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
}, 120_000);

afterAll(async () => {
  await app?.stop({ keepDatabase: true }).catch(() => undefined);
  await cluster?.remove();
  recordFigures('database-outage', figures);
});

describe('while PostgreSQL is down', () => {
  let cachedBody: unknown;
  let staleBody: unknown;

  beforeAll(async () => {
    // Given a read the cache holds now, and one it held before a write made it stale
    cachedBody = (await app.http().get(LIST).expect(200)).body;
    staleBody = (await app.http().get(STALE_LIST).expect(200)).body;
    await app
      .http()
      .post('/api/articles?status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Zero meetings' } })
      .expect(201);
    cachedBody = (await app.http().get(LIST).expect(200)).body;
    expect((await app.http().get(LIST).expect(200)).headers['x-cache']).toBe('HIT');
    figures.submissionsBefore = Number((await cluster.query('SELECT count(*) AS n FROM readiness_submissions'))[0].n);
    // When the database goes away
    await cluster.stop({ mode: 'fast' });
  }, 60_000);

  it('answers a submission 503 with Retry-After in Strapi error shape, and stores nothing', async () => {
    const response = await whileDown(() =>
      app.http().post('/api/readiness-intake/submissions').set('Idempotency-Key', 'outage-1').send(submission())
    );
    expectServiceUnavailable(response);
  });

  // Not the admin's login: it answers every error of its passport strategy with a bare 501
  // on purpose (so a failure says nothing about the account), an outage included.
  it('answers the questionnaire and the admin 503', async () => {
    expectServiceUnavailable(await whileDown(() => app.http().get('/api/readiness-intake/questionnaire')));
    expectServiceUnavailable(
      await whileDown(() => app.http().get('/readiness-intake/submissions').set('Authorization', `Bearer ${adminToken}`))
    );
  });

  it('answers a read the cache holds from the cache', async () => {
    const response = await whileDown(() => app.http().get(LIST).expect(200));
    expect(response.headers['x-cache']).toBe('HIT');
    expect(response.body).toEqual(cachedBody);
    figures.servedFromCache += 1;
  });

  it('answers a read the cache held before a write with its last good answer, marked stale', async () => {
    const response = await whileDown(() => app.http().get(STALE_LIST).expect(200));
    expect(response.headers['x-cache']).toBe('STALE');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['retry-after']).toBeUndefined();
    expect(response.body).toEqual(staleBody);
    figures.servedStale += 1;
  });

  it('answers a read it never cached 503, over REST and GraphQL', async () => {
    expectServiceUnavailable(await whileDown(() => app.http().get(UNCACHED_LIST)));
    const graphql = await whileDown(() => app.http().post('/graphql').send({ query: '{ authors { name } }' }));
    expect(graphql.status).toBe(503);
    expect(graphql.headers['retry-after']).toBe('2');
    figures.status503 += 1;
  });

  it('answers an authenticated write 503', async () => {
    expectServiceUnavailable(
      await whileDown(() =>
        app
          .http()
          .post('/api/authors')
          .set('Authorization', `Bearer ${token}`)
          .send({ data: { name: 'Never stored' } })
      )
    );
  });
});

describe('once PostgreSQL is back', () => {
  beforeAll(async () => {
    await cluster.start();
  }, 60_000);

  it('answers normally again without a restart, and nothing was stored while it was down', async () => {
    // The pool's connections died with the server; the first requests after may still meet one.
    await waitFor(async () => (await app.http().get(UNCACHED_LIST)).status === 200, { timeoutMs: 15_000 });
    const response = await app
      .http()
      .post('/api/readiness-intake/submissions')
      .set('Idempotency-Key', 'outage-1')
      .send(submission())
      .expect(201);
    // The key of the 503 was never stored either: this is a first answer, not a replay.
    expect(response.headers['idempotent-replayed']).toBeUndefined();
    const [{ n }] = await cluster.query<{ n: string }>('SELECT count(*) AS n FROM readiness_submissions');
    expect(Number(n)).toBe(figures.submissionsBefore + 1);
    const authors = await cluster.query('SELECT name FROM authors WHERE name = $1', ['Never stored']);
    expect(authors).toEqual([]);
    await app.http().get('/readiness-intake/submissions').set('Authorization', `Bearer ${adminToken}`).expect(200);
  });
});
