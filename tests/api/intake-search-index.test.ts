import path from 'path';

import { Client } from 'pg';

import { loginSuperAdmin } from '../support/auth';
import { createTestDatabase } from '../support/database';
import { submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

/**
 * The inbox search (`q`) served by pg_trgm GIN indexes on PostgreSQL: created on a fresh
 * database (by the plugin's bootstrap: Strapi runs the app's migrations before it creates
 * the tables), kept as they are on a restart, and matching the SQL the inbox really sends.
 * No timing is asserted: the plan is, with sequential scans priced out.
 */
const onPostgres = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres' ? describe : describe.skip;
if ((process.env.DATABASE_CLIENT ?? 'sqlite') !== 'postgres') {
  // Said once, so a SQLite run's skip is not mistaken for a pass.
  describe('the inbox search index', () => {
    it.skip('is PostgreSQL only (pg_trgm): SQLite and MySQL search with a scan', () => undefined);
  });
}

const TABLE = 'readiness_submissions';
const INDEXES = [
  'readiness_submissions_company_trgm',
  'readiness_submissions_contact_email_trgm',
  'readiness_submissions_contact_name_trgm',
];
const MIGRATION = '2026.12.03T00.00.00.readiness-search-trgm-indexes.js';
const PENDING_LIST_MIGRATION = '2026.12.03T00.00.02.readiness-search-trgm-pending-list.js';
/** How each index's short pending list reads in its definition. */
const PENDING_LIST_LIMIT = /WITH \(gin_pending_list_limit='?64'?\)$/;

let app: TestApp;
let questionnaire: PublicQuestionnaire;
let token: string;

/** A client of its own on the test's database, outside Strapi's pool. */
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

const trigramIndexes = () =>
  withClient(async (client) => {
    const { rows } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = $1 AND indexdef LIKE '%gin_trgm_ops%' ORDER BY indexname`,
      [TABLE]
    );
    return rows;
  });

const search = async (q: string) =>
  (
    await app
      .http()
      .get(`/readiness-intake/submissions?q=${encodeURIComponent(q)}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200)
  ).body as { results: Array<{ contactName: string }>; pagination: { total: number } };

onPostgres('the inbox search index (PostgreSQL)', () => {
  beforeAll(async () => {
    app = await startApp({ INTAKE_RATE_LIMIT_MAX: '10000', INTAKE_JOBS_ENABLED: 'false' });
    questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
    token = await loginSuperAdmin(app);
    await submitIntake(app, questionnaire, { contact: { name: 'Ana Ready', email: 'ana@ready.example', company: 'Ready Co' } });
    await submitIntake(app, questionnaire, { contact: { name: 'Bo Weak', email: 'bo@weak.example', company: 'Weak Ltd' } });
    await submitIntake(app, questionnaire, { contact: { name: 'Cy Globex', email: 'cy@mine.example', company: 'Initech' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('creates pg_trgm and the three indexes on a fresh database, on the expression Strapi searches', async () => {
    const extension = await withClient((client) => client.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`));
    expect(extension.rowCount).toBe(1);

    const indexes = await trigramIndexes();
    expect(indexes.map((index) => index.indexname)).toEqual(INDEXES);
    // PostgreSQL stores CAST(col AS VARCHAR) as written; the planner drops the no-op cast on
    // both sides (`lower((col)::text)`), which is why the plan below can use them.
    for (const { indexdef } of indexes)
      expect(indexdef).toMatch(/USING gin \(lower\(\(\(\w+\)::character varying\)::text\) (public\.)?gin_trgm_ops\)/);
    // A short pending list: a search reads all of it, so the default 4 MB made it slow after many inserts.
    for (const { indexdef } of indexes) expect(indexdef).toMatch(PENDING_LIST_LIMIT);

    // The app's migration ran (before the tables existed) and was recorded, once.
    const migrations = await withClient((client) =>
      client.query(`SELECT name FROM strapi_migrations WHERE name = $1`, [MIGRATION])
    );
    expect(migrations.rowCount).toBe(1);
  });

  it('still finds the right submissions by name, email and company, any case', async () => {
    const names = async (q: string) => (await search(q)).results.map((row) => row.contactName).sort();
    expect(await names('READY')).toEqual(['Ana Ready']);
    expect(await names('weak.example')).toEqual(['Bo Weak']);
    expect(await names('initech')).toEqual(['Cy Globex']);
    expect(await names('globex')).toEqual(['Cy Globex']);
    expect(await names('.example')).toEqual(['Ana Ready', 'Bo Weak', 'Cy Globex']);
    // LIKE's wildcards are matched literally, index or not.
    expect(await names('%')).toEqual([]);
    expect((await search('nobody-here')).pagination.total).toBe(0);
  });

  it('serves the exact SQL of a q search with a bitmap scan of each index', async () => {
    // Given the queries the inbox sends for a search, captured as the driver receives them
    const captured: Array<{ sql: string; bindings: unknown[] }> = [];
    const onQuery = (query: { sql: string; bindings?: unknown[] }) => {
      if (query.sql.includes(`"${TABLE}"`) && query.sql.includes(' LIKE '))
        captured.push({ sql: query.sql, bindings: query.bindings ?? [] });
    };
    app.strapi.db.connection.on('query', onQuery);
    try {
      await search('ready.example');
    } finally {
      app.strapi.db.connection.removeListener('query', onQuery);
    }
    // The page and the total.
    expect(captured.length).toBeGreaterThanOrEqual(2);
    for (const { sql } of captured) expect(sql).toContain('LOWER(CAST("t0"."contact_name" AS VARCHAR)) LIKE LOWER($');

    // When each is explained with sequential and plain index scans priced out: on a few rows
    // the planner would rather scan, or walk received_at for the page; only bitmap scans are
    // left, and it can only take those if the trigram indexes match the expression searched.
    // (At 100k rows it picks them by itself: the README's measurements.)
    const plans = await withClient(async (client) => {
      await client.query('BEGIN');
      try {
        await client.query('SET LOCAL enable_seqscan = off');
        await client.query('SET LOCAL enable_indexscan = off');
        const explained: string[] = [];
        for (const { sql, bindings } of captured) {
          const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, bindings);
          explained.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
        }
        return explained;
      } finally {
        await client.query('ROLLBACK');
      }
    });

    // Then every one of them reads the three trigram indexes, not the table
    for (const plan of plans) {
      for (const index of INDEXES) expect(plan).toContain(`Bitmap Index Scan on ${index}`);
      expect(plan).not.toContain('Seq Scan');
    }
  });

  it('is idempotent: a restart on the same database keeps the same three, and the migration alone builds them on an existing table', async () => {
    const database = app.database;
    await app.stop({ keepDatabase: true });
    app = await startApp({ INTAKE_RATE_LIMIT_MAX: '10000', INTAKE_JOBS_ENABLED: 'false' }, { database });
    token = await loginSuperAdmin(app);

    expect((await trigramIndexes()).map((index) => index.indexname)).toEqual(INDEXES);
    const service = app.strapi.plugin('readiness-intake').service('search-indexes');
    expect(await service.ensure()).toEqual({ status: 'present', indexes: expect.arrayContaining(INDEXES) });

    // The migration on a database whose table exists (an app upgraded in place): it builds them.
    await withClient((client) => client.query(INDEXES.map((index) => `DROP INDEX "${index}"`).join('; ')));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const migration = require(path.resolve(__dirname, '../../database/migrations', MIGRATION));
    await app.strapi.db.transaction(({ trx }) => migration.up(trx, app.strapi.db));
    expect((await trigramIndexes()).map((index) => index.indexname)).toEqual(INDEXES);
    // And again: nothing new, nothing failed.
    await app.strapi.db.transaction(({ trx }) => migration.up(trx, app.strapi.db));
    expect((await trigramIndexes()).map((index) => index.indexname)).toEqual(INDEXES);
    for (const { indexdef } of await trigramIndexes()) expect(indexdef).toMatch(PENDING_LIST_LIMIT);

    // Indexes made before the pending list limit (an app upgraded in place): the limit
    // migration sets it, and so does the bootstrap where the migration could not.
    const unlimit = () =>
      withClient((client) =>
        client.query(INDEXES.map((index) => `ALTER INDEX "${index}" RESET (gin_pending_list_limit)`).join('; '))
      );
    await unlimit();
    for (const { indexdef } of await trigramIndexes()) expect(indexdef).not.toMatch(PENDING_LIST_LIMIT);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const limitMigration = require(path.resolve(__dirname, '../../database/migrations', PENDING_LIST_MIGRATION));
    await app.strapi.db.transaction(({ trx }) => limitMigration.up(trx, app.strapi.db));
    for (const { indexdef } of await trigramIndexes()) expect(indexdef).toMatch(PENDING_LIST_LIMIT);
    await unlimit();
    expect(await service.ensure()).toEqual({ status: 'created', indexes: expect.arrayContaining(INDEXES) });
    for (const { indexdef } of await trigramIndexes()) expect(indexdef).toMatch(PENDING_LIST_LIMIT);
    expect(await service.ensure()).toEqual({ status: 'present', indexes: expect.arrayContaining(INDEXES) });

    expect((await search('weak')).results.map((row) => row.contactName)).toEqual(['Bo Weak']);
  });
});

onPostgres('the inbox search index in a DATABASE_SCHEMA of its own, with pg_trgm already in public', () => {
  let schemaApp: TestApp;

  afterAll(async () => {
    await schemaApp?.stop();
  });

  it('builds the indexes in that schema with the operator class from where pg_trgm lives', async () => {
    // Given a database whose pg_trgm an administrator installed in public, and an app in "intake"
    // (its search_path is that schema alone: an unqualified gin_trgm_ops would not resolve)
    const database = await createTestDatabase();
    const admin = new Client({
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? 5432),
      user: process.env.DATABASE_USERNAME ?? 'postgres',
      password: process.env.DATABASE_PASSWORD ?? '',
      database: database.env.DATABASE_NAME,
    });
    await admin.connect();
    try {
      await admin.query('CREATE SCHEMA intake; CREATE EXTENSION pg_trgm SCHEMA public');

      // When the app starts there
      schemaApp = await startApp(
        { INTAKE_RATE_LIMIT_MAX: '10000', INTAKE_JOBS_ENABLED: 'false', DATABASE_SCHEMA: 'intake' },
        { database }
      );

      // Then the three indexes are in "intake", and the search works
      const { rows } = await admin.query<{ indexname: string }>(
        `SELECT indexname FROM pg_indexes WHERE schemaname = 'intake' AND tablename = $1 AND indexdef LIKE '%gin_trgm_ops%' ORDER BY indexname`,
        [TABLE]
      );
      expect(rows.map((row) => row.indexname)).toEqual(INDEXES);
      const superToken = await loginSuperAdmin(schemaApp);
      const listed = await schemaApp
        .http()
        .get('/readiness-intake/submissions?q=anyone')
        .set('Authorization', `Bearer ${superToken}`)
        .expect(200);
      expect(listed.body.pagination.total).toBe(0);
    } finally {
      await admin.end();
    }
  });
});
