import { submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startSmtpServer, type SmtpServer } from '../support/smtp';
import { startApp, type TestApp } from '../support/strapi';
import { waitFor } from '../support/wait';

const SUBMISSION = 'plugin::readiness-intake.submission';
const NOTE = 'plugin::readiness-intake.note';
const MESSAGE = 'plugin::readiness-intake.outbox-message';
const AUDIT = 'plugin::readiness-intake.audit-entry';
const DAY = 86_400_000;

let app: TestApp;
let smtp: SmtpServer;
let questionnaire: PublicQuestionnaire;

const service = (name: string) => app.strapi.plugin('readiness-intake').service(name);

const submit = (company: string) => submitIntake(app, questionnaire, { contact: { company } });

beforeAll(async () => {
  smtp = await startSmtpServer();
  // The jobs run as in production: default interval, started with the app.
  app = await startApp({ ...smtp.env, INTAKE_NOTIFY_TO: 'lead@asyncline.test', INTAKE_RETENTION_DAYS: '30' });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
});

afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

describe('the delivery job', () => {
  it("sends a new submission's notification on its own, soon after the 201", async () => {
    const submission = await submit('Prompt Co');
    // The mail reaches the server a moment before the job records it as sent: wait for both.
    const stateOf = async () =>
      (await app.strapi.db.query(MESSAGE).findOne({ where: { submissionReference: submission.reference } }))?.state;
    const delivered = () => smtp.received.some((mail) => mail.parsed.text?.includes(submission.reference));
    await waitFor(async () => delivered() && (await stateOf()) === 'sent', { timeoutMs: 20_000, what: 'the email, sent' });
    const mail = smtp.received.find((received) => received.parsed.text?.includes(submission.reference));
    expect(mail?.to).toEqual(['lead@asyncline.test']);
    expect(await stateOf()).toBe('sent');
  });
});

describe('the retention purge', () => {
  it('removes submissions older than the retention period with their notes and emails, auditing each without its data', async () => {
    const old = await submit('Old Co');
    const recent = await submit('Recent Co');
    await app.strapi.db
      .query(SUBMISSION)
      .update({ where: { id: old.id }, data: { receivedAt: new Date(Date.now() - 31 * DAY) } });
    await app.strapi.db
      .query(NOTE)
      .create({ data: { submission: old.id, body: 'Called Old Co', authorId: 1, authorName: 'Casey' } });

    const result = await service('retention').purge();
    expect(result).toMatchObject({ purged: 1, retentionDays: 30 });

    expect(await app.strapi.db.query(SUBMISSION).count({ where: { id: old.id } })).toBe(0);
    expect(await app.strapi.db.query(SUBMISSION).count({ where: { id: recent.id } })).toBe(1);
    expect(await app.strapi.db.query(NOTE).count({ where: { body: 'Called Old Co' } })).toBe(0);
    expect(await app.strapi.db.query(MESSAGE).count({ where: { submissionReference: old.reference } })).toBe(0);

    const [entry] = await app.strapi.db.query(AUDIT).findMany({ where: { submissionReference: old.reference, action: 'purge' } });
    expect(entry).toMatchObject({ actorName: 'Retention purge', from: null, to: { how: 'retention', retentionDays: 30 } });
    expect(JSON.stringify(entry)).not.toMatch(/Old Co|mia@startup|Mia Hansen/);
  });

  it('follows the retention days in settings', async () => {
    const submission = await submit('Kept Longer Co');
    await app.strapi.db
      .query(SUBMISSION)
      .update({ where: { id: submission.id }, data: { receivedAt: new Date(Date.now() - 40 * DAY) } });
    await service('settings').update({ retentionDays: 60 });
    expect((await service('retention').purge()).purged).toBe(0);
    await service('settings').update({ retentionDays: 30 });
    expect((await service('retention').purge()).purged).toBe(1);
  });
});

describe('job leases', () => {
  it('let one holder run a job per period: a second ask fails until the lease lapses', async () => {
    const leases = service('job-leases');
    const now = new Date();
    expect(await leases.acquire('test-job', 60, now)).toBe(true);
    expect(await leases.acquire('test-job', 60, new Date(now.getTime() + 30_000))).toBe(false);
    expect(await leases.acquire('test-job', 60, new Date(now.getTime() + 61_000))).toBe(true);
  });

  it('are taken by exactly one of many concurrent asks', async () => {
    const leases = service('job-leases');
    const now = new Date(Date.now() + 10 * DAY);
    const results = await Promise.all(Array.from({ length: 8 }, () => leases.acquire('race-job', 60, now)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
