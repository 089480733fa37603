import { createFullAccessToken, loginAdminWithRole, loginSuperAdmin } from '../support/auth';
import { answerAll, DIMENSION_KEYS, formTokenLoadedAgo, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { DEFAULT_QUESTIONNAIRE } from 'strapi-plugin-readiness-intake/strapi-server';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let questionnaire: PublicQuestionnaire;

const SUBMISSION_UID = 'plugin::readiness-intake.submission';
const countSubmissions = () => app.strapi.db.query(SUBMISSION_UID).count();
const submit = (body: unknown) =>
  app
    .http()
    .post('/api/readiness-intake/submissions')
    .send(body as object);
const freshToken = () => formTokenLoadedAgo(app, questionnaire.version, 10);

beforeAll(async () => {
  app = await startApp({ INTAKE_RATE_LIMIT_MAX: '10000', INTAKE_MIN_FILL_SECONDS: '3', INTAKE_MAX_FORM_AGE_HOURS: '24' });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;

  // Offices and articles the intake reads: overlap hours and recommended reading.
  const token = await createFullAccessToken(app.strapi);
  const office = (name: string, timezone: string) =>
    app
      .http()
      .post('/api/offices')
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          name,
          timezone,
          streetAddress: '1 Street',
          postalCode: '1000',
          city: name,
          country: name,
          countryCode: 'DK',
          officeHoursStart: '09:00:00.000',
          officeHoursEnd: '17:00:00.000',
        },
      })
      .expect(201);
  await office('Copenhagen', 'Europe/Copenhagen');
  await office('Magelang', 'Asia/Jakarta');
  for (const [title, readinessDimensions] of [
    ['Write it down', ['documentation']],
    ['Tickets that finish', ['specification']],
    ['Hand-offs', ['handoff', 'async']],
    ['Ownership', ['ownership']],
  ] as const) {
    await app
      .http()
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title, summary: `${title}.`, readinessDimensions } })
      .expect(201);
  }
});

afterAll(() => app.stop());

describe('GET /api/readiness-intake/questionnaire', () => {
  it('renders the active version: six dimensions, questions and options, contact fields and a form token', () => {
    expect(questionnaire.version).toBe(DEFAULT_QUESTIONNAIRE.version);
    expect(questionnaire.dimensions.map((d) => d.key)).toEqual(DIMENSION_KEYS);
    for (const dimension of questionnaire.dimensions) expect(dimension.questions.length).toBeGreaterThanOrEqual(2);
    expect(typeof questionnaire.formToken).toBe('string');
  });

  it('exposes no points, weights, gates or contradictions', async () => {
    const response = await app.http().get('/api/readiness-intake/questionnaire').expect(200);
    const text = JSON.stringify(response.body);
    for (const secret of [
      'points',
      'weights',
      'gates',
      'contradictions',
      'dontKnow',
      'minOverall',
      'scoring',
      'report',
      'bandReadings',
      'advice',
      'lowScoreBelow',
    ]) {
      expect(text).not.toContain(`"${secret}"`);
    }
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('POST /api/readiness-intake/submissions', () => {
  it('stores a valid submission and answers 201 with the result and up to three recommendations', async () => {
    const body = validSubmission(questionnaire, freshToken(), {
      answers: { ...answerAll(questionnaire, 'last'), ...worstOf('documentation'), ...worstOf('specification') },
    });
    const response = await submit(body).expect(201);
    const { data } = response.body;
    expect(data.reference).toMatch(/^RI-[A-Z0-9]{10}$/);
    expect(new Date(data.receivedAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(['ready', 'close', 'foundation']).toContain(data.result.band);
    expect(data.result.dimensions.map((d: { key: string }) => d.key)).toHaveLength(6);
    // The two weakest dimensions come first.
    expect(
      data.result.recommendations
        .map((r: { slug: string }) => r.slug)
        .slice(0, 2)
        .sort()
    ).toEqual(['tickets-that-finish', 'write-it-down']);
    expect(data.result.recommendations.length).toBeLessThanOrEqual(3);

    const stored = await app.strapi.db.query(SUBMISSION_UID).findOne({ where: { reference: data.reference } });
    expect(stored).toMatchObject({
      questionnaireVersion: DEFAULT_QUESTIONNAIRE.version,
      contactEmail: 'mia@startup.example',
      timezone: 'Europe/Copenhagen',
      status: 'new',
      spam: false,
      band: data.result.band,
      overallScore: data.result.score,
    });
    expect(stored.consentGivenAt).toBeTruthy();
    expect(stored.dimensionScores).toHaveLength(6);
    expect(stored.timezoneOverlap).toEqual([
      expect.objectContaining({ office: 'Copenhagen', overlapHours: 8 }),
      expect.objectContaining({ office: 'Magelang', timezone: 'Asia/Jakarta' }),
    ]);
  });

  it('never stores the client address', async () => {
    await submit(validSubmission(questionnaire, freshToken())).expect(201);
    const rows = await app.strapi.db.query(SUBMISSION_UID).findMany({});
    const stored = JSON.stringify(rows);
    expect(stored).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
  });

  it('stores a filled honeypot as spam and answers the same 201', async () => {
    const response = await submit(validSubmission(questionnaire, freshToken(), { url: 'http://spam.example' })).expect(201);
    expect(response.body.data.reference).toMatch(/^RI-/);
    const stored = await app.strapi.db.query(SUBMISSION_UID).findOne({ where: { reference: response.body.data.reference } });
    expect(stored).toMatchObject({ spam: true, status: 'spam' });
  });

  describe('refuses bad input with a 400 naming each bad path, storing nothing', () => {
    const cases: Array<[string, () => unknown, string[][]]> = [
      ['an unknown top-level key', () => ({ ...validSubmission(questionnaire, freshToken()), extra: 1 }), [[]]],
      ['an unknown key in data', () => validSubmission(questionnaire, freshToken(), { surprise: true }), [['data']]],
      ['a missing contact', () => withoutKey(validSubmission(questionnaire, freshToken()), 'contact'), [['data', 'contact']]],
      ['a team size as text', () => withContact({ teamSize: 'six' }), [['data', 'contact', 'teamSize']]],
      ['a bad email', () => withContact({ email: 'mia@' }), [['data', 'contact', 'email']]],
      ['an unknown timezone', () => withContact({ timezone: 'Europe/Atlantis' }), [['data', 'contact', 'timezone']]],
      ['no consent', () => validSubmission(questionnaire, freshToken(), { consent: false }), [['data', 'consent']]],
      ['an unknown question', () => withAnswers({ vibes: 'great' }), [['data', 'answers', 'vibes']]],
      ['an unknown option', () => withAnswers({ [firstSingle().key]: 'maybe' }), [['data', 'answers', firstSingle().key]]],
      [
        'an array for a single question',
        () => withAnswers({ [firstSingle().key]: [firstSingle().options[0].value] }),
        [['data', 'answers', firstSingle().key]],
      ],
      ['a missing required answer', () => withAnswers({}, firstSingle().key), [['data', 'answers', firstSingle().key]]],
      [
        'an old questionnaire version',
        () => validSubmission(questionnaire, freshToken(), { questionnaireVersion: 99 }),
        [['data', 'questionnaireVersion']],
      ],
      ['a forged token', () => validSubmission(questionnaire, 'eyJ2IjoxfQ.forged'), [['data', 'formToken']]],
      [
        'a token from a form loaded a second ago',
        () => validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 1)),
        [['data', 'formToken']],
      ],
      [
        'a token from a form loaded 25 hours ago',
        () => validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 25 * 3600)),
        [['data', 'formToken']],
      ],
      [
        'a token from another questionnaire version',
        () => validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version + 1, 10)),
        [['data', 'formToken']],
      ],
      ['a string body', () => 'hello', [[]]],
      ['an array body', () => [1, 2], [[]]],
    ];

    it.each(cases)('%s', async (_, build, paths) => {
      const before = await countSubmissions();
      const response = await submit(build());
      expect(response.status).toBe(400);
      expect(response.body.data).toBeNull();
      expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
      expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toEqual(
        expect.arrayContaining(paths)
      );
      expect(await countSubmissions()).toBe(before);
    });

    it('reports several problems at once', async () => {
      const body = validSubmission(questionnaire, freshToken(), {
        consent: false,
        contact: { ...validSubmission(questionnaire, '').data.contact, email: 'x' },
      });
      const response = await submit(body).expect(400);
      expect(response.body.error.details.errors.length).toBeGreaterThanOrEqual(1);
    });
  });

  it('answers malformed JSON with a 400, not a 5xx', async () => {
    const response = await app
      .http()
      .post('/api/readiness-intake/submissions')
      .set('Content-Type', 'application/json')
      .send('{"data": {"contact": ');
    expect(response.status).toBe(400);
    expect(response.body.error.status).toBe(400);
  });

  it('answers a body over 64 KB with a 413, storing nothing', async () => {
    const before = await countSubmissions();
    const response = await submit(validSubmission(questionnaire, freshToken(), { backlog: 'x'.repeat(70 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ status: 413, name: 'PayloadTooLargeError' });
    expect(await countSubmissions()).toBe(before);
  });

  it('never answers a 5xx, whatever the body', async () => {
    const bodies: unknown[] = [
      null,
      0,
      true,
      {},
      { data: null },
      { data: [] },
      { data: { answers: null } },
      { data: { contact: [] } },
      { data: { answers: { __proto__: { polluted: true } } } },
      { data: { questionnaireVersion: '1' } },
      { data: { formToken: 12 } },
      { data: { contact: { teamSize: 1e308 } } },
      { data: { answers: { [firstSingle().key]: { $ne: 1 } } } },
    ];
    for (const body of bodies) {
      const response = await app
        .http()
        .post('/api/readiness-intake/submissions')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      expect(response.status).toBeLessThan(500);
      expect(response.status).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('nothing leaks', () => {
  it('has no content-API route that reads submissions or questionnaires, whatever the query', async () => {
    for (const path of [
      '/api/readiness-intake/submissions',
      '/api/readiness-intake/submissions?populate=*',
      '/api/readiness-intake/questionnaires',
      '/api/submissions',
      '/api/questionnaires',
      '/api/articles?populate=*&filters[submissions][id][$notNull]=true',
    ]) {
      const response = await app.http().get(path);
      expect(JSON.stringify(response.body)).not.toContain('mia@startup.example');
      expect(response.status).not.toBe(500);
    }
  });

  it('keeps the plugin types out of the GraphQL schema', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .send({ query: '{ __schema { types { name } queryType { fields { name } } } }' })
      .expect(200);
    const names = JSON.stringify(response.body.data);
    expect(names).not.toMatch(/ubmission|uestionnaire/);
    const direct = await app.http().post('/graphql').send({ query: '{ submissions { contactEmail } }' });
    expect(direct.body.errors[0].message).toMatch(/Cannot query field/);
  });

  it('keeps even a full-access token away from them', async () => {
    const token = await createFullAccessToken(app.strapi);
    const response = await app.http().get('/api/readiness-intake/submissions').set('Authorization', `Bearer ${token}`);
    expect([404, 405]).toContain(response.status);
  });
});

describe('admin routes', () => {
  it('need an admin session', async () => {
    await app.http().get('/readiness-intake/submissions').expect(401);
    await app.http().get('/readiness-intake/questionnaires/active').expect(401);
  });

  it.each(['strapi-editor', 'strapi-author'] as const)(
    'refuse the stock %s role, which lacks the read permission',
    async (role) => {
      const token = await loginAdminWithRole(app, role);
      await app.http().get('/readiness-intake/submissions').set('Authorization', `Bearer ${token}`).expect(403);
      await app.http().get('/readiness-intake/questionnaires/active').set('Authorization', `Bearer ${token}`).expect(403);
    }
  );

  it('give the active questionnaire whole and a paginated submission list to an admin with read', async () => {
    const token = await loginSuperAdmin(app);
    const active = await app
      .http()
      .get('/readiness-intake/questionnaires/active')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(active.body.data.scoring.weights).toMatchObject({ documentation: 25, specification: 25 });

    const page = await app
      .http()
      .get('/readiness-intake/submissions?page=1&pageSize=2')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(page.body.results).toHaveLength(2);
    expect(page.body.pagination).toEqual({
      page: 1,
      pageSize: 2,
      pageCount: Math.ceil(page.body.pagination.total / 2),
      total: await countSubmissions(),
    });

    const bad = await app.http().get('/readiness-intake/submissions?pageSize=1000').set('Authorization', `Bearer ${token}`);
    expect(bad.status).toBe(400);
  });
});

describe('a change to what a submission reads', () => {
  // Each submission reads the settings, the active questionnaire, the offices and the
  // articles from what the instance keeps; a change must reach the very next one.
  const admin = (token: string) => ({
    put: (path: string, body: object) => app.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
    post: (path: string, body: object = {}) => app.http().post(path).set('Authorization', `Bearer ${token}`).send(body),
  });

  it('shows the settings as just saved', async () => {
    const as = admin(await loginSuperAdmin(app));
    expect((await submit(validSubmission(questionnaire, freshToken())).expect(201)).body.data.result).toBeDefined();
    await as.put('/readiness-intake/settings', { showResult: false }).expect(200);
    expect((await submit(validSubmission(questionnaire, freshToken())).expect(201)).body.data.result).toBeUndefined();
    await as.put('/readiness-intake/settings', { showResult: true }).expect(200);
    expect((await submit(validSubmission(questionnaire, freshToken())).expect(201)).body.data.result).toBeDefined();
  });

  it('scores with the questionnaire version just activated', async () => {
    const as = admin(await loginSuperAdmin(app));
    const next = DEFAULT_QUESTIONNAIRE.version + 100;
    await app.strapi
      .plugin('readiness-intake')
      .service('questionnaires')
      .add({ ...DEFAULT_QUESTIONNAIRE, version: next, title: 'Next version' });
    await submit(validSubmission(questionnaire, freshToken())).expect(201);
    try {
      await as.post(`/readiness-intake/questionnaires/${next}/activate`).expect(200);
      const stale = await submit(validSubmission(questionnaire, freshToken())).expect(400);
      expect(JSON.stringify(stale.body.error)).toMatch(/the questionnaire is now at version/);
      const form = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
      expect(form.version).toBe(next);
      const body = validSubmission(form, formTokenLoadedAgo(app, next, 10));
      const { reference } = (await submit(body).expect(201)).body.data;
      expect(await app.strapi.db.query(SUBMISSION_UID).findOne({ where: { reference } })).toMatchObject({
        questionnaireVersion: next,
      });
    } finally {
      await as.post(`/readiness-intake/questionnaires/${DEFAULT_QUESTIONNAIRE.version}/activate`).expect(200);
    }
    await submit(validSubmission(questionnaire, freshToken())).expect(201);
  });

  it('compares time zones with the offices and recommends the articles as just edited', async () => {
    const token = await createFullAccessToken(app.strapi);
    const worst = { answers: answerAll(questionnaire, 'first') };
    const sent = async () => {
      const { data } = (await submit(validSubmission(questionnaire, freshToken(), worst)).expect(201)).body;
      const stored = await app.strapi.db.query(SUBMISSION_UID).findOne({ where: { reference: data.reference } });
      return {
        offices: stored.timezoneOverlap.map((overlap: { office: string }) => overlap.office),
        titles: data.result.recommendations.map((recommendation: { title: string }) => recommendation.title),
      };
    };
    const before = await sent();
    expect(before.offices).not.toContain('Aarhus');
    expect(before.titles).not.toContain('Just published');

    const offices = await app
      .http()
      .get('/api/offices?filters[name][$eq]=Copenhagen')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    await app
      .http()
      .put(`/api/offices/${offices.body.data[0].documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'Aarhus' } })
      .expect(200);
    await app
      .http()
      .post('/api/articles?status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Just published', summary: 'New.', readinessDimensions: DIMENSION_KEYS } })
      .expect(201);
    const after = await sent();
    expect(after.offices).toContain('Aarhus');
    expect(after.offices).not.toContain('Copenhagen');
    expect(after.titles).toContain('Just published');
  });
});

/** Known before the app starts, so test tables can name it. */
function firstSingle() {
  return DEFAULT_QUESTIONNAIRE.dimensions.flatMap((d) => d.questions).find((q) => q.kind === 'single' && q.required)!;
}

function worstOf(dimensionKey: string) {
  const dimension = questionnaire.dimensions.find((d) => d.key === dimensionKey)!;
  return Object.fromEntries(dimension.questions.filter((q) => q.kind === 'single').map((q) => [q.key, q.options[0].value]));
}

function withContact(contact: Record<string, unknown>) {
  const body = validSubmission(questionnaire, freshToken());
  return { data: { ...body.data, contact: { ...body.data.contact, ...contact } } };
}

function withAnswers(answers: Record<string, unknown>, without?: string) {
  const body = validSubmission(questionnaire, freshToken());
  const merged: Record<string, unknown> = { ...body.data.answers, ...answers };
  if (without) delete merged[without];
  return { data: { ...body.data, answers: merged } };
}

function withoutKey(body: { data: Record<string, unknown> }, key: string) {
  const data = { ...body.data };
  delete data[key];
  return { data };
}
