import { formTokenLoadedAgo, submitIntake, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

const SUBMISSION = 'plugin::readiness-intake.submission';
const MESSAGE = 'plugin::readiness-intake.outbox-message';
const IDEMPOTENCY_KEY = 'plugin::readiness-intake.idempotency-key';
const DOOMED = 'Fails at commit';

let app: TestApp;
let questionnaire: PublicQuestionnaire;

/**
 * Makes PostgreSQL refuse, at COMMIT and not before, a transaction that stored a submission
 * from `company`: every statement inside it succeeds and only the commit fails, as when
 * PostgreSQL goes away between the last statement and the COMMIT (the 201 the chaos test
 * tests/chaos/postgres-restart.test.ts once found missing from the database).
 */
const failCommitsOf = async (company: string) => {
  const knex = app.strapi.db.connection;
  await knex.raw(`CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'refused at commit'; END $$`);
  await knex.raw(`CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON readiness_submissions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.company = '${company}') EXECUTE FUNCTION refuse_at_commit()`);
};

const doomedBody = () => {
  const body = validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10));
  body.data.contact = { ...body.data.contact, company: DOOMED };
  return body;
};

// PostgreSQL only (CI's test:db run): SQLite keeps a transaction open after a refused
// COMMIT, so a probe there would leave the file's one connection inside it.
const onPostgres = (process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres' ? describe : describe.skip;

onPostgres('a submission whose COMMIT fails', () => {
  beforeAll(async () => {
    app = await startApp({ INTAKE_RATE_LIMIT_MAX: '1000', INTAKE_JOBS_ENABLED: 'false' });
    questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
    await failCommitsOf(DOOMED);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('is not answered 201, and nothing of it is stored', async () => {
    // Given a database that will refuse this submission's transaction at COMMIT
    // When it is posted
    const response = await app.http().post('/api/readiness-intake/submissions').send(doomedBody());

    // Then the answer is an error, never the 201 that says "stored"
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(await app.strapi.db.query(SUBMISSION).count({ where: { company: DOOMED } })).toBe(0);
    expect(await app.strapi.db.query(MESSAGE).count({ where: { subject: { $contains: DOOMED } } })).toBe(0);
  });

  it('with an Idempotency-Key, keeps no answer under the key, so the retry is a new attempt', async () => {
    // Given the same refusal, and a client that sends a key
    const response = await app
      .http()
      .post('/api/readiness-intake/submissions')
      .set('Idempotency-Key', 'commit-fails-once')
      .send(doomedBody());

    // Then nothing is kept under the key: a retry is not answered with a 201 for nothing
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(await app.strapi.db.query(IDEMPOTENCY_KEY).count({ where: { key: 'commit-fails-once' } })).toBe(0);
  });

  it('leaves the submissions that commit alone', async () => {
    const stored = await submitIntake(app, questionnaire, { contact: { company: 'Commits fine' } });
    expect(stored).toEqual(expect.objectContaining({ company: 'Commits fine' }));
  });
});
