import path from 'path';

import { parse } from 'csv-parse/sync';
import { Client } from 'pg';

import { loginConsultant, loginSuperAdmin } from '../support/auth';
import { submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';
import { textBody } from '../support/text-body';

/**
 * The all-time stats and the inbox total at scale: on PostgreSQL they read the submission
 * tallies (a rollup kept by triggers), elsewhere they count the rows. Either way they must
 * equal a plain aggregation of the rows after every kind of write. And the CSV export, paged
 * by keyset, holds every row once, in order, with the same bytes whatever the page size.
 * No timing is asserted: `npm run bench` and the README's measurements are for that.
 */
const SUBMISSION = 'plugin::readiness-intake.submission';
const BANDS = ['ready', 'close', 'foundation'] as const;
const MIGRATION = '2026.12.03T00.00.01.readiness-submission-tallies.js';
const onPostgres = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres';

let app: TestApp;
let questionnaire: PublicQuestionnaire;
let consultant: { token: string; id: number };
let superToken: string;

const as = (method: 'get' | 'put' | 'post' | 'delete', path: string) =>
  app.http()[method](path).set('Authorization', `Bearer ${consultant.token}`);

type Row = {
  id: number;
  band: string;
  status: string;
  receivedAt: string | Date;
  sourceArticleSlug: string | null;
  consultantBand: string | null;
  firstTriagedAt: string | Date | null;
};

/** The stats as a straightforward reading of every row would give them. */
const expectedStats = async () => {
  const rows: Row[] = await app.strapi.db.query(SUBMISSION).findMany({
    select: ['id', 'band', 'status', 'receivedAt', 'sourceArticleSlug', 'consultantBand', 'firstTriagedAt'],
  });
  const countBy = (key: (row: Row) => string) =>
    rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [key(row)]: (counts[key(row)] ?? 0) + 1 }), {});
  const zero = () => ({ ready: 0, close: 0, foundation: 0 }) as Record<string, number>;
  const days = new Map<string, Record<string, number>>();
  const articles = new Map<string, { slug: string; count: number; bands: Record<string, number> }>();
  for (const row of rows) {
    const day = new Date(row.receivedAt).toISOString().slice(0, 10);
    const counts = days.get(day) ?? zero();
    counts[row.band] += 1;
    days.set(day, counts);
    if (row.sourceArticleSlug) {
      const article = articles.get(row.sourceArticleSlug) ?? { slug: row.sourceArticleSlug, count: 0, bands: zero() };
      article.count += 1;
      article.bands[row.band] += 1;
      articles.set(row.sourceArticleSlug, article);
    }
  }
  const rated = rows.filter((row) => row.consultantBand !== null);
  const agreed = rated.filter((row) => row.consultantBand === row.band).length;
  const hours = rows
    .filter((row) => row.firstTriagedAt !== null)
    .map((row) => (new Date(row.firstTriagedAt!).getTime() - new Date(row.receivedAt).getTime()) / 3_600_000)
    .sort((a, b) => a - b);
  const middle = Math.floor(hours.length / 2);
  return {
    period: { from: null, to: null },
    total: rows.length,
    byBand: countBy((row) => row.band),
    byStatus: countBy((row) => row.status),
    byDay: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, counts]) => ({ day, ...counts })),
    byArticle: [...articles.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug)),
    agreement: { rated: rated.length, agreed, rate: rated.length ? agreed / rated.length : null },
    medianHoursToFirstTriage:
      hours.length === 0 ? null : hours.length % 2 === 1 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2,
  };
};

/** The stats and the unfiltered inbox total over HTTP equal the plain aggregation. */
const expectStatsToMatchRows = async () => {
  const expected = await expectedStats();
  const { body } = await as('get', '/readiness-intake/stats').expect(200);
  expect(body.data).toEqual(expected);
  const list = await as('get', '/readiness-intake/submissions?page=1&pageSize=25').expect(200);
  expect(list.body.pagination.total).toBe(expected.total);
  return expected;
};

const submit = (index: number, articleSlug?: string) =>
  submitIntake(app, questionnaire, {
    pick: index % 2 === 0 ? 'last' : 'first',
    contact: { name: `Tally ${index}`, email: `tally${index}@tallies.example`, company: `Tally Co ${index % 3}` },
    data: articleSlug ? { source: { articleSlug, utm: { campaign: 'spring' } } } : {},
  }) as Promise<{ id: number; reference: string; band: string }>;

const triage = (id: number, status: string) =>
  as('put', `/readiness-intake/submissions/${id}/triage`).send({ status }).expect(200);

/** Moves a submission's arrival back, as if it had come in `hoursAgo` hours ago (on another day, say). */
const receivedHoursAgo = (id: number, hoursAgo: number) =>
  app.strapi.db.query(SUBMISSION).update({ where: { id }, data: { receivedAt: new Date(Date.now() - hoursAgo * 3_600_000) } });

const withClient = async <T>(run: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: app.database.env.DATABASE_NAME,
  });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

const tallies = () => app.strapi.plugin('readiness-intake').service('submission-tallies');
const inbox = () => app.strapi.plugin('readiness-intake').service('inbox');

beforeAll(async () => {
  // Jobs off: the test folds the tallies itself, at the points it chooses.
  app = await startApp({ INTAKE_RATE_LIMIT_MAX: '10000', INTAKE_JOBS_ENABLED: 'false', INTAKE_RETENTION_DAYS: '30' });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  consultant = await loginConsultant(app);
  superToken = await loginSuperAdmin(app);
});

afterAll(() => app.stop());

describe('the all-time stats and the inbox total', () => {
  it(`read the ${onPostgres ? 'tallies (PostgreSQL)' : 'rows (SQLite and MySQL have no tallies)'}`, () => {
    expect(tallies().ready()).toBe(onPostgres);
  });

  it('equal a plain aggregation of the rows after intake, triage, spam, rating, erasure, deletes and the retention purge', async () => {
    // An empty inbox
    expect((await expectStatsToMatchRows()).total).toBe(0);

    // Intake through the public API, from two articles and none, in two bands
    const made = [];
    for (let index = 0; index < 12; index += 1)
      made.push(await submit(index, ['write-it-down', 'scope-it', undefined][index % 3]));
    // Spread over days and triage delays, so byDay and the median have more than one value
    for (const [offset, submission] of made.entries()) await receivedHoursAgo(submission.id, offset * 7 + 0.25);
    await expectStatsToMatchRows();

    // Triage one at a time and in bulk, spam, and back to new
    await triage(made[0].id, 'in_review');
    await triage(made[1].id, 'contacted');
    await triage(made[2].id, 'spam');
    await as('put', '/readiness-intake/submissions/triage')
      .send({ ids: [made[3].id, made[4].id, made[5].id], status: 'engaged' })
      .expect(200);
    await triage(made[3].id, 'not_a_fit');
    await triage(made[1].id, 'new');
    const triaged = await expectStatsToMatchRows();
    expect(triaged.medianHoursToFirstTriage).not.toBeNull();
    expect(triaged.byStatus).toMatchObject({ spam: 1, engaged: 2, not_a_fit: 1 });

    // Ratings that agree and that do not, and one changed
    await as('post', `/readiness-intake/submissions/${made[0].id}/rating`)
      .send({ band: made[0].band, reason: 'Agree' })
      .expect(200);
    const other = BANDS.find((band) => band !== made[1].band);
    await as('post', `/readiness-intake/submissions/${made[1].id}/rating`).send({ band: other, reason: 'No' }).expect(200);
    await as('post', `/readiness-intake/submissions/${made[1].id}/rating`)
      .send({ band: made[1].band, reason: 'Yes' })
      .expect(200);
    await as('post', `/readiness-intake/submissions/${made[6].id}/rating`).send({ band: other, reason: 'No' }).expect(200);
    expect((await expectStatsToMatchRows()).agreement.rated).toBe(3);

    // Folding the deltas changes nothing
    await tallies().compact();
    await expectStatsToMatchRows();

    // Erasure by id and by email, and a delete that bypasses the plugin's services
    // (erasure is the super admin's: consultants may not)
    await app
      .http()
      .delete(`/readiness-intake/submissions/${made[2].id}`)
      .set('Authorization', `Bearer ${superToken}`)
      .expect(200);
    await app
      .http()
      .post('/readiness-intake/erasure')
      .set('Authorization', `Bearer ${superToken}`)
      .send({ email: 'tally4@tallies.example' })
      .expect(200);
    await app.strapi.db.query(SUBMISSION).deleteMany({ where: { id: made[7].id } });
    expect((await expectStatsToMatchRows()).total).toBe(9);

    // The retention purge: two submissions received before the period
    await receivedHoursAgo(made[8].id, 31 * 24);
    await receivedHoursAgo(made[9].id, 40 * 24);
    await expectStatsToMatchRows();
    expect(await app.strapi.plugin('readiness-intake').service('retention').purge()).toMatchObject({ purged: 2 });
    await tallies().compact();
    await tallies().compact();
    expect((await expectStatsToMatchRows()).total).toBe(7);
  });
});

describe('the CSV export, paged by keyset', () => {
  const csvText = async (query = '') =>
    (await as('get', `/readiness-intake/submissions/export${query}`).buffer(true).parse(textBody).expect(200)).body as string;

  const references = (text: string) => parse(text, { columns: true }).map((row: { reference: string }) => row.reference);

  const inOrder = async (orderBy: Record<string, 'asc' | 'desc'>[], where: Record<string, unknown> = {}) =>
    (await app.strapi.db.query(SUBMISSION).findMany({ select: ['reference'], where, orderBy })).map(
      (row: { reference: string }) => row.reference
    );

  beforeAll(async () => {
    for (let index = 100; index < 111; index += 1) await submit(index, index % 2 ? 'write-it-down' : undefined);
    // Ties on the sort field across page boundaries: five submissions received at one instant
    const tied = await app.strapi.db.query(SUBMISSION).findMany({ select: ['id'], orderBy: { id: 'asc' }, limit: 5 });
    const instant = new Date(Date.now() - 3_600_000);
    await app.strapi.db
      .query(SUBMISSION)
      .updateMany({ where: { id: { $in: tied.map((row: { id: number }) => row.id) } }, data: { receivedAt: instant } });
  });

  afterEach(() => {
    inbox().exportPageSize = 500;
  });

  it('holds every row exactly once, in the list order, when there are more rows than one page', async () => {
    const whole = await csvText();
    inbox().exportPageSize = 2;
    const paged = await csvText();

    expect(references(paged)).toEqual(await inOrder([{ receivedAt: 'desc' }, { id: 'desc' }]));
    expect(new Set(references(paged)).size).toBe(references(paged).length);
    expect(references(paged).length).toBeGreaterThan(10);
    // The same bytes as one page gives
    expect(paged).toBe(whole);
  });

  it('pages a sort on a field most rows share, ascending, and a filtered export, the same way', async () => {
    inbox().exportPageSize = 3;
    // By the status column, then id (Strapi's own `orderBy: { status }` is its publication state).
    const byStatus = (await app.strapi.db.query(SUBMISSION).findMany({ select: ['id', 'reference', 'status'] }))
      .sort((a: { id: number; status: string }, b: { id: number; status: string }) =>
        a.status === b.status ? a.id - b.id : a.status < b.status ? -1 : 1
      )
      .map((row: { reference: string }) => row.reference);
    expect(references(await csvText('?sort=status:asc'))).toEqual(byStatus);
    expect(references(await csvText('?sort=band:desc'))).toEqual(await inOrder([{ band: 'desc' }, { id: 'desc' }]));
    expect(references(await csvText('?articleSlug=write-it-down&sort=overallScore:asc'))).toEqual(
      await inOrder([{ overallScore: 'asc' }, { id: 'asc' }], { sourceArticleSlug: 'write-it-down' })
    );
    // A page size that divides the rows exactly ends on an empty page, not a repeated one
    const count = references(await csvText()).length;
    inbox().exportPageSize = count;
    expect(references(await csvText())).toHaveLength(count);
  });
});

(onPostgres ? describe : describe.skip)('the tallies on an existing PostgreSQL database', () => {
  const dropTallies = () =>
    withClient((client) =>
      client.query(
        `DROP TRIGGER readiness_submission_tally_insert ON readiness_submissions;
         DROP TRIGGER readiness_submission_tally_update ON readiness_submissions;
         DROP TRIGGER readiness_submission_tally_delete ON readiness_submissions;
         DROP TABLE readiness_submission_tallies;
         DROP INDEX readiness_submissions_triage_duration`
      )
    );

  it('are built and backfilled by the migration, and found as they are by a restart', async () => {
    // Given a database from before the tallies, with submissions in it
    await dropTallies();
    for (let index = 200; index < 204; index += 1) await submit(index, 'scope-it');

    // When the app's migration runs on it (the table exists: it builds and backfills)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const migration = require(path.resolve(__dirname, '../../database/migrations', MIGRATION));
    await app.strapi.db.transaction(({ trx }) => migration.up(trx, app.strapi.db));

    // Then the stats agree with the rows, and keep agreeing as writes go on
    await expectStatsToMatchRows();
    const later = await submit(204, 'scope-it');
    await triage(later.id, 'contacted');
    await expectStatsToMatchRows();
    // And again: the migration recounts, nothing is counted twice
    await app.strapi.db.transaction(({ trx }) => migration.up(trx, app.strapi.db));
    await expectStatsToMatchRows();

    // A restart finds them whole and leaves them be
    const database = app.database;
    await app.stop({ keepDatabase: true });
    app = await startApp({ INTAKE_RATE_LIMIT_MAX: '10000', INTAKE_JOBS_ENABLED: 'false' }, { database });
    consultant = await loginConsultant(app);
    expect(await tallies().ensure()).toEqual({ status: 'present' });
    await expectStatsToMatchRows();
  });

  it('are rebuilt by the bootstrap when a trigger went missing, since the counts can no longer be trusted', async () => {
    await withClient((client) => client.query('DROP TRIGGER readiness_submission_tally_update ON readiness_submissions'));
    const row = await app.strapi.db.query(SUBMISSION).findOne({ select: ['id'], where: { status: 'new' } });
    await triage(row.id, 'in_review');
    expect(await tallies().ensure()).toMatchObject({ status: 'created' });
    await expectStatsToMatchRows();
  });
});
