import { loginSuperAdmin } from '../support/auth';
import { answerAll, submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startSmtpServer, type SmtpServer } from '../support/smtp';
import { startApp, type TestApp } from '../support/strapi';

const SUBMISSION = 'plugin::readiness-intake.submission';
const MESSAGE = 'plugin::readiness-intake.outbox-message';
const ATTEMPT = 'plugin::readiness-intake.delivery-attempt';

let app: TestApp;
let smtp: SmtpServer;
let questionnaire: PublicQuestionnaire;
let superToken: string;

const outbox = () => app.strapi.plugin('readiness-intake').service('outbox');
const settings = () => app.strapi.plugin('readiness-intake').service('settings');
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

const submit = (company: string, data: Record<string, unknown> = {}) =>
  submitIntake(app, questionnaire, { contact: { company }, data });

const mailsAbout = (company: string) => smtp.received.filter((mail) => mail.parsed.subject?.includes(company));

beforeAll(async () => {
  smtp = await startSmtpServer();
  app = await startApp({
    ...smtp.env,
    EMAIL_FROM: 'Asyncline <hello@asyncline.test>',
    INTAKE_NOTIFY_TO: 'lead@asyncline.test, Second@Asyncline.test',
    INTAKE_ADMIN_URL: 'https://cms.asyncline.test/admin/',
    INTAKE_RATE_LIMIT_MAX: '1000',
    // The tests run the delivery job themselves, at the times they choose.
    INTAKE_JOBS_ENABLED: 'false',
    INTAKE_OUTBOX_BACKOFF_S: '30',
    INTAKE_OUTBOX_BACKOFF_MAX_S: '3600',
    INTAKE_OUTBOX_MAX_ATTEMPTS: '4',
  });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  superToken = await loginSuperAdmin(app);
});

afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

describe('the notification email', () => {
  it('is queued with the submission, not sent in the request, one per consultant address', async () => {
    const submission = await submit('Queued Co');
    const queued = await app.strapi.db.query(MESSAGE).findMany({ where: { submissionReference: submission.reference } });
    expect(queued.map((message: { recipient: string; state: string }) => [message.recipient, message.state]).sort()).toEqual([
      ['lead@asyncline.test', 'pending'],
      ['second@asyncline.test', 'pending'],
    ]);
    expect(mailsAbout('Queued Co')).toEqual([]);
  });

  it('carries the company, contact, band label, scores, flags and admin link, as text and escaped HTML', async () => {
    const submission = await submit('<script>alert(1)</script> & Sons', {
      answers: { ...answerAll(questionnaire, 'last'), documentation_architecture: 'not_sure' },
    });
    const run = await outbox().deliverDue();
    expect(run.failed).toBe(0);

    const mails = smtp.received.filter((mail) => mail.parsed.text?.includes(submission.reference));
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual(['lead@asyncline.test', 'second@asyncline.test']);
    const { parsed } = mails[0];
    expect(parsed.from?.text).toContain('hello@asyncline.test');
    expect(parsed.subject).toBe(
      `New readiness intake: <script>alert(1)</script> & Sons — ${
        { ready: 'Ready now', close: 'Closer than you think', foundation: 'Build the foundation first' }[
          submission.band as 'ready'
        ]
      } (${submission.overallScore}/100)`
    );
    const text = parsed.text ?? '';
    expect(text).toContain('Mia Hansen <mia@startup.example>');
    expect(text).toContain(`Overall score: ${submission.overallScore}/100`);
    for (const dimension of submission.dimensionScores) expect(text).toMatch(new RegExp(`: ${dimension.score}/100`));
    expect(text).toContain(`https://cms.asyncline.test/admin/plugins/readiness-intake/submissions/${submission.id}`);
    expect(submission.flagCount).toBeGreaterThan(0);
    for (const flag of submission.flags) expect(text).toContain(flag.message);

    const html = String(parsed.html);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Sons');
    expect(html).not.toContain('<script>');
    expect(html).toContain(`href="https://cms.asyncline.test/admin/plugins/readiness-intake/submissions/${submission.id}"`);
  });

  it('is not queued for spam, nor without any consultant address', async () => {
    const spam = await submit('Spam Co', { url: 'http://spam.example' });
    expect(await app.strapi.db.query(MESSAGE).count({ where: { submissionReference: spam.reference } })).toBe(0);
  });

  it('goes to the recipients from settings too, and a confirmation goes to the respondent when turned on', async () => {
    await settings().update({ notifyRecipients: ['ops@asyncline.test', 'LEAD@asyncline.test'], sendConfirmation: true });
    try {
      const submission = await submit('Confirmed Co');
      const queued = await app.strapi.db.query(MESSAGE).findMany({ where: { submissionReference: submission.reference } });
      expect(queued.map((message: { kind: string; recipient: string }) => `${message.kind}:${message.recipient}`).sort()).toEqual(
        [
          'confirmation:mia@startup.example',
          'notification:lead@asyncline.test',
          'notification:ops@asyncline.test',
          'notification:second@asyncline.test',
        ]
      );
      await outbox().deliverDue();
      const confirmation = smtp.received.find((mail) => mail.to[0] === 'mia@startup.example');
      expect(confirmation?.parsed.subject).toBe('We received your answers, Mia Hansen');
      expect(confirmation?.parsed.text).toContain(submission.reference);
      expect(confirmation?.parsed.text).not.toMatch(/score|band/i);
    } finally {
      await settings().update({ notifyRecipients: [], sendConfirmation: false });
    }
  });
});

describe('an SMTP outage', () => {
  it('delays notifications and loses none: every email is delivered once when SMTP is back', async () => {
    await outbox().deliverDue(); // nothing left over from earlier tests
    const before = smtp.received.length;
    await smtp.stop();
    const submissions = [await submit('Outage One'), await submit('Outage Two'), await submit('Outage Three')];

    const failedRun = await outbox().deliverDue();
    expect(failedRun).toMatchObject({ claimed: 6, sent: 0, failed: 6 });
    const references = submissions.map((submission) => submission.reference);
    const pending = await app.strapi.db.query(MESSAGE).findMany({ where: { submissionReference: { $in: references } } });
    expect(pending.map((message: { state: string; attempts: number }) => [message.state, message.attempts])).toEqual(
      Array(6).fill(['pending', 1])
    );
    // Not due yet: a run now sends nothing, even with the server back.
    await smtp.start();
    expect(await outbox().deliverDue()).toMatchObject({ claimed: 0 });

    expect(await outbox().deliverDue(later(31))).toMatchObject({ claimed: 6, sent: 6, failed: 0 });
    expect(await outbox().deliverDue(later(7200))).toMatchObject({ claimed: 0 });
    const delivered = smtp.received.slice(before);
    expect(delivered).toHaveLength(6);
    expect(new Set(delivered.map((mail) => `${mail.to[0]} ${mail.parsed.subject}`)).size).toBe(6);
  });

  it('retries with exponential backoff and gives up after the last attempt, logging each', async () => {
    await smtp.stop();
    try {
      const submission = await submit('Backoff Co');
      const [message] = await app.strapi.db
        .query(MESSAGE)
        .findMany({ where: { submissionReference: submission.reference, recipient: 'lead@asyncline.test' } });
      const waits: number[] = [];
      let clock = Date.now();
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        await outbox().deliverDue(new Date(clock));
        const stored = await app.strapi.db.query(MESSAGE).findOne({ where: { id: message.id } });
        const [last] = await app.strapi.db
          .query(ATTEMPT)
          .findMany({ where: { messageId: message.id }, orderBy: { id: 'desc' }, limit: 1 });
        if (stored.state === 'pending') {
          waits.push(Math.round((new Date(stored.nextAttemptAt).getTime() - new Date(last.at).getTime()) / 1000));
          clock = new Date(stored.nextAttemptAt).getTime();
        } else {
          expect([stored.state, stored.attempts]).toEqual(['failed', 4]);
        }
      }
      expect(waits).toEqual([30, 60, 120]);
      expect(await app.strapi.db.query(ATTEMPT).count({ where: { messageId: message.id, outcome: 'failed' } })).toBe(4);
      // Given up: never tried again, however late.
      await outbox().deliverDue(later(100_000));
      expect(await app.strapi.db.query(ATTEMPT).count({ where: { messageId: message.id } })).toBe(4);
    } finally {
      await smtp.start();
    }
  });
});

describe('the delivery log', () => {
  it('is on the submission detail: each email with every attempt, its time, recipient, outcome and error', async () => {
    await smtp.stop();
    const submission = await submit('Logged Co');
    await outbox().deliverDue();
    await smtp.start();
    await outbox().deliverDue(later(31));

    const detail = await app
      .http()
      .get(`/readiness-intake/submissions/${submission.id}`)
      .set('Authorization', `Bearer ${superToken}`)
      .expect(200);
    const deliveries = detail.body.data.deliveries;
    expect(deliveries).toHaveLength(2);
    for (const delivery of deliveries) {
      expect(delivery).toMatchObject({ kind: 'notification', state: 'sent', attempts: 2, nextAttemptAt: null });
      expect(delivery.log.map((attempt: { outcome: string }) => attempt.outcome)).toEqual(['failed', 'sent']);
      expect(delivery.log[0]).toMatchObject({
        recipient: delivery.recipient,
        error: expect.stringMatching(/ECONNREFUSED|connect/i),
      });
      expect(delivery.log[1].error).toBeNull();
    }
  });

  it('goes with the submission when it is erased', async () => {
    const submission = await submit('Erased Co');
    await outbox().deliverDue();
    await app
      .http()
      .delete(`/readiness-intake/submissions/${submission.id}`)
      .set('Authorization', `Bearer ${superToken}`)
      .expect(200);
    expect(await app.strapi.db.query(MESSAGE).count({ where: { submissionReference: submission.reference } })).toBe(0);
    expect(await app.strapi.db.query(ATTEMPT).count({ where: { submissionReference: submission.reference } })).toBe(0);
  });
});
