import { randomBytes } from 'crypto';

import { formTokenLoadedAgo, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

/*
 * Runs on the in-process limiter, or on Redis when REDIS_URL is set (CI sets it for the
 * PostgreSQL run). A fresh key prefix keeps runs from sharing counters.
 */
let app: TestApp;
let questionnaire: PublicQuestionnaire;

beforeAll(async () => {
  app = await startApp({
    INTAKE_RATE_LIMIT_MAX: '3',
    INTAKE_RATE_LIMIT_WINDOW_S: '600',
    REDIS_KEY_PREFIX: `test-${randomBytes(6).toString('hex')}`,
  });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
});

afterAll(() => app.stop());

describe(`the submission rate limit (${process.env.REDIS_URL ? 'Redis' : 'in process'})`, () => {
  it('accepts INTAKE_RATE_LIMIT_MAX attempts per address, then answers 429 with Retry-After, storing nothing', async () => {
    const body = () => validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10));
    await app.http().post('/api/readiness-intake/submissions').send(body()).expect(201);
    // A refused attempt counts too: a bot sending garbage is limited like one sending forms.
    await app.http().post('/api/readiness-intake/submissions').send({}).expect(400);
    await app.http().post('/api/readiness-intake/submissions').send(body()).expect(201);

    const before = await app.strapi.db.query('plugin::readiness-intake.submission').count();
    const limited = await app.http().post('/api/readiness-intake/submissions').send(body());
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError' } });
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(await app.strapi.db.query('plugin::readiness-intake.submission').count()).toBe(before);
  });

  it('cannot be dodged with a forged X-Forwarded-For when no proxy is configured', async () => {
    const response = await app
      .http()
      .post('/api/readiness-intake/submissions')
      .set('X-Forwarded-For', '203.0.113.7')
      .send(validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10)));
    expect(response.status).toBe(429);
  });

  it('does not limit reading the questionnaire', async () => {
    await app.http().get('/api/readiness-intake/questionnaire').expect(200);
  });
});
