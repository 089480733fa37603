import { parse } from 'csv-parse/sync';

import { loginConsultant, loginSuperAdmin } from '../support/auth';
import { formTokenLoadedAgo, submitIntake, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';
import { textBody } from '../support/text-body';

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

describe('attribution in the inbox, the CSV export and the stats', () => {
  let consultantToken: string;
  const asConsultant = (path: string) => app.http().get(path).set('Authorization', `Bearer ${consultantToken}`);
  const csvOf = async (path: string): Promise<Record<string, string>[]> => {
    const response = await asConsultant(path).buffer(true).parse(textBody).expect(200);
    return parse(response.body as string, { columns: true });
  };
  const company = (name: string, source: Record<string, unknown> | undefined, pick: 'first' | 'last') =>
    submitIntake(app, questionnaire, { pick, contact: { company: name }, data: source ? { source } : {} });

  beforeAll(async () => {
    consultantToken = (await loginConsultant(app)).token;
    // Given submissions from two articles and two campaigns, in two bands, and one from nowhere
    await company('Attr Ready A', { articleSlug: 'write-it-down', utm: { campaign: 'spring' } }, 'last');
    await company('Attr Ready B', { articleSlug: 'write-it-down', utm: { campaign: 'autumn' } }, 'last');
    await company('Attr Foundation', { articleSlug: 'write-it-down', utm: { campaign: 'spring' } }, 'first');
    await company(
      'Attr Full',
      {
        page: '/articles/tickets-that-finish',
        articleSlug: 'tickets-that-finish',
        cta: 'inline',
        referrer: 'https://news.example.com/item?id=1',
        utm: { source: 'hn', medium: 'social', campaign: 'spring', term: 't', content: 'c' },
      },
      'first'
    );
    await company('Attr Nowhere', undefined, 'last');
  });

  it('filters the inbox by articleSlug and by utmCampaign, alone and together', async () => {
    const companies = async (query: string) =>
      (await asConsultant(`/readiness-intake/submissions?q=Attr&${query}`).expect(200)).body.results
        .map((row: { company: string }) => row.company)
        .sort();

    expect(await companies('articleSlug=write-it-down')).toEqual(['Attr Foundation', 'Attr Ready A', 'Attr Ready B']);
    expect(await companies('utmCampaign=spring')).toEqual(['Attr Foundation', 'Attr Full', 'Attr Ready A']);
    expect(await companies('articleSlug=write-it-down&utmCampaign=spring')).toEqual(['Attr Foundation', 'Attr Ready A']);
    expect(await companies('articleSlug=no-such-article')).toEqual([]);
  });

  it.each([
    ['an empty articleSlug', 'articleSlug='],
    ['a utmCampaign over 300 characters', `utmCampaign=${'x'.repeat(301)}`],
    ['two articleSlug values', 'articleSlug=a&articleSlug=b'],
  ])('refuses %s with a 400 naming it', async (_name, query) => {
    const response = await asConsultant(`/readiness-intake/submissions?${query}`).expect(400);
    const name = query.split('=')[0];
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toEqual([name]);
  });

  it('exports the attribution columns, and the export honours the filters', async () => {
    const rows = await csvOf('/readiness-intake/submissions/export?q=Attr');
    expect(Object.keys(rows[0])).toEqual(
      expect.arrayContaining([
        'source_page',
        'source_articleSlug',
        'source_cta',
        'source_referrer',
        'utm_source',
        'utm_medium',
        'utm_campaign',
      ])
    );
    const full = rows.find((row) => row.company === 'Attr Full')!;
    expect(full).toMatchObject({
      source_page: '/articles/tickets-that-finish',
      source_articleSlug: 'tickets-that-finish',
      source_cta: 'inline',
      source_referrer: 'https://news.example.com/item',
      utm_source: 'hn',
      utm_medium: 'social',
      utm_campaign: 'spring',
    });
    const nowhere = rows.find((row) => row.company === 'Attr Nowhere')!;
    expect([nowhere.source_page, nowhere.source_articleSlug, nowhere.utm_campaign]).toEqual(['', '', '']);

    const filtered = await csvOf('/readiness-intake/submissions/export?articleSlug=write-it-down&utmCampaign=spring');
    expect(filtered.map((row) => row.company).sort()).toEqual(['Attr Foundation', 'Attr Ready A']);
  });

  it('counts byArticle in the stats: submissions per article by band, most first, over the period', async () => {
    // Every submission in this file so far is in the period; the bands are read back from the database
    const stored: Array<{ sourceArticleSlug: string | null; band: 'ready' | 'close' | 'foundation' }> = await app.strapi.db
      .query(SUBMISSION_UID)
      .findMany({ select: ['sourceArticleSlug', 'band'] });
    const expected = new Map<string, { slug: string; count: number; bands: Record<string, number> }>();
    for (const row of stored) {
      if (!row.sourceArticleSlug) continue;
      const entry = expected.get(row.sourceArticleSlug) ?? {
        slug: row.sourceArticleSlug,
        count: 0,
        bands: { ready: 0, close: 0, foundation: 0 },
      };
      entry.count += 1;
      entry.bands[row.band] += 1;
      expected.set(row.sourceArticleSlug, entry);
    }

    const { data } = (await asConsultant('/readiness-intake/stats').expect(200)).body;
    expect(data.byArticle).toEqual([...expected.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug)));
    const writeItDown = data.byArticle.find((entry: { slug: string }) => entry.slug === 'write-it-down');
    expect(writeItDown.count).toBe(3);
    expect(writeItDown.bands.ready + writeItDown.bands.close + writeItDown.bands.foundation).toBe(3);
    expect(writeItDown.bands.foundation).toBeGreaterThanOrEqual(1);

    // A period that starts after every submission has no articles
    const later = await asConsultant(`/readiness-intake/stats?from=${new Date(Date.now() + 3_600_000).toISOString()}`).expect(
      200
    );
    expect(later.body.data.byArticle).toEqual([]);
  });
});
