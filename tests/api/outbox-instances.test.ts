import { startSmtpServer, type SmtpServer } from '../support/smtp';
import { startApp, startChildInstance, type ChildInstance, type TestApp } from '../support/strapi';
import { sleep, waitFor } from '../support/wait';

const MESSAGE = 'plugin::readiness-intake.outbox-message';
const ATTEMPT = 'plugin::readiness-intake.delivery-attempt';
const EMAILS = 200;

let app: TestApp;
let smtp: SmtpServer;
const instances: ChildInstance[] = [];

beforeAll(async () => {
  smtp = await startSmtpServer();
  // This instance only writes the queue; the two child instances run the delivery job.
  app = await startApp({ ...smtp.env, INTAKE_JOBS_ENABLED: 'false' });
  const jobEnv = { ...smtp.env, INTAKE_JOBS_ENABLED: 'true', INTAKE_OUTBOX_INTERVAL_S: '0.2', INTAKE_OUTBOX_BATCH: '10' };
  // One after the other: two bootstraps at once would race on the first-start work.
  instances.push(await startChildInstance(app.database, jobEnv));
  instances.push(await startChildInstance(app.database, jobEnv));
}, 120_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await app?.stop();
  await smtp?.stop();
});

describe('two instances running the delivery job on one database', () => {
  it(`deliver ${EMAILS} queued emails exactly once between them`, async () => {
    const started = Date.now();
    await app.strapi.db.transaction(async () => {
      await app.strapi
        .plugin('readiness-intake')
        .service('outbox')
        .enqueue(
          Array.from({ length: EMAILS }, (_, i) => ({
            submissionReference: `RI-CLUSTER${String(i).padStart(3, '0')}`,
            kind: 'notification' as const,
            recipient: `consultant${i}@asyncline.test`,
            subject: `Cluster email ${i}`,
            text: `Email ${i}`,
            html: `<p>Email ${i}</p>`,
          }))
        );
    });

    await waitFor(async () => (await app.strapi.db.query(MESSAGE).count({ where: { state: 'sent' } })) === EMAILS, {
      timeoutMs: 90_000,
      intervalMs: 200,
      what: `${EMAILS} emails sent`,
    });
    const elapsed = Date.now() - started;
    // Let a late duplicate, if there were one, arrive before counting.
    await sleep(1000);

    expect(await app.strapi.db.query(MESSAGE).count({ where: { state: 'sent' } })).toBe(EMAILS);
    const subjects = smtp.received.map((mail) => mail.parsed.subject);
    expect(subjects).toHaveLength(EMAILS);
    expect(new Set(subjects).size).toBe(EMAILS);

    const attempts: Array<{ instance: string; outcome: string }> = await app.strapi.db
      .query(ATTEMPT)
      .findMany({ select: ['instance', 'outcome'] });
    expect(attempts.filter((attempt) => attempt.outcome === 'sent')).toHaveLength(EMAILS);
    const byInstance = attempts.reduce<Record<string, number>>(
      (counts, attempt) => ({ ...counts, [attempt.instance]: (counts[attempt.instance] ?? 0) + 1 }),
      {}
    );
    // Both took part: the claims shared the work instead of one instance doing it all.
    expect(Object.keys(byInstance)).toHaveLength(2);
    console.log(
      `[outbox-instances] ${EMAILS} emails delivered once in ${elapsed} ms by two instances on ${
        app.strapi.db.getInfo().client
      }: ${Object.values(byInstance).join(' + ')}`
    );
  }, 120_000);
});
