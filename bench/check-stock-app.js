'use strict';
/**
 * node bench/check-stock-app.js [sqlite|postgres]: proves the bench's stock app
 * (bench/stock-app.js) boots on a fresh database and answers the bench's REST and GraphQL
 * list reads. PostgreSQL uses the DATABASE_HOST/PORT/USERNAME/PASSWORD settings and a
 * database of its own, dropped afterwards. Exits non-zero on any failure.
 */
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');

const { writeStockApp } = require('./stock-app');

const REPO_DIR = path.resolve(__dirname, '..');
const client = process.argv[2] ?? process.env.DATABASE_CLIENT ?? 'sqlite';

const REST_LIST = '/api/articles?populate[author]=true&populate[relatedLinks]=true&pagination[pageSize]=25&sort=publishedAt:desc';
const GRAPHQL_LIST = `{ articles(pagination: { pageSize: 25 }, sort: "publishedAt:desc") {
  documentId title slug summary readingTimeMinutes author { name role } relatedLinks { title url } } }`;

const postgresAdmin = async (sql) => {
  const { Client } = require('pg');
  const admin = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: 'postgres',
  });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
};

const main = async () => {
  const dir = path.join(REPO_DIR, '.tmp', `stock-check-${process.pid}`);
  await writeStockApp(dir);
  const databaseName = `stock_check_${process.pid}`;
  if (client === 'postgres') {
    await postgresAdmin(`CREATE DATABASE "${databaseName}"`);
    Object.assign(process.env, { DATABASE_CLIENT: 'postgres', DATABASE_NAME: databaseName });
  } else {
    Object.assign(process.env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: '.tmp/data.db' });
  }
  process.env.NODE_ENV = 'production';

  const { createStrapi } = require('@strapi/strapi');
  const started = Date.now();
  const strapi = createStrapi({ appDir: dir, distDir: dir, serveAdminPanel: false });
  strapi.log.level = 'warn';
  try {
    await strapi.load();
    strapi.server.mount();
    await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    console.log(`stock app on ${client}: listening after ${Date.now() - started} ms`);

    const author = await strapi.documents('api::author.author').create({ data: { name: 'Ada', role: 'CTO' } });
    const link = await strapi
      .documents('api::related-link.related-link')
      .create({ data: { title: 'Elsewhere', url: 'https://example.com/x' } });
    await strapi.documents('api::article.article').create({
      data: {
        title: 'Stock article',
        slug: 'stock-article',
        summary: 'A summary',
        readingTimeMinutes: 3,
        readinessDimensions: ['security'],
        author: author.documentId,
        relatedLinks: [link.documentId],
      },
      status: 'published',
    });

    const base = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;
    const rest = await fetch(base + REST_LIST);
    assert.equal(rest.status, 200, await rest.clone().text());
    const restBody = await rest.json();
    assert.equal(restBody.data.length, 1);
    assert.equal(restBody.data[0].title, 'Stock article');
    assert.equal(restBody.data[0].author.name, 'Ada');
    assert.equal(restBody.data[0].relatedLinks[0].url, 'https://example.com/x');
    assert.equal(restBody.data[0].locale, 'en');

    const graphql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: GRAPHQL_LIST }),
    });
    const graphqlBody = await graphql.json();
    assert.equal(graphql.status, 200, JSON.stringify(graphqlBody));
    assert.equal(graphqlBody.errors, undefined, JSON.stringify(graphqlBody.errors));
    assert.deepEqual(graphqlBody.data.articles[0], {
      documentId: restBody.data[0].documentId,
      title: 'Stock article',
      slug: 'stock-article',
      summary: 'A summary',
      readingTimeMinutes: 3,
      author: { name: 'Ada', role: 'CTO' },
      relatedLinks: [{ title: 'Elsewhere', url: 'https://example.com/x' }],
    });

    const locales = (await strapi.plugin('i18n').service('locales').find()).map((locale) => locale.code).sort();
    const expected = (process.env.CONTENT_LOCALES ?? 'en,da,id')
      .split(',')
      .map((code) => code.trim())
      .sort();
    assert.deepEqual(locales, expected);
    console.log(`stock app on ${client}: REST and GraphQL lists answer; locales ${locales.join(', ')}`);
  } finally {
    await strapi.destroy();
    if (client === 'postgres') await postgresAdmin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
