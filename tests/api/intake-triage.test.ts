import { loginAdminWithRole, loginConsultant, loginSuperAdmin } from '../support/auth';
import { formTokenLoadedAgo, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let questionnaire: PublicQuestionnaire;
let consultant: { token: string; id: number };
let editorToken: string;
let superToken: string;

const as = (token: string | null) => {
  const auth = <T extends { set(name: string, value: string): T }>(request: T) =>
    token ? request.set('Authorization', `Bearer ${token}`) : request;
  return {
    get: (path: string) => auth(app.http().get(path)),
    put: (path: string, body: object) => auth(app.http().put(path)).send(body),
    post: (path: string, body: object) => auth(app.http().post(path)).send(body),
  };
};

const newSubmission = async (): Promise<number> => {
  const response = await app
    .http()
    .post('/api/readiness-intake/submissions')
    .send(validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10)))
    .expect(201);
  const stored = await app.strapi.db
    .query('plugin::readiness-intake.submission')
    .findOne({ where: { reference: response.body.data.reference } });
  return stored.id;
};

let submissionId: number;

beforeAll(async () => {
  app = await startApp({ INTAKE_RATE_LIMIT_MAX: '10000' });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  consultant = await loginConsultant(app);
  editorToken = await loginAdminWithRole(app, 'strapi-editor');
  superToken = await loginSuperAdmin(app);
  submissionId = await newSubmission();
});

afterAll(() => app.stop());

describe('the Consultant role', () => {
  it('is created at bootstrap with read, triage, rate and export, and nothing else of the plugin', async () => {
    const role = await app.strapi.db
      .query('admin::role')
      .findOne({ where: { code: 'readiness-intake-consultant' }, populate: ['permissions'] });
    expect(role.name).toBe('Consultant');
    const actions = role.permissions
      .map((p: { action: string }) => p.action)
      .filter((a: string) => a.startsWith('plugin::readiness-intake.'));
    expect(actions.sort()).toEqual(['export', 'rate', 'read', 'triage'].map((a) => `plugin::readiness-intake.${a}`));
  });

  it('keeps the stock Editor and Author roles without any plugin permission', async () => {
    for (const code of ['strapi-editor', 'strapi-author']) {
      const role = await app.strapi.db.query('admin::role').findOne({ where: { code }, populate: ['permissions'] });
      expect(role.permissions.filter((p: { action: string }) => p.action.startsWith('plugin::readiness-intake.'))).toEqual([]);
    }
  });
});

describe('the RBAC matrix of the triage routes', () => {
  const routes = () => [
    { name: 'detail', call: (token: string | null) => as(token).get(`/readiness-intake/submissions/${submissionId}`) },
    {
      name: 'triage',
      call: (token: string | null) =>
        as(token).put(`/readiness-intake/submissions/${submissionId}/triage`, { status: 'in_review' }),
    },
    {
      name: 'rating',
      call: (token: string | null) =>
        as(token).post(`/readiness-intake/submissions/${submissionId}/rating`, { band: 'close', reason: 'Docs are thin' }),
    },
    {
      name: 'notes',
      call: (token: string | null) =>
        as(token).post(`/readiness-intake/submissions/${submissionId}/notes`, { body: 'Called them.' }),
    },
  ];

  it('answers 401 without a session', async () => {
    for (const route of routes()) expect([route.name, (await route.call(null)).status]).toEqual([route.name, 401]);
  });

  it('answers 403 to an editor everywhere', async () => {
    for (const route of routes()) expect([route.name, (await route.call(editorToken)).status]).toEqual([route.name, 403]);
  });

  it('lets a consultant read, triage, rate and take notes', async () => {
    const statuses = [];
    for (const route of routes()) statuses.push([route.name, (await route.call(consultant.token)).status]);
    expect(statuses).toEqual([
      ['detail', 200],
      ['triage', 200],
      ['rating', 200],
      ['notes', 201],
    ]);
  });
});

describe('triage', () => {
  it('changes status and assignee, and records who changed what from what to what', async () => {
    const id = await newSubmission();
    const response = await as(consultant.token)
      .put(`/readiness-intake/submissions/${id}/triage`, { status: 'contacted', assignee: consultant.id })
      .expect(200);
    expect(response.body.data).toMatchObject({ status: 'contacted', assignee: { id: consultant.id, name: 'Casey Tester' } });
    expect(response.body.data.firstTriagedAt).toBeTruthy();
    expect(response.body.data.auditTrail).toEqual([
      expect.objectContaining({
        action: 'status',
        actorId: consultant.id,
        actorName: 'Casey Tester',
        from: { status: 'new' },
        to: { status: 'contacted' },
      }),
      expect.objectContaining({ action: 'assignee', from: null, to: { id: consultant.id, name: 'Casey Tester' } }),
    ]);

    const unassigned = await as(consultant.token)
      .put(`/readiness-intake/submissions/${id}/triage`, { assignee: null })
      .expect(200);
    expect(unassigned.body.data.assignee).toBeNull();
    expect(unassigned.body.data.auditTrail.at(-1)).toMatchObject({ action: 'assignee', from: { id: consultant.id }, to: null });
  });

  it.each([
    ['an unknown status', { status: 'maybe' }, 'status'],
    ['an unknown admin user', { assignee: 999_999 }, 'assignee'],
    ['an unknown key', { status: 'new', priority: 'high' }, ''],
    ['an empty body', {}, ''],
  ])('refuses %s with a 400 and changes nothing', async (_, body, path) => {
    const id = await newSubmission();
    const response = await as(consultant.token).put(`/readiness-intake/submissions/${id}/triage`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    if (path) expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(path);
    const stored = await app.strapi.db.query('plugin::readiness-intake.submission').findOne({ where: { id } });
    expect(stored.status).toBe('new');
    expect(
      await app.strapi.db
        .query('plugin::readiness-intake.audit-entry')
        .count({ where: { submissionReference: stored.reference } })
    ).toBe(0);
  });

  it('answers 404 for a submission that does not exist, and 400 for an id that is not one', async () => {
    await as(consultant.token).get('/readiness-intake/submissions/999999').expect(404);
    await as(consultant.token).get('/readiness-intake/submissions/abc').expect(400);
  });
});

describe('rating', () => {
  it('keeps the automatic band beside the consultant band and its reason, and audits the override', async () => {
    const id = await newSubmission();
    const response = await as(consultant.token)
      .post(`/readiness-intake/submissions/${id}/rating`, { band: 'foundation', reason: 'Specs live in Slack threads.' })
      .expect(200);
    const { data } = response.body;
    expect(data.automaticBand.band).toBe(data.band);
    expect(data.consultantRating).toMatchObject({
      band: 'foundation',
      label: 'Build the foundation first',
      reason: 'Specs live in Slack threads.',
      by: 'Casey Tester',
    });
    expect(data.auditTrail.at(-1)).toMatchObject({
      action: 'rating',
      from: null,
      to: { band: 'foundation', reason: 'Specs live in Slack threads.', automaticBand: data.band },
    });
  });

  it.each([
    ['no reason', { band: 'close' }],
    ['a blank reason', { band: 'close', reason: '   ' }],
    ['an unknown band', { band: 'amazing', reason: 'x' }],
  ])('refuses %s with a 400', async (_, body) => {
    const response = await as(consultant.token).post(`/readiness-intake/submissions/${submissionId}/rating`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });
});

describe('notes', () => {
  it('adds a note to the thread and audits it', async () => {
    const id = await newSubmission();
    await as(consultant.token)
      .post(`/readiness-intake/submissions/${id}/notes`, { body: 'Asked for their API docs.' })
      .expect(201);
    await as(superToken)
      .post(`/readiness-intake/submissions/${id}/notes`, { body: '<script>alert(1)</script> stays text' })
      .expect(201);
    const detail = await as(consultant.token).get(`/readiness-intake/submissions/${id}`).expect(200);
    expect(detail.body.data.notes.map((n: { body: string; authorName: string }) => [n.authorName, n.body])).toEqual([
      ['Casey Tester', 'Asked for their API docs.'],
      ['Super Tester', '<script>alert(1)</script> stays text'],
    ]);
    expect(detail.body.data.auditTrail.map((e: { action: string }) => e.action)).toEqual(['note', 'note']);
  });

  it('refuses an empty note', async () => {
    await as(consultant.token).post(`/readiness-intake/submissions/${submissionId}/notes`, { body: '' }).expect(400);
  });
});

describe('notes and audit entries stay private', () => {
  it('are out of the content API and GraphQL', async () => {
    for (const path of ['/api/notes', '/api/audit-entries', '/api/readiness-intake/notes']) {
      expect([403, 404, 405]).toContain((await app.http().get(path)).status);
    }
    const schema = await app.http().post('/graphql').send({ query: '{ __schema { types { name } } }' }).expect(200);
    expect(JSON.stringify(schema.body.data)).not.toMatch(/ReadinessNote|AuditEntry|auditEntr/i);
  });
});
