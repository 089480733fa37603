import { createFullAccessToken, loginSuperAdmin } from '../support/auth';
import { answerAll, DIMENSION_KEYS, formTokenLoadedAgo, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startSmtpServer, type SmtpServer } from '../support/smtp';
import { startApp, startChildInstance, type ChildInstance, type TestApp } from '../support/strapi';
import { sleep, startWebhookReceiver, waitFor } from '../support/wait';

/**
 * Two instances of the app on one PostgreSQL database and one Redis, each serving HTTP on
 * its own port with no proxy in front: the deployment the README describes, minus the
 * load balancer. PostgreSQL and Redis default to 127.0.0.1 (DATABASE_*, REDIS_URL override).
 */
process.env.DATABASE_CLIENT = 'postgres';
process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';

const SUBMISSION = 'plugin::readiness-intake.submission';
const MESSAGE = 'plugin::readiness-intake.outbox-message';
const SUBMISSIONS = 300;
const RATE_LIMIT = 5;
const WEBHOOKS = 60;

let smtp: SmtpServer;
let a: TestApp;
let aUrl: string;
let b: ChildInstance;
let bUrl: string;
let questionnaire: PublicQuestionnaire;

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  smtp = await startSmtpServer();
  const env = {
    ...smtp.env,
    INTAKE_NOTIFY_TO: 'lead@asyncline.test',
    INTAKE_OUTBOX_INTERVAL_S: '1',
    // A failed webhook post is tried again a second later, so the test sees retries from either instance.
    INTAKE_OUTBOX_BACKOFF_S: '1',
    INTAKE_RATE_LIMIT_MAX: String(RATE_LIMIT),
    INTAKE_MIN_FILL_SECONDS: '1',
    // The client address comes from X-Forwarded-For, so the test can speak for many clients.
    SERVER_PROXY: 'true',
    WEBHOOK_SYNC_S: '1',
    // Both instances look for overdue submissions every 1.2 s; the lease and the mark keep the reminder to one.
    INTAKE_REMINDER_INTERVAL_MIN: '0.02',
  };
  a = await startApp(env);
  await new Promise<void>((resolve) => a.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  aUrl = `http://127.0.0.1:${(a.strapi.server.httpServer.address() as { port: number }).port}`;
  // Same database, same Redis prefix (startApp put it in process.env), same keys.
  b = await startChildInstance(a.database, env, { listen: true });
  bUrl = `http://127.0.0.1:${b.port}`;
  questionnaire = (await (await fetch(`${aUrl}/api/readiness-intake/questionnaire`)).json()).data;
}, 120_000);

afterAll(async () => {
  await b?.stop();
  await a?.stop();
  await smtp?.stop();
});

describe('two instances on one PostgreSQL and one Redis', () => {
  it(`store ${SUBMISSIONS} concurrent submissions spread over both once each, and notify once each`, async () => {
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: SUBMISSIONS }, (_, i) => {
        const body = validSubmission(questionnaire, formTokenLoadedAgo(a, questionnaire.version, 10));
        body.data.contact = { ...body.data.contact, company: `Cluster ${i}` };
        return post(i % 2 ? bUrl : aUrl, '/api/readiness-intake/submissions', body, {
          'x-forwarded-for': `10.1.${Math.floor(i / 250)}.${i % 250}`,
        });
      })
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(SUBMISSIONS);
    const references = await Promise.all(responses.map(async (response) => (await response.json()).data.reference));
    expect(new Set(references).size).toBe(SUBMISSIONS);
    expect(await a.strapi.db.query(SUBMISSION).count({ where: { company: { $startsWith: 'Cluster ' } } })).toBe(SUBMISSIONS);
    const stored = Date.now() - started;

    await waitFor(async () => (await a.strapi.db.query(MESSAGE).count({ where: { state: 'sent' } })) >= SUBMISSIONS, {
      timeoutMs: 120_000,
      intervalMs: 250,
      what: `${SUBMISSIONS} notifications sent`,
    });
    // Let a late duplicate, if there were one, arrive before counting.
    await sleep(1500);
    const notified = smtp.received.filter((mail) => /Cluster \d+/.test(mail.parsed.subject ?? ''));
    expect(notified).toHaveLength(SUBMISSIONS);
    expect(new Set(notified.map((mail) => mail.parsed.subject)).size).toBe(SUBMISSIONS);
    console.log(
      `[cluster] ${SUBMISSIONS} concurrent submissions stored in ${stored} ms, all notified once after ${Date.now() - started} ms`
    );
  }, 180_000);

  it('hold one rate limit across both instances', async () => {
    const client = { 'x-forwarded-for': '10.9.9.9' };
    const statuses = [];
    for (let i = 0; i < RATE_LIMIT + 2; i += 1) {
      const body = validSubmission(questionnaire, formTokenLoadedAgo(a, questionnaire.version, 10));
      statuses.push((await post(i % 2 ? bUrl : aUrl, '/api/readiness-intake/submissions', body, client)).status);
    }
    expect(statuses).toEqual([...Array(RATE_LIMIT).fill(201), 429, 429]);
  });

  it('show a write made on one instance on the other within a second', async () => {
    const token = await createFullAccessToken(a.strapi);
    const created = await post(
      aUrl,
      '/api/articles?status=published',
      { data: { title: 'Cluster news' } },
      { authorization: `Bearer ${token}` }
    );
    expect(created.status).toBe(201);
    const { documentId } = (await created.json()).data;
    const titleOnB = async () => {
      const response = await fetch(`${bUrl}/api/articles?fields[0]=title&filters[documentId][$eq]=${documentId}`);
      return { cache: response.headers.get('x-cache'), title: (await response.json()).data[0]?.title };
    };
    await titleOnB();
    expect(await titleOnB()).toEqual({ cache: 'HIT', title: 'Cluster news' });

    const updated = await fetch(`${aUrl}/api/articles/${documentId}?status=published`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ data: { title: 'Cluster news, corrected' } }),
    });
    expect(updated.status).toBe(200);
    const written = Date.now();
    await waitFor(async () => (await titleOnB()).title === 'Cluster news, corrected', {
      timeoutMs: 1000,
      intervalMs: 10,
      what: 'the corrected title on the other instance',
    });
    const seen = Date.now() - written;
    console.log(`[cluster] a write on one instance was read on the other after ${seen} ms`);
  });

  it('post webhook events raised on either instance to a URL subscribed through one of them', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const adminToken = await loginSuperAdmin(a);
      const created = await post(
        aUrl,
        '/readiness-intake/webhooks',
        { url: receiver.url, events: ['submission.created'], enabled: true },
        { authorization: `Bearer ${adminToken}` }
      );
      expect(created.status).toBe(201);
      // B keeps which subscriptions are enabled under the shared generation, which it trusts
      // for at most 2 × CACHE_SYNC_MS (1 s) without confirming: a submission after that sees
      // the new subscription, whether or not B heard A's bump at once.
      await sleep(1100);
      const body = validSubmission(questionnaire, formTokenLoadedAgo(a, questionnaire.version, 10));
      const sent = await post(bUrl, '/api/readiness-intake/submissions', body, { 'x-forwarded-for': '10.8.8.8' });
      expect(sent.status).toBe(201);
      const { reference } = (await sent.json()).data;
      await receiver.next((call) => call.body.submission?.reference === reference, 10_000);
      expect(receiver.calls.filter((call) => call.body.submission?.reference === reference).map((call) => call.body)).toEqual([
        expect.objectContaining({ event: 'submission.created' }),
      ]);
      const { id } = (await created.json()).data;
      await fetch(`${aUrl}/readiness-intake/webhooks/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${adminToken}` },
      });
    } finally {
      await receiver.close();
    }
  });

  it(`never post the same webhook delivery twice, though both run the job: ${WEBHOOKS} events, each once`, async () => {
    const receiver = await startWebhookReceiver();
    try {
      const adminToken = await loginSuperAdmin(a);
      const created = await post(
        aUrl,
        '/readiness-intake/webhooks',
        { url: receiver.url, events: ['submission.created', 'submission.status-changed'], enabled: true },
        { authorization: `Bearer ${adminToken}` }
      );
      expect(created.status).toBe(201);
      // Past the bound in which B may not yet know of the subscription (see the test above).
      await sleep(1100);
      // The first tries fail, so every delivery is claimed at least twice, by either instance.
      receiver.failNext(WEBHOOKS / 2);
      const responses = await Promise.all(
        Array.from({ length: WEBHOOKS }, (_, i) => {
          const body = validSubmission(questionnaire, formTokenLoadedAgo(a, questionnaire.version, 10));
          body.data.contact = { ...body.data.contact, company: `Hooked ${i}` };
          return post(i % 2 ? bUrl : aUrl, '/api/readiness-intake/submissions', body, {
            'x-forwarded-for': `10.2.${Math.floor(i / 250)}.${i % 250}`,
          });
        })
      );
      expect(responses.map((response) => response.status)).toEqual(Array(WEBHOOKS).fill(201));
      const references = new Set(await Promise.all(responses.map(async (response) => (await response.json()).data.reference)));

      const delivered = () =>
        receiver.calls.filter((call) => call.status === 200 && references.has(call.body.submission?.reference));
      await waitFor(() => delivered().length >= WEBHOOKS, {
        timeoutMs: 60_000,
        intervalMs: 200,
        what: `${WEBHOOKS} webhook posts`,
      });
      // Let a late duplicate, if there were one, arrive before counting.
      await sleep(2000);
      const ids = delivered().map((call) => call.headers['x-readiness-delivery']);
      expect(ids).toHaveLength(WEBHOOKS);
      expect(new Set(ids).size).toBe(WEBHOOKS);
      // No delivery was ever posted by both at once: each try of a delivery follows the one before.
      const attempts: Array<{ instance: string }> = await a.strapi.db
        .query('plugin::readiness-intake.delivery-attempt')
        .findMany({ select: ['instance'], where: { recipient: receiver.url } });
      expect(attempts).toHaveLength(receiver.calls.filter((call) => references.has(call.body.submission?.reference)).length);
      console.log(
        `[cluster] ${WEBHOOKS} webhook events delivered once each, ${attempts.length} tries by ${new Set(attempts.map((row) => row.instance)).size} instances`
      );
      const { id } = (await created.json()).data;
      await fetch(`${aUrl}/readiness-intake/webhooks/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${adminToken}` },
      });
    } finally {
      await receiver.close();
    }
  }, 120_000);

  it("have the other instance's next submission see a change to what intake reads within a second", async () => {
    // Each instance keeps the offices, articles, settings and active questionnaire it read,
    // until the shared generation moves: a write on A must reach B's next submission.
    const token = await createFullAccessToken(a.strapi);
    const adminToken = await loginSuperAdmin(a);
    const worst = { answers: answerAll(questionnaire, 'first') };
    let client = 0;
    const submitOnB = async () => {
      client += 1;
      const body = validSubmission(questionnaire, formTokenLoadedAgo(a, questionnaire.version, 10), worst);
      const response = await post(bUrl, '/api/readiness-intake/submissions', body, {
        'x-forwarded-for': `10.6.${Math.floor(client / 250)}.${client % 250}`,
      });
      expect(response.status).toBe(201);
      const { data } = await response.json();
      const stored = await a.strapi.db.query(SUBMISSION).findOne({ where: { reference: data.reference } });
      return {
        result: data.result as { recommendations: Array<{ title: string }> } | undefined,
        offices: (stored.timezoneOverlap as Array<{ office: string }>).map((overlap) => overlap.office),
      };
    };
    const seenOnB = async (what: string, check: (sent: Awaited<ReturnType<typeof submitOnB>>) => boolean) => {
      const written = Date.now();
      await waitFor(async () => check(await submitOnB()), {
        timeoutMs: 1000,
        intervalMs: 10,
        what: `${what} on the other instance`,
      });
      console.log(`[cluster] ${what} reached the other instance's submissions after ${Date.now() - written} ms`);
    };
    const asEditor = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

    // B has read and kept all of it.
    const before = await submitOnB();
    expect(before.offices).not.toContain('Cluster office');
    expect(before.result?.recommendations.map(({ title }) => title)).not.toContain('Cluster reading');

    const office = await post(
      aUrl,
      '/api/offices',
      {
        data: {
          name: 'Cluster office',
          timezone: 'America/New_York',
          streetAddress: '1 Street',
          postalCode: '10001',
          city: 'New York',
          country: 'United States',
          countryCode: 'US',
          officeHoursStart: '09:00:00.000',
          officeHoursEnd: '17:00:00.000',
        },
      },
      asEditor
    );
    expect(office.status).toBe(201);
    await seenOnB('a new office', ({ offices }) => offices.includes('Cluster office'));

    const article = await post(
      aUrl,
      '/api/articles?status=published',
      { data: { title: 'Cluster reading', summary: 'New.', readinessDimensions: DIMENSION_KEYS } },
      asEditor
    );
    expect(article.status).toBe(201);
    await seenOnB('a published article', ({ result }) =>
      Boolean(result?.recommendations.some(({ title }) => title === 'Cluster reading'))
    );

    const settings = (showResult: boolean) =>
      fetch(`${aUrl}/readiness-intake/settings`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ showResult }),
      });
    expect((await settings(false)).status).toBe(200);
    try {
      await seenOnB('a setting', ({ result }) => result === undefined);
    } finally {
      expect((await settings(true)).status).toBe(200);
    }
    await seenOnB('the setting back', ({ result }) => result !== undefined);

    const next = questionnaire.version + 100;
    const activate = (version: number) =>
      post(aUrl, `/readiness-intake/questionnaires/${version}/activate`, {}, { authorization: `Bearer ${adminToken}` });
    await a.strapi
      .plugin('readiness-intake')
      .service('questionnaires')
      .add({
        ...(await a.strapi.plugin('readiness-intake').service('questionnaires').getVersion(questionnaire.version)),
        version: next,
      });
    expect((await activate(next)).status).toBe(200);
    try {
      const written = Date.now();
      await waitFor(
        async () => (await (await fetch(`${bUrl}/api/readiness-intake/questionnaire`)).json()).data.version === next,
        { timeoutMs: 1000, intervalMs: 10, what: 'the activated questionnaire on the other instance' }
      );
      console.log(`[cluster] an activated questionnaire reached the other instance after ${Date.now() - written} ms`);
    } finally {
      expect((await activate(questionnaire.version)).status).toBe(200);
    }
    await seenOnB('the questionnaire back', () => true);
  });

  it("accept one instance's form token on the other", async () => {
    const form = (await (await fetch(`${aUrl}/api/readiness-intake/questionnaire`)).json()).data;
    await sleep(1100);
    const body = validSubmission(questionnaire, form.formToken);
    const response = await post(bUrl, '/api/readiness-intake/submissions', body, { 'x-forwarded-for': '10.7.7.7' });
    expect(response.status).toBe(201);
  });

  it('send one overdue reminder, though both run the job, and mark each submission reminded once', async () => {
    const { count: overdue } = await a.strapi.db.query(SUBMISSION).updateMany({
      where: { company: { $startsWith: 'Cluster ' }, status: 'new' },
      data: { receivedAt: new Date(Date.now() - 30 * 3_600_000) },
    });
    expect(overdue).toBeGreaterThan(0);
    const reminders = () => smtp.received.filter((mail) => /waiting for triage/.test(mail.parsed.subject ?? ''));
    await waitFor(() => reminders().length > 0, { timeoutMs: 30_000, what: 'the reminder' });
    // Several periods of both instances' jobs.
    await sleep(6000);
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0].to).toEqual(['lead@asyncline.test']);
    expect(reminders()[0].parsed.subject).toBe(`${overdue} readiness intakes waiting for triage over 24 hours`);
    expect(
      await a.strapi.db.query(SUBMISSION).count({ where: { company: { $startsWith: 'Cluster ' }, remindedAt: { $null: true } } })
    ).toBe(0);
  }, 60_000);
});
