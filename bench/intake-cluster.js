// Intake throughput in the production topology: two instances of the compiled app (child
// processes, NODE_ENV=production) on a fresh PostgreSQL database and the shared Redis, loaded
// by autocannon from this process, which serves nothing. Accepted = rows added to
// readiness_submissions per second of load; every 201 must have its row.
//
//   node bench/intake-cluster.js [--seconds 20] [--connections 32] [--profile DIR] [--count N]
//
// --profile DIR writes each instance's --cpu-prof there (summarise with bench/cpu-top.js).
// --count N sends N submissions one at a time instead of the load and prints the SQL
// statements and Redis commands the two instances made per submission (bench/count-calls.js).
// The compiled app must exist (dist/, as the tests build it); PostgreSQL and Redis are
// reached with DATABASE_HOST/PORT/USERNAME/PASSWORD and REDIS_URL, defaulting to loopback.
const { fork } = require('child_process');
const { randomBytes } = require('crypto');
const fs = require('fs');
const path = require('path');

const autocannon = require('autocannon');
const { Client } = require('pg');

const appDir = path.resolve(__dirname, '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const seconds = Number(option('seconds', 20));
const connections = Number(option('connections', 32));
const profileDir = option('profile');
const count = Number(option('count', 0));

const pgConfig = {
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
};
const withPg = async (database, work) => {
  const client = new Client({ ...pgConfig, database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const tag = randomBytes(4).toString('hex');
const database = `bench_intake_${tag}`;
const secret = (name) => `bench-${name}-${tag}`;
const instanceEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_CLIENT: 'postgres',
  DATABASE_HOST: pgConfig.host,
  DATABASE_PORT: String(pgConfig.port),
  DATABASE_USERNAME: pgConfig.user,
  DATABASE_PASSWORD: pgConfig.password,
  DATABASE_NAME: database,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: `bench-intake-${tag}`,
  INTAKE_RATE_LIMIT_MAX: '1000000000',
  INTAKE_MIN_FILL_SECONDS: '0',
  // A consultant is notified of each submission, as in production; without SMTP_HOST the
  // outbox job "sends" to the log, so its claims and records still cost what they cost.
  // BENCH_NOTIFY_TO= (empty) turns them off, as the bench's cluster intake row has them.
  INTAKE_NOTIFY_TO: process.env.BENCH_NOTIFY_TO ?? 'consultant@example.com',
  // Articles to recommend and offices to compare time zones with, as a real site has.
  SEED_DEMO: 'true',
  TEST_LOG_LEVEL: 'error',
  // Strapi reports each of an instance's first 1000 API requests a day to its telemetry over
  // HTTPS: a TLS handshake per request in a 20 s run, and none in a long-running instance's day.
  STRAPI_TELEMETRY_DISABLED: 'true',
  APP_KEYS: `${secret('a')},${secret('b')}`,
  ADMIN_JWT_SECRET: secret('admin'),
  API_TOKEN_SALT: secret('api'),
  TRANSFER_TOKEN_SALT: secret('transfer'),
  ENCRYPTION_KEY: secret('encryption'),
  JWT_SECRET: secret('jwt'),
};

const startInstance = (name) => {
  const execArgv = [];
  if (profileDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`);
  if (count) execArgv.push('-r', path.join(__dirname, 'count-calls.js'));
  const child = fork(path.join(appDir, 'tests/support/instance-process.js'), [], {
    cwd: appDir,
    env: { ...instanceEnv, INSTANCE_PORT: '0', BENCH_COUNT_FILE: path.join(appDir, `.tmp/bench-count-${tag}-${name}.json`) },
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      if (code || signal) console.error(`${name} exited with ${code ?? signal}`);
      resolve();
    })
  );
  return new Promise((resolve, reject) => {
    child.once('message', ({ port }) => resolve({ name, port, url: `http://127.0.0.1:${port}`, child, exited }));
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready`)));
  });
};

const stopInstance = async ({ child, exited }) => {
  child.disconnect();
  await exited;
};

/**
 * CPU time (user + system, ms) the instances and the database's backends for this run have
 * used so far, from /proc: per accepted submission it is what the machine's cores pay,
 * steadier than a throughput that a busy neighbour on a two-core machine moves by a third.
 */
const cpuMilliseconds = async (instances) => {
  const ticks = (pid) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  const backends = await withPg(database, async (client) =>
    (await client.query('select pid from pg_stat_activity where datname = $1', [database])).rows.map((row) => row.pid)
  );
  const perTick = 1000 / 100; // USER_HZ
  return {
    node: instances.reduce((sum, { child }) => sum + ticks(child.pid), 0) * perTick,
    postgres: backends.reduce((sum, pid) => sum + ticks(pid), 0) * perTick,
  };
};

const rowCount = () =>
  withPg(database, async (client) => Number((await client.query('select count(*) from readiness_submissions')).rows[0].count));

/** A complete, valid submission for the active questionnaire, with a token the instance issued. */
const submissionBody = async (url) => {
  const { data } = await (await fetch(`${url}/api/readiness-intake/questionnaire`)).json();
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

const load = (urls, body, duration) =>
  new Promise((resolve, reject) => {
    autocannon(
      {
        url: urls.map((url) => `${url}/api/readiness-intake/submissions`),
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
        duration,
      },
      (error, result) => (error ? reject(error) : resolve(result))
    );
  });

(async () => {
  await withPg('postgres', (client) => client.query(`CREATE DATABASE "${database}"`));
  fs.mkdirSync(path.join(appDir, '.tmp'), { recursive: true });
  const instances = [];
  try {
    // One at a time: the first migrates and seeds the empty database.
    const t0 = Date.now();
    instances.push(await startInstance('a'));
    console.error(`a ready in ${Date.now() - t0} ms`);
    instances.push(await startInstance('b'));
    console.error(`b ready in ${Date.now() - t0} ms`);
    const urls = instances.map(({ url }) => url);
    const body = await submissionBody(urls[0]);

    if (count) {
      // Boot's statements (migrations, seeding) stay out of the counts.
      for (const { child } of instances) child.send({ benchCount: 'reset' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = await rowCount();
      for (let i = 0; i < count; i += 1) {
        const response = await fetch(`${urls[i % 2]}/api/readiness-intake/submissions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        if (response.status !== 201) throw new Error(`submission ${i} answered ${response.status}: ${await response.text()}`);
      }
      // Long enough for the outbox job the kicks started to deliver what they queued.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const accepted = (await rowCount()) - before;
      await Promise.all(instances.splice(0).map(stopInstance));
      const totals = { sql: {}, redis: {} };
      for (const name of ['a', 'b']) {
        const file = path.join(appDir, `.tmp/bench-count-${tag}-${name}.json`);
        const counted = JSON.parse(fs.readFileSync(file, 'utf8'));
        fs.rmSync(file);
        for (const kind of ['sql', 'redis'])
          for (const [key, n] of Object.entries(counted[kind])) totals[kind][key] = (totals[kind][key] ?? 0) + n;
      }
      const perSubmission = (table) =>
        Object.entries(table)
          .sort((x, y) => y[1] - x[1])
          .map(([key, n]) => [key, +(n / accepted).toFixed(2)]);
      const sql = perSubmission(totals.sql);
      const redis = perSubmission(totals.redis);
      console.log(`accepted ${accepted}`);
      for (const [key, n] of sql) console.log(`  sql ${key}: ${n}`);
      for (const [key, n] of redis) console.log(`  redis ${key}: ${n}`);
      console.log(`SQL per submission: ${sql.reduce((sum, [, n]) => sum + n, 0).toFixed(2)}`);
      console.log(`Redis commands per submission: ${redis.reduce((sum, [, n]) => sum + n, 0).toFixed(2)}`);
      return;
    }

    await load(urls, body, 3); // warm-up: JIT, pools, caches
    const before = await rowCount();
    const cpuBefore = await cpuMilliseconds(instances);
    const started = Date.now();
    const result = await load(urls, body, seconds);
    const elapsed = (Date.now() - started) / 1000;
    const cpuAfter = await cpuMilliseconds(instances);
    // The kicks' deliveries finish after the load; rows were committed before each 201.
    const accepted = (await rowCount()) - before;
    const created = result['2xx'];
    console.log(
      JSON.stringify({
        connections,
        seconds: +elapsed.toFixed(1),
        acceptedPerSecond: +(accepted / elapsed).toFixed(1),
        cpuMsPerSubmission: {
          node: +((cpuAfter.node - cpuBefore.node) / accepted).toFixed(2),
          postgres: +((cpuAfter.postgres - cpuBefore.postgres) / accepted).toFixed(2),
        },
        accepted,
        answered201: created,
        lost: created - accepted,
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      })
    );
  } finally {
    await Promise.all(instances.map(stopInstance));
    await withPg('postgres', (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
