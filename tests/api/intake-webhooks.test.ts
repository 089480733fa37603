import { createHmac, timingSafeEqual } from 'crypto';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';

import { loginConsultant, loginSuperAdmin } from '../support/auth';
import { submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';
import { startWebhookReceiver, type WebhookCall } from '../support/wait';

const MESSAGE = 'plugin::readiness-intake.outbox-message';
const SUBSCRIPTION = 'plugin::readiness-intake.webhook-subscription';
const EVENTS = [
  'submission.created',
  'submission.status-changed',
  'submission.assigned',
  'submission.rated',
  'submission.erased',
];

let app: TestApp;
let questionnaire: PublicQuestionnaire;
let superToken: string;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

const outbox = () => app.strapi.plugin('readiness-intake').service('outbox');
const settings = () => app.strapi.plugin('readiness-intake').service('settings');
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);
const admin = (method: 'get' | 'post' | 'put' | 'delete', path: string, token = superToken) =>
  app.http()[method](`/readiness-intake${path}`).set('Authorization', `Bearer ${token}`);

const submit = (company: string) => submitIntake(app, questionnaire, { contact: { company } });

const subscribe = async (url = receiver.url, events = EVENTS) =>
  (await admin('post', '/webhooks').send({ url, events, enabled: true }).expect(201)).body.data as {
    id: number;
    secret: string;
  };

const about = (reference: string, event?: string) => (call: WebhookCall) =>
  call.body.submission?.reference === reference && (!event || call.headers['x-readiness-event'] === event);

/** What a receiver does with the header, as the README shows it. */
const verifies = (secret: string, call: WebhookCall, toleranceSeconds = 300) => {
  const { t, v1 } = Object.fromEntries(
    String(call.headers['x-readiness-signature'])
      .split(',')
      .map((part) => part.split('='))
  );
  if (Math.abs(Date.now() / 1000 - Number(t)) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${call.raw}`).digest();
  const given = Buffer.from(v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
};

beforeAll(async () => {
  app = await startApp({
    INTAKE_RATE_LIMIT_MAX: '1000',
    // The tests run the delivery job themselves, at the times they choose.
    INTAKE_JOBS_ENABLED: 'false',
    INTAKE_OUTBOX_BACKOFF_S: '30',
    INTAKE_OUTBOX_BACKOFF_MAX_S: '3600',
    INTAKE_OUTBOX_MAX_ATTEMPTS: '6',
    INTAKE_WEBHOOK_TIMEOUT_S: '1',
  });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  superToken = await loginSuperAdmin(app);
  receiver = await startWebhookReceiver();
});

afterAll(async () => {
  await receiver?.close();
  await app?.stop();
});

afterEach(async () => {
  // Each test its own subscriptions, and nothing left due for the next one.
  for (const { id } of (await admin('get', '/webhooks').expect(200)).body.data)
    await admin('delete', `/webhooks/${id}`).expect(200);
  await app.strapi.db.query(MESSAGE).deleteMany({ where: { kind: 'webhook' } });
});

describe('webhook subscriptions', () => {
  it('return the secret in the create answer only, never in a list or an update', async () => {
    // Given a new subscription
    const created = await admin('post', '/webhooks').send({ url: receiver.url, events: EVENTS, enabled: true }).expect(201);
    expect(created.body.data).toMatchObject({ url: receiver.url, events: EVENTS, enabled: true, migratedFrom: null });
    expect(created.body.data.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    const { id, secret } = created.body.data;

    // Then nothing else ever carries it
    const listed = await admin('get', '/webhooks').expect(200);
    expect(listed.body.data).toEqual([expect.objectContaining({ id, url: receiver.url })]);
    const updated = await admin('put', `/webhooks/${id}`)
      .send({ enabled: false, events: ['submission.created'] })
      .expect(200);
    expect(updated.body.data).toMatchObject({ id, enabled: false, events: ['submission.created'] });
    const deliveries = await admin('get', `/webhooks/${id}/deliveries`).expect(200);
    for (const answer of [listed, updated, deliveries]) {
      expect(JSON.stringify(answer.body)).not.toContain(secret);
      expect(JSON.stringify(answer.body)).not.toContain('secret');
    }

    // And a delete removes it
    await admin('delete', `/webhooks/${id}`).expect(200, { data: { id } });
    await admin('get', `/webhooks/${id}/deliveries`).expect(404);
  });

  it.each([
    ['a URL that is not http(s)', { url: 'ftp://crm.example.com/hook', events: EVENTS, enabled: true }, 'url'],
    ['no URL at all', { url: 'not a url', events: EVENTS, enabled: true }, 'url'],
    ['credentials in the URL', { url: 'https://user:pass@crm.example.com/', events: EVENTS, enabled: true }, 'url'],
    ['an unknown event', { url: 'https://crm.example.com/', events: ['submission.deleted'], enabled: true }, 'events.0'],
    ['no event', { url: 'https://crm.example.com/', events: [], enabled: true }, 'events'],
    ['enabled as a string', { url: 'https://crm.example.com/', events: EVENTS, enabled: 'yes' }, 'enabled'],
    ['a missing key', { url: 'https://crm.example.com/', events: EVENTS }, 'enabled'],
    ['an unknown key', { url: 'https://crm.example.com/', events: EVENTS, enabled: true, secret: 'mine' }, ''],
  ])('refuse %s with a 400 naming the path, and store nothing', async (_case, body, path) => {
    const response = await admin('post', '/webhooks').send(body).expect(400);
    expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
    expect(response.body.error.details.errors.map((issue: { path: string[] }) => issue.path.join('.'))).toContain(path);
    expect(await app.strapi.db.query(SUBSCRIPTION).count()).toBe(0);
  });

  it('refuse a bad update, an unknown id and a caller without the settings permission', async () => {
    const { id } = await subscribe();
    await admin('put', `/webhooks/${id}`).send({ url: 'javascript:alert(1)' }).expect(400);
    await admin('put', `/webhooks/${id}`).send({}).expect(400);
    expect((await admin('get', '/webhooks').expect(200)).body.data[0].url).toBe(receiver.url);
    await admin('put', '/webhooks/999999').send({ enabled: false }).expect(404);
    await admin('delete', '/webhooks/0x1').expect(400);

    const consultant = await loginConsultant(app, 'webhook-consultant@example.com');
    await admin('get', '/webhooks', consultant.token).expect(403);
    await admin('post', '/webhooks', consultant.token).send({ url: receiver.url, events: EVENTS, enabled: true }).expect(403);
    expect(await app.strapi.db.query(SUBSCRIPTION).count()).toBe(1);
  });
});

describe('a webhook delivery', () => {
  it('is signed: X-Readiness-Signature verifies with the secret, and with no other', async () => {
    const { secret } = await subscribe();
    const submission = await submit('Signed Co');
    await outbox().deliverDue();

    const call = await receiver.next(about(submission.reference));
    expect(call.headers['x-readiness-event']).toBe('submission.created');
    expect(call.headers['x-readiness-delivery']).toMatch(/^[0-9a-f-]{36}$/);
    expect(call.headers['x-readiness-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifies(secret, call)).toBe(true);
    expect(verifies(`${secret}x`, call)).toBe(false);
    expect(verifies(secret, { ...call, raw: call.raw.replace('"new"', '"spam"') })).toBe(false);
    // Today's payload: scores and band, no free text by default.
    expect(call.body).toEqual({
      event: 'submission.created',
      createdAt: expect.any(String),
      submission: {
        id: submission.id,
        reference: submission.reference,
        receivedAt: new Date(submission.receivedAt).toISOString(),
        status: 'new',
        questionnaireVersion: submission.questionnaireVersion,
        locale: 'en',
        overallScore: submission.overallScore,
        band: submission.band,
        consultantBand: null,
        dimensions: Object.fromEntries(submission.dimensionScores.map((d: { key: string; score: number }) => [d.key, d.score])),
        flagCount: submission.flagCount,
      },
    });
    expect(call.raw).not.toMatch(/Signed Co|mia@startup|Stripe/);
  });

  it('to a receiver that answers 500 twice arrives on the third try, with the same X-Readiness-Delivery', async () => {
    const { id } = await subscribe(receiver.url, ['submission.created']);
    receiver.failNext(2);
    const submission = await submit('Flaky Co');

    await outbox().deliverDue();
    // Not due again before its backoff.
    expect(await outbox().deliverDue(later(10))).toMatchObject({ claimed: 0 });
    await outbox().deliverDue(later(31));
    await outbox().deliverDue(later(31 + 61));

    const calls = receiver.calls.filter(about(submission.reference));
    expect(calls.map((call) => call.status)).toEqual([500, 500, 200]);
    expect(new Set(calls.map((call) => call.headers['x-readiness-delivery'])).size).toBe(1);
    expect(new Set(calls.map((call) => call.raw)).size).toBe(1);

    // And the log shows every try.
    const [delivery] = (await admin('get', `/webhooks/${id}/deliveries`).expect(200)).body.data;
    expect(delivery).toMatchObject({
      deliveryId: calls[0].headers['x-readiness-delivery'],
      event: 'submission.created',
      submissionReference: submission.reference,
      state: 'sent',
      attempts: 3,
      nextAttemptAt: null,
    });
    expect(
      delivery.log.map((attempt: { outcome: string; responseStatus: number }) => [attempt.outcome, attempt.responseStatus])
    ).toEqual([
      ['failed', 500],
      ['failed', 500],
      ['sent', 200],
    ]);
  });

  it('to a receiver that is down for longer than the first retries arrives once it is back, once', async () => {
    await subscribe(receiver.url, ['submission.created']);
    const submission = await submit('Down Co');
    await receiver.down();
    try {
      await outbox().deliverDue();
      await outbox().deliverDue(later(31));
      await outbox().deliverDue(later(31 + 61));
    } finally {
      await receiver.up();
    }
    const [row] = await app.strapi.db
      .query(MESSAGE)
      .findMany({ where: { kind: 'webhook', submissionReference: submission.reference } });
    expect(row).toMatchObject({ state: 'pending', attempts: 3, lastError: expect.stringMatching(/ECONNREFUSED|fetch failed/) });

    await outbox().deliverDue(later(31 + 61 + 121));
    await outbox().deliverDue(later(100_000));
    expect(receiver.calls.filter(about(submission.reference))).toHaveLength(1);
  });

  it('is retried when the receiver does not answer within the timeout', async () => {
    const hanging: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const { id } = await subscribe(`http://127.0.0.1:${(hanging.address() as AddressInfo).port}/hook`, ['submission.created']);
      await submit('Slow Co');
      const started = Date.now();
      expect(await outbox().deliverDue()).toMatchObject({ claimed: 1, failed: 1 });
      expect(Date.now() - started).toBeLessThan(5000);
      const [delivery] = (await admin('get', `/webhooks/${id}/deliveries`).expect(200)).body.data;
      expect(delivery).toMatchObject({ state: 'pending', attempts: 1, lastError: 'timed out after 1 s' });
      expect(delivery.log[0]).toMatchObject({ outcome: 'failed', responseStatus: null });
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });
});

describe('the five events', () => {
  it('each arrive, with what changed, for a subscription to all of them', async () => {
    await subscribe();
    const submission = await submit('Events Co');
    const consultant = await loginConsultant(app, 'events-consultant@example.com');
    await admin('put', `/submissions/${submission.id}/triage`).send({ status: 'in_review', assignee: consultant.id }).expect(200);
    await admin('post', `/submissions/${submission.id}/rating`)
      .send({ band: 'ready', reason: 'Talked to their CTO' })
      .expect(200);
    await outbox().deliverDue();
    // An erasure takes the submission's undelivered posts with it, so the others go first.
    await admin('delete', `/submissions/${submission.id}`).expect(200);
    await outbox().deliverDue();

    const byEvent = (event: string) => receiver.calls.filter(about(submission.reference, event));
    expect(byEvent('submission.created')).toHaveLength(1);
    expect(byEvent('submission.status-changed').map((call) => call.body)).toEqual([
      expect.objectContaining({ previousStatus: 'new', submission: expect.objectContaining({ status: 'in_review' }) }),
    ]);
    expect(byEvent('submission.assigned').map((call) => call.body)).toEqual([
      expect.objectContaining({ previousAssignee: null, assignee: { id: consultant.id, name: expect.any(String) } }),
    ]);
    expect(byEvent('submission.rated').map((call) => call.body)).toEqual([
      expect.objectContaining({
        rating: { band: 'ready', previousBand: null, by: expect.any(String) },
        submission: expect.objectContaining({ consultantBand: 'ready' }),
      }),
    ]);
    // The erasure: the reference and nothing else.
    expect(byEvent('submission.erased').map((call) => call.body)).toEqual([
      { event: 'submission.erased', createdAt: expect.any(String), submission: { reference: submission.reference } },
    ]);
    expect(byEvent('submission.rated')[0].raw).not.toContain('Talked to their CTO');
  });

  it('carry the contact, the backlog and the rating reason once settings allow free text', async () => {
    await subscribe(receiver.url, ['submission.created', 'submission.rated']);
    await settings().update({ webhookFreeText: true });
    try {
      const submission = await submit('Free Text Co');
      await admin('post', `/submissions/${submission.id}/rating`).send({ band: 'close', reason: 'Docs are thin' }).expect(200);
      await outbox().deliverDue();
      const created = await receiver.next(about(submission.reference, 'submission.created'));
      expect(created.body.submission).toMatchObject({ contact: { company: 'Free Text Co', email: 'mia@startup.example' } });
      expect(created.body.submission.backlog).toContain('Stripe');
      const rated = await receiver.next(about(submission.reference, 'submission.rated'));
      expect(rated.body.rating).toMatchObject({ band: 'close', reason: 'Docs are thin' });
    } finally {
      await settings().update({ webhookFreeText: false });
    }
  });

  it('go only to enabled subscriptions that asked for them', async () => {
    const other = await startWebhookReceiver();
    try {
      await subscribe(receiver.url, ['submission.status-changed']);
      const disabled = await subscribe(other.url, EVENTS);
      await admin('put', `/webhooks/${disabled.id}`).send({ enabled: false }).expect(200);
      const submission = await submit('Picky Co');
      await admin('put', `/submissions/${submission.id}/triage`).send({ status: 'contacted' }).expect(200);
      await outbox().deliverDue();
      expect(receiver.calls.filter(about(submission.reference)).map((call) => call.headers['x-readiness-event'])).toEqual([
        'submission.status-changed',
      ]);
      expect(other.calls).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it("are written in the change's transaction: a triage refused halfway queues nothing", async () => {
    await subscribe();
    const submission = await submit('Rolled Back Co');
    await app.strapi.db.query(MESSAGE).deleteMany({ where: { kind: 'webhook' } });
    // The status is valid, the assignee is not: the whole change is refused.
    await admin('put', `/submissions/${submission.id}/triage`).send({ status: 'contacted', assignee: 999_999 }).expect(400);
    expect(await app.strapi.db.query(MESSAGE).count({ where: { kind: 'webhook' } })).toBe(0);
  });

  it('are not queued for spam', async () => {
    await subscribe();
    const spam = await submitIntake(app, questionnaire, { data: { url: 'http://spam.example' } });
    expect(await app.strapi.db.query(MESSAGE).count({ where: { kind: 'webhook', submissionReference: spam.reference } })).toBe(0);
  });
});

describe('the test send and the redelivery', () => {
  it('post a signed webhook.test at once, and post a delivery again with its same id and body', async () => {
    const { id, secret } = await subscribe(receiver.url, ['submission.created']);

    // A test send is posted in the request, and answered with its outcome.
    const tested = await admin('post', `/webhooks/${id}/test`).send({}).expect(200);
    expect(tested.body.data).toMatchObject({ event: 'webhook.test', state: 'sent', attempts: 1 });
    const ping = await receiver.next((call) => call.headers['x-readiness-event'] === 'webhook.test');
    expect(ping.headers['x-readiness-delivery']).toBe(tested.body.data.deliveryId);
    expect(verifies(secret, ping)).toBe(true);

    // A delivered event, posted again on request.
    const submission = await submit('Redelivered Co');
    await outbox().deliverDue();
    const first = await receiver.next(about(submission.reference));
    const delivery = (await admin('get', `/webhooks/${id}/deliveries`).expect(200)).body.data.find(
      (row: { submissionReference: string }) => row.submissionReference === submission.reference
    );
    const again = await admin('post', `/webhooks/${id}/deliveries/${delivery.id}/redeliver`).send({}).expect(200);
    expect(again.body.data).toMatchObject({ state: 'sent', attempts: 2 });
    const calls = receiver.calls.filter(about(submission.reference));
    expect(calls).toHaveLength(2);
    expect(calls[1].headers['x-readiness-delivery']).toBe(first.headers['x-readiness-delivery']);
    expect(calls[1].raw).toBe(first.raw);
    expect(verifies(secret, calls[1])).toBe(true);

    // The log has both, newest first.
    const log = (await admin('get', `/webhooks/${id}/deliveries`).expect(200)).body.data;
    expect(log.map((row: { event: string }) => row.event)).toEqual(['submission.created', 'webhook.test']);

    // Another subscription's delivery, or none, is a 404.
    await admin('post', `/webhooks/${id}/deliveries/999999/redeliver`).send({}).expect(404);
  });

  it('sign with a rotated secret from then on, and show the new one once', async () => {
    const { id, secret } = await subscribe(receiver.url, ['submission.created']);
    const rotated = await admin('post', `/webhooks/${id}/secret`).send({}).expect(200);
    expect(rotated.body.data.secret).not.toBe(secret);
    await admin('post', `/webhooks/${id}/test`).send({}).expect(200);
    const ping = receiver.calls.filter((call) => call.headers['x-readiness-event'] === 'webhook.test').at(-1)!;
    expect(verifies(rotated.body.data.secret, ping)).toBe(true);
    expect(verifies(secret, ping)).toBe(false);
  });
});
