import { createFullAccessToken, loginSuperAdmin } from '../support/auth';
import { countQueries } from '../support/queries';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let token: string;
let adminToken: string;
let author: { documentId: string };
let article: { documentId: string; slug: string };

const LIST = '/api/articles?populate[author]=true&populate[relatedLinks]=true&sort=title';
const GRAPHQL_QUERY = '{ articles(sort: "title") { title slug author { name } } }';

const write = () => ({
  post: (url: string, body: unknown) => app.http().post(url).set('Authorization', `Bearer ${token}`).send(body),
  put: (url: string, body: unknown) => app.http().put(url).set('Authorization', `Bearer ${token}`).send(body),
});
const read = (url = LIST) => app.http().get(url);
const titles = async (url = LIST) => (await read(url).expect(200)).body.data.map((entry: { title: string }) => entry.title);
/** Reads twice so the second answer comes from the cache, and checks it did. */
const warm = async (url = LIST) => {
  await read(url).expect(200);
  expect((await read(url).expect(200)).headers['x-cache']).toBe('HIT');
};

beforeAll(async () => {
  app = await startApp({ INTAKE_JOBS_ENABLED: 'false', CACHE_MAX_AGE_S: '5', CACHE_S_MAXAGE_S: '30' });
  token = await createFullAccessToken(app.strapi);
  adminToken = await loginSuperAdmin(app);
  author = (
    await write()
      .post('/api/authors', { data: { name: 'Ada Byrne' } })
      .expect(201)
  ).body.data;
  article = (
    await write()
      .post('/api/articles?status=published', { data: { title: 'Alpha', author: author.documentId } })
      .expect(201)
  ).body.data;
});

afterAll(() => app.stop());

describe('the public read cache', () => {
  it('answers a repeated anonymous read with the same bytes, an ETag and Cache-Control', async () => {
    const first = await read().expect(200);
    const second = await read().expect(200);
    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['MISS', 'HIT']);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(second.headers['cache-control']).toBe('public, max-age=5, s-maxage=30');
    expect(second.headers['content-type']).toMatch(/application\/json/);
  });

  it("gives a hit the miss's security headers, and CORS headers for the caller's origin", async () => {
    const url = '/api/articles?fields[0]=title&sort=slug';
    const miss = await read(url).set('Origin', 'https://www.asyncline.test').expect(200);
    const hit = await read(url).set('Origin', 'https://other.example').expect(200);
    expect([miss.headers['x-cache'], hit.headers['x-cache']]).toEqual(['MISS', 'HIT']);
    for (const name of ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'strict-transport-security']) {
      expect([name, hit.headers[name]]).toEqual([name, miss.headers[name]]);
      expect(hit.headers[name]).toBeTruthy();
    }
    expect(hit.headers['access-control-allow-origin']).toBe('https://other.example');
  });

  it('answers If-None-Match with a 304 and no body', async () => {
    const { etag } = (await read().expect(200)).headers;
    const response = await read().set('If-None-Match', etag).expect(304);
    expect(response.text).toBe('');
    await read().set('If-None-Match', '"something-else"').expect(200);
  });

  it('shares an entry between the same parameters in another order', async () => {
    await read('/api/articles?sort=title&fields[0]=title').expect(200);
    expect((await read('/api/articles?fields[0]=title&sort=title')).headers['x-cache']).toBe('HIT');
  });

  it('never serves or stores a request made with a token', async () => {
    await warm();
    const response = await app.http().get(LIST).set('Authorization', `Bearer ${token}`).expect(200);
    expect(response.headers['x-cache']).toBeUndefined();
  });

  it('leaves errors, the intake form and writes alone', async () => {
    const missing = await read('/api/articles/does-not-exist').expect(404);
    expect(missing.headers['x-cache']).toBeUndefined();
    const form = await read('/api/readiness-intake/questionnaire').expect(200);
    expect(form.headers['x-cache']).toBeUndefined();
  });

  it('caches GraphQL queries, GET or POST, and never mutations', async () => {
    const post = () => app.http().post('/graphql').send({ query: GRAPHQL_QUERY });
    await post().expect(200);
    const hit = await post().expect(200);
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(hit.body.data.articles[0]).toMatchObject({ title: 'Alpha', author: { name: 'Ada Byrne' } });
    const viaGet = () => app.http().get('/graphql').query({ query: GRAPHQL_QUERY }).set('apollo-require-preflight', 'true');
    await viaGet().expect(200);
    expect((await viaGet().expect(200)).headers['x-cache']).toBe('HIT');

    const mutation = await app
      .http()
      .post('/graphql')
      .send({ query: 'mutation { createAuthor(data: { name: "Nobody" }) { name } }' })
      .expect(200);
    expect(mutation.headers['x-cache']).toBeUndefined();
  });
});

describe('invalidation', () => {
  it('follows a REST write', async () => {
    await warm();
    await write()
      .put(`/api/articles/${article.documentId}?status=published`, { data: { title: 'Alpha (REST)' } })
      .expect(200);
    expect(await titles()).toContain('Alpha (REST)');
  });

  it('follows a GraphQL write', async () => {
    await warm();
    await app
      .http()
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({
        query: `mutation { updateArticle(documentId: "${article.documentId}", status: PUBLISHED, data: { title: "Alpha (GraphQL)" }) { title } }`,
      })
      .expect(200);
    expect(await titles()).toContain('Alpha (GraphQL)');
  });

  it('follows a Document Service write, and publish and unpublish', async () => {
    await warm();
    await app.strapi.documents('api::article.article').update({
      documentId: article.documentId,
      data: { title: 'Alpha (Document Service)' } as never,
      status: 'published',
    });
    expect(await titles()).toContain('Alpha (Document Service)');

    await warm();
    await app.strapi.documents('api::article.article').unpublish({ documentId: article.documentId });
    expect(await titles()).not.toContain('Alpha (Document Service)');
    await warm();
    await app.strapi.documents('api::article.article').publish({ documentId: article.documentId });
    expect(await titles()).toContain('Alpha (Document Service)');
  });

  it('follows an edit in the admin', async () => {
    await warm();
    const path = `/content-manager/collection-types/api::article.article/${article.documentId}`;
    await app.http().put(path).set('Authorization', `Bearer ${adminToken}`).send({ title: 'Alpha (admin)' }).expect(200);
    await app.http().post(`${path}/actions/publish`).set('Authorization', `Bearer ${adminToken}`).send({}).expect(200);
    expect(await titles()).toContain('Alpha (admin)');
  });

  it('follows a related entry: an author renamed shows on their articles', async () => {
    await warm();
    await write()
      .put(`/api/authors/${author.documentId}`, { data: { name: 'Ada Byrne-Okafor' } })
      .expect(200);
    const response = await read().expect(200);
    expect(response.body.data.find((entry: { documentId: string }) => entry.documentId === article.documentId).author.name).toBe(
      'Ada Byrne-Okafor'
    );
  });

  it("follows a change to the Public role's permissions, which a hit would otherwise skip", async () => {
    await warm();
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permission = await app.strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action: 'api::article.article.find', role: role.id } });
    await app.strapi.db.query('plugin::users-permissions.permission').delete({ where: { id: permission.id } });
    try {
      await read().expect(403);
    } finally {
      await app.strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action: 'api::article.article.find', role: role.id } });
    }
    await read().expect(200);
  });
});

describe('the query budget', () => {
  const queriesOf = (url: string) => countQueries(app, (headers) => read(url).set(headers).expect(200));

  beforeAll(async () => {
    const links = [];
    for (let i = 0; i < 3; i += 1) {
      links.push(
        (await write().post('/api/related-links', { data: { title: `Link ${i}`, url: `https://example.com/${i}` } })).body.data
          .documentId
      );
    }
    for (let i = 0; i < 60; i += 1) {
      await write()
        .post('/api/articles?status=published', {
          data: { title: `Budget ${String(i).padStart(2, '0')}`, author: author.documentId, relatedLinks: links },
        })
        .expect(201);
    }
  });

  it('lists 50 articles with author and related links in as many SQL statements as 5', async () => {
    // Both first reads, so both misses: the SQL is the uncached read's.
    const list = (size: number) => `/api/articles?populate[author]=true&populate[relatedLinks]=true&pagination[pageSize]=${size}`;
    const five = await queriesOf(list(5));
    const fifty = await queriesOf(list(50));
    expect(fifty).toBeLessThanOrEqual(five);
    expect(five).toBeGreaterThan(0);
  });

  it('lists 50 articles over GraphQL with author and related links in as many SQL statements as 5', async () => {
    // Each size its own document, so both are misses; the relation fields load in batches.
    const list = (size: number) =>
      `{ articles(pagination: { pageSize: ${size} }, sort: "title", filters: { title: { startsWith: "Budget" } }) { title author { name } relatedLinks { title url } } }`;
    const queriesOfGraphql = (query: string) =>
      countQueries(app, (headers) => app.http().post('/graphql').set(headers).send({ query }).expect(200));
    const five = await queriesOfGraphql(list(5));
    const fifty = await queriesOfGraphql(list(50));
    expect(fifty).toBeLessThanOrEqual(five);
    expect(five).toBeGreaterThan(0);
    const { articles } = (
      await app
        .http()
        .post('/graphql')
        .send({ query: list(50) })
        .expect(200)
    ).body.data;
    expect(articles).toHaveLength(50);
    for (const entry of articles) {
      expect(entry.author.name).toMatch(/^Ada Byrne/);
      expect(entry.relatedLinks.map((link: { title: string }) => link.title)).toEqual(['Link 0', 'Link 1', 'Link 2']);
    }
  });

  it('costs no SQL at all for a repeated cached read', async () => {
    const url = '/api/articles?populate[author]=true&populate[relatedLinks]=true&pagination[pageSize]=25&sort=title';
    // The first read is a miss, and the count sees what it costs.
    expect(await queriesOf(url)).toBeGreaterThan(0);
    expect(await queriesOf(url)).toBe(0);
  });
});
