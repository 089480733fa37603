import { DEFAULT_QUESTIONNAIRE } from 'strapi-plugin-readiness-intake/strapi-server';
import { createFullAccessToken, loginSuperAdmin } from '../support/auth';
import { formTokenLoadedAgo, submitIntake, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startSmtpServer, type SmtpServer } from '../support/smtp';
import { startApp, type TestApp } from '../support/strapi';

const SUBMISSION = 'plugin::readiness-intake.submission';
const MESSAGE = 'plugin::readiness-intake.outbox-message';
const BAND_LABELS = { ready: 'Ready now', close: 'Closer than you think', foundation: 'Build the foundation first' } as const;

let app: TestApp;
let smtp: SmtpServer;
let questionnaire: PublicQuestionnaire;
let superToken: string;

const outbox = () => app.strapi.plugin('readiness-intake').service('outbox');
const reportsTo = (email: string) =>
  app.strapi.db.query(MESSAGE).findMany({ where: { recipient: email.toLowerCase(), kind: 'report' } });
const submitAs = (email: string, data: Record<string, unknown> = {}, contact: Record<string, unknown> = {}) =>
  submitIntake(app, questionnaire, { pick: 'first', contact: { email, ...contact }, data: { sendReport: true, ...data } });

beforeAll(async () => {
  smtp = await startSmtpServer();
  app = await startApp({
    ...smtp.env,
    EMAIL_FROM: 'Asyncline <hello@asyncline.test>',
    INTAKE_RATE_LIMIT_MAX: '1000',
    INTAKE_SITE_URL: 'https://www.asyncline.test',
    // The tests run the delivery job themselves.
    INTAKE_JOBS_ENABLED: 'false',
  });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  superToken = await loginSuperAdmin(app);

  // Published articles the report recommends, one per weak dimension.
  const token = await createFullAccessToken(app.strapi);
  for (const [title, readinessDimensions] of [
    ['Write it down', ['documentation']],
    ['Tickets that finish', ['specification']],
  ] as const) {
    await app
      .http()
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title, summary: `${title} & <em>why</em>.`, readinessDimensions } })
      .expect(201);
  }
});

afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

describe('the readiness report', () => {
  it('arrives at the respondent, as text and escaped HTML, with the reading, every score, the advice and the article links', async () => {
    // Given a respondent whose name holds markup, scoring low everywhere, who asks for the report
    const name = '<script>alert("x")</script> Mia';
    const submission = await submitAs('Report@Startup.example', {}, { name });
    expect(submission).toMatchObject({ reportRequested: true, reportQueued: true });

    // When the outbox runs
    const run = await outbox().deliverDue();
    expect(run.failed).toBe(0);

    // Then one report reaches the respondent's address
    const mails = smtp.received.filter((mail) => mail.to.includes('report@startup.example'));
    expect(mails).toHaveLength(1);
    const { parsed } = mails[0];
    const band = BAND_LABELS[submission.band as keyof typeof BAND_LABELS];
    expect(parsed.subject).toBe(`Your readiness report: ${band} (${submission.overallScore}/100)`);

    // And the text part carries the band, what it means, each dimension's score with its advice, and the links
    const report = DEFAULT_QUESTIONNAIRE.report!;
    const text = parsed.text ?? '';
    expect(text).toContain(`Hello ${name},`);
    expect(text).toContain(report.bandReadings[submission.band as 'foundation']);
    for (const dimension of DEFAULT_QUESTIONNAIRE.dimensions) {
      const score = submission.dimensionScores.find((d: { key: string }) => d.key === dimension.key).score;
      expect(text).toContain(`${dimension.title}: ${score}/100`);
      if (score < report.lowScoreBelow) expect(text).toContain(report.advice[dimension.key]!);
    }
    expect(text).toContain('https://www.asyncline.test/articles/write-it-down');
    expect(text).toContain('https://www.asyncline.test/articles/tickets-that-finish');

    // And the HTML part escapes every value: the name, the article summaries
    const html = typeof parsed.html === 'string' ? parsed.html : '';
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mia');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<em>');
    expect(html).toContain('<a href="https://www.asyncline.test/articles/write-it-down">Write it down</a>');

    // And the submission page lists it among the emails
    const detail = await app
      .http()
      .get(`/readiness-intake/submissions/${submission.id}`)
      .set('Authorization', `Bearer ${superToken}`)
      .expect(200);
    expect(detail.body.data.reportQueued).toBe(true);
    expect(detail.body.data.deliveries).toContainEqual(
      expect.objectContaining({ kind: 'report', recipient: 'report@startup.example', state: 'sent' })
    );
  });

  it('is not queued without sendReport', async () => {
    const submission = await submitAs('quiet@startup.example', { sendReport: false });
    expect(submission).toMatchObject({ reportRequested: false, reportQueued: false });
    expect(await reportsTo('quiet@startup.example')).toEqual([]);
  });

  it('is not queued for a submission marked spam, which still gets its 201', async () => {
    const submission = await submitAs('bot@spam.example', { url: 'https://spam.example' });
    expect(submission).toMatchObject({ spam: true, reportRequested: true, reportQueued: false });
    expect(await reportsTo('bot@spam.example')).toEqual([]);
  });

  it('is sent at most three times a day per address: the fourth submission is stored and answered 201, without a report', async () => {
    // Given three submissions with reports from one address, written in two cases
    for (const email of ['four@startup.example', 'Four@Startup.example', 'FOUR@startup.example']) {
      expect(await submitAs(email)).toMatchObject({ reportQueued: true });
    }

    // When a fourth arrives the same day
    const body = validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10), { sendReport: true });
    body.data.contact = { ...body.data.contact, email: 'four@startup.example' };
    const response = await app.http().post('/api/readiness-intake/submissions').send(body).expect(201);

    // Then it is stored, recorded as asked for but not queued, and no fourth report exists
    const fourth = await app.strapi.db.query(SUBMISSION).findOne({ where: { reference: response.body.data.reference } });
    expect(fourth).toMatchObject({ contactEmail: 'four@startup.example', reportRequested: true, reportQueued: false });
    await outbox().deliverDue();
    expect(await reportsTo('four@startup.example')).toHaveLength(3);
    expect(smtp.received.filter((mail) => mail.to.includes('four@startup.example'))).toHaveLength(3);
  });

  it('counts a rolling 24 hours: a report older than that no longer counts', async () => {
    // Given three reports for an address, the oldest sent 25 hours ago
    const first = await submitAs('rolling@startup.example');
    await submitAs('rolling@startup.example');
    await submitAs('rolling@startup.example');
    await app.strapi.db
      .query(SUBMISSION)
      .update({ where: { id: first.id }, data: { receivedAt: new Date(Date.now() - 25 * 3600 * 1000) } });

    // When another submission asks for one, then it is queued
    expect(await submitAs('rolling@startup.example')).toMatchObject({ reportQueued: true });
  });

  it('holds for submissions sent at the same moment: of six at once, three get a report', async () => {
    const body = () => {
      const submission = validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10), { sendReport: true });
      submission.data.contact = { ...submission.data.contact, email: 'burst@startup.example' };
      return submission;
    };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => app.http().post('/api/readiness-intake/submissions').send(body()))
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const stored = await app.strapi.db.query(SUBMISSION).findMany({ where: { contactEmail: 'burst@startup.example' } });
    expect(stored).toHaveLength(6);
    expect(stored.map((submission: { reportQueued: boolean }) => submission.reportQueued).filter(Boolean)).toHaveLength(3);
    expect(await reportsTo('burst@startup.example')).toHaveLength(3);
  });
});
