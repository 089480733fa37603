import { loginAdminWithRole, loginConsultant, loginSuperAdmin } from '../support/auth';
import { submitIntake, type PublicQuestionnaire } from '../support/intake';
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

const newSubmission = async (): Promise<number> => (await submitIntake(app, questionnaire)).id;

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

describe('bulk triage', () => {
  const auditCount = (references: string[]) =>
    app.strapi.db.query('plugin::readiness-intake.audit-entry').count({ where: { submissionReference: { $in: references } } });
  const stored = (ids: number[]) =>
    app.strapi.db.query('plugin::readiness-intake.submission').findMany({ where: { id: { $in: ids } }, populate: ['assignee'] });

  it('moves a selection to a status and an assignee in one call, auditing each submission', async () => {
    const ids = [await newSubmission(), await newSubmission(), await newSubmission()];
    const response = await as(consultant.token)
      .put('/readiness-intake/submissions/triage', { ids, status: 'in_review', assignee: consultant.id })
      .expect(200);
    expect(response.body.data).toEqual({ selected: 3, changed: 3 });

    const rows = await stored(ids);
    expect(rows.map((row: { status: string; assignee: { id: number } }) => [row.status, row.assignee.id])).toEqual(
      ids.map(() => ['in_review', consultant.id])
    );
    expect(await auditCount(rows.map((row: { reference: string }) => row.reference))).toBe(6);

    // Sending the same change again changes nothing and records nothing.
    const again = await as(consultant.token)
      .put('/readiness-intake/submissions/triage', { ids, status: 'in_review' })
      .expect(200);
    expect(again.body.data).toEqual({ selected: 3, changed: 0 });
    expect(await auditCount(rows.map((row: { reference: string }) => row.reference))).toBe(6);
  });

  it('refuses the whole selection when one id is unknown, naming it, and changes none', async () => {
    const ids = [await newSubmission(), 999_998];
    const response = await as(consultant.token).put('/readiness-intake/submissions/triage', { ids, status: 'contacted' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['ids', 1] })]);
    const [row] = await stored([ids[0]]);
    expect(row.status).toBe('new');
    expect(await auditCount([row.reference])).toBe(0);
  });

  it.each([
    ['no ids', { ids: [], status: 'new' }, 'ids'],
    ['more than 100 ids', { ids: Array.from({ length: 101 }, (_, i) => i + 1), status: 'new' }, 'ids'],
    ['no change', { ids: [1] }, ''],
    ['an unknown status', { ids: [1], status: 'later' }, 'status'],
  ])('refuses %s with a 400', async (_, body, path) => {
    const response = await as(consultant.token).put('/readiness-intake/submissions/triage', body);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    if (path) expect(response.body.error.details.errors.map((e: { path: unknown[] }) => e.path[0])).toContain(path);
  });

  it('is closed to an editor and to no session', async () => {
    const ids = [await newSubmission()];
    expect((await as(editorToken).put('/readiness-intake/submissions/triage', { ids, status: 'spam' })).status).toBe(403);
    expect((await as(null).put('/readiness-intake/submissions/triage', { ids, status: 'spam' })).status).toBe(401);
  });
});

describe('assignees', () => {
  it('are the active admins who may read submissions: consultants and super admins, not editors', async () => {
    const response = await as(consultant.token).get('/readiness-intake/assignees').expect(200);
    const emails = response.body.data.map((user: { email: string }) => user.email);
    expect(emails).toEqual(expect.arrayContaining(['consultant@example.com', 'super@example.com']));
    expect(emails).not.toContain('strapi-editor@example.com');
    expect(response.body.data.find((user: { email: string }) => user.email === 'consultant@example.com')).toEqual({
      id: consultant.id,
      name: 'Casey Tester',
      email: 'consultant@example.com',
    });
  });

  it('are the only admins a submission can be assigned to', async () => {
    const editor = await app.strapi.db.query('admin::user').findOne({ where: { email: 'strapi-editor@example.com' } });
    const id = await newSubmission();
    const response = await as(consultant.token).put(`/readiness-intake/submissions/${id}/triage`, { assignee: editor.id });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['assignee']);
  });
});

describe('the detail', () => {
  it('lays the answers out by dimension with the points each earned, under the version they were scored with', async () => {
    const response = await as(consultant.token).get(`/readiness-intake/submissions/${submissionId}`).expect(200);
    const { data } = response.body;
    expect(data.answersByDimension.map((dimension: { key: string }) => dimension.key)).toEqual(
      questionnaire.dimensions.map((dimension) => dimension.key)
    );
    for (const dimension of data.answersByDimension) {
      const points = dimension.answers.reduce((sum: number, answer: { points: number | null }) => sum + (answer.points ?? 0), 0);
      const scored = data.dimensionScores.find((score: { key: string }) => score.key === dimension.key);
      expect([dimension.key, points]).toEqual([dimension.key, scored.points]);
    }
    const firstScored = data.answersByDimension[0].answers.find((answer: { kind: string }) => answer.kind !== 'text');
    expect(firstScored).toMatchObject({
      prompt: expect.any(String),
      picked: [expect.objectContaining({ label: expect.any(String) })],
    });
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
    // Every type the plugin declares, the outbox and its log included, whatever is added later.
    const typeNames: string[] = schema.body.data.__schema.types.map((type: { name: string }) => type.name.toLowerCase());
    const pluginTypes = Object.values(app.strapi.plugin('readiness-intake').contentTypes).map((contentType) =>
      (contentType as { info: { singularName: string } }).info.singularName.replace(/-/g, '')
    );
    expect(pluginTypes).toEqual(expect.arrayContaining(['outboxmessage', 'deliveryattempt', 'joblease']));
    expect(typeNames.filter((name) => pluginTypes.some((singular) => name.includes(singular)))).toEqual([]);
  });
});
