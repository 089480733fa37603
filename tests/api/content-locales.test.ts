import { createFullAccessToken, loginSuperAdmin } from '../support/auth';
import { countQueries } from '../support/queries';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let token: string;
let stopped = false;

const auth = () => ({ Authorization: `Bearer ${token}` });
const post = (url: string, data: unknown) => app.http().post(url).set(auth()).send({ data });
const put = (url: string, data: unknown) => app.http().put(url).set(auth()).send({ data });
const graphql = (query: string, variables: Record<string, unknown> = {}) =>
  app.http().post('/graphql').send({ query, variables });

/** An article created in English, then given a version in `locale`; both published unless told otherwise. */
const articleInTwoLocales = async (title: string, translated: { locale: string; title: string; status?: string }) => {
  const created = (await post('/api/articles?status=published', { title }).expect(201)).body.data;
  const status = translated.status ?? 'published';
  const version = (
    await put(`/api/articles/${created.documentId}?locale=${translated.locale}&status=${status}`, {
      title: translated.title,
    }).expect(200)
  ).body.data;
  return { documentId: created.documentId as string, en: created, [translated.locale]: version };
};

beforeAll(async () => {
  app = await startApp({ INTAKE_JOBS_ENABLED: 'false' });
  token = await createFullAccessToken(app.strapi);
});

afterAll(async () => {
  if (!stopped) await app.stop();
});

describe('the content locales', () => {
  it('exist after the start, named, with the first of CONTENT_LOCALES the default', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    const rows = await locales.find();
    expect(rows.map((row: { code: string; name: string }) => [row.code, row.name]).sort()).toEqual([
      ['da', 'Danish (da)'],
      ['en', 'English (en)'],
      ['id', 'Indonesian (id)'],
    ]);
    expect(await locales.getDefaultLocale()).toBe('en');
  });
});

describe('reading per locale', () => {
  it('answers REST lists and slug filters in the locale asked for, the default without one', async () => {
    const { en, da } = await articleInTwoLocales('Read me in two languages', { locale: 'da', title: 'Læs mig på to sprog' });
    const danish = await app.http().get('/api/articles?locale=da').expect(200);
    expect(danish.body.data.map((article: { title: string }) => article.title)).toContain('Læs mig på to sprog');
    expect(danish.body.data.every((article: { locale: string }) => article.locale === 'da')).toBe(true);

    const bySlug = await app.http().get(`/api/articles?filters[slug][$eq]=${da.slug}&locale=da`).expect(200);
    expect(bySlug.body.data).toEqual([expect.objectContaining({ title: 'Læs mig på to sprog', locale: 'da' })]);

    const english = await app.http().get(`/api/articles?filters[slug][$eq]=${en.slug}`).expect(200);
    expect(english.body.data).toEqual([expect.objectContaining({ title: 'Read me in two languages', locale: 'en' })]);
  });

  it('answers GraphQL in the locale asked for, and reads locale: null as the default', async () => {
    await articleInTwoLocales('GraphQL in two languages', { locale: 'id', title: 'GraphQL dalam dua bahasa' });
    const query = 'query ($locale: I18NLocaleCode) { articles(locale: $locale, pagination: { limit: 100 }) { title locale } }';
    const indonesian = await graphql(query, { locale: 'id' }).expect(200);
    expect(indonesian.body.data.articles).toContainEqual({ title: 'GraphQL dalam dua bahasa', locale: 'id' });
    expect(indonesian.body.data.articles.every((article: { locale: string }) => article.locale === 'id')).toBe(true);

    const literal = await graphql('{ articles(locale: "id", pagination: { limit: 100 }) { title } }').expect(200);
    expect(literal.body.data.articles).toContainEqual({ title: 'GraphQL dalam dua bahasa' });

    const asNull = await graphql(query, { locale: null }).expect(200);
    expect(asNull.body.errors).toBeUndefined();
    expect(asNull.body.data.articles).toContainEqual({ title: 'GraphQL in two languages', locale: 'en' });
  });

  it('keeps a draft locale version from anonymous readers, over REST and GraphQL', async () => {
    const { da } = await articleInTwoLocales('Published in English only', {
      locale: 'da',
      title: 'Kun en kladde på dansk',
      status: 'draft',
    });
    for (const query of ['locale=da', 'locale=da&status=draft']) {
      const response = await app.http().get(`/api/articles?${query}&filters[slug][$eq]=${da.slug}`).expect(200);
      expect(response.body.data).toEqual([]);
    }
    const response = await graphql(
      `{ articles(locale: "da", status: DRAFT, filters: { slug: { eq: "${da.slug}" } }) { title } }`
    );
    expect(response.body.data.articles).toEqual([]);
    const withToken = await app.http().get(`/api/articles?locale=da&status=draft&filters[slug][$eq]=${da.slug}`).set(auth());
    expect(withToken.body.data).toEqual([expect.objectContaining({ title: 'Kun en kladde på dansk' })]);
  });

  it('refuses a locale that is not one of the content locales with a 400, over REST and GraphQL', async () => {
    for (const locale of ['xx', 'fr', 'en;drop']) {
      const response = await app
        .http()
        .get(`/api/articles?locale=${encodeURIComponent(locale)}`)
        .expect(400);
      expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    }
    await app.http().get('/api/articles?locale[0]=da&locale[1]=en').expect(400);
    const response = await graphql('query ($locale: I18NLocaleCode) { articles(locale: $locale) { title } }', { locale: 'xx' });
    expect(response.status).toBeLessThan(500);
    expect(response.body.errors?.[0]?.message).toMatch(/locale/i);
  });
});

describe('slugs per locale', () => {
  it('gives the same title the same slug in two locales, and -2 to a second one in the same locale', async () => {
    const first = await articleInTwoLocales('Shared words', { locale: 'da', title: 'Fælles ord' });
    const second = await articleInTwoLocales('Other words', { locale: 'da', title: 'Fælles ord' });
    const english = (await post('/api/articles', { title: 'Fælles ord' }).expect(201)).body.data;
    expect([first.da.slug, second.da.slug, english.slug]).toEqual(['faelles-ord', 'faelles-ord-2', 'faelles-ord']);

    const created = (await post('/api/articles?locale=da', { title: 'Fælles ord' }).expect(201)).body.data;
    expect(created).toMatchObject({ locale: 'da', slug: 'faelles-ord-3' });
  });

  it('has the admin suggest the slug the locale being edited would get', async () => {
    await post('/api/articles?locale=id', { title: 'Saran admin' }).expect(201);
    const adminToken = await loginSuperAdmin(app);
    const suggest = (locale: string) =>
      app
        .http()
        .post(`/content-manager/uid/generate?locale=${locale}`)
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ contentTypeUID: 'api::article.article', field: 'slug', data: { title: 'Saran admin' } })
        .expect(200);
    expect([(await suggest('id')).body.data, (await suggest('en')).body.data]).toEqual(['saran-admin-2', 'saran-admin']);
  });

  it('gives an author’s new locale version a slug from the shared name, and keeps name and company', async () => {
    const author = (await post('/api/authors', { name: 'Mette Holm', company: 'Asyncline', role: 'Developer' }).expect(201)).body
      .data;
    const danish = (await put(`/api/authors/${author.documentId}?locale=da`, { role: 'Udvikler' }).expect(200)).body.data;
    expect(danish).toMatchObject({
      locale: 'da',
      slug: 'mette-holm',
      name: 'Mette Holm',
      company: 'Asyncline',
      role: 'Udvikler',
    });
  });

  it('computes reading time per locale from that locale’s body', async () => {
    const words = (count: number) => [{ type: 'paragraph', children: [{ type: 'text', text: 'ord '.repeat(count).trim() }] }];
    const created = (await post('/api/articles', { title: 'Long in English', body: words(900) }).expect(201)).body.data;
    const danish = (
      await put(`/api/articles/${created.documentId}?locale=da`, { title: 'Kort på dansk', body: words(100) }).expect(200)
    ).body.data;
    expect([created.readingTimeMinutes, danish.readingTimeMinutes]).toEqual([4, 1]);
  });
});

describe('the public read cache', () => {
  it('keeps each locale’s answer to the same path apart, and drops them when a Danish entry changes', async () => {
    const { documentId } = await articleInTwoLocales('Cached in English', { locale: 'da', title: 'Gemt på dansk' });
    const path = `/api/articles?filters[documentId][$eq]=${documentId}`;
    const read = (locale?: string) => app.http().get(locale ? `${path}&locale=${locale}` : path);

    const english = await read().expect(200);
    const danish = await read('da').expect(200);
    expect([english.headers['x-cache'], danish.headers['x-cache']]).toEqual(['MISS', 'MISS']);
    expect(danish.text).not.toBe(english.text);
    expect(danish.body.data[0].title).toBe('Gemt på dansk');
    expect((await read('da').expect(200)).headers['x-cache']).toBe('HIT');

    await put(`/api/articles/${documentId}?locale=da&status=published`, { title: 'Ændret på dansk' }).expect(200);
    const changed = await read('da').expect(200);
    expect(changed.headers['x-cache']).toBe('MISS');
    expect(changed.body.data[0].title).toBe('Ændret på dansk');
    expect((await read().expect(200)).body.data[0].title).toBe('Cached in English');
  });

  it('keeps GraphQL answers apart by locale argument and variable', async () => {
    const query = 'query ($locale: I18NLocaleCode) { articles(locale: $locale, sort: "title") { title } }';
    const english = await graphql(query, { locale: 'en' }).expect(200);
    const danish = await graphql(query, { locale: 'da' }).expect(200);
    expect(danish.text).not.toBe(english.text);
    expect((await graphql(query, { locale: 'da' }).expect(200)).text).toBe(danish.text);
    const literal = await graphql('{ articles(locale: "da", sort: "title") { title } }').expect(200);
    expect(literal.body.data).toEqual(danish.body.data);
  });
});

describe('the query budget in a locale', () => {
  const queriesOf = (url: string) => countQueries(app, (headers) => app.http().get(url).set(headers).expect(200));

  it('lists 25 Danish articles with author and related links in as many SQL statements as 5', async () => {
    const author = (await post('/api/authors', { name: 'Budget Forfatter' }).expect(201)).body.data;
    await put(`/api/authors/${author.documentId}?locale=da`, { role: 'Skribent' }).expect(200);
    const links = [];
    for (let i = 0; i < 3; i += 1) {
      const link = await post('/api/related-links?locale=da', { title: `Link ${i}`, url: `https://example.com/da/${i}` }).expect(
        201
      );
      links.push(link.body.data.documentId);
    }
    for (let i = 0; i < 30; i += 1) {
      const data = { title: `Budget ${i}`, author: author.documentId, relatedLinks: links };
      await post('/api/articles?locale=da&status=published', data).expect(201);
    }
    const list = (size: number) =>
      `/api/articles?locale=da&filters[title][$startsWith]=Budget&populate[author]=true&populate[relatedLinks]=true&pagination[pageSize]=${size}`;
    const five = await queriesOf(list(5));
    const twentyFive = await queriesOf(list(25));
    expect(five).toBeGreaterThan(0);
    expect(twentyFive).toBeLessThanOrEqual(five);
    const page = (await app.http().get(list(25)).expect(200)).body.data;
    expect(page).toHaveLength(25);
    expect(page[0]).toMatchObject({ locale: 'da', author: { role: 'Skribent' } });
    expect(page[0].relatedLinks).toHaveLength(3);
  });
});

describe('a restart', () => {
  it('keeps the locales and their content, creating none twice', async () => {
    const before = await app.strapi.plugin('i18n').service('locales').count();
    const rows = await app.strapi.db.query('api::article.article').count();
    await app.stop({ keepDatabase: true });
    app = await startApp({ INTAKE_JOBS_ENABLED: 'false' }, { database: app.database });
    token = await createFullAccessToken(app.strapi);
    expect(await app.strapi.plugin('i18n').service('locales').count()).toBe(before);
    expect(await app.strapi.db.query('api::article.article').count()).toBe(rows);
    expect((await app.http().get('/api/articles?locale=da').expect(200)).body.data.length).toBeGreaterThan(0);
  });

  it('gives rows written before the types were localized the default locale', async () => {
    // What a database from before this release holds: rows without a locale, and a stored
    // schema in which Article has no i18n option.
    const created = (await post('/api/articles?status=published', { title: 'Written before languages' }).expect(201)).body.data;
    await app.strapi.db
      .query('api::article.article')
      .updateMany({ where: { documentId: created.documentId }, data: { locale: null } });
    const key = { type: 'strapi', name: 'content_types', key: 'schema' } as const;
    const schema = (await app.strapi.store.get(key)) as Record<string, { pluginOptions?: unknown }>;
    schema['api::article.article'].pluginOptions = {};
    await app.strapi.store.set({ ...key, value: schema });

    await app.stop({ keepDatabase: true });
    app = await startApp({ INTAKE_JOBS_ENABLED: 'false' }, { database: app.database });
    const read = await app.http().get(`/api/articles?filters[slug][$eq]=${created.slug}`).expect(200);
    expect(read.body.data).toEqual([expect.objectContaining({ title: 'Written before languages', locale: 'en' })]);
  });

  it('adds a locale newly listed in CONTENT_LOCALES and makes the first the default', async () => {
    await app.stop({ keepDatabase: true });
    app = await startApp({ INTAKE_JOBS_ENABLED: 'false', CONTENT_LOCALES: 'da,en,id,de' }, { database: app.database });
    const locales = app.strapi.plugin('i18n').service('locales');
    expect((await locales.find()).map((row: { code: string }) => row.code).sort()).toEqual(['da', 'de', 'en', 'id']);
    expect(await locales.getDefaultLocale()).toBe('da');
    expect((await app.http().get('/api/articles').expect(200)).body.data[0].locale).toBe('da');
  });

  it('refuses to start with a locale code Strapi does not know', async () => {
    // On a database of its own: a start that fails drops its database.
    await app.stop();
    stopped = true;
    await expect(startApp({ CONTENT_LOCALES: 'en,dk_DK' })).rejects.toThrow(/CONTENT_LOCALES.*"dk_DK"/);
  });
});
