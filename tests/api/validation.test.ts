import { createFullAccessToken } from '../support/auth';
import { demoOffices } from '../../src/seed/demo-offices';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let token: string;

const send = (method: 'post' | 'put', url: string, data: unknown) =>
  app.http()[method](url).set('Authorization', `Bearer ${token}`).send({ data });

const count = (uid: 'api::related-link.related-link' | 'api::office.office') => app.strapi.db.query(uid).count();

const expectValidationError = (response: { status: number; body: any }, paths: string[][]) => {
  expect(response.status).toBe(400);
  expect(response.body.data).toBeNull();
  expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
  expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toEqual(paths);
};

let articleId: string;

beforeAll(async () => {
  app = await startApp();
  token = await createFullAccessToken(app.strapi);
  articleId = (await send('post', '/api/articles', { title: 'A target' })).body.data.documentId;
});

afterAll(() => app.stop());

describe('a related link has exactly one of article or URL', () => {
  it('accepts an article alone and a URL alone', async () => {
    expect((await send('post', '/api/related-links', { title: 'Internal', article: articleId })).status).toBe(201);
    expect((await send('post', '/api/related-links', { title: 'External', url: 'https://example.com/a' })).status).toBe(201);
    expect((await send('post', '/api/related-links', { title: 'Connect form', article: { connect: [articleId] } })).status).toBe(
      201
    );
  });

  it.each([
    ['neither', { title: 'Nothing' }],
    ['an empty URL and no article', { title: 'Blank', url: '' }],
    ['a null article and a null URL', { title: 'Nulls', article: null, url: null }],
    ['both', { title: 'Both', url: 'https://example.com/b', article: 'ARTICLE' }],
    ['both, the article as a connect', { title: 'Both', url: 'https://example.com/b', article: { connect: ['ARTICLE'] } }],
  ])('refuses %s with a 400 naming both fields, storing nothing', async (_, data) => {
    const before = await count('api::related-link.related-link');
    const body = JSON.parse(JSON.stringify(data).replace('ARTICLE', articleId));
    expectValidationError(await send('post', '/api/related-links', body), [['article'], ['url']]);
    expect(await count('api::related-link.related-link')).toBe(before);
  });

  it('refuses an update that would leave a link with neither, and one that would leave both', async () => {
    const external = (await send('post', '/api/related-links', { title: 'External', url: 'https://example.com/c' })).body.data;
    expectValidationError(await send('put', `/api/related-links/${external.documentId}`, { url: null }), [['article'], ['url']]);
    expectValidationError(await send('put', `/api/related-links/${external.documentId}`, { article: articleId }), [
      ['article'],
      ['url'],
    ]);

    const internal = (await send('post', '/api/related-links', { title: 'Internal', article: articleId })).body.data;
    expectValidationError(
      await send('put', `/api/related-links/${internal.documentId}`, { article: { disconnect: [articleId] } }),
      [['article'], ['url']]
    );

    const stored = await app.strapi.db.query('api::related-link.related-link').findOne({
      where: { documentId: external.documentId },
      populate: ['article'],
    });
    expect(stored).toMatchObject({ url: 'https://example.com/c', article: null });
  });

  it('allows switching a link from a URL to an article in one update', async () => {
    const link = (await send('post', '/api/related-links', { title: 'Switch', url: 'https://example.com/d' })).body.data;
    const response = await send('put', `/api/related-links/${link.documentId}?populate=article`, {
      url: null,
      article: articleId,
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ url: null, article: { documentId: articleId } });
  });

  it('refuses a URL that is not http(s)', async () => {
    const response = await send('post', '/api/related-links', { title: 'Script', url: 'javascript:alert(1)' });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });

  it('refuses an article that does not exist', async () => {
    const response = await send('post', '/api/related-links', { title: 'Ghost', article: 'no-such-document-id' });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });
});

describe('an office', () => {
  const copenhagen = demoOffices[0];

  it('is stored with a real IANA timezone', async () => {
    const response = await send('post', '/api/offices', copenhagen);
    expect(response.status).toBe(201);
    expect(response.body.data.timezone).toBe('Europe/Copenhagen');
    // SQLite returns "09:00:00.000", PostgreSQL "09:00:00": Strapi passes the column through.
    expect(response.body.data.officeHoursStart).toMatch(/^09:00:00(\.000)?$/);
  });

  it.each(['Europe/Atlantis', 'EUROPE/ATLANTIS', '+01:00', 'CET ', '', 42, null])(
    'refuses the timezone %p with a 400, storing nothing',
    async (timezone) => {
      const before = await count('api::office.office');
      expectValidationError(await send('post', '/api/offices', { ...copenhagen, timezone }), [['timezone']]);
      expect(await count('api::office.office')).toBe(before);
    }
  );

  it('stores a zone name in the tz database spelling whatever case it was sent in', async () => {
    const response = await send('post', '/api/offices', { ...copenhagen, timezone: 'europe/copenhagen' });
    expect(response.status).toBe(201);
    expect(response.body.data.timezone).toBe('Europe/Copenhagen');
  });

  it('refuses a timezone change to an unknown zone on update', async () => {
    const office = (await send('post', '/api/offices', { ...copenhagen, name: 'Magelang', timezone: 'Asia/Jakarta' })).body.data;
    expectValidationError(await send('put', `/api/offices/${office.documentId}`, { timezone: 'Asia/Magelang' }), [['timezone']]);
    const stored = await app.strapi.db.query('api::office.office').findOne({ where: { documentId: office.documentId } });
    expect(stored.timezone).toBe('Asia/Jakarta');
  });

  it('refuses office hours that end before they start, on create and on update', async () => {
    expectValidationError(await send('post', '/api/offices', { ...copenhagen, officeHoursStart: '18:00:00.000' }), [
      ['officeHoursStart'],
      ['officeHoursEnd'],
    ]);
    const office = (await send('post', '/api/offices', copenhagen)).body.data;
    expectValidationError(await send('put', `/api/offices/${office.documentId}`, { officeHoursEnd: '08:30:00.000' }), [
      ['officeHoursStart'],
      ['officeHoursEnd'],
    ]);
  });

  it('refuses a country code that is not two capital letters', async () => {
    const response = await send('post', '/api/offices', { ...copenhagen, countryCode: 'dnk' });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
  });
});
