import { formTokenLoadedAgo, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let questionnaire: PublicQuestionnaire;

const SUBMISSION = 'plugin::readiness-intake.submission';
const KEY = 'plugin::readiness-intake.idempotency-key';
const MESSAGE = 'plugin::readiness-intake.outbox-message';

const submit = (body: object, key?: string) => {
  const request = app.http().post('/api/readiness-intake/submissions');
  return (key === undefined ? request : request.set('Idempotency-Key', key)).send(body);
};
const freshBody = (overrides: Record<string, unknown> = {}) =>
  validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10), overrides);
const submissionsOf = (company: string) => app.strapi.db.query(SUBMISSION).count({ where: { company } });
const keyRows = (key: string) => app.strapi.db.query(KEY).findMany({ where: { key } });

beforeAll(async () => {
  app = await startApp({
    INTAKE_RATE_LIMIT_MAX: '10000',
    INTAKE_MIN_FILL_SECONDS: '3',
    INTAKE_NOTIFY_TO: 'lead@asyncline.test',
    // Nothing is sent: the test counts what the outbox holds.
    INTAKE_JOBS_ENABLED: 'false',
  });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
});

afterAll(() => app.stop());

describe('POST /api/readiness-intake/submissions with an Idempotency-Key', () => {
  it('answers a repeat of the same key and body with the first answer, storing nothing more', async () => {
    // Given a submission sent with a key
    const body = freshBody({ contact: { ...freshBody().data.contact, company: 'Repeat Labs' } });
    const first = await submit(body, 'retry-1').expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();

    // When the site sends it again with the same key
    const second = await submit(body, 'retry-1').expect(201);

    // Then it gets the same answer, marked as replayed, and one submission is stored
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await submissionsOf('Repeat Labs')).toBe(1);
    expect(await keyRows('retry-1')).toHaveLength(1);
  });

  it('stores only reference, receipt time and result with the key, never the contact', async () => {
    const body = freshBody({ contact: { ...freshBody().data.contact, company: 'Private Labs' } });
    await submit(body, 'private-1').expect(201);

    const [row] = await keyRows('private-1');
    expect(Object.keys(row.response).sort()).toEqual(expect.arrayContaining(['receivedAt', 'reference']));
    expect(Object.keys(row.response).filter((key) => !['reference', 'receivedAt', 'result'].includes(key))).toEqual([]);
    const stored = JSON.stringify(row);
    for (const personal of ['Private Labs', 'Mia Hansen', 'mia@startup.example', 'Mia@Startup.example']) {
      expect(stored).not.toContain(personal);
    }
  });

  it('answers the same key with another body with a 409 ConflictError', async () => {
    // Given a key already used
    await submit(freshBody({ contact: { ...freshBody().data.contact, company: 'First Body' } }), 'conflict-1').expect(201);

    // When another body comes with it
    const response = await submit(
      freshBody({ contact: { ...freshBody().data.contact, company: 'Other Body' } }),
      'conflict-1'
    ).expect(409);

    // Then it is refused in Strapi's error shape, and nothing of it is stored
    expect(response.body).toEqual({
      data: null,
      error: { status: 409, name: 'ConflictError', message: expect.any(String), details: {} },
    });
    expect(await submissionsOf('Other Body')).toBe(0);
  });

  it.each([
    ['101 characters', 'k'.repeat(101)],
    ['a control character', 'bad\tkey'],
    ['only spaces', '   '],
  ])('refuses a key of %s with a 400 at its path, storing nothing', async (_, key) => {
    const company = `Bad Key ${key.length}`;
    const response = await submit(freshBody({ contact: { ...freshBody().data.contact, company } }), key).expect(400);

    expect(response.body.error).toMatchObject({
      status: 400,
      name: 'ValidationError',
      details: { errors: [expect.objectContaining({ path: ['headers', 'idempotency-key'] })] },
    });
    expect(await submissionsOf(company)).toBe(0);
    expect(await app.strapi.db.query(KEY).count({ where: { key } })).toBe(0);
  });

  it('accepts a key of exactly 100 printable characters', async () => {
    await submit(freshBody(), `${'k'.repeat(98)} !`).expect(201);
  });

  it('stores no key for a submission refused with a 400', async () => {
    await submit(freshBody({ answers: {} }), 'refused-1').expect(400);

    expect(await keyRows('refused-1')).toHaveLength(0);
  });

  it('stores one submission and one set of emails for ten concurrent requests with one key', async () => {
    // Given ten copies of one submission, sent at once with one key
    const body = freshBody({ contact: { ...freshBody().data.contact, company: 'Concurrent Labs' } });
    const responses = await Promise.all(Array.from({ length: 10 }, () => submit(body, 'concurrent-1')));

    // Then all get the same 201
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    const references = new Set(responses.map((response) => response.body.data.reference));
    expect(references.size).toBe(1);
    expect(responses.filter((response) => response.headers['idempotent-replayed'] === 'true')).toHaveLength(9);

    // And one submission, one key and one notification are stored
    expect(await submissionsOf('Concurrent Labs')).toBe(1);
    expect(await keyRows('concurrent-1')).toHaveLength(1);
    const [reference] = references;
    expect(await app.strapi.db.query(MESSAGE).count({ where: { submissionReference: reference } })).toBe(1);
  });

  it('replays a honeypot submission like any other', async () => {
    const body = freshBody({ url: 'http://spam.example', contact: { ...freshBody().data.contact, company: 'Spam Labs' } });
    const first = await submit(body, 'spam-1').expect(201);
    const second = await submit(body, 'spam-1').expect(201);

    expect(second.body).toEqual(first.body);
    expect(await submissionsOf('Spam Labs')).toBe(1);
  });

  it('treats a key past its 24 hours as new', async () => {
    // Given a key whose answer has lapsed
    const body = freshBody({ contact: { ...freshBody().data.contact, company: 'Lapsed Labs' } });
    const first = await submit(body, 'lapsed-1').expect(201);
    await app.strapi.db.query(KEY).updateMany({ where: { key: 'lapsed-1' }, data: { expiresAt: new Date(Date.now() - 1000) } });

    // When the same body comes again with it
    const second = await submit(body, 'lapsed-1').expect(201);

    // Then it is a new submission, under the key again
    expect(second.body.data.reference).not.toBe(first.body.data.reference);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(await submissionsOf('Lapsed Labs')).toBe(2);
    expect(await keyRows('lapsed-1')).toHaveLength(1);
  });

  it('takes submissions without a key as before', async () => {
    const body = freshBody({ contact: { ...freshBody().data.contact, company: 'Keyless Labs' } });
    await submit(body).expect(201);
    await submit(body).expect(201);

    expect(await submissionsOf('Keyless Labs')).toBe(2);
  });
});
