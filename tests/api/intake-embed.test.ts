import fs from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

import { PLUGIN_DIR } from '../support/builds';
import { startApp, type TestApp } from '../support/strapi';

const EMBED = '/api/readiness-intake/embed.js';
const BUILT_SCRIPT = path.join(PLUGIN_DIR, 'dist/embed/readiness-intake-form.js');
const ALLOWED = 'https://site.example';
const REFUSED = 'https://elsewhere.example';

let app: TestApp;

beforeAll(async () => {
  app = await startApp({ CORS_ORIGINS: ` ${ALLOWED}, https://other.example ` });
});

afterAll(() => app?.stop());

describe('GET /api/readiness-intake/embed.js', () => {
  it('serves the built script of the plugin as JavaScript, cacheable, with a strong ETag, to anyone', async () => {
    // Given the plugin's build, when anyone asks for the script without a session or a token
    const response = await app
      .http()
      .get(EMBED)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

    // Then it gets the bytes the build wrote into dist/embed, as JavaScript
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Buffer.compare(response.body as Buffer, fs.readFileSync(BUILT_SCRIPT))).toBe(0);
    expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    expect((response.body as Buffer).toString('utf8')).toContain('readiness-intake-form');
  });

  it('is at most 25 KB gzipped', async () => {
    const response = await app
      .http()
      .get(EMBED)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const gzipped = gzipSync(response.body as Buffer, { level: 9 }).length;
    expect(gzipped).toBeGreaterThan(1000);
    expect(gzipped).toBeLessThanOrEqual(25 * 1024);
  });

  it('answers 304 without a body to an If-None-Match naming its ETag, and 200 to another', async () => {
    const { etag } = (await app.http().get(EMBED).expect(200)).headers;

    const revalidated = await app.http().get(EMBED).set('If-None-Match', etag).expect(304);
    expect(revalidated.headers.etag).toBe(etag);
    expect(revalidated.text ?? '').toBe('');
    await app.http().get(EMBED).set('If-None-Match', `"stale", W/${etag}`).expect(304);
    await app.http().get(EMBED).set('If-None-Match', '"stale"').expect(200);
  });
});

describe('the /contact page', () => {
  it('is served from public/contact/index.html and loads the embed from this Strapi', async () => {
    for (const url of ['/contact/', '/contact']) {
      const response = await app.http().get(url).redirects(1).expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<readiness-intake-form');
      expect(response.text).toContain('src="/api/readiness-intake/embed.js"');
    }
  });
});

describe('CORS for the content API, from CORS_ORIGINS', () => {
  it('lets an allowed origin preflight a submission with its Idempotency-Key and read Retry-After', async () => {
    const response = await app
      .http()
      .options('/api/readiness-intake/submissions')
      .set('Origin', ALLOWED)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,idempotency-key');
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(response.headers['access-control-allow-methods']).toContain('POST');
    expect(response.headers['access-control-allow-headers'].toLowerCase()).toContain('idempotency-key');
  });

  it('answers an allowed origin with its origin and the headers it may read', async () => {
    const response = await app.http().get('/api/readiness-intake/questionnaire').set('Origin', ALLOWED).expect(200);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(response.headers['access-control-expose-headers']).toContain('Retry-After');
    const other = await app.http().get('/api/articles').set('Origin', 'https://other.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBe('https://other.example');
  });

  it('gives a refused origin no Access-Control-Allow-Origin, on the preflight or the request', async () => {
    const preflight = await app
      .http()
      .options('/api/readiness-intake/submissions')
      .set('Origin', REFUSED)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,idempotency-key');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
    expect(preflight.status).toBeLessThan(500);

    const request = await app.http().get('/api/readiness-intake/questionnaire').set('Origin', REFUSED).expect(200);
    expect(request.headers['access-control-allow-origin']).toBeUndefined();
  });
});
