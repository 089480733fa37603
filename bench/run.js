'use strict';
/**
 * npm run bench: measures the app side by side in one run, every server and every load
 * generator in a process of its own (the spec forbids a load generator inside a server's
 * process, where the two share one CPU and one event loop):
 *
 * - bench/instance.js: one Strapi instance (ours, or the stock app for comparison);
 * - bench/seed.js: seeds a database, then exits;
 * - bench/load.js: autocannon, or sequential requests for p95, one child per row;
 * - bench/ceiling.js: a bare Node server sending the cached list's bytes from memory.
 *
 * BENCH_TOPOLOGY=single (default): one instance on SQLite. BENCH_TOPOLOGY=cluster: two
 * instances on a fresh PostgreSQL database and the bench's own Redis, as in production.
 * Shared machines are noisy: read the ratios within one run rather than absolute numbers.
 * Settings (and their defaults) are listed in .env.example under "Bench".
 */
const { fork, spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const { SMTPServer } = require('smtp-server');

const ROOT = path.resolve(__dirname, '..');
const TOPOLOGY = process.env.BENCH_TOPOLOGY || 'single';
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS || 100_000);
const EMAILS = Number(process.env.BENCH_EMAILS || 10);
/** Requests of each sequential (p50/p95/p99) row. */
const SEQUENTIAL = 200;
const BOOTS = 3;
const DATABASE = {
  host: process.env.BENCH_DATABASE_HOST || '127.0.0.1',
  port: Number(process.env.BENCH_DATABASE_PORT || 5432),
  user: process.env.BENCH_DATABASE_USERNAME || 'postgres',
  password: process.env.BENCH_DATABASE_PASSWORD || '',
};
const ADMIN = { email: 'bench@example.com', password: 'Bench-admin-2026' };

if (!['single', 'cluster'].includes(TOPOLOGY)) throw new Error(`BENCH_TOPOLOGY must be single or cluster; got "${TOPOLOGY}"`);
const CLUSTER = TOPOLOGY === 'cluster';
const INSTANCES = CLUSTER ? 2 : 1;

const output = [];
/** A line of the report: printed, and kept for the report file. */
const log = (line = '') => {
  output.push(line);
  process.stdout.write(`${line}\n`);
};

// --- Cleanup: everything the bench starts or creates is undone, on success, failure and Ctrl-C.

const undo = [];
let cleaning;
const cleanup = () => {
  cleaning ??= (async () => {
    for (const step of undo.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`cleanup: ${error.message}`);
      }
    }
  })();
  return cleaning;
};
process.on('unhandledRejection', (error) => {
  console.error(error);
  cleanup().finally(() => process.exit(1));
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the bench's processes and dropping its databases...`);
    cleanup().finally(() => process.exit(130));
  });
}

/** Resolves with the process's exit code, after at most `ms` (then SIGKILL). */
const stopProcess = (child, ms = 20_000) => {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
};

/** Forks a bench script; resolves with its first IPC message (rejects if it exits first). */
const forkChild = (script, args, { env = {}, cwd = ROOT } = {}) => {
  const child = fork(path.join(__dirname, script), args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () => stopProcess(child);
  undo.push(stop);
  const first = new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code, signal) => reject(new Error(`${script} exited (${signal ?? code}) before answering`)));
  });
  // A child that never answers (seed.js) must not count as an unhandled rejection.
  first.catch(() => {});
  return { child, first, stop };
};

/** VmRSS of a process from /proc, in MB (null where there is no /proc). */
const rssMb = (pid) => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
    return kb / 1024;
  } catch {
    return null;
  }
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// --- Compile

/** The newest modification time among the files `compileStrapi` compiles (see tsconfig.json's include and exclude). */
const newestSource = () => {
  let newest = 0;
  const skip = new Set([path.join(ROOT, 'src/admin'), path.join(ROOT, 'src/plugins')]);
  const walk = (entry) => {
    if (skip.has(entry) || !fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry)) walk(path.join(entry, name));
    } else if (/\.(ts|js|json)$/.test(entry) && !/\.test\./.test(entry)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const entry of ['src', 'config', 'database', 'types', 'tsconfig.json']) walk(path.join(ROOT, entry));
  return newest;
};

/** Compiles the app as the tests do (tests/support/compile.ts), unless `dist/` is newer than every source. */
const compileIfStale = async () => {
  const built = path.join(ROOT, 'dist/src/index.js');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newestSource()) return;
  const started = Date.now();
  process.stdout.write('Compiling the app (dist/ is older than its sources)... ');
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: ROOT });
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (!fs.existsSync(path.join(ROOT, 'src/plugins/readiness-intake/dist/server'))) {
    throw new Error('The plugin is not built: run `npm run build:plugin` first.');
  }
};

// --- Databases and Redis

/** A fresh database per app: a SQLite file, or a PostgreSQL database the bench creates and drops. */
const createDatabase = async (label) => {
  if (!CLUSTER) {
    const filename = path.join(os.tmpdir(), `strapi-bench-${process.pid}-${label}.db`);
    undo.push(() => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${filename}${suffix}`, { force: true });
    });
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
      knex: { client: 'better-sqlite3', connection: { filename }, useNullAsDefault: true },
    };
  }
  const { Client } = require('pg');
  const name = `bench_${process.pid}_${Date.now()}_${label}`;
  const admin = new Client({ ...DATABASE, database: 'postgres' });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  undo.push(async () => {
    const client = new Client({ ...DATABASE, database: 'postgres' });
    await client.connect();
    // FORCE: a process the bench lost track of must not keep the database alive.
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });
  return {
    name,
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: DATABASE.host,
      DATABASE_PORT: String(DATABASE.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: DATABASE.user,
      DATABASE_PASSWORD: DATABASE.password,
      DATABASE_SCHEMA: 'public',
    },
    knex: { client: 'pg', connection: { ...DATABASE, database: name } },
  };
};

/** A redis-server of the bench's own on a free loopback port, without persistence: not the machine's shared one. */
const startRedis = async () => {
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    cwd: os.tmpdir(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  undo.push(() => stopProcess(redis, 5000));
  await new Promise((resolve, reject) => {
    let seen = '';
    redis.stdout.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes('Ready to accept connections')) resolve();
    });
    redis.once('error', reject);
    redis.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${seen.slice(-500)}`)));
  });
  redis.stdout.resume();
  return { url: `redis://127.0.0.1:${port}`, pid: redis.pid };
};

// --- Instances

const SECRETS = ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET'];

/** What every instance and seed process of this run shares, whichever app it runs. */
const baseEnv = (smtpPort) => ({
  NODE_ENV: 'production',
  ...Object.fromEntries(SECRETS.map((key) => [key, process.env[key] || `bench-${key}`])),
  SEED_DEMO: 'false',
  // The bench sends every submission from one address, far faster than a person.
  INTAKE_RATE_LIMIT_MAX: '1000000000',
  INTAKE_MIN_FILL_SECONDS: '0',
  // Email goes to the bench's own SMTP server; nobody is notified until the email row
  // turns notifications on, so the other rows measure the submission alone.
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  INTAKE_NOTIFY_TO: '',
  REDIS_URL: '',
  CACHE_ENABLED: 'true',
});

const instances = [];

/** Starts `count` instances of an app, one after the other, and waits for each to listen. */
const startInstances = async (label, count, { env, cwd, appDir }) => {
  const started = [];
  for (let i = 0; i < count; i += 1) {
    const name = count > 1 ? `${label} #${i + 1}` : label;
    process.stdout.write(`  starting ${name}... `);
    const { child, first, stop } = forkChild('instance.js', [], {
      cwd,
      env: { ...env, INSTANCE_PORT: '0', ...(appDir ? { BENCH_APP_DIR: appDir } : {}) },
    });
    const { port, bootMs } = await first;
    const instance = { name, child, pid: child.pid, url: `http://127.0.0.1:${port}`, bootMs, rssBoot: rssMb(child.pid), stop };
    process.stdout.write(`listening on ${port} after ${bootMs} ms\n`);
    started.push(instance);
    instances.push(instance);
  }
  return started;
};

const stopInstances = async (list) => {
  for (const instance of list) instance.rssEnd = rssMb(instance.pid);
  await Promise.all(list.map((instance) => instance.stop()));
};

const seed = async (label, { env, cwd, appDir, submissions = 0, admin = false }) => {
  log(`\nSeeding ${label}${submissions ? ` with ${submissions} submissions` : ''}...`);
  const { child } = forkChild('seed.js', [], {
    cwd,
    env: {
      ...env,
      ...(appDir ? { BENCH_APP_DIR: appDir } : {}),
      BENCH_SEED_SUBMISSIONS: String(submissions),
      ...(admin ? { BENCH_ADMIN_EMAIL: ADMIN.email, BENCH_ADMIN_PASSWORD: ADMIN.password } : {}),
    },
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`seeding ${label} failed (exit ${code})`);
};

// --- Load

/** Runs one load child (see bench/load.js) and returns its result. */
const runLoad = async (spec) => {
  const { first, child } = forkChild('load.js', [JSON.stringify(spec)]);
  const result = await first;
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
  return result;
};

const rows = [];
const ms = (value) => (value === undefined || value === null ? '–' : Number(value).toFixed(1));

/** A throughput row: autocannon over `urls` (one per instance). */
const loadRow = async (name, urls, options = {}, { beforeLoad } = {}) => {
  log(`\n${name}`);
  // One request to each instance first: a cached row measures a warm cache, and no row
  // measures a first request's lazy work (the cold miss of ten connections at once can
  // outlast a short row).
  for (const url of urls) {
    await fetch(url, { method: options.method ?? 'GET', headers: options.headers, body: options.body }).then((r) =>
      r.arrayBuffer()
    );
  }
  await beforeLoad?.();
  const result = await runLoad({ mode: 'load', urls, connections: CONNECTIONS, seconds: SECONDS, ...options });
  const row = { name, rps: result.rps, p50: result.p50, p99: result.p99, bad: result.non2xx + result.errors, result };
  rows.push(row);
  // Requests still in flight when the row ends are not counted: a row slower than its length
  // completes none, which is not a rate of zero.
  if (result.total === 0) {
    Object.assign(row, { p50: null, p99: null, incomplete: true });
    log(`  no request completed within ${SECONDS} s: raise BENCH_SECONDS for this row`);
  }
  if (row.bad > 0) log(`  ${row.bad} answers were not 2xx (status codes: ${JSON.stringify(result.statusCodes)})`);
  return row;
};

/** A latency row: `SEQUENTIAL` requests one at a time, for p95. */
const sequentialRow = async (name, urls, options = {}) => {
  log(`\n${name} (${SEQUENTIAL} requests, one at a time)`);
  const result = await runLoad({ mode: 'sequential', urls, count: SEQUENTIAL, ...options });
  const row = { name, sequential: true, p50: result.p50, p95: result.p95, p99: result.p99, bad: result.non2xx };
  rows.push(row);
  return row;
};

// --- The email row's SMTP server

/** A loopback SMTP server and a wait for the message naming a reference. */
const startMailbox = async () => {
  const received = [];
  const waiting = new Map();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        received.push(text);
        for (const [reference, resolve] of waiting) {
          if (text.includes(reference)) {
            waiting.delete(reference);
            resolve();
          }
        }
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  undo.push(() => new Promise((resolve) => server.close(resolve)));
  return {
    port: server.server.address().port,
    waitFor(reference) {
      if (received.some((text) => text.includes(reference))) return Promise.resolve();
      return new Promise((resolve, reject) => {
        waiting.set(reference, resolve);
        setTimeout(() => reject(new Error(`no email for ${reference} after 60 s`)), 60_000).unref();
      });
    },
  };
};

// --- Requests

const LIST = '/api/articles?populate[author]=true&populate[relatedLinks]=true&pagination[pageSize]=25&sort=publishedAt:desc';
const BY_SLUG =
  '/api/articles?filters[slug][$eq]=hiring-backend-contractors-part-250&populate[author]=true&populate[relatedLinks]=true';
const GRAPHQL_LIST = JSON.stringify({
  query:
    '{ articles(pagination: { pageSize: 25 }, sort: "publishedAt:desc") { documentId title slug summary readingTimeMinutes author { name role } relatedLinks { title url } } }',
});
const GRAPHQL_BY_SLUG = JSON.stringify({
  query:
    'query($slug: String!) { articles(filters: { slug: { eq: $slug } }) { title slug summary author { name } relatedLinks { title url } } }',
  variables: { slug: 'hiring-backend-contractors-part-250' },
});
const JSON_POST = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
const urlsOf = (list, route) => list.map((instance) => `${instance.url}${route}`);

const expectOk = async (response, what) => {
  if (response.status < 200 || response.status > 299) {
    throw new Error(`${what} answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
  }
  return response;
};

/** A submission to the active questionnaire, with a form token from the public form as a site would get it. */
const submissionBody = async (url) => {
  const response = await expectOk(await fetch(`${url}/api/readiness-intake/questionnaire`), 'the questionnaire');
  const { data } = await response.json();
  const answers = {};
  for (const dimension of data.dimensions) {
    for (const question of dimension.questions) {
      if (question.kind === 'single') answers[question.key] = question.options[question.options.length - 1].value;
    }
  }
  return JSON.stringify({
    data: {
      questionnaireVersion: data.version,
      formToken: data.formToken,
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

const adminLogin = async (url) => {
  const response = await expectOk(
    await fetch(`${url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    }),
    'the admin login'
  );
  const { data } = await response.json();
  return { authorization: `Bearer ${data.token ?? data.accessToken}` };
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// --- The run

const main = async () => {
  const startedAt = new Date();
  await compileIfStale();
  const mailbox = await startMailbox();
  const redis = CLUSTER ? await startRedis() : undefined;
  const base = baseEnv(mailbox.port);
  const ours = await createDatabase('ours');
  const oursEnv = { ...base, ...ours.env, ...(redis ? { REDIS_URL: redis.url } : {}) };

  let stock;
  const stockModule = path.join(__dirname, 'stock-app.js');
  if (fs.existsSync(stockModule)) {
    const appDir = path.join(ROOT, '.tmp', 'bench', `stock-app-${process.pid}`);
    undo.push(() => fs.rmSync(appDir, { recursive: true, force: true }));
    await require(stockModule).writeStockApp(appDir);
    const database = await createDatabase('stock');
    stock = { appDir, env: { ...base, ...database.env } };
  }

  log(`# npm run bench, ${TOPOLOGY} topology`);
  log();
  log(
    `${startedAt.toISOString()}; ${INSTANCES} instance${INSTANCES > 1 ? 's' : ''} on ${CLUSTER ? 'PostgreSQL and Redis' : 'SQLite'}; ` +
      `${SECONDS} s and ${CONNECTIONS} connections a row; ${SUBMISSIONS} submissions; Node ${process.version}; ` +
      `${os.cpus().length} CPUs; load average at start ${os.loadavg()[0].toFixed(2)}.`
  );
  if (!stock) log('stock app: not available (bench/stock-app.js is missing); its rows are skipped.');

  await seed('ours', { env: oursEnv, submissions: SUBMISSIONS, admin: true });
  if (stock) await seed('the stock app', { env: stock.env, cwd: stock.appDir, appDir: stock.appDir });

  // Start-up on an existing (seeded) database, alternating, with nothing else running.
  const boots = { ours: [], stock: [] };
  if (stock) {
    log(`\nStart-up on an existing database: ${BOOTS} boots each, alternating`);
    for (let i = 0; i < BOOTS; i += 1) {
      for (const [key, options] of [
        ['ours', { env: oursEnv }],
        ['stock', { env: stock.env, cwd: stock.appDir, appDir: stock.appDir }],
      ]) {
        const [instance] = await startInstances(`boot ${i + 1}, ${key}`, 1, options);
        boots[key].push(instance.bootMs);
        await stopInstances([instance]);
        instances.splice(instances.indexOf(instance), 1);
      }
    }
  }

  // Uncached rows: instances started with the cache off, on the same database. A separate
  // set rather than a switch flipped at run time: nothing in the app can turn its cache off
  // from outside, and none should (it would be a way to take a site's cache away).
  log('\nUncached reads: instances started with CACHE_ENABLED=false');
  const uncached = await startInstances('ours, cache off', INSTANCES, { env: { ...oursEnv, CACHE_ENABLED: 'false' } });
  const uncachedList = await loadRow('GET /api/articles, 25 with author and related links, uncached', urlsOf(uncached, LIST));
  await loadRow('GET /api/articles by slug, uncached', urlsOf(uncached, BY_SLUG));
  const uncachedGraphql = await loadRow(
    'POST /graphql, 25 articles with author and related links, uncached',
    urlsOf(uncached, '/graphql'),
    JSON_POST(GRAPHQL_LIST)
  );
  await stopInstances(uncached);

  let stockList;
  let stockGraphql;
  if (stock) {
    log('\nThe stock app');
    const stockInstances = await startInstances('stock', INSTANCES, { env: stock.env, cwd: stock.appDir, appDir: stock.appDir });
    stockList = await loadRow('stock: GET /api/articles, 25 with author and related links', urlsOf(stockInstances, LIST));
    stockGraphql = await loadRow(
      'stock: POST /graphql, 25 articles with author and related links',
      urlsOf(stockInstances, '/graphql'),
      JSON_POST(GRAPHQL_LIST)
    );
    await stopInstances(stockInstances);
    stockList.vs = uncachedList;
    stockGraphql.vs = uncachedGraphql;
  }

  log('\nCached reads, intake and admin: instances with the cache on');
  const cached = await startInstances('ours', INSTANCES, { env: oursEnv });
  const [first] = cached;
  // The second request is served from the cache: those are the bytes the ceiling sends.
  await expectOk(await fetch(`${first.url}${LIST}`), 'the list');
  const sample = await expectOk(await fetch(`${first.url}${LIST}`), 'the list');
  const body = Buffer.from(await sample.arrayBuffer());
  log(
    `  the cached list is ${body.length} bytes (${sample.headers.get('content-type')}, X-Cache: ${sample.headers.get('x-cache')})`
  );
  const ceilings = [];
  for (let i = 0; i < INSTANCES; i += 1) {
    const { first: ready, child, stop } = forkChild('ceiling.js', []);
    child.send({ body: body.toString('base64'), contentType: sample.headers.get('content-type') });
    const { port } = await ready;
    ceilings.push({ url: `http://127.0.0.1:${port}`, stop });
  }
  const ceiling = await loadRow(
    `Bare Node server${CLUSTER ? 's' : ''} sending the cached list's bytes from memory (ceiling)`,
    urlsOf(ceilings, '/')
  );
  await Promise.all(ceilings.map((c) => c.stop()));
  ceiling.isCeiling = true;

  await loadRow("GET /_health (Strapi's cheapest route)", urlsOf(cached, '/_health'));
  const cachedList = await loadRow('GET /api/articles, 25 with author and related links, cached', urlsOf(cached, LIST));
  await loadRow('GET /api/articles by slug, cached', urlsOf(cached, BY_SLUG));
  await loadRow(
    'POST /graphql, 25 articles with author and related links, cached',
    urlsOf(cached, '/graphql'),
    JSON_POST(GRAPHQL_LIST)
  );
  await loadRow('POST /graphql, article by slug, cached', urlsOf(cached, '/graphql'), JSON_POST(GRAPHQL_BY_SLUG));
  await loadRow('GET /api/readiness-intake/questionnaire', urlsOf(cached, '/api/readiness-intake/questionnaire'));

  // A size, not a rate: the bytes as served and as gzip would send them (the budget is on gzip).
  const embed = Buffer.from(
    await (await expectOk(await fetch(`${first.url}/api/readiness-intake/embed.js`), 'embed.js')).arrayBuffer()
  );

  // Accepted means stored: rows counted in the database before and after, not answers.
  const knex = require('knex')(ours.knex);
  undo.push(() => knex.destroy());
  const count = async () => Number((await knex('readiness_submissions').count({ n: '*' }))[0].n);
  let before;
  const intake = await loadRow(
    `POST /api/readiness-intake/submissions${CLUSTER ? ' (both instances)' : ''}`,
    urlsOf(cached, '/api/readiness-intake/submissions'),
    JSON_POST(await submissionBody(first.url)),
    // After the warm-up posts, which store submissions too.
    { beforeLoad: async () => (before = await count()) }
  );
  intake.stored = (await count()) - before;
  intake.created = intake.result.statusCodes['201'] ?? 0;
  intake.accepted = intake.stored / intake.result.seconds;
  intake.rps = intake.accepted;
  intake.isIntake = true;

  const auth = await adminLogin(first.url);

  // Submission to delivered notification, with the delivery job at its default interval.
  log(`\nSubmission to notification email at the SMTP server, ${EMAILS} one after the other`);
  const settings = (recipients) =>
    fetch(`${first.url}/readiness-intake/settings`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ notifyRecipients: recipients }),
    }).then((response) => expectOk(response, 'the settings'));
  await settings(['consultant@bench.example']);
  const emailTimes = [];
  for (let i = 0; i < EMAILS; i += 1) {
    const started = process.hrtime.bigint();
    const response = await expectOk(
      await fetch(`${first.url}/api/readiness-intake/submissions`, JSON_POST(await submissionBody(first.url))),
      'a submission'
    );
    const { data } = await response.json();
    await mailbox.waitFor(data.reference);
    emailTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
    process.stdout.write(`\r  ${i + 1} / ${EMAILS}`);
  }
  process.stdout.write('\n');
  await settings([]);
  const sortedEmails = emailTimes.sort((a, b) => a - b);
  rows.push({
    name: `POST a submission → its notification at the SMTP server (${EMAILS}, sequential)`,
    sequential: true,
    p50: sortedEmails[Math.floor(0.5 * EMAILS)],
    p95: sortedEmails[Math.min(EMAILS - 1, Math.floor(0.95 * EMAILS))],
    p99: sortedEmails[EMAILS - 1],
    bad: 0,
  });

  const stored = await count();
  const admin = (route) => urlsOf(cached, route);
  const plain = await sequentialRow(
    `GET /readiness-intake/submissions (${stored} stored, newest 25)`,
    admin('/readiness-intake/submissions?page=1&pageSize=25'),
    { headers: auth }
  );
  const filtered = await sequentialRow(
    `GET /readiness-intake/submissions (${stored} stored, band + status + sort by score)`,
    admin('/readiness-intake/submissions?band=ready&status=new&sort=overallScore:desc&page=3&pageSize=25'),
    { headers: auth }
  );
  const search = await sequentialRow(
    `GET /readiness-intake/submissions (${stored} stored, search q=company 42)`,
    admin(`/readiness-intake/submissions?q=${encodeURIComponent('Company 42')}&pageSize=25`),
    { headers: auth }
  );
  const stats = await sequentialRow(
    `GET /readiness-intake/stats (${stored} stored, all time)`,
    admin('/readiness-intake/stats'),
    {
      headers: auth,
    }
  );
  for (const row of [filtered, search, stats]) row.vsPlain = row.p95 / plain.p95;

  // The export streamed from one instance, its RSS sampled every 100 ms meanwhile.
  log(`\nGET /readiness-intake/submissions/export (all ${stored}), RSS of the serving instance every 100 ms`);
  const rssBefore = rssMb(first.pid);
  let rssMax = rssBefore;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, rssMb(first.pid) ?? 0);
  }, 100);
  const exported = await runLoad({ mode: 'download', urls: [`${first.url}/readiness-intake/submissions/export`], headers: auth });
  clearInterval(sampler);
  rssMax = Math.max(rssMax, rssMb(first.pid) ?? 0);
  const exportRow = {
    name: `GET /readiness-intake/submissions/export, all ${stored} streamed`,
    export: true,
    ms: exported.ms,
    growth: rssMax - rssBefore,
    bytes: exported.bytes,
    records: exported.rows,
    bad: exported.status === 200 ? 0 : 1,
  };
  rows.push(exportRow);
  await stopInstances(cached);

  // --- Report

  log(`\n## Results, ${TOPOLOGY} topology\n`);
  log('| row | req/s | p50 ms | p99 ms | share of ceiling or ratio | non-2xx |');
  log('|---|---:|---:|---:|---:|---:|');
  const share = (row) => `${((100 * row.rps) / ceiling.rps).toFixed(1)}% of ceiling`;
  // The ceiling first: every share is of it. It is measured later, next to the cached rows.
  rows.sort((a, b) => Number(Boolean(b.isCeiling)) - Number(Boolean(a.isCeiling)));
  for (const row of rows) {
    let cells;
    if (row.export) {
      cells = [
        '–',
        '–',
        '–',
        `RSS +${row.growth.toFixed(1)} MB; ${row.records} rows, ${(row.bytes / 1e6).toFixed(1)} MB in ${(row.ms / 1000).toFixed(1)} s`,
      ];
    } else if (row.sequential) {
      cells = [
        '1 at a time',
        ms(row.p50),
        ms(row.p99),
        `p95 ${ms(row.p95)} ms${row.vsPlain ? `, ${row.vsPlain.toFixed(2)}× the plain list's` : ''}`,
      ];
    } else if (row.isIntake) {
      cells = [
        `${row.accepted.toFixed(0)} accepted/s`,
        ms(row.p50),
        ms(row.p99),
        `${row.stored} stored, ${row.created} answered 201, of ${row.result.total}`,
      ];
    } else {
      const ratio = row.isCeiling ? '100%' : row.vs ? `ours ${(row.vs.rps / row.rps).toFixed(2)}× stock` : share(row);
      cells = [row.incomplete ? `none within ${SECONDS} s` : row.rps.toFixed(0), ms(row.p50), ms(row.p99), ratio];
    }
    log(`| ${row.name} | ${cells.join(' | ')} | ${row.bad} |`);
  }

  log(`\n| GET /api/readiness-intake/embed.js | raw bytes | gzip -9 bytes | budget |`);
  log('|---|---:|---:|---:|');
  log(`| the embeddable form's script | ${embed.length} | ${zlib.gzipSync(embed, { level: 9 }).length} | ${25 * 1024} |`);

  log('\n| instance | boot ms | RSS after boot MB | RSS after its rows MB |');
  log('|---|---:|---:|---:|');
  for (const instance of instances) {
    log(`| ${instance.name} | ${instance.bootMs} | ${ms(instance.rssBoot)} | ${ms(instance.rssEnd)} |`);
  }
  if (stock) {
    log('\n| start-up on an existing database | boots ms | median ms |');
    log('|---|---:|---:|');
    log(`| ours | ${boots.ours.join(', ')} | ${median(boots.ours)} |`);
    log(`| stock Strapi 5.54 | ${boots.stock.join(', ')} | ${median(boots.stock)} |`);
  }

  const goals = [
    [
      'cached list of 25, share of the ceiling',
      `${((100 * cachedList.rps) / ceiling.rps).toFixed(1)}%`,
      '≥ 30%',
      cachedList.rps / ceiling.rps >= 0.3,
    ],
    [
      `intake, accepted submissions per second${CLUSTER ? ' over two instances' : ' (one instance)'}`,
      `${intake.accepted.toFixed(0)}/s, p99 ${ms(intake.p99)} ms, ${intake.bad} non-2xx`,
      '≥ 150/s, p99 recorded',
      intake.accepted >= 150,
    ],
    [
      'uncached GraphQL list against the uncached REST list',
      `${(uncachedGraphql.rps / uncachedList.rps).toFixed(2)}×`,
      '≥ 0.5×',
      uncachedGraphql.rps / uncachedList.rps >= 0.5,
    ],
    [
      `admin search p95 against the plain list's p95 (${stored})`,
      `${search.vsPlain.toFixed(2)}×`,
      '≤ 1.5×',
      search.vsPlain <= 1.5,
    ],
    [
      `admin all-time stats p95 against the plain list's p95 (${stored})`,
      `${stats.vsPlain.toFixed(2)}×`,
      '≤ 1.5×',
      stats.vsPlain <= 1.5,
    ],
    [
      `CSV export of all ${stored}, RSS growth`,
      `${exportRow.growth.toFixed(1)} MB`,
      '≤ 50 MB',
      exportRow.growth <= 50 && exportRow.bad === 0 && exportRow.records >= SUBMISSIONS,
    ],
    stock
      ? [
          'start-up on an existing database against stock',
          `${(median(boots.ours) / median(boots.stock)).toFixed(2)}× (${median(boots.ours)} / ${median(boots.stock)} ms)`,
          '≤ 1.5×',
          median(boots.ours) / median(boots.stock) <= 1.5,
        ]
      : ['start-up on an existing database against stock', 'stock app not available', '≤ 1.5×', undefined],
  ];
  log(`\n## Goals (${TOPOLOGY} topology; the spec's goals are for the cluster)\n`);
  log('| goal | measured | target | |');
  log('|---|---:|---:|---|');
  for (const [goal, measured, target, pass] of goals) {
    log(`| ${goal} | ${measured} | ${target} | ${pass === undefined ? 'n/a' : pass ? 'pass' : 'FAIL'} |`);
  }
};

const writeReport = () => {
  const file = path.join(ROOT, '.tmp', 'bench', `${TOPOLOGY}-${new Date().toISOString().replace(/:/g, '-')}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${output.join('\n')}\n`);
  return file;
};

main().then(
  async () => {
    await cleanup();
    log(`\nWritten to ${path.relative(ROOT, writeReport())}`);
    process.exit(0);
  },
  async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  }
);
