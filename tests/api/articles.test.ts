import { createFullAccessToken, loginSuperAdmin } from '../support/auth';
import { blocksOfWords } from '../support/content';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let token: string;

const write = () => ({
  post: (url: string, body: unknown) => app.http().post(url).set('Authorization', `Bearer ${token}`).send(body),
  put: (url: string, body: unknown) => app.http().put(url).set('Authorization', `Bearer ${token}`).send(body),
});

const createArticle = async (data: Record<string, unknown>, query = '') => {
  const response = await write().post(`/api/articles${query}`, { data });
  expect(response.status).toBe(201);
  return response.body.data;
};

beforeAll(async () => {
  app = await startApp();
  token = await createFullAccessToken(app.strapi);
});

afterAll(() => app.stop());

describe('slugs', () => {
  it('gives an article created over REST a slugified slug from its title', async () => {
    const article = await createArticle({ title: 'Dublin’s Backend Market: Hiring & Timezones?' });
    expect(article.slug).toBe('dublins-backend-market-hiring-and-timezones');
  });

  it('keeps slugs unique with a numbered suffix, drafts and published versions alike', async () => {
    const first = await createArticle({ title: 'Same Title' }, '?status=published');
    const second = await createArticle({ title: 'Same title' });
    const third = await createArticle({ title: 'same TITLE!' });
    expect([first.slug, second.slug, third.slug]).toEqual(['same-title', 'same-title-2', 'same-title-3']);
  });

  it('transliterates non-ASCII letters and falls back to the type name for a title without any', async () => {
    expect((await createArticle({ title: 'København & Zürich' })).slug).toBe('kobenhavn-and-zurich');
    expect((await createArticle({ title: '🚀🚀' })).slug).toBe('article');
    expect((await createArticle({ title: '🚀' })).slug).toBe('article-2');
  });

  it('leaves a slug the client sends alone', async () => {
    const article = await createArticle({ title: 'Anything', slug: 'my-own-slug' });
    expect(article.slug).toBe('my-own-slug');
  });

  it('refuses a client slug another article already uses, and stores nothing', async () => {
    await createArticle({ title: 'Taken', slug: 'taken-slug' });
    const before = await app.strapi.db.query('api::article.article').count();
    const response = await write().post('/api/articles', { data: { title: 'Other', slug: 'taken-slug' } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(await app.strapi.db.query('api::article.article').count()).toBe(before);
  });

  it('refuses a client slug with characters a URL segment cannot carry', async () => {
    const response = await write().post('/api/articles', { data: { title: 'Spaces', slug: 'has spaces/and slashes' } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });

  it('keeps the slug when the title changes, so published URLs stay put', async () => {
    const article = await createArticle({ title: 'Original title' });
    const response = await write().put(`/api/articles/${article.documentId}`, { data: { title: 'A new title' } });
    expect(response.status).toBe(200);
    expect(response.body.data.slug).toBe('original-title');
  });

  it('regenerates the slug from the current title when a client clears it', async () => {
    const article = await createArticle({ title: 'Cleared slug' });
    const response = await write().put(`/api/articles/${article.documentId}`, { data: { slug: '' } });
    expect(response.status).toBe(200);
    expect(response.body.data.slug).toBe('cleared-slug');
  });

  it('generates slugs for authors, and on the Document Service path', async () => {
    const response = await write().post('/api/authors', { data: { name: 'Ayu Kartikasari', role: 'Backend Developer' } });
    expect(response.status).toBe(201);
    expect(response.body.data.slug).toBe('ayu-kartikasari');

    const viaDocuments = await app.strapi.documents('api::author.author').create({ data: { name: 'Ayu Kartikasari' } });
    expect(viaDocuments.slug).toBe('ayu-kartikasari-2');
  });

  it('generates the slug on the GraphQL write path', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({ query: 'mutation { createArticle(data: { title: "Written over GraphQL" }) { slug } }' });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.createArticle.slug).toBe('written-over-graphql');
  });

  it('generates the slug on the admin path, and the admin suggests the same slug', async () => {
    const adminToken = await loginSuperAdmin(app);
    const suggestion = await app
      .http()
      .post('/content-manager/uid/generate')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ contentTypeUID: 'api::article.article', field: 'slug', data: { title: 'Same Title' } });
    expect(suggestion.status).toBe(200);
    expect(suggestion.body.data).toBe('same-title-4');

    const created = await app
      .http()
      .post('/content-manager/collection-types/api::article.article')
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ title: 'Made in the admin' });
    expect(created.status).toBe(201);
    expect(created.body.data.slug).toBe('made-in-the-admin');
  });
});

describe('reading time', () => {
  it('is computed from the body on create, in whole minutes rounded up', async () => {
    expect((await createArticle({ title: 'Short', body: blocksOfWords(10) })).readingTimeMinutes).toBe(1);
    expect((await createArticle({ title: 'Longer', body: blocksOfWords(1000) })).readingTimeMinutes).toBe(5);
    expect((await createArticle({ title: 'Empty' })).readingTimeMinutes).toBe(0);
  });

  it('follows the body on update and ignores a reading time the client sends', async () => {
    const article = await createArticle({ title: 'Growing', body: blocksOfWords(100) });
    const grown = await write().put(`/api/articles/${article.documentId}`, { data: { body: blocksOfWords(700) } });
    expect(grown.body.data.readingTimeMinutes).toBe(4);

    const forged = await write().put(`/api/articles/${article.documentId}`, { data: { readingTimeMinutes: 99 } });
    expect(forged.status).toBe(200);
    expect(forged.body.data.readingTimeMinutes).toBe(4);

    const forgedOnCreate = await createArticle({ title: 'Forged', body: blocksOfWords(20), readingTimeMinutes: 42 });
    expect(forgedOnCreate.readingTimeMinutes).toBe(1);
  });
});

describe('readiness dimensions', () => {
  it('are written and read as an array of keys, in the canonical order, without repeats', async () => {
    const article = await createArticle({ title: 'Dimensions', readinessDimensions: ['async', 'documentation', 'async'] });
    expect(article.readinessDimensions).toEqual(['documentation', 'async']);
  });

  it.each([
    ['an unknown key', ['documentation', 'vibes']],
    ['a bare string', 'documentation'],
    ['an object', { documentation: true }],
    ['a number inside', ['handoff', 3]],
  ])('refuse %s with a 400 naming the field, storing nothing', async (_, readinessDimensions) => {
    const before = await app.strapi.db.query('api::article.article').count();
    const response = await write().post('/api/articles', { data: { title: 'Bad dimensions', readinessDimensions } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.details.errors[0].path).toEqual(['readinessDimensions']);
    expect(await app.strapi.db.query('api::article.article').count()).toBe(before);
  });
});

describe('public reads', () => {
  let published: { documentId: string; slug: string };

  beforeAll(async () => {
    const author = (
      await write().post('/api/authors', { data: { name: 'Jonas Vinther', role: 'Principal', company: 'Asyncline' } })
    ).body.data;
    const target = await createArticle({ title: 'The target piece', summary: 'Read me next' }, '?status=published');
    const internal = (await write().post('/api/related-links', { data: { title: 'Internal card', article: target.documentId } }))
      .body.data;
    const external = (
      await write().post('/api/related-links', { data: { title: 'IANA zones', url: 'https://www.iana.org/time-zones' } })
    ).body.data;
    published = await createArticle(
      {
        title: 'Hiring in Wellington',
        summary: 'The local market',
        market: 'Wellington',
        body: blocksOfWords(300),
        author: author.documentId,
        relatedLinks: [external.documentId, internal.documentId],
        callToAction: { heading: 'Ready?', buttonLabel: 'Take the check', sellingPoints: [{ text: 'Written reply' }] },
        seo: { metaTitle: 'Hiring in Wellington' },
      },
      '?status=published'
    );
    await createArticle({ title: 'Only a draft' }, '?status=draft');
  });

  it('finds a published article by slug over REST, with its author and ordered related links', async () => {
    const response = await app
      .http()
      .get('/api/articles')
      .query(
        `filters[slug][$eq]=${published.slug}&populate[author]=true&populate[relatedLinks][populate][article][fields][0]=slug&populate[callToAction][populate]=*`
      )
      .expect(200);
    expect(response.body.data).toHaveLength(1);
    const [article] = response.body.data;
    expect(article).toMatchObject({
      title: 'Hiring in Wellington',
      market: 'Wellington',
      readingTimeMinutes: 2,
      author: { name: 'Jonas Vinther', slug: 'jonas-vinther' },
      callToAction: { heading: 'Ready?', buttonTarget: '/contact', sellingPoints: [{ text: 'Written reply' }] },
    });
    expect(article.relatedLinks.map((link: { title: string }) => link.title)).toEqual(['IANA zones', 'Internal card']);
    expect(article.relatedLinks[1].article.slug).toBe('the-target-piece');
    expect(article.relatedLinks[0].url).toBe('https://www.iana.org/time-zones');
  });

  it('finds the same article by slug over GraphQL', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .send({
        query: `query BySlug($slug: String!) {
          articles(filters: { slug: { eq: $slug } }) {
            title slug readingTimeMinutes readinessDimensions
            author { name role company }
            relatedLinks { title url article { slug } }
          }
        }`,
        variables: { slug: published.slug },
      })
      .expect(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles).toEqual([
      expect.objectContaining({
        title: 'Hiring in Wellington',
        author: { name: 'Jonas Vinther', role: 'Principal', company: 'Asyncline' },
        relatedLinks: [
          { title: 'IANA zones', url: 'https://www.iana.org/time-zones', article: null },
          { title: 'Internal card', url: null, article: { slug: 'the-target-piece' } },
        ],
      }),
    ]);
  });

  it('never shows drafts to the public', async () => {
    const response = await app.http().get('/api/articles').query('filters[slug][$eq]=only-a-draft').expect(200);
    expect(response.body.data).toEqual([]);
    const asDraft = await app.http().get('/api/articles').query('filters[slug][$eq]=only-a-draft&status=draft').expect(200);
    expect(asDraft.body.data).toEqual([]);
  });

  it('lists an author with their articles', async () => {
    const response = await app
      .http()
      .get('/api/authors')
      .query('filters[slug][$eq]=jonas-vinther&populate[articles][fields][0]=slug')
      .expect(200);
    expect(response.body.data[0].articles.map((a: { slug: string }) => a.slug)).toEqual([published.slug]);
  });
});

describe('drafts over GraphQL', () => {
  it('are not readable anonymously, whatever status the query asks for', async () => {
    const response = await app
      .http()
      .post('/graphql')
      .send({ query: '{ articles(status: DRAFT, filters: { slug: { eq: "only-a-draft" } }) { slug } }' })
      .expect(200);
    expect(response.body.data.articles).toEqual([]);
  });

  it('stay readable with a token, which is how a preview build reads them', async () => {
    const response = await app
      .http()
      .get('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .query('filters[slug][$eq]=only-a-draft&status=draft')
      .expect(200);
    expect(response.body.data.map((a: { slug: string }) => a.slug)).toEqual(['only-a-draft']);
  });
});
