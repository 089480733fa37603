'use strict';
/**
 * npm run bench: boots the compiled app on a fresh SQLite database and measures, side by
 * side in one run, the endpoints below with autocannon. Shared machines are noisy: read the
 * ratios to the /_health row (Strapi's cheapest route) rather than the absolute numbers.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 10) tune each row.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const autocannon = require('autocannon');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const APP_DIR = path.resolve(__dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

const log = (line) => process.stdout.write(`${line}\n`);

const boot = async () => {
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

const main = async () => {
  const { strapi, url, cleanup } = await boot();
  try {
    const questionnaire = await strapi.plugin('readiness-intake').service('questionnaires').getActive();
    const rows = [];
    const row = async (name, options, expectStatus) => {
      const result = await measure(name, options);
      const bad = result.non2xx + result.errors;
      rows.push({
        name,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        bad,
        total: result.requests.total,
      });
      if (bad > 0) log(`  ${bad} responses were not ${expectStatus}`);
    };

    await row("GET /_health (ceiling: Strapi's cheapest route)", { url: `${url}/_health` }, '204');
    await row('GET /api/readiness-intake/questionnaire', { url: `${url}/api/readiness-intake/questionnaire` }, '200');
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

    const ceiling = rows[0].rps;
    log(
      `\nResults (${SECONDS} s a row, ${CONNECTIONS} connections, SQLite, Node ${process.version}, ${os.cpus().length} CPUs)\n`
    );
    log('| endpoint | req/s | p50 ms | p99 ms | vs ceiling | non-2xx |');
    log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${((100 * r.rps) / ceiling).toFixed(1)}% | ${r.bad} |`);
    }
    log(`\nSubmissions stored during the POST row: ${stored}`);
  } finally {
    await cleanup();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
