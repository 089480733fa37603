import { DEFAULT_QUESTIONNAIRE } from 'strapi-plugin-readiness-intake/strapi-server';
import { loginConsultant, loginSuperAdmin } from '../support/auth';
import { formTokenLoadedAgo, submitIntake, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let questionnaire: PublicQuestionnaire;
let consultant: { token: string; id: number };
let superToken: string;

const SUBMISSION = 'plugin::readiness-intake.submission';
const call = (token: string) => ({
  get: (path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`),
  put: (path: string, body: object) => app.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
  post: (path: string, body: object) => app.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
});

const submit = (pick: 'first' | 'last') => submitIntake(app, questionnaire, { pick });

/** The default version as shipped, and the next: the same questions, but every single-choice option is worth 4 points. */
const SHIPPED = DEFAULT_QUESTIONNAIRE.version;
const NEXT = SHIPPED + 1;
const generousVersion = () => {
  const document = structuredClone(DEFAULT_QUESTIONNAIRE);
  document.version = NEXT;
  document.title = 'Generous';
  for (const dimension of document.dimensions) {
    for (const question of dimension.questions) {
      for (const option of question.options) if (!option.dontKnow && question.kind === 'single') option.points = 4;
    }
  }
  return document;
};

beforeAll(async () => {
  app = await startApp({ INTAKE_RATE_LIMIT_MAX: '10000', INTAKE_RETENTION_DAYS: '200', INTAKE_CONFIRMATION_EMAIL: 'true' });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  consultant = await loginConsultant(app);
  superToken = await loginSuperAdmin(app);
});

afterAll(() => app.stop());

describe('settings', () => {
  it('default from the environment and are changed by an admin with the settings permission', async () => {
    const initial = await call(superToken).get('/readiness-intake/settings').expect(200);
    expect(initial.body.data).toEqual({
      notifyRecipients: [],
      showResult: true,
      retentionDays: 200,
      triageSlaHours: 24,
      sendConfirmation: true,
      webhookFreeText: false,
    });

    const updated = await call(superToken)
      .put('/readiness-intake/settings', { notifyRecipients: ['ops@asyncline.test'], showResult: false })
      .expect(200);
    expect(updated.body.data).toEqual({
      notifyRecipients: ['ops@asyncline.test'],
      showResult: false,
      retentionDays: 200,
      triageSlaHours: 24,
      sendConfirmation: true,
      webhookFreeText: false,
    });

    // Only what was set is stored; the rest keeps following the environment.
    const stored = await app.strapi.store({ type: 'plugin', name: 'readiness-intake', key: 'settings' }).get({});
    expect(stored).toEqual({ notifyRecipients: ['ops@asyncline.test'], showResult: false });

    // Respondents no longer see their result.
    const body = validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10));
    const response = await app.http().post('/api/readiness-intake/submissions').send(body).expect(201);
    expect(response.body.data.result).toBeUndefined();
    await call(superToken).put('/readiness-intake/settings', { showResult: true }).expect(200);
  });

  it('refuse bad values with a 400 naming the path', async () => {
    const response = await call(superToken).put('/readiness-intake/settings', {
      notifyRecipients: ['nope'],
      retentionDays: 0,
      extra: 1,
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['notifyRecipients.0', 'retentionDays']));
  });

  it('are closed to a consultant, who lacks the settings permission', async () => {
    await call(consultant.token).get('/readiness-intake/settings').expect(403);
    await call(consultant.token).put('/readiness-intake/settings', { showResult: false }).expect(403);
    await call(consultant.token).get('/readiness-intake/questionnaires').expect(403);
  });
});

describe('questionnaire versions', () => {
  it('are listed, added after validation, and activated', async () => {
    const invalid = structuredClone(DEFAULT_QUESTIONNAIRE) as unknown as Record<string, unknown>;
    invalid.version = NEXT + 1;
    invalid.unexpected = true;
    const refused = await call(superToken).post('/readiness-intake/questionnaires', { document: invalid });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].path).toEqual([]);

    await call(superToken).post('/readiness-intake/questionnaires', { document: generousVersion() }).expect(201);
    const duplicate = await call(superToken).post('/readiness-intake/questionnaires', { document: generousVersion() });
    expect(duplicate.status).toBe(400);

    const listed = await call(superToken).get('/readiness-intake/questionnaires').expect(200);
    expect(listed.body.data.map((v: { version: number; active: boolean }) => [v.version, v.active])).toEqual([
      [NEXT, false],
      [SHIPPED, true],
    ]);
    // A stored result is not rewritten by adding a version.
    const before = await submit('first');
    expect(before.questionnaireVersion).toBe(SHIPPED);

    await call(superToken).post(`/readiness-intake/questionnaires/${NEXT}/activate`, {}).expect(200);
    const active = await app.http().get('/api/readiness-intake/questionnaire').expect(200);
    expect(active.body.data.version).toBe(NEXT);
    const after = await app.strapi.db.query(SUBMISSION).findOne({ where: { id: before.id } });
    expect([after.questionnaireVersion, after.overallScore]).toEqual([SHIPPED, before.overallScore]);

    const viewed = await call(superToken).get(`/readiness-intake/questionnaires/${NEXT}`).expect(200);
    expect(viewed.body.data).toEqual(generousVersion());
    await call(superToken).get('/readiness-intake/questionnaires/99').expect(404);
    expect((await call(consultant.token).get(`/readiness-intake/questionnaires/${NEXT}`)).status).toBe(403);

    await call(superToken).post('/readiness-intake/questionnaires/99/activate', {}).expect(404);
    await call(superToken).post(`/readiness-intake/questionnaires/${SHIPPED}/activate`, {}).expect(200);
    questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  });
});

describe('re-scoring', () => {
  it('scores a submission again under another version, as an audited action', async () => {
    const submission = await submit('first');
    expect(submission.band).toBe('foundation');
    const response = await call(consultant.token)
      .post(`/readiness-intake/submissions/${submission.id}/rescore`, { version: NEXT })
      .expect(200);
    expect(response.body.data).toMatchObject({ questionnaireVersion: NEXT, overallScore: 100, band: 'ready' });
    expect(response.body.data.auditTrail.at(-1)).toMatchObject({
      action: 'rescore',
      actorName: 'Casey Tester',
      from: { version: SHIPPED, band: 'foundation', score: submission.overallScore },
      to: { version: NEXT, band: 'ready', score: 100 },
    });
    await call(consultant.token).post(`/readiness-intake/submissions/${submission.id}/rescore`, { version: 42 }).expect(404);
  });
});

describe('stats', () => {
  it('count by band and status, rate agreement with the automatic band, and give the median time to first triage', async () => {
    const a = await submit('last');
    const b = await submit('first');
    await call(consultant.token)
      .post(`/readiness-intake/submissions/${a.id}/rating`, { band: a.band, reason: 'Agree' })
      .expect(200);
    await call(consultant.token)
      .post(`/readiness-intake/submissions/${b.id}/rating`, { band: 'close', reason: 'Better than it looks' })
      .expect(200);

    const response = await call(consultant.token).get('/readiness-intake/stats').expect(200);
    const { data } = response.body;
    const total = await app.strapi.db.query(SUBMISSION).count();
    expect(data.total).toBe(total);
    expect(Object.values(data.byBand as Record<string, number>).reduce((sum, n) => sum + n, 0)).toBe(total);
    expect(Object.values(data.byStatus as Record<string, number>).reduce((sum, n) => sum + n, 0)).toBe(total);
    expect(data.agreement).toMatchObject({ rated: 2, agreed: 1 });
    expect(data.agreement.rate).toBeCloseTo(0.5);
    expect(data.medianHoursToFirstTriage).toBeGreaterThanOrEqual(0);
    const today = new Date().toISOString().slice(0, 10);
    const perDay = data.byDay.map(({ day, ...bands }: { day: string } & Record<string, number>) => [
      day,
      Object.values(bands).reduce((sum, n) => sum + n, 0),
    ]);
    expect(perDay).toEqual([[today, total]]);

    const empty = await call(consultant.token)
      .get(`/readiness-intake/stats?from=${new Date(Date.now() + 3_600_000).toISOString()}`)
      .expect(200);
    expect(empty.body.data).toMatchObject({ total: 0, agreement: { rated: 0, rate: null }, medianHoursToFirstTriage: null });

    // Counted in SQL: a submission moved two days back lands on its own UTC day, and a
    // period ending before today holds only it.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await app.strapi.db.query(SUBMISSION).update({ where: { id: b.id }, data: { receivedAt: twoDaysAgo } });
    const spread = (await call(consultant.token).get('/readiness-intake/stats').expect(200)).body.data;
    expect(spread.byDay.map((entry: { day: string }) => entry.day)).toEqual([twoDaysAgo.toISOString().slice(0, 10), today]);
    const before = await call(consultant.token)
      .get(`/readiness-intake/stats?to=${new Date(Date.now() - 86_400_000).toISOString()}`)
      .expect(200);
    expect(before.body.data).toMatchObject({ total: 1, byBand: { [b.band]: 1 } });
  });
});
