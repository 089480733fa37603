import { loginSuperAdmin } from '../support/auth';
import { submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';
import { sleep, startWebhookReceiver } from '../support/wait';

const SUBSCRIPTION = 'plugin::readiness-intake.webhook-subscription';
const ENV = { INTAKE_RATE_LIMIT_MAX: '1000', INTAKE_JOBS_ENABLED: 'false', WEBHOOK_SYNC_S: '0' };

let app: TestApp;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

const subscriptions = async () => {
  const token = await loginSuperAdmin(app);
  return (await app.http().get('/readiness-intake/webhooks').set('Authorization', `Bearer ${token}`).expect(200)).body.data;
};

/** The same database, started again: what a deploy of this release does to one made before it. */
const restart = async () => {
  const database = app.database;
  await app.stop({ keepDatabase: true });
  app = await startApp(ENV, { database });
};

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  app = await startApp(ENV);
});

afterAll(async () => {
  await receiver?.close();
  await app?.stop();
});

describe("subscriptions made in Strapi's webhook store before the plugin had its own", () => {
  it('are moved over once, keep their URL, headers and events, and are posted by the plugin only', async () => {
    // Given two webhooks an earlier release subscribed through Strapi's store: one to the
    // plugin's events and one of Strapi's own, one to the plugin's events only
    await app.strapi.db.query('strapi::webhook').create({
      data: {
        name: 'CRM',
        url: receiver.url,
        headers: { Authorization: 'Bearer crm-token' },
        events: ['readiness-intake.submission.created', 'readiness-intake.submission.status-changed', 'entry.create'],
        enabled: true,
      },
    });
    await app.strapi.db.query('strapi::webhook').create({
      data: {
        name: 'Old CRM',
        url: 'https://old-crm.example.com/hook',
        headers: {},
        events: ['readiness-intake.submission.created'],
        enabled: false,
      },
    });

    // When the app starts on that database
    await restart();

    // Then the plugin has both, with the events under their new names
    const moved = await subscriptions();
    expect(moved).toEqual([
      expect.objectContaining({
        url: receiver.url,
        events: ['submission.created', 'submission.status-changed'],
        enabled: true,
        migratedFrom: 'CRM',
      }),
      expect.objectContaining({
        url: 'https://old-crm.example.com/hook',
        events: ['submission.created'],
        enabled: false,
        migratedFrom: 'Old CRM',
      }),
    ]);
    // And Strapi's store keeps only what was Strapi's own
    const store = await app.strapi.get('webhookStore').findWebhooks();
    expect(store.map((webhook: { name: string; events: string[] }) => [webhook.name, webhook.events])).toEqual([
      ['CRM', ['entry.create']],
    ]);

    // And a new submission reaches the receiver once, from the plugin, with its old headers
    const questionnaire: PublicQuestionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body
      .data;
    const submission = await submitIntake(app, questionnaire);
    await app.strapi.plugin('readiness-intake').service('outbox').deliverDue();
    const call = await receiver.next((hook) => hook.body.submission?.reference === submission.reference);
    expect(call.headers).toMatchObject({
      authorization: 'Bearer crm-token',
      'x-readiness-event': 'submission.created',
      'x-readiness-delivery': expect.any(String),
      'x-readiness-signature': expect.stringMatching(/^t=\d+,v1=[0-9a-f]{64}$/),
    });
    // The body keeps the event name its receiver was written against.
    expect(call.body.event).toBe('readiness-intake.submission.created');
    // Strapi's runner would post within moments: nothing comes.
    await sleep(1000);
    expect(receiver.calls.filter((hook) => hook.body.submission?.reference === submission.reference)).toHaveLength(1);

    // And a second start moves nothing again
    await restart();
    expect(await app.strapi.db.query(SUBSCRIPTION).count()).toBe(2);
  }, 60_000);
});
