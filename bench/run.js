'use strict';
/**
 * npm run bench: boots the compiled app on a fresh SQLite database, seeds 50 authors and
 * 500 articles, and measures side by side in one run, with autocannon: a bare Node server
 * sending the list's bytes from memory (the ceiling), the public reads uncached and cached,
 * the intake, and the admin list over 100,000 submissions. Shared machines are noisy: read
 * the ratios to the ceiling rather than the absolute numbers.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 10) tune each row.
 */
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const autocannon = require('autocannon');
const { SMTPServer } = require('smtp-server');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const APP_DIR = path.resolve(__dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const log = (line) => process.stdout.write(`${line}\n`);

/** A loopback SMTP server that hands each received message's text to `onMail`. */
const startSmtp = async (onMail) => {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        onMail(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.server.address().port, close: () => new Promise((resolve) => server.close(resolve)) };
};

const boot = async (smtpPort) => {
  const filename = path.join(os.tmpdir(), `strapi-bench-${process.pid}.db`);
  Object.assign(process.env, {
    NODE_ENV: 'production',
    ...Object.fromEntries(
      ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET'].map((k) => [
        k,
        process.env[k] ?? `bench-${k}`,
      ])
    ),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: filename,
    SEED_DEMO: 'false',
    INTAKE_RATE_LIMIT_MAX: '1000000000',
    INTAKE_MIN_FILL_SECONDS: '0',
    // Email goes to the bench's own SMTP server; nobody is notified until the email row
    // turns notifications on, so the other rows measure the submission alone.
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    INTAKE_NOTIFY_TO: '',
  });
  log('Compiling the app...');
  await compileStrapi({ appDir: APP_DIR });
  log('Booting Strapi on a fresh SQLite database...');
  const strapi = createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), serveAdminPanel: false });
  strapi.log.level = 'error';
  await strapi.load();
  strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const cleanup = async () => {
    await strapi.destroy();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${filename}${suffix}`, { force: true });
  };
  return { strapi, url: `http://127.0.0.1:${strapi.server.httpServer.address().port}`, cleanup };
};

const measure = (title, options) =>
  new Promise((resolve, reject) => {
    log(`\n${title}`);
    const instance = autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options }, (error, result) =>
      error ? reject(error) : resolve(result)
    );
    autocannon.track(instance, { renderProgressBar: true, renderResultsTable: false, renderLatencyTable: false });
  });

const submissionBody = (strapi, questionnaire) => {
  const token = strapi
    .plugin('readiness-intake')
    .service('form-tokens')
    .issue(questionnaire.version, Date.now() - 10_000);
  const answers = {};
  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions) {
      if (question.kind === 'single') answers[question.key] = question.options[question.options.length - 1].value;
    }
  }
  return JSON.stringify({
    data: {
      questionnaireVersion: questionnaire.version,
      formToken: token,
      contact: {
        name: 'Bench Mark',
        email: 'bench@example.com',
        company: 'Bench Co',
        role: 'CTO',
        teamSize: 5,
        timezone: 'Europe/Copenhagen',
      },
      answers,
      backlog: 'A payments integration.',
      consent: true,
    },
  });
};

/** Inserts `total` submissions straight into the table, in batches, as a busy year would leave it. */
const seedSubmissions = async (strapi, total) => {
  const knex = strapi.db.connection;
  const bands = ['ready', 'close', 'foundation'];
  const statuses = ['new', 'in_review', 'contacted', 'engaged', 'not_a_fit', 'spam'];
  const dimensionScores = JSON.stringify(
    ['documentation', 'specification', 'handoff', 'scoping', 'async', 'ownership'].map((key, i) => ({
      key,
      score: (i * 17) % 100,
    }))
  );
  const start = Date.now() - total * 60_000;
  const BATCH = 500;
  for (let offset = 0; offset < total; offset += BATCH) {
    const rows = [];
    for (let i = offset; i < Math.min(total, offset + BATCH); i += 1) {
      const at = new Date(start + i * 60_000);
      rows.push({
        document_id: `bench${i.toString(36).padStart(19, '0')}`,
        reference: `RI-B${i.toString(36).toUpperCase().padStart(9, '0')}`,
        received_at: at,
        status: statuses[i % statuses.length],
        spam: false,
        contact_name: `Person ${i}`,
        contact_email: `person${i}@company${i % 997}.example`,
        company: `Company ${i % 997}`,
        role: 'CTO',
        team_size: (i % 40) + 1,
        timezone: 'Europe/Copenhagen',
        consent_given_at: at,
        questionnaire_version: 1,
        answers: '{}',
        overall_score: (i * 37) % 101,
        band: bands[i % 3],
        gated: false,
        dimension_scores: dimensionScores,
        flags: '[]',
        flag_count: i % 4,
        created_at: at,
        updated_at: at,
        published_at: at,
      });
    }
    await knex('readiness_submissions').insert(rows);
    if ((offset + BATCH) % 10_000 === 0) process.stdout.write(`\r  seeded ${offset + BATCH} / ${total}`);
  }
  process.stdout.write('\n');
};

/** A function from a quantile (0 to 1) to that percentile of `times`, in ms with one decimal. */
const percentiles = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
};

/** Latency percentiles of `count` sequential requests: p95 is not among autocannon's. */
const sequentialLatency = async (url, headers, count) => {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (i % 20 === 0) process.stdout.write(`\r  ${i} / ${count}`);
  }
  process.stdout.write(`\r  ${count} / ${count}\n`);
  const at = percentiles(times);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
};

const adminToken = async (strapi, url) => {
  const credentials = { email: 'bench@example.com', password: 'Bench-admin-2026' };
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    ...credentials,
    firstname: 'Bench',
    lastname: 'Admin',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  return (await response.json()).data.token;
};

/**
 * Time from sending a submission to its notification arriving at the SMTP server, with the
 * delivery job at its default interval: `count` submissions one after the other.
 */
const emailLatency = async (strapi, url, questionnaire, mailbox, count) => {
  await strapi
    .plugin('readiness-intake')
    .service('settings')
    .update({ notifyRecipients: ['consultant@bench.example'] });
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const started = process.hrtime.bigint();
    const response = await fetch(`${url}/api/readiness-intake/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: submissionBody(strapi, questionnaire),
    });
    const { data } = await response.json();
    await mailbox.waitFor(data.reference);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    process.stdout.write(`\r  ${i + 1} / ${count}`);
  }
  process.stdout.write('\n');
  await strapi.plugin('readiness-intake').service('settings').update({ notifyRecipients: [] });
  const at = percentiles(times);
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
};

/** The messages the bench's SMTP server received, and a wait for the one naming a reference. */
const createMailbox = () => {
  const received = [];
  const waiting = new Map();
  return {
    deliver(text) {
      received.push(text);
      for (const [reference, resolve] of waiting) {
        if (text.includes(reference)) {
          waiting.delete(reference);
          resolve();
        }
      }
    },
    waitFor(reference) {
      if (received.some((text) => text.includes(reference))) return Promise.resolve();
      return new Promise((resolve, reject) => {
        waiting.set(reference, resolve);
        setTimeout(() => reject(new Error(`no email for ${reference} after 60 s`)), 60_000).unref();
      });
    },
  };
};

/** 50 authors and 500 published articles, each with its author and three related links, through the Document Service. */
const seedContent = async (strapi) => {
  const authors = [];
  for (let i = 0; i < 50; i += 1) {
    const author = await strapi.documents('api::author.author').create({
      data: { name: `Author ${i}`, role: 'Engineer', company: `Company ${i}`, bio: `Writes about backends, ${i}.` },
    });
    authors.push(author.documentId);
  }
  const links = [];
  for (let i = 0; i < 30; i += 1) {
    const link = await strapi
      .documents('api::related-link.related-link')
      .create({ data: { title: `Further reading ${i}`, url: `https://example.com/reading/${i}` } });
    links.push(link.documentId);
  }
  for (let i = 0; i < 500; i += 1) {
    await strapi.documents('api::article.article').create({
      data: {
        title: `Hiring backend contractors, part ${i}`,
        summary: `What a startup should write down before bringing in help, part ${i}.`,
        author: authors[i % authors.length],
        relatedLinks: [links[i % 30], links[(i + 7) % 30], links[(i + 13) % 30]],
        readinessDimensions: ['documentation', 'handoff'],
      },
      status: 'published',
    });
    if ((i + 1) % 50 === 0) process.stdout.write(`\r  seeded ${i + 1} / 500 articles`);
  }
  process.stdout.write('\n');
};

/** A bare Node server sending `body` from memory with the same headers: what serving those bytes can cost at best. */
const startCeiling = async (body, contentType) => {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
};

/** The embed script's size as served, raw and gzipped (the 25 KB budget is on the gzipped size). */
const embedScriptSize = async (url) => {
  const response = await fetch(`${url}/api/readiness-intake/embed.js`);
  if (response.status !== 200) throw new Error(`embed.js answered ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { raw: bytes.length, gzipped: zlib.gzipSync(bytes, { level: 9 }).length };
};

const main = async () => {
  const mailbox = createMailbox();
  const smtp = await startSmtp((text) => mailbox.deliver(text));
  const { strapi, url, cleanup } = await boot(smtp.port);
  const cache = require(path.join(APP_DIR, 'dist/src/cache')).getResponseCache(strapi);
  try {
    log('\nSeeding 50 authors and 500 published articles...');
    await seedContent(strapi);
    const questionnaire = await strapi.plugin('readiness-intake').service('questionnaires').getActive();
    const rows = [];
    const row = async (name, options, expectStatus) => {
      const result = await measure(name, options);
      const bad = result.non2xx + result.errors;
      rows.push({ name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bad });
      if (bad > 0) log(`  ${bad} responses were not ${expectStatus}`);
    };

    const list = `${url}/api/articles?populate[author]=true&populate[relatedLinks]=true&pagination[pageSize]=25&sort=publishedAt:desc`;
    const bySlug = `${url}/api/articles?filters[slug][$eq]=hiring-backend-contractors-part-250&populate[author]=true&populate[relatedLinks]=true`;
    const graphqlList = JSON.stringify({
      query:
        '{ articles(pagination: { pageSize: 25 }, sort: "publishedAt:desc") { documentId title slug summary readingTimeMinutes author { name role } relatedLinks { title url } } }',
    });
    const graphqlBySlug = JSON.stringify({
      query:
        'query($slug: String!) { articles(filters: { slug: { eq: $slug } }) { title slug summary author { name } relatedLinks { title url } } }',
      variables: { slug: 'hiring-backend-contractors-part-250' },
    });
    const graphql = (body) => ({ url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body });

    const sample = await fetch(list);
    const ceiling = await startCeiling(Buffer.from(await sample.arrayBuffer()), sample.headers.get('content-type'));
    try {
      await row('Bare Node server sending the list-of-25 bytes from memory (ceiling)', { url: ceiling.url }, '200');
    } finally {
      await ceiling.close();
    }
    await row("GET /_health (Strapi's cheapest route)", { url: `${url}/_health` }, '204');

    cache.setEnabled(false);
    await row('GET /api/articles, 25 with author and related links, uncached', { url: list }, '200');
    await row('GET /api/articles by slug, uncached', { url: bySlug }, '200');
    await row('POST /graphql, 25 articles with author and related links, uncached', graphql(graphqlList), '200');
    cache.setEnabled(true);
    await row('GET /api/articles, 25 with author and related links, cached', { url: list }, '200');
    await row('GET /api/articles by slug, cached', { url: bySlug }, '200');
    await row('POST /graphql, 25 articles with author and related links, cached', graphql(graphqlList), '200');
    await row('POST /graphql, article by slug, cached', graphql(graphqlBySlug), '200');

    await row('GET /api/readiness-intake/questionnaire', { url: `${url}/api/readiness-intake/questionnaire` }, '200');
    // A size, not a rate: one request, the bytes as served and as gzip would send them.
    const embed = await embedScriptSize(url);
    const before = await strapi.db.query('plugin::readiness-intake.submission').count();
    await row(
      'POST /api/readiness-intake/submissions',
      {
        url: `${url}/api/readiness-intake/submissions`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: submissionBody(strapi, questionnaire),
      },
      '201'
    );
    const stored = (await strapi.db.query('plugin::readiness-intake.submission').count()) - before;

    const EMAILS = Number(process.env.BENCH_EMAILS ?? 50);
    log(
      `\nSubmission to delivered notification email, ${EMAILS} one after the other (job interval ${
        process.env.INTAKE_OUTBOX_INTERVAL_S ?? 10
      } s)`
    );
    const email = await emailLatency(strapi, url, questionnaire, mailbox, EMAILS);

    const LIST_SIZE = Number(process.env.BENCH_SUBMISSIONS ?? 100_000);
    log(`\nSeeding ${LIST_SIZE} submissions for the admin list...`);
    await seedSubmissions(strapi, LIST_SIZE);
    const token = await adminToken(strapi, url);
    const auth = { authorization: `Bearer ${token}` };
    const listUrls = {
      [`GET /readiness-intake/submissions (${LIST_SIZE} stored, newest 25)`]: `${url}/readiness-intake/submissions?page=1&pageSize=25`,
      [`GET /readiness-intake/submissions (${LIST_SIZE} stored, band + status + sort by score)`]: `${url}/readiness-intake/submissions?band=ready&status=new&sort=overallScore:desc&page=3&pageSize=25`,
      [`GET /readiness-intake/submissions (${LIST_SIZE} stored, search q=company 42)`]: `${url}/readiness-intake/submissions?q=${encodeURIComponent('Company 42')}&pageSize=25`,
      [`GET /readiness-intake/stats (${LIST_SIZE} stored, all time)`]: `${url}/readiness-intake/stats`,
    };
    for (const [name, listUrl] of Object.entries(listUrls)) await row(name, { url: listUrl, headers: auth }, '200');

    log('\nSequential latency of the admin list and stats (200 requests each, one at a time)');
    const sequential = [];
    for (const [name, listUrl] of Object.entries(listUrls)) {
      log(name);
      sequential.push({ name, ...(await sequentialLatency(listUrl, auth, 200)) });
    }

    const top = rows[0].rps;
    log(
      `\nResults (${SECONDS} s a row, ${CONNECTIONS} connections, SQLite, Node ${process.version}, ${os.cpus().length} CPUs)\n`
    );
    log('| endpoint | req/s | p50 ms | p99 ms | vs ceiling | non-2xx |');
    log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${((100 * r.rps) / top).toFixed(1)}% | ${r.bad} |`);
    }
    const cached = rows.find(
      (r) => r.name.startsWith('GET /api/articles, 25') && r.name.endsWith('cached') && !r.name.endsWith('uncached')
    );
    const uncached = rows.find((r) => r.name.startsWith('GET /api/articles, 25') && r.name.endsWith('uncached'));
    log(
      `\nCached list of 25: ${((100 * cached.rps) / top).toFixed(1)}% of the ceiling, ${(cached.rps / uncached.rps).toFixed(1)}x the uncached list.`
    );
    log(`Submissions stored during the POST row: ${stored}`);
    log('\n| submission → notification at the SMTP server | p50 ms | p95 ms | max ms |');
    log('|---|---:|---:|---:|');
    log(`| ${EMAILS} sequential submissions | ${email.p50} | ${email.p95} | ${email.max} |`);
    log('\n| GET /api/readiness-intake/embed.js | raw bytes | gzip -9 bytes | budget |');
    log('|---|---:|---:|---:|');
    log(`| the embeddable form's script | ${embed.raw} | ${embed.gzipped} | ${25 * 1024} |`);
    log('\n| admin list and stats, sequential | p50 ms | p95 ms | p99 ms |');
    log('|---|---:|---:|---:|');
    for (const entry of sequential) log(`| ${entry.name} | ${entry.p50} | ${entry.p95} | ${entry.p99} |`);
  } finally {
    await cleanup();
    await smtp.close();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
