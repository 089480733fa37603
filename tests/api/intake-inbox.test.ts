import http from 'http';
import type { AddressInfo } from 'net';

import { parse } from 'csv-parse/sync';

import { loginAdminWithRole, loginConsultant, loginSuperAdmin } from '../support/auth';
import { answerAll, submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';
import { textBody } from '../support/text-body';

let app: TestApp;
let questionnaire: PublicQuestionnaire;
let consultant: { token: string; id: number };
let superToken: string;
let editorToken: string;

const SUBMISSION = 'plugin::readiness-intake.submission';

const submitAs = async (contact: Record<string, unknown>, pick: 'first' | 'last' = 'last') =>
  (await submitIntake(app, questionnaire, { contact, pick })) as { id: number; reference: string };

const get = (token: string, path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  app = await startApp({ INTAKE_RATE_LIMIT_MAX: '10000' });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  consultant = await loginConsultant(app);
  superToken = await loginSuperAdmin(app);
  editorToken = await loginAdminWithRole(app, 'strapi-editor');

  await submitAs({ name: 'Ana Ready', email: 'ana@ready.example', company: 'Ready Co' }, 'last');
  await submitAs({ name: 'Bo Weak', email: 'bo@weak.example', company: 'Weak, "Quoted" Ltd' }, 'first');
  const mine = await submitAs({ name: 'Cy Mine', email: 'cy@mine.example', company: '=HYPERLINK("x")' }, 'first');
  await app
    .http()
    .put(`/readiness-intake/submissions/${mine.id}/triage`)
    .set('Authorization', `Bearer ${consultant.token}`)
    .send({ assignee: consultant.id, status: 'contacted' })
    .expect(200);
});

afterAll(() => app.stop());

describe('the inbox list', () => {
  it('filters by band, status and assignee (me, none), and searches name, email and company', async () => {
    const bands = async (query: string) =>
      (await get(consultant.token, `/readiness-intake/submissions?${query}`).expect(200)).body.results
        .map((r: { contactName: string }) => r.contactName)
        .sort();
    expect(await bands('band=ready')).toEqual(['Ana Ready']);
    expect(await bands('band=foundation')).toEqual(['Bo Weak', 'Cy Mine']);
    expect(await bands('status=contacted')).toEqual(['Cy Mine']);
    expect(await bands('assignee=me')).toEqual(['Cy Mine']);
    expect(await bands('assignee=none')).toEqual(['Ana Ready', 'Bo Weak']);
    expect(await bands(`assignee=${consultant.id}`)).toEqual(['Cy Mine']);
    expect(await bands('q=WEAK')).toEqual(['Bo Weak']);
    expect(await bands('q=ready.example')).toEqual(['Ana Ready']);
    expect(await bands(`from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    expect(await bands(`to=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toHaveLength(3);
  });

  it('sorts by an allowed field and refuses others', async () => {
    const response = await get(consultant.token, '/readiness-intake/submissions?sort=overallScore:asc').expect(200);
    const scores = response.body.results.map((r: { overallScore: number }) => r.overallScore);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(response.body.results.find((r: { contactName: string }) => r.contactName === 'Cy Mine').assignee).toEqual({
      id: consultant.id,
      name: 'Casey Tester',
    });
    await get(consultant.token, '/readiness-intake/submissions?sort=contactEmail:asc').expect(400);
    // The admin's Table headers write the order in capitals; the field stays case-sensitive.
    const upper = await get(consultant.token, '/readiness-intake/submissions?sort=overallScore:DESC').expect(200);
    const upperScores = upper.body.results.map((row: { overallScore: number }) => row.overallScore);
    expect(upperScores).toEqual([...upperScores].sort((a, b) => b - a));
    await get(consultant.token, '/readiness-intake/submissions?sort=OVERALLSCORE:desc').expect(400);
    await get(consultant.token, '/readiness-intake/submissions?status=maybe').expect(400);
    await get(consultant.token, '/readiness-intake/submissions?unknown=1').expect(400);
  });
});

describe('the status sort', () => {
  // Strapi 5.54 reads `orderBy: { status }` as its publication-state sort, the same for every
  // submission: these held only while the inbox sorted the status column itself.
  const csvNames = async (query: string) => {
    const response = await get(consultant.token, `/readiness-intake/submissions/export?${query}`)
      .buffer(true)
      .parse(textBody)
      .expect(200);
    return parse(response.body as string, { columns: true }).map((row: { contactName: string }) => row.contactName);
  };
  const listNames = async (query: string) =>
    (await get(consultant.token, `/readiness-intake/submissions?${query}`).expect(200)).body.results.map(
      (row: { contactName: string }) => row.contactName
    );

  afterEach(() => {
    app.strapi.plugin('readiness-intake').service('inbox').exportPageSize = 500;
  });

  it('orders the list by the status column, then id, both ways, and pages it', async () => {
    // Cy is contacted, Ana and Bo (received in that order) new.
    expect(await listNames('sort=status:asc')).toEqual(['Cy Mine', 'Ana Ready', 'Bo Weak']);
    expect(await listNames('sort=status:desc')).toEqual(['Bo Weak', 'Ana Ready', 'Cy Mine']);
    expect(await listNames('sort=status:asc&page=2&pageSize=2')).toEqual(['Bo Weak']);
    expect(await listNames('sort=status:desc&band=foundation')).toEqual(['Bo Weak', 'Cy Mine']);
    const paged = (await get(consultant.token, '/readiness-intake/submissions?sort=status:asc&pageSize=1').expect(200)).body;
    expect(paged.pagination).toMatchObject({ total: 3, pageCount: 3 });
    expect(paged.results[0].assignee).toEqual({ id: consultant.id, name: 'Casey Tester' });
  });

  it('orders the CSV export the same way, a page or a row at a time', async () => {
    expect(await csvNames('sort=status:asc')).toEqual(['Cy Mine', 'Ana Ready', 'Bo Weak']);
    app.strapi.plugin('readiness-intake').service('inbox').exportPageSize = 1;
    expect(await csvNames('sort=status:asc')).toEqual(['Cy Mine', 'Ana Ready', 'Bo Weak']);
    expect(await csvNames('sort=status:desc')).toEqual(['Bo Weak', 'Ana Ready', 'Cy Mine']);
  });
});

describe('the overdue view and the home widget counts', () => {
  const names = async (query: string) =>
    (await get(consultant.token, `/readiness-intake/submissions?${query}`).expect(200)).body.results
      .map((r: { contactName: string }) => r.contactName)
      .sort();
  const counts = async (token = consultant.token) =>
    (await get(token, '/readiness-intake/submissions/counts').expect(200)).body.data;

  let bo: { id: number; receivedAt: string };
  beforeAll(async () => {
    bo = await app.strapi.db.query(SUBMISSION).findOne({ where: { contactName: 'Bo Weak' }, select: ['id', 'receivedAt'] });
    // Given Bo's submission arrived 30 hours ago and is still new, past the default 24-hour SLA
    await app.strapi.db
      .query(SUBMISSION)
      .update({ where: { id: bo.id }, data: { receivedAt: new Date(Date.now() - 30 * 3_600_000) } });
  });
  afterAll(async () => {
    await app.strapi.db.query(SUBMISSION).update({ where: { id: bo.id }, data: { receivedAt: bo.receivedAt } });
    await app.http().put('/readiness-intake/settings').set('Authorization', `Bearer ${superToken}`).send({ triageSlaHours: 24 });
  });

  it('lists only submissions still new past the SLA, and nothing new but recent or triaged', async () => {
    expect(await names('overdue=true')).toEqual(['Bo Weak']);
    expect(await names('overdue=true&band=ready')).toEqual([]);
    const error = (await get(consultant.token, '/readiness-intake/submissions?overdue=yes').expect(400)).body.error;
    expect(error.details.errors[0].path).toEqual(['overdue']);
  });

  it('counts each view the widget links to, as the view itself totals it', async () => {
    expect(await counts()).toEqual({ new: 2, mine: 1, overdue: 1, triageSlaHours: 24 });
    for (const [view, query] of [
      ['new', 'status=new'],
      ['mine', 'assignee=me'],
      ['overdue', 'overdue=true'],
    ] as const) {
      const listed = await get(consultant.token, `/readiness-intake/submissions?${query}`).expect(200);
      expect(listed.body.pagination.total).toBe((await counts())[view]);
    }
    // "mine" is the caller's: the super admin has nothing assigned
    expect((await counts(superToken)).mine).toBe(0);
  });

  it('follows the SLA setting: with 48 hours, nothing is overdue yet', async () => {
    await app
      .http()
      .put('/readiness-intake/settings')
      .set('Authorization', `Bearer ${superToken}`)
      .send({ triageSlaHours: 48 })
      .expect(200);
    expect(await counts()).toMatchObject({ overdue: 0, triageSlaHours: 48 });
    expect(await names('overdue=true')).toEqual([]);
    const refused = await app
      .http()
      .put('/readiness-intake/settings')
      .set('Authorization', `Bearer ${superToken}`)
      .send({ triageSlaHours: 0 })
      .expect(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['triageSlaHours']);
  });

  it('is refused to a role without the read permission, and takes no parameters', async () => {
    await get(editorToken, '/readiness-intake/submissions/counts').expect(403);
    await get(consultant.token, '/readiness-intake/submissions/counts?status=new').expect(400);
  });
});

describe('the CSV export', () => {
  it('streams one row a submission with every dimension score, quoted by csv-stringify', async () => {
    const response = await get(consultant.token, '/readiness-intake/submissions/export?sort=receivedAt:asc')
      .buffer(true)
      .parse(textBody);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="readiness-submissions-\d{4}-\d{2}-\d{2}\.csv"/
    );
    const rows: Record<string, string>[] = parse(response.body as string, { columns: true });
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0])).toEqual(
      expect.arrayContaining([
        'reference',
        'band',
        'score_documentation',
        'score_specification',
        'score_handoff',
        'score_scoping',
        'score_async',
        'score_ownership',
      ])
    );
    expect(rows[0]).toMatchObject({ contactName: 'Ana Ready', score_documentation: '100', band: 'ready' });
    expect(rows[1].company).toBe('Weak, "Quoted" Ltd');
    // A formula is neutralised so a spreadsheet shows it as text.
    expect(rows[2].company).toBe(`'=HYPERLINK("x")`);
    expect(rows[2].assignee).toBe('Casey Tester');
  });

  it('applies the list filters', async () => {
    const response = await get(consultant.token, '/readiness-intake/submissions/export?band=ready')
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(parse(response.body as string, { columns: true })).toHaveLength(1);
  });

  it('needs the export permission', async () => {
    await get(editorToken, '/readiness-intake/submissions/export').expect(403);
  });
});

describe('the CSV export when the database fails', () => {
  /**
   * Makes the submissions' findMany fail from the `failFrom`th page on (counted from 0: the
   * export pages by keyset, not offset); earlier pages are full pages of copies of a real row.
   */
  const failExportPages = async (failFrom: number) => {
    const real = app.strapi.db.query.bind(app.strapi.db);
    const row = (await real(SUBMISSION).findMany({ populate: { assignee: true }, limit: 1 }))[0];
    let pages = 0;
    return jest.spyOn(app.strapi.db, 'query').mockImplementation(((uid: string) => {
      const query = real(uid as never);
      if (uid !== SUBMISSION) return query;
      return {
        ...query,
        findMany: async ({ limit }: { limit: number }) => {
          if (pages++ >= failFrom) throw new Error('the database refused the query');
          return Array.from({ length: limit }, () => row);
        },
      };
    }) as never);
  };

  afterEach(() => jest.restoreAllMocks());

  it('answers a first page the database refuses with an error in Strapi shape, not a CSV', async () => {
    // Given a database that refuses the export's first query
    await failExportPages(0);

    // When a consultant exports
    const response = await get(consultant.token, '/readiness-intake/submissions/export');

    // Then the answer is Strapi's error, with no CSV headers on it
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBeUndefined();
    expect(response.body).toMatchObject({ data: null, error: { status: 500, name: 'InternalServerError' } });
  });

  it('cuts the download off when the database fails part-way, logs it, and keeps serving', async () => {
    // Given a database that fails on the export's second page, after the 200 has gone out
    await failExportPages(1);
    const logged = jest.spyOn(app.strapi.log, 'error');
    const server = app.strapi.server.httpServer;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    // When a consultant exports
    const download = new Promise<string>((resolve, reject) => {
      const request = http.get(
        {
          host: '127.0.0.1',
          port,
          path: '/readiness-intake/submissions/export',
          headers: { Authorization: `Bearer ${consultant.token}` },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('aborted', () => reject(new Error('the response was cut off')));
          response.on('end', () => resolve(text));
        }
      );
      request.on('error', reject);
    });

    // Then the download fails rather than ending as a short file, and the failure is logged
    await expect(download).rejects.toThrow(/cut off|socket hang up|ECONNRESET/);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/CSV export failed part-way/));

    // And the process is still up: the next export is whole
    jest.restoreAllMocks();
    const next = await get(consultant.token, '/readiness-intake/submissions/export')
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(next.status).toBe(200);
    expect(parse(next.body as string, { columns: true }).length).toBeGreaterThan(0);
  });
});

describe('erasure', () => {
  it('is refused to a consultant, who lacks the erase permission', async () => {
    const target = await submitAs({ name: 'Dee Keep', email: 'dee@keep.example', company: 'Keep' });
    await app
      .http()
      .delete(`/readiness-intake/submissions/${target.id}`)
      .set('Authorization', `Bearer ${consultant.token}`)
      .expect(403);
    await app
      .http()
      .post('/readiness-intake/erasure')
      .set('Authorization', `Bearer ${consultant.token}`)
      .send({ email: 'dee@keep.example' })
      .expect(403);
    expect(await app.strapi.db.query(SUBMISSION).count({ where: { id: target.id } })).toBe(1);
  });

  it('by id removes the submission and its notes, and audits it without the erased data', async () => {
    const target = await submitAs({ name: 'Eve Erase', email: 'eve@erase.example', company: 'Erase Inc' });
    await app
      .http()
      .post(`/readiness-intake/submissions/${target.id}/notes`)
      .set('Authorization', `Bearer ${consultant.token}`)
      .send({ body: 'Eve asked to be forgotten.' })
      .expect(201);

    await app
      .http()
      .delete(`/readiness-intake/submissions/${target.id}`)
      .set('Authorization', `Bearer ${superToken}`)
      .expect(200);
    expect(await app.strapi.db.query(SUBMISSION).count({ where: { id: target.id } })).toBe(0);
    expect(
      await app.strapi.db.query('plugin::readiness-intake.note').count({ where: { body: 'Eve asked to be forgotten.' } })
    ).toBe(0);

    const trail = await app.strapi.db
      .query('plugin::readiness-intake.audit-entry')
      .findMany({ where: { submissionReference: target.reference } });
    expect(trail.map((entry: { action: string }) => entry.action)).toEqual(['note', 'erasure']);
    expect(JSON.stringify(trail)).not.toMatch(/eve|Erase Inc|forgotten/i);
  });

  it("by id also blanks what earlier audit entries said about the person, such as a rating's reason", async () => {
    const target = await submitAs({ name: 'Gil Gone', email: 'gil@gone.example', company: 'Gone Ltd' });
    await app
      .http()
      .post(`/readiness-intake/submissions/${target.id}/rating`)
      .set('Authorization', `Bearer ${consultant.token}`)
      .send({ band: 'close', reason: 'Gil keeps the runbooks himself' })
      .expect(200);
    await app
      .http()
      .delete(`/readiness-intake/submissions/${target.id}`)
      .set('Authorization', `Bearer ${superToken}`)
      .expect(200);

    const trail = await app.strapi.db
      .query('plugin::readiness-intake.audit-entry')
      .findMany({ where: { submissionReference: target.reference }, orderBy: { id: 'asc' } });
    expect(trail.map((entry: { action: string }) => entry.action)).toEqual(['rating', 'erasure']);
    expect(trail[0]).toMatchObject({ actorName: 'Casey Tester', from: null, to: null });
    expect(JSON.stringify(trail)).not.toMatch(/Gil|runbooks|Gone Ltd/i);
  });

  it('by email removes every submission of that address, and only those', async () => {
    await submitAs({ name: 'Fay One', email: 'fay@twice.example', company: 'Twice' });
    await submitAs({ name: 'Fay Two', email: 'FAY@twice.example', company: 'Twice' });
    const before = await app.strapi.db.query(SUBMISSION).count();
    const response = await app
      .http()
      .post('/readiness-intake/erasure')
      .set('Authorization', `Bearer ${superToken}`)
      .send({ email: ' Fay@Twice.example ' })
      .expect(200);
    expect(response.body.data).toEqual({ erased: 2 });
    expect(await app.strapi.db.query(SUBMISSION).count()).toBe(before - 2);
    expect(await app.strapi.db.query(SUBMISSION).count({ where: { contactEmail: 'fay@twice.example' } })).toBe(0);
  });

  it('refuses a bad email with a 400', async () => {
    await app
      .http()
      .post('/readiness-intake/erasure')
      .set('Authorization', `Bearer ${superToken}`)
      .send({ email: 'not-an-email' })
      .expect(400);
  });
});

describe('the database', () => {
  it('has indexes for the list filters and sort, and for erasure by email', async () => {
    const knex = app.strapi.db.connection;
    const names: string[] =
      app.strapi.db.dialect.client === 'postgres'
        ? (await knex.raw(`select indexname as name from pg_indexes where tablename = 'readiness_submissions'`)).rows.map(
            (r: { name: string }) => r.name
          )
        : (await knex.raw(`select name from sqlite_master where type = 'index' and tbl_name = 'readiness_submissions'`)).map(
            (r: { name: string }) => r.name
          );
    expect(names).toEqual(
      expect.arrayContaining([
        'readiness_submissions_received_at',
        'readiness_submissions_status_received_at',
        'readiness_submissions_band_received_at',
        'readiness_submissions_overall_score',
        'readiness_submissions_contact_email',
        'readiness_submissions_band_status_score',
        'readiness_submissions_score_documentation',
        'readiness_submissions_score_ownership',
        'readiness_submissions_dont_know_count',
        'readiness_submissions_contradiction_count',
      ])
    );
  });
});

describe('the dimension and flag filters', () => {
  type Scored = {
    id: number;
    contactName: string;
    scoreDocumentation: number | null;
    dimensionScores: Array<{ key: string; score: number }>;
  };
  const names = async (query: string, path = '/readiness-intake/submissions') =>
    (await get(consultant.token, `${path}?q=Dimfilter&${query}`).expect(200)).body.results
      .map((r: { contactName: string }) => r.contactName)
      .sort();
  const exported = async (query: string) => {
    const response = await get(consultant.token, `/readiness-intake/submissions/export?q=Dimfilter&${query}`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
    expect(response.status).toBe(200);
    return (parse(response.body as string, { columns: true }) as Array<{ contactName: string }>).map((r) => r.contactName).sort();
  };
  const refusal = async (query: string, path = '/readiness-intake/submissions') =>
    (await get(consultant.token, `${path}?${query}`).expect(400)).body.error;
  const scoreColumns = () => app.strapi.plugin('readiness-intake').service('score-columns');
  let rows: Scored[];

  beforeAll(async () => {
    // Given a strong team, a weak one, one unsure about its architecture docs, and one that contradicts itself
    const best = (overrides: Record<string, unknown>) => ({ answers: { ...answerAll(questionnaire, 'last'), ...overrides } });
    await submitAs({ name: 'Dimfilter Strong', email: 'strong@dim.example', company: 'Dimfilter A' }, 'last');
    await submitAs({ name: 'Dimfilter Weak', email: 'weak@dim.example', company: 'Dimfilter B' }, 'first');
    await submitIntake(app, questionnaire, {
      contact: { name: 'Dimfilter Unsure', email: 'unsure@dim.example', company: 'Dimfilter C' },
      data: best({ documentation_architecture: 'not_sure' }),
    });
    await submitIntake(app, questionnaire, {
      contact: { name: 'Dimfilter Torn', email: 'torn@dim.example', company: 'Dimfilter D' },
      data: best({ documentation_onboarding: 'pairing_with_one_person' }),
    });
    rows = await app.strapi.db.query(SUBMISSION).findMany({
      where: { contactName: { $startsWith: 'Dimfilter' } },
      select: ['id', 'contactName', 'scoreDocumentation', 'dimensionScores'],
    });
  });

  it('stores each dimension score in its own column, as the JSON holds it', () => {
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.scoreDocumentation).toBe(row.dimensionScores.find((d) => d.key === 'documentation')?.score);
    }
  });

  it('keeps submissions scored strictly below the value in the dimension, the equal one out', async () => {
    const unsure = rows.find((row) => row.contactName === 'Dimfilter Unsure')!;
    const score = unsure.scoreDocumentation!;
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(100);
    const below = (value: number) =>
      rows
        .filter((row) => row.scoreDocumentation !== null && row.scoreDocumentation < value)
        .map((row) => row.contactName)
        .sort();

    expect(await names(`dimension=documentation&below=${score}`)).toEqual(below(score));
    expect(await names(`dimension=documentation&below=${score}`)).not.toContain('Dimfilter Unsure');
    expect(await names(`dimension=documentation&below=${score + 1}`)).toContain('Dimfilter Unsure');
    expect(await names('dimension=documentation&below=100')).toEqual(below(100));
    expect(await names('dimension=documentation&below=100')).not.toContain('Dimfilter Strong');
    expect(await names('dimension=documentation&below=0')).toEqual([]);
    expect(await names('dimension=documentation&below=1')).toEqual(['Dimfilter Weak']);
  });

  it('does not match a submission without a score in the dimension', async () => {
    // Given the weak team's hand-off score is missing, as when none of its questions was answered
    const weak = rows.find((row) => row.contactName === 'Dimfilter Weak')!;
    const { scoreHandoff } = await app.strapi.db.query(SUBMISSION).findOne({ where: { id: weak.id }, select: ['scoreHandoff'] });
    expect(scoreHandoff).toBeLessThan(100);
    await app.strapi.db.query(SUBMISSION).update({ where: { id: weak.id }, data: { scoreHandoff: null } });
    try {
      expect(await names('dimension=handoff&below=100')).not.toContain('Dimfilter Weak');
      expect(await names('dimension=specification&below=100')).toContain('Dimfilter Weak');
    } finally {
      await app.strapi.db.query(SUBMISSION).update({ where: { id: weak.id }, data: { scoreHandoff } });
    }
  });

  it('filters by the kind of flag', async () => {
    expect(await names('flag=dont_know')).toEqual(['Dimfilter Unsure']);
    expect(await names('flag=contradiction')).toEqual(['Dimfilter Torn']);
  });

  it('combines with the other filters and the sort', async () => {
    expect(await names('flag=dont_know&band=foundation')).toEqual([]);
    expect(await names('dimension=documentation&below=100&band=foundation')).toEqual(['Dimfilter Weak']);
    expect(await names('dimension=documentation&below=100&flag=contradiction&status=new&sort=overallScore:asc')).toEqual([
      'Dimfilter Torn',
    ]);
    const total = (await get(consultant.token, '/readiness-intake/submissions?flag=contradiction&pageSize=1').expect(200)).body
      .pagination.total;
    expect(total).toBe(1);
  });

  it('applies to the CSV export the same way', async () => {
    expect(await exported('flag=dont_know')).toEqual(['Dimfilter Unsure']);
    expect(await exported('dimension=documentation&below=100')).toEqual(await names('dimension=documentation&below=100'));
    expect(await exported('dimension=documentation&below=1&flag=contradiction')).toEqual([]);
  });

  it.each([
    ['dimension=documentation', 'below'],
    ['below=50', 'dimension'],
    ['dimension=vibes&below=50', 'dimension'],
    ['dimension=documentation&below=101', 'below'],
    ['dimension=documentation&below=-1', 'below'],
    ['dimension=documentation&below=5.5', 'below'],
    ['dimension=documentation&below=1e2', 'below'],
    ['dimension=documentation&below=abc', 'below'],
    ['dimension=documentation&below=', 'below'],
    ['flag=maybe', 'flag'],
    ['flag=', 'flag'],
  ])('refuses ?%s with a 400 naming %s, on the list and the export', async (query, param) => {
    for (const path of ['/readiness-intake/submissions', '/readiness-intake/submissions/export']) {
      const error = await refusal(query, path);
      expect(error.name).toBe('ValidationError');
      expect(error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(param);
      expect(error.message).toContain(param);
    }
  });

  it('fills the columns of submissions stored without them, once, from their JSON', async () => {
    // Given the four submissions' columns are empty, as for rows stored before the columns existed
    const ids = rows.map((row) => row.id);
    const before = await app.strapi.db.query(SUBMISSION).findMany({ where: { id: { $in: ids } }, orderBy: { id: 'asc' } });
    const empty = Object.fromEntries(
      [
        'scoreDocumentation',
        'scoreSpecification',
        'scoreHandoff',
        'scoreScoping',
        'scoreAsync',
        'scoreOwnership',
        'dontKnowCount',
        'contradictionCount',
      ].map((field) => [field, null])
    );
    await app.strapi.db.query(SUBMISSION).updateMany({ where: { id: { $in: ids } }, data: empty });
    expect(await names('flag=dont_know')).toEqual([]);

    // When the backfill runs (as it does at every boot), twice
    expect(await scoreColumns().backfill()).toBe(4);
    expect(await scoreColumns().backfill()).toBe(0);

    // Then the columns hold what they held, and the filters find the rows again
    const after = await app.strapi.db.query(SUBMISSION).findMany({ where: { id: { $in: ids } }, orderBy: { id: 'asc' } });
    const columns = (row: Record<string, unknown>) => Object.fromEntries(Object.keys(empty).map((field) => [field, row[field]]));
    expect(after.map(columns)).toEqual(before.map(columns));
    expect(await names('flag=dont_know')).toEqual(['Dimfilter Unsure']);
  });
});
