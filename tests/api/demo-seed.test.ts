import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;

const DEMO_ADMIN = { email: 'demo@example.com', password: 'Asyncline-demo-2026' };

beforeAll(async () => {
  // SEED_ADMIN_* are left unset: the documented defaults must work.
  delete process.env.SEED_ADMIN_EMAIL;
  delete process.env.SEED_ADMIN_PASSWORD;
  app = await startApp({ SEED_DEMO: 'true' });
});

afterAll(() => app.stop());

describe('the demo seed on an empty database', () => {
  it('publishes at least six articles, each with an author, related links, a call to action and a reading time', async () => {
    const response = await app
      .http()
      .get('/api/articles')
      .query(
        'populate[author]=true&populate[relatedLinks][populate][article][fields][0]=slug&populate[callToAction][populate]=*&populate[seo]=true'
      )
      .expect(200);
    expect(response.body.meta.pagination.total).toBeGreaterThanOrEqual(6);
    for (const article of response.body.data) {
      expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(article.author.name).toBeTruthy();
      expect(article.relatedLinks.length).toBeGreaterThanOrEqual(2);
      expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(2);
      expect(article.callToAction).toMatchObject({ buttonTarget: '/contact' });
      expect(article.callToAction.sellingPoints.length).toBeGreaterThanOrEqual(2);
      expect(article.readinessDimensions.length).toBeGreaterThanOrEqual(1);
      expect(article.seo.metaTitle.length).toBeLessThanOrEqual(70);
      for (const link of article.relatedLinks) {
        expect(Boolean(link.article) !== Boolean(link.url)).toBe(true);
      }
    }
    const markets = response.body.data.map((article: { market: string | null }) => article.market);
    expect(markets).toEqual(expect.arrayContaining(['Wellington', 'Melbourne', 'Austin', 'Dublin']));
  });

  it('creates two authors and the firm’s two offices with their timezones', async () => {
    const authors = await app.http().get('/api/authors').expect(200);
    expect(authors.body.data).toHaveLength(2);

    const offices = await app.http().get('/api/offices').query('sort=displayOrder').expect(200);
    expect(offices.body.data).toEqual([
      expect.objectContaining({
        name: 'Copenhagen',
        streetAddress: '1 Carlsberg Gate',
        postalCode: '1260',
        city: 'København',
        country: 'Denmark',
        countryCode: 'DK',
        timezone: 'Europe/Copenhagen',
      }),
      expect.objectContaining({
        name: 'Magelang',
        streetAddress: '12 Jalan Bligo',
        postalCode: '56485',
        city: 'Magelang',
        country: 'Indonesia',
        countryCode: 'ID',
        timezone: 'Asia/Jakarta',
      }),
    ]);
  });

  it('fills in the site settings', async () => {
    const response = await app.http().get('/api/site-setting').query('populate[defaultCallToAction][populate]=*').expect(200);
    expect(response.body.data).toMatchObject({ companyName: 'Asyncline', contactPath: '/contact' });
    expect(response.body.data.defaultCallToAction.heading).toBeTruthy();
  });

  it.each([
    ['da', 'Backend-udvikler', 'Er jeres backlog klar til en asynkron freelancer?'],
    ['id', 'Pengembang Backend', 'Apakah backlog Anda siap untuk kontraktor asinkron?'],
  ])('publishes articles in %s with their author, cards and settings in that language', async (locale, role, ctaHeading) => {
    const response = await app
      .http()
      .get('/api/articles')
      .query(`locale=${locale}&populate[author]=true&populate[relatedLinks][populate][article][fields][0]=locale`)
      .expect(200);
    expect(response.body.data.length).toBeGreaterThanOrEqual(2);
    for (const article of response.body.data) {
      expect(article).toMatchObject({ locale, slug: expect.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/) });
      expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(1);
      expect(article.readinessDimensions.length).toBeGreaterThanOrEqual(1);
      expect(article.author.locale).toBe(locale);
      expect(article.relatedLinks.length).toBeGreaterThanOrEqual(2);
      for (const link of article.relatedLinks) {
        expect(link.locale).toBe(locale);
        if (link.article) expect(link.article.locale).toBe(locale);
      }
    }
    const roles = (await app.http().get(`/api/authors?locale=${locale}`).expect(200)).body.data.map(
      (a: { role: string }) => a.role
    );
    expect(roles).toContain(role);
    const settings = await app.http().get(`/api/site-setting?locale=${locale}&populate[defaultCallToAction]=true`).expect(200);
    expect(settings.body.data).toMatchObject({ locale, companyName: 'Asyncline', defaultCallToAction: { heading: ctaHeading } });
  });

  it('creates a super admin one can log in with, using the documented defaults', async () => {
    const response = await app.http().post('/admin/login').send(DEMO_ADMIN).expect(200);
    expect(response.body.data.user.email).toBe(DEMO_ADMIN.email);
    const roles = await app.http().get('/admin/users/me').set('Authorization', `Bearer ${response.body.data.token}`).expect(200);
    expect(roles.body.data.roles.map((role: { code: string }) => role.code)).toContain('strapi-super-admin');
  });

  it('fills the intake inbox through the plugin, some triaged, rated and noted by the demo admin', async () => {
    const token = (await app.http().post('/admin/login').send(DEMO_ADMIN).expect(200)).body.data.token;
    const list = await app
      .http()
      .get('/readiness-intake/submissions?pageSize=100')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const bands = new Set(list.body.results.map((row: { band: string }) => row.band));
    expect(list.body.pagination.total).toBeGreaterThanOrEqual(8);
    expect([...bands].sort()).toEqual(['close', 'foundation', 'ready']);
    expect(list.body.results.some((row: { status: string }) => row.status !== 'new')).toBe(true);

    const stats = await app.http().get('/readiness-intake/stats').set('Authorization', `Bearer ${token}`).expect(200);
    expect(stats.body.data.agreement.rated).toBeGreaterThan(0);
    expect(stats.body.data.medianHoursToFirstTriage).not.toBeNull();
    expect(await app.strapi.db.query('plugin::readiness-intake.audit-entry').count()).toBeGreaterThan(0);
  });

  it('does not seed again when the app restarts on the same database', async () => {
    const before = await app.strapi.db.query('api::article.article').count();
    await app.stop({ keepDatabase: true });
    app = await startApp({ SEED_DEMO: 'true' }, { database: app.database });
    expect(await app.strapi.db.query('api::article.article').count()).toBe(before);
    expect(await app.strapi.db.query('admin::user').count()).toBe(1);
    expect(await app.strapi.db.query('api::office.office').count()).toBe(2);
    expect(await app.strapi.db.query('plugin::readiness-intake.submission').count()).toBe(8);
  });
});
