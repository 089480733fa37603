import { loginSuperAdmin } from '../support/auth';
import { formTokenLoadedAgo, submitIntake, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let questionnaire: PublicQuestionnaire;
let superToken: string;

const SUBMISSION_UID = 'plugin::readiness-intake.submission';
const countSubmissions = () => app.strapi.db.query(SUBMISSION_UID).count();
const withSource = (source: unknown) =>
  validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10), { source });
const admin = (path: string) => app.http().get(path).set('Authorization', `Bearer ${superToken}`);

beforeAll(async () => {
  app = await startApp({ INTAKE_RATE_LIMIT_MAX: '10000' });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  superToken = await loginSuperAdmin(app);
});

afterAll(() => app.stop());

describe('data.source on POST /api/readiness-intake/submissions', () => {
  it('is stored normalised, the referrer without its query string, and returned by the admin API', async () => {
    // Given a submission sent from an article, with a referrer carrying a query string and a fragment
    const stored = await submitIntake(app, questionnaire, {
      data: {
        source: {
          page: '/articles/wellington-hiring',
          articleSlug: 'wellington-hiring',
          cta: 'article-footer',
          referrer: 'https://www.google.com/search?q=async+contractors#top',
          utm: { source: 'newsletter', medium: 'email', campaign: 'q3-founders', term: '', content: 'hero' },
        },
        sendReport: false,
      },
    });

    // Then the attribution is stored, with the columns the inbox filters on
    const source = {
      page: '/articles/wellington-hiring',
      articleSlug: 'wellington-hiring',
      cta: 'article-footer',
      referrer: 'https://www.google.com/search',
      utm: { source: 'newsletter', medium: 'email', campaign: 'q3-founders', content: 'hero' },
    };
    expect(stored).toMatchObject({
      source,
      sourceArticleSlug: 'wellington-hiring',
      sourceUtmCampaign: 'q3-founders',
      reportRequested: false,
    });

    // And the admin API returns it
    const detail = await admin(`/readiness-intake/submissions/${stored.id}`).expect(200);
    expect(detail.body.data).toMatchObject({ source, sourceArticleSlug: 'wellington-hiring', sourceUtmCampaign: 'q3-founders' });
  });

  it('stores values of the full 300 characters on every database', async () => {
    const long = 'a'.repeat(300);
    const stored = await submitIntake(app, questionnaire, { data: { source: { articleSlug: long, utm: { campaign: long } } } });
    expect(stored).toMatchObject({ sourceArticleSlug: long, sourceUtmCampaign: long });
  });

  it('is optional: without it nothing is stored for it', async () => {
    const stored = await submitIntake(app, questionnaire);
    expect(stored).toMatchObject({ source: null, sourceArticleSlug: null, sourceUtmCampaign: null, reportRequested: false });
  });

  it.each([
    ['an unknown key', 'data.source', { page: '/contact', gclid: 'abc' }, /gclid/],
    ['an unknown key in utm', 'data.source.utm', { utm: { foo: 'bar' } }, /foo/],
    ['a value over 300 characters', 'data.source.articleSlug', { articleSlug: 'x'.repeat(301) }, /300/],
    ['a utm value over 300 characters', 'data.source.utm.campaign', { utm: { campaign: 'x'.repeat(301) } }, /300/],
    ['a number', 'data.source.cta', { cta: 7 }, /string/],
    ['an object for page', 'data.source.page', { page: { path: '/' } }, /string/],
    ['a referrer that is not a URL', 'data.source.referrer', { referrer: 'google' }, /http/],
    ['a javascript: referrer', 'data.source.referrer', { referrer: 'javascript:alert(1)' }, /http/],
    ['a page that is not a path', 'data.source.page', { page: 'https://example.com/contact' }, /path/],
    ['a NUL in a value', 'data.source.utm.source', { utm: { source: 'news\u0000letter' } }, /NUL/],
    ['source as a string', 'data.source', '/articles/x', /object/],
  ])('given %s, answers 400 naming %s and stores nothing', async (_name, path, source, message) => {
    // Given how many submissions are stored
    const before = await countSubmissions();

    // When a submission carries the bad source
    const response = await app.http().post('/api/readiness-intake/submissions').send(withSource(source));

    // Then it is a 400 in Strapi's shape naming the path, and nothing is stored
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    const errors: Array<{ path: string[]; message: string }> = response.body.error.details.errors;
    expect(errors.map((error) => error.path.join('.'))).toEqual([path]);
    expect(errors[0].message).toMatch(message);
    expect(await countSubmissions()).toBe(before);
  });

  it('refuses a sendReport that is not a boolean, naming it', async () => {
    const body = validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10), { sendReport: 'yes' });
    const response = await app.http().post('/api/readiness-intake/submissions').send(body).expect(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toEqual([
      'data.sendReport',
    ]);
  });
});
