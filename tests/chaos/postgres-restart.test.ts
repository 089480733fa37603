import { validSubmission, type PublicQuestionnaire } from '../support/intake';
import { createPgCluster, type PgCluster } from '../support/pg-cluster';
import { startChildInstance, type ChildInstance } from '../support/strapi';
import { sleep } from '../support/wait';
import { instanceLog, progress, recordFigures } from './record';

/**
 * PostgreSQL restarted under submission load over two instances. Two instances of the app
 * (child processes, each serving HTTP) share a PostgreSQL cluster of the test's own; a load
 * generator posts submissions, each with its own Idempotency-Key, and public reads to both;
 * mid-load the cluster is stopped (`pg_ctl stop -m fast`, which ends every connection) and
 * started again 4 s later. The product promises a 503 with Retry-After while PostgreSQL is
 * away (never a 500, never a hang), that every 201 is stored, and that a client retrying its
 * 503s with the same key ends with one submission per key.
 */
const TEST = 'postgres-restart';
const WARM_UP_MS = 3000;
const DOWN_MS = 4000;
/** Requests in flight at once across both instances: a busy site, not a benchmark. */
const CONCURRENCY = 8;
/** A request not answered by then has hung: the outage must give a 503 well before. */
const CLIENT_TIMEOUT_MS = 15_000;
/** Once PostgreSQL is back, each instance must serve this many requests in a row without a fault... */
const RECOVERED_STREAK = 20;
/** ...starting within this long of the restart, with no one restarting the instance. */
const RECOVERY_BOUND_MS = 15_000;

type Answer = {
  kind: 'submit' | 'read';
  instance: 'a' | 'b';
  path: string;
  key?: string;
  sentAt: number;
  ms: number;
  /** The HTTP status, or what happened instead of one. */
  status: number | 'timeout' | 'network';
  retryAfter: string | null;
  body: any;
};

let cluster: PgCluster;
const instances: Record<'a' | 'b', { child?: ChildInstance; url: string; log: ReturnType<typeof instanceLog> }> = {
  a: { url: '', log: instanceLog(TEST, 'a') },
  b: { url: '', log: instanceLog(TEST, 'b') },
};
let questionnaire: PublicQuestionnaire;

const request = async (
  instance: 'a' | 'b',
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
  kind: Answer['kind'] = 'read',
  key?: string
): Promise<Answer> => {
  const sentAt = Date.now();
  const answer = (status: Answer['status'], retryAfter: string | null = null, body: unknown = null): Answer => ({
    kind,
    instance,
    path,
    key,
    sentAt,
    ms: Date.now() - sentAt,
    status,
    retryAfter,
    body,
  });
  try {
    const response = await fetch(`${instances[instance].url}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: kept as text, which the 503 check then refuses.
    }
    return answer(response.status, response.headers.get('retry-after'), body);
  } catch (error) {
    const name = (error as Error)?.name;
    return answer(name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network');
  }
};

/** A valid submission whose company names its Idempotency-Key, so rows can be counted per key. */
const submissionFor = (key: string, formToken: string) => {
  const body = validSubmission(questionnaire, formToken);
  body.data.contact = { ...body.data.contact, company: `Chaos ${key}` };
  return body;
};

const isFault = (answer: Answer) => !(typeof answer.status === 'number' && answer.status < 500);

beforeAll(async () => {
  progress(TEST, 'initdb and start a PostgreSQL cluster of the test’s own');
  cluster = await createPgCluster();
  const env = {
    ...cluster.env,
    // The machine's shared Redis is not ours to load: each instance keeps its own limits and cache.
    REDIS_URL: '',
    INTAKE_RATE_LIMIT_MAX: '1000000',
    INTAKE_MIN_FILL_SECONDS: '0',
    // The outbox job and the webhook sync query the database on timers of their own, so
    // the outage reaches the instances outside requests too. No SMTP_HOST: emails are logged.
    SMTP_HOST: '',
    INTAKE_NOTIFY_TO: 'lead@asyncline.test',
    INTAKE_OUTBOX_INTERVAL_S: '1',
    WEBHOOK_SYNC_S: '1',
  };
  for (const name of ['a', 'b'] as const) {
    // One after the other: the first migrates the empty database, the second finds it done.
    progress(TEST, `starting instance ${name}`);
    const instance = instances[name];
    instance.child = await startChildInstance(cluster.database, env, { listen: true, output: instance.log.write });
    instance.url = `http://127.0.0.1:${instance.child.port}`;
  }
  questionnaire = (await (await fetch(`${instances.a.url}/api/readiness-intake/questionnaire`)).json()).data;
}, 120_000);

afterAll(async () => {
  await Promise.all(Object.values(instances).map((instance) => instance.child?.stop()));
  await cluster?.remove();
});

describe('PostgreSQL restarted under submission load over two instances', () => {
  it('answers 503 with Retry-After during the outage, stores every 201, recovers alone, and one retry per 503 stores each key once', async () => {
    // Given two instances taking submissions and public reads
    const answers: Answer[] = [];
    const bodies = new Map<string, ReturnType<typeof submissionFor>>();
    let sent = 0;
    let loading = true;
    const nextRequest = async () => {
      const n = sent++;
      const instance = n % 2 ? 'b' : 'a';
      if (n % 4 === 3) {
        // Reads: the cached list, a filtered list no cache holds, and the form itself.
        const reads = [
          '/api/articles',
          `/api/articles?filters[slug][$eq]=chaos-${n}`,
          '/api/readiness-intake/questionnaire',
          '/_health',
        ];
        return request(instance, reads[Math.floor(n / 4) % reads.length]);
      }
      const key = `chaos-${String(n).padStart(5, '0')}`;
      const body = submissionFor(key, questionnaire.formToken);
      bodies.set(key, body);
      return request(
        instance,
        '/api/readiness-intake/submissions',
        { method: 'POST', body, headers: { 'idempotency-key': key } },
        'submit',
        key
      );
    };
    const load = Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (loading) answers.push(await nextRequest());
      })
    );

    // When PostgreSQL is stopped mid-load and started again 4 s later
    await sleep(WARM_UP_MS);
    progress(TEST, `${answers.length} answers before the fault; pg_ctl stop -m fast, ${DOWN_MS} ms down`);
    const faultAt = Date.now();
    await cluster.stop({ mode: 'fast' });
    const downAt = Date.now();
    await sleep(DOWN_MS);
    await cluster.start();
    const backAt = Date.now();
    progress(TEST, `PostgreSQL back after ${backAt - downAt} ms down; waiting for both instances to recover`);

    // Recovered: from some request on, each instance answered RECOVERED_STREAK in a row without a fault.
    const recoveredAt = (instance: 'a' | 'b') => {
      const since = answers
        .filter((answer) => answer.instance === instance && answer.sentAt >= backAt)
        .sort((x, y) => x.sentAt - y.sentAt);
      for (let start = 0; start + RECOVERED_STREAK <= since.length; start += 1) {
        if (since.slice(start, start + RECOVERED_STREAK).every((answer) => !isFault(answer))) return since[start].sentAt;
      }
      return null;
    };
    const deadline = backAt + RECOVERY_BOUND_MS + CLIENT_TIMEOUT_MS;
    while ((recoveredAt('a') === null || recoveredAt('b') === null) && Date.now() < deadline) await sleep(250);
    loading = false;
    await load;
    const recovery = { a: recoveredAt('a'), b: recoveredAt('b') };
    progress(TEST, `load stopped after ${answers.length} answers`);

    // Then no 5xx but 503, and no request hung
    const byStatus = answers.reduce<Record<string, number>>(
      (counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }),
      {}
    );
    const unexpected = answers.filter(
      (answer) => !(answer.status === 201 || answer.status === 200 || answer.status === 204 || answer.status === 503)
    );
    const unavailable = answers.filter((answer) => answer.status === 503);

    // every 503 says when to come back, in Strapi's error shape
    const malformed503 = unavailable.filter(
      (answer) =>
        !(
          answer.retryAfter !== null &&
          /^\d+$/.test(answer.retryAfter) &&
          answer.body?.data === null &&
          answer.body?.error?.status === 503 &&
          typeof answer.body.error.name === 'string' &&
          typeof answer.body.error.message === 'string' &&
          typeof answer.body.error.details === 'object'
        )
    );

    // every 201's submission is in the database
    const created = answers.filter((answer) => answer.kind === 'submit' && answer.status === 201);
    const references = created.map((answer) => answer.body?.data?.reference as string);
    const stored = await cluster.query<{ reference: string }>(
      'SELECT reference FROM readiness_submissions WHERE reference = ANY($1)',
      [references]
    );
    const lost = references.filter((reference) => !stored.some((row) => row.reference === reference));

    // And a client that retries each unanswered submission with its same key gets a 201 for
    // it, and ends with exactly one submission per key. The client retries as it loaded, with
    // CONCURRENCY requests in flight: a thousand at once would time out in the queue of a
    // loaded two-core machine, which says nothing about the outage.
    const toRetry = answers.filter((answer) => answer.kind === 'submit' && answer.status !== 201);
    const retried: Answer[] = [];
    const retryQueue = [...toRetry];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let answer = retryQueue.shift(); answer; answer = retryQueue.shift()) {
          retried.push(
            await request(
              answer.instance,
              '/api/readiness-intake/submissions',
              { method: 'POST', body: bodies.get(answer.key!), headers: { 'idempotency-key': answer.key! } },
              'submit',
              answer.key
            )
          );
        }
      })
    );
    const rows = await cluster.query<{ company: string; count: string }>(
      "SELECT company, count(*) AS count FROM readiness_submissions WHERE company LIKE 'Chaos chaos-%' GROUP BY company"
    );
    const rowsPerKey = new Map(rows.map((row) => [row.company.replace(/^Chaos /, ''), Number(row.count)]));
    const keysNotOnce = [...bodies.keys()].filter((key) => rowsPerKey.get(key) !== 1);

    const submissionsSent = answers.filter((answer) => answer.kind === 'submit').length;
    recordFigures(TEST, {
      requestsSent: answers.length,
      submissionsSent,
      readsSent: answers.length - submissionsSent,
      faultsInjected: 1,
      fault: `pg_ctl stop -m fast, ${backAt - downAt} ms down`,
      byStatus,
      answered503: unavailable.length,
      unexpected: unexpected.length,
      unexpectedAnswers: unexpected.map(({ instance, path, status, body }) => ({
        instance,
        path,
        status,
        error: body?.error?.message ?? body,
      })),
      timeouts: answers.filter((answer) => answer.status === 'timeout').length,
      slowestMs: Math.max(...answers.map((answer) => answer.ms)),
      recoveredAfterMsA: recovery.a === null ? null : recovery.a - backAt,
      recoveredAfterMsB: recovery.b === null ? null : recovery.b - backAt,
      created201: created.length,
      rowsChecked: stored.length,
      lost: lost.length,
      retried: retried.length,
      retried201: retried.filter((answer) => answer.status === 201).length,
      keys: bodies.size,
      keysStoredOnce: bodies.size - keysNotOnce.length,
      faultWindowMs: backAt - faultAt,
    });

    expect(unexpected.map(({ instance, path, status, body }) => ({ instance, path, status, body }))).toEqual([]);
    expect(malformed503.map(({ path, retryAfter, body }) => ({ path, retryAfter, body }))).toEqual([]);
    expect(recovery).toEqual({ a: expect.any(Number), b: expect.any(Number) });
    expect(recovery.a! - backAt).toBeLessThan(RECOVERY_BOUND_MS);
    expect(recovery.b! - backAt).toBeLessThan(RECOVERY_BOUND_MS);
    expect(lost).toEqual([]);
    expect(retried.filter((answer) => answer.status !== 201).map(({ key, status, body }) => ({ key, status, body }))).toEqual([]);
    expect(keysNotOnce.map((key) => ({ key, rows: rowsPerKey.get(key) ?? 0 }))).toEqual([]);
    // Both instances lived through it: nothing unhandled took a process down.
    for (const instance of Object.values(instances)) {
      expect([instance.child!.process.exitCode, instance.child!.process.signalCode]).toEqual([null, null]);
      expect(instance.log.troubleLines()).toEqual([]);
    }
  }, 120_000);
});
