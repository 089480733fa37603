import { validSubmission, type PublicQuestionnaire } from '../support/intake';
import { createPgCluster, type PgCluster } from '../support/pg-cluster';
import { startFaultySmtpServer, type FaultySmtpServer, type SmtpTransaction } from '../support/faulty-smtp';
import { startChildInstance, type ChildInstance } from '../support/strapi';
import { sleep, waitFor } from '../support/wait';
import { instanceLog, progress, recordFigures } from './record';

/**
 * An SMTP relay that accepts and stalls, then recovers. Two instances run the outbox on one
 * PostgreSQL cluster of the test's own, sending through a relay that, in turn: takes
 * connections and never greets; answers every command just under the client's timeout (a
 * send that never fails, it only takes long); takes a message's data and never answers,
 * dropping it when the client hangs up; and takes a message's data, queues it, and never
 * answers. Meanwhile both instances must keep answering, hold at most
 * INTAKE_OUTBOX_CONCURRENCY sends each, never have one message in two sends at once, and
 * retry no sooner than the backoff says.
 *
 * The last stall is the one duplicate this design cannot avoid: a relay that has queued a
 * message but whose 250 never arrives looks to the client exactly like one that dropped it
 * (the stall before), and SMTP has no idempotency key, so the only choice is between
 * sending again (a copy per timed-out attempt) and maybe losing the email. The outbox
 * sends again; the test pins down that the copies are exactly one per attempt that timed
 * out after its data, and no more.
 */
const TEST = 'smtp-stall';
const CONCURRENCY = 2;
const SMTP_TIMEOUT_MS = 1500;
const CLAIM_SECONDS = 10;
const BACKOFF = { baseSeconds: 1, maxSeconds: 4 };
/** The slow relay's delay before each reply: under the timeout, so a send takes four of them and never fails. */
const SLOW_REPLY_MS = SMTP_TIMEOUT_MS - 400;
/** Greeting, MAIL FROM, RCPT TO and the data's 250. */
const SLOW_SEND_SECONDS = (4 * SLOW_REPLY_MS) / 1000;
/** A health check or a submission slower than this, while the relay stalls, means the stall reached the instance. */
const PROBE_BOUND_MS = 3000;
const SENDER = { a: 'instance-a@asyncline.test', b: 'instance-b@asyncline.test' };

let cluster: PgCluster;
let smtp: FaultySmtpServer;
const logs = { a: instanceLog(TEST, 'a'), b: instanceLog(TEST, 'b') };
const instances: Record<'a' | 'b', ChildInstance | undefined> = { a: undefined, b: undefined };
let questionnaire: PublicQuestionnaire;
const figures: Record<string, unknown> = {};

type OutboxRow = { id: number; subject: string; state: string; attempts: number };
type AttemptRow = { message_id: number; at: Date; outcome: string; instance: string };

const urlOf = (name: 'a' | 'b') => `http://127.0.0.1:${instances[name]!.port}`;

const submit = async (company: string) => {
  const body = validSubmission(questionnaire, questionnaire.formToken);
  body.data.contact = { ...body.data.contact, company };
  const started = Date.now();
  const response = await fetch(`${urlOf('a')}/api/readiness-intake/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, ms: Date.now() - started };
};

const rowsOf = (phase: string) =>
  cluster.query<OutboxRow>('SELECT id, subject, state, attempts FROM readiness_outbox WHERE subject LIKE $1 ORDER BY id', [
    `%${phase} %`,
  ]);
const attemptsOf = (ids: number[]) =>
  cluster.query<AttemptRow>(
    'SELECT message_id, at, outcome, instance FROM readiness_delivery_attempts WHERE message_id = ANY($1) ORDER BY message_id, at, id',
    [ids]
  );
const copiesOf = (subject: string) => smtp.received.filter((mail) => mail.parsed.subject === subject).length;

const retryDelayMs = (failures: number) => Math.min(BACKOFF.maxSeconds, BACKOFF.baseSeconds * 2 ** (failures - 1)) * 1000;

/** Attempts at one message that came sooner after a failure than the backoff allows. */
const earlyRetries = (attempts: AttemptRow[]) => {
  const early: Array<{ messageId: number; failures: number; gapMs: number }> = [];
  const byMessage = new Map<number, AttemptRow[]>();
  for (const attempt of attempts) byMessage.set(attempt.message_id, [...(byMessage.get(attempt.message_id) ?? []), attempt]);
  for (const [messageId, list] of byMessage) {
    for (let i = 1; i < list.length; i += 1) {
      const gapMs = new Date(list[i].at).getTime() - new Date(list[i - 1].at).getTime();
      if (gapMs < retryDelayMs(i)) early.push({ messageId, failures: i, gapMs });
    }
  }
  return early;
};

/** The most of `transactions` that were open at one moment. */
const mostAtOnce = (transactions: SmtpTransaction[]) => {
  const edges = transactions.flatMap((entry) => [
    { at: entry.startedAt, step: 1 },
    { at: entry.endedAt ?? Infinity, step: -1 },
  ]);
  edges.sort((x, y) => x.at - y.at || x.step - y.step);
  let open = 0;
  let most = 0;
  for (const edge of edges) most = Math.max(most, (open += edge.step));
  return most;
};

/** Pairs of mail transactions carrying the same message at the same time: one message in two sends. */
const overlappingSends = (transactions: SmtpTransaction[]) => {
  const bySubject = new Map<string, SmtpTransaction[]>();
  for (const entry of transactions.filter((entry) => entry.subject)) {
    bySubject.set(entry.subject!, [...(bySubject.get(entry.subject!) ?? []), entry]);
  }
  return [...bySubject.entries()].flatMap(([subject, list]) =>
    list
      .sort((x, y) => x.startedAt - y.startedAt)
      .slice(1)
      .filter((entry, i) => entry.startedAt < (list[i].endedAt ?? Infinity))
      .map((entry) => ({ subject, from: entry.from }))
  );
};

/**
 * Keeps asking both instances for their health, and A for a submission now and then, for
 * as long as `during` runs: the stalled relay must cost the instances nothing.
 */
const probeHealthDuring = async <T>(during: () => Promise<T>) => {
  const answers: Array<{ what: string; status: number | 'timeout'; ms: number }> = [];
  let probing = true;
  let n = 0;
  const probes = (async () => {
    while (probing) {
      for (const name of ['a', 'b'] as const) {
        const started = Date.now();
        const status = await fetch(`${urlOf(name)}/_health`, { signal: AbortSignal.timeout(5000) })
          .then((response) => response.status)
          .catch(() => 'timeout' as const);
        answers.push({ what: `health ${name}`, status, ms: Date.now() - started });
      }
      if (n++ % 4 === 0)
        answers.push({
          what: 'submission',
          ...(await submit(`Probe ${n}`).catch(() => ({ status: 'timeout' as const, ms: 10_000 }))),
        });
      await sleep(250);
    }
  })();
  try {
    return { result: await during(), answers };
  } finally {
    probing = false;
    await probes;
  }
};

const allSent = async (phase: string, count: number, timeoutMs: number) => {
  await waitFor(
    async () => {
      const rows = await rowsOf(phase);
      return rows.length === count && rows.every((row) => row.state === 'sent');
    },
    { timeoutMs, intervalMs: 200, what: `every ${phase} email sent` }
  );
  // A late copy, if one were coming, has arrived by now.
  await sleep(500);
  return rowsOf(phase);
};

/** Waits until nothing is pending, so a phase's stall meets its own emails, not an earlier phase's backlog. */
const outboxIdle = () =>
  waitFor(async () => (await cluster.query("SELECT id FROM readiness_outbox WHERE state = 'pending'")).length === 0, {
    timeoutMs: 30_000,
    intervalMs: 200,
    what: 'an idle outbox',
  });

beforeAll(async () => {
  progress(TEST, 'initdb and start a PostgreSQL cluster of the test’s own; an SMTP relay that will stall');
  cluster = await createPgCluster();
  smtp = await startFaultySmtpServer();
  const env = {
    ...cluster.env,
    ...smtp.env,
    REDIS_URL: '',
    SMTP_TIMEOUT_MS: String(SMTP_TIMEOUT_MS),
    INTAKE_RATE_LIMIT_MAX: '1000000',
    INTAKE_MIN_FILL_SECONDS: '0',
    INTAKE_NOTIFY_TO: 'lead@asyncline.test',
    INTAKE_OUTBOX_INTERVAL_S: '0.5',
    INTAKE_OUTBOX_CONCURRENCY: String(CONCURRENCY),
    INTAKE_OUTBOX_CLAIM_S: String(CLAIM_SECONDS),
    INTAKE_OUTBOX_BACKOFF_S: String(BACKOFF.baseSeconds),
    INTAKE_OUTBOX_BACKOFF_MAX_S: String(BACKOFF.maxSeconds),
    INTAKE_OUTBOX_MAX_ATTEMPTS: '50',
    // Below the short claim, as the plugin requires of any send.
    INTAKE_WEBHOOK_TIMEOUT_S: '2',
  };
  for (const name of ['a', 'b'] as const) {
    progress(TEST, `starting instance ${name}`);
    instances[name] = await startChildInstance(
      cluster.database,
      { ...env, EMAIL_FROM: `${name.toUpperCase()} <${SENDER[name]}>` },
      { listen: true, output: logs[name].write }
    );
  }
  questionnaire = (await (await fetch(`${urlOf('a')}/api/readiness-intake/questionnaire`)).json()).data;
}, 120_000);

afterAll(async () => {
  smtp?.recover();
  await Promise.all(Object.values(instances).map((instance) => instance?.stop()));
  await smtp?.stop();
  await cluster?.remove();
  recordFigures(TEST, figures);
});

describe('an SMTP relay that accepts and stalls, then recovers', () => {
  it('that never greets: sends wait and back off, bounded, and each email goes out once after recovery', async () => {
    // Given a relay that takes connections and never greets
    smtp.behaviour.stall = 'greeting';
    smtp.resetMaxOpen();
    const { answers } = await probeHealthDuring(async () => {
      // When emails are queued and the stall lasts a few timeouts
      for (let i = 0; i < 8; i += 1) expect((await submit(`Greeting 1 ${i}`)).status).toBe(201);
      progress(TEST, 'relay not greeting for 6 s');
      await sleep(6000);
    });
    const maxOpen = smtp.maxOpenConnections;
    smtp.recover();
    const rows = await allSent('Greeting 1', 8, 30_000);

    // Then each arrives once, no instance held more sends than its concurrency, retries kept to the backoff
    const attempts = await attemptsOf(rows.map((row) => row.id));
    Object.assign(figures, {
      greetingEmails: rows.length,
      greetingDelivered: rows.reduce((sum, row) => sum + copiesOf(row.subject), 0),
      greetingAttempts: attempts.length,
      greetingMaxOpenConnections: maxOpen,
      greetingProbes: answers.length,
      greetingSlowestProbeMs: Math.max(...answers.map((answer) => answer.ms)),
    });
    expect(rows.map((row) => copiesOf(row.subject))).toEqual(rows.map(() => 1));
    expect(maxOpen).toBeLessThanOrEqual(2 * CONCURRENCY);
    expect(earlyRetries(attempts)).toEqual([]);
    expect(attempts.filter((attempt) => attempt.outcome === 'failed').length).toBeGreaterThan(0);
    expect(answers.filter((answer) => ![200, 201, 204].includes(answer.status as number) || answer.ms > PROBE_BOUND_MS)).toEqual(
      []
    );
  }, 60_000);

  it('that answers every command just under the timeout: no email is in two sends at once, none goes out twice', async () => {
    // Given a relay so slow that each send takes about four timeouts, and none times out
    await outboxIdle();
    smtp.behaviour.replyDelayMs = SLOW_REPLY_MS;
    smtp.behaviour.acceptDelayMs = SLOW_REPLY_MS;
    const since = smtp.transactions.length;
    const { answers } = await probeHealthDuring(async () => {
      // When an instance's delivery run takes more emails at once than it can send within one
      // claim: two keep both instances' runs busy, the next twelve wait for the first free run
      for (let i = 0; i < 2; i += 1) expect((await submit(`Slow 2 ${i}`)).status).toBe(201);
      await sleep(600);
      for (let i = 2; i < 14; i += 1) expect((await submit(`Slow 2 ${i}`)).status).toBe(201);
      progress(TEST, 'relay answering every command 1.1 s late; 14 emails queued');
      return allSent('Slow 2', 14, 60_000);
    });
    smtp.behaviour.replyDelayMs = 0;
    smtp.behaviour.acceptDelayMs = 0;
    const rows = await rowsOf('Slow 2');
    // Every send counts towards concurrency, the probes' emails too; only this phase's are checked for overlaps.
    const transactions = smtp.transactions.slice(since);
    const sendsAtOnce = (sender: string) => mostAtOnce(transactions.filter((entry) => entry.from === sender));
    const perInstance = { a: sendsAtOnce(SENDER.a), b: sendsAtOnce(SENDER.b) };
    const overlaps = overlappingSends(transactions.filter((entry) => entry.subject?.includes('Slow 2')));
    Object.assign(figures, {
      slowEmails: rows.length,
      slowSendSeconds: SLOW_SEND_SECONDS,
      slowDelivered: rows.reduce((sum, row) => sum + copiesOf(row.subject), 0),
      slowSendsAtOnceA: perInstance.a,
      slowSendsAtOnceB: perInstance.b,
      slowOverlappingSends: overlaps.length,
      slowSlowestProbeMs: Math.max(...answers.map((answer) => answer.ms)),
    });
    expect(overlaps).toEqual([]);
    expect(rows.map((row) => copiesOf(row.subject))).toEqual(rows.map(() => 1));
    expect(perInstance.a).toBeLessThanOrEqual(CONCURRENCY);
    expect(perInstance.b).toBeLessThanOrEqual(CONCURRENCY);
    expect(answers.filter((answer) => ![200, 201, 204].includes(answer.status as number) || answer.ms > PROBE_BOUND_MS)).toEqual(
      []
    );
  }, 90_000);

  it('that takes the data and never answers, dropping what the client hung up on: each email goes out once after recovery', async () => {
    // Given a relay that answers a message's data only after the client has given up, and then drops it
    await outboxIdle();
    smtp.behaviour.acceptDelayMs = SMTP_TIMEOUT_MS + 1000;
    const abandonedBefore = smtp.abandoned.length;
    for (let i = 0; i < 3; i += 1) expect((await submit(`Dropped 3 ${i}`)).status).toBe(201);
    progress(TEST, 'relay taking data and never answering (and dropping it) for 5 s');
    await sleep(5000);
    smtp.behaviour.acceptDelayMs = 0;
    const rows = await allSent('Dropped 3', 3, 30_000);

    // Then the timed-out attempts cost nothing but time: each email once
    const attempts = await attemptsOf(rows.map((row) => row.id));
    Object.assign(figures, {
      droppedEmails: rows.length,
      droppedDelivered: rows.reduce((sum, row) => sum + copiesOf(row.subject), 0),
      droppedAbandonedByRelay: smtp.abandoned.length - abandonedBefore,
      droppedAttempts: attempts.length,
    });
    expect(rows.map((row) => copiesOf(row.subject))).toEqual([1, 1, 1]);
    // The stall met every one of them: each timed out at least once before it went out.
    expect(
      rows.map((row) => attempts.filter((attempt) => attempt.message_id === row.id && attempt.outcome === 'failed').length > 0)
    ).toEqual([true, true, true]);
    expect(smtp.abandoned.length - abandonedBefore).toBeGreaterThan(0);
    expect(earlyRetries(attempts)).toEqual([]);
  }, 60_000);

  it('that queues the data and never answers: one copy per timed-out attempt, the duplicate SMTP cannot avoid, and no more', async () => {
    // Given a relay that keeps each message's data and never says 250
    await outboxIdle();
    smtp.behaviour.stall = 'after-data';
    for (let i = 0; i < 3; i += 1) expect((await submit(`Queued 4 ${i}`)).status).toBe(201);
    progress(TEST, 'relay queueing data and never answering for 5 s');
    await sleep(5000);
    smtp.recover();
    const rows = await allSent('Queued 4', 3, 30_000);

    // Then each email arrives once per attempt that reached the relay's queue: the failed ones and the last
    const attempts = await attemptsOf(rows.map((row) => row.id));
    const failedAttemptsOf = (id: number) =>
      attempts.filter((attempt) => attempt.message_id === id && attempt.outcome === 'failed').length;
    const copies = rows.map((row) => copiesOf(row.subject));
    Object.assign(figures, {
      queuedEmails: rows.length,
      queuedDelivered: copies.reduce((sum, count) => sum + count, 0),
      queuedDuplicates: copies.reduce((sum, count) => sum + count - 1, 0),
      queuedTimedOutAttempts: rows.reduce((sum, row) => sum + failedAttemptsOf(row.id), 0),
    });
    expect(copies).toEqual(rows.map((row) => failedAttemptsOf(row.id) + 1));
    expect(copies.every((count) => count > 1)).toBe(true);
    expect(earlyRetries(attempts)).toEqual([]);
    for (const log of Object.values(logs)) expect(log.troubleLines()).toEqual([]);
  }, 60_000);
});
