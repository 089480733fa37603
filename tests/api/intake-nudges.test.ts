import { loginConsultant, loginSuperAdmin } from '../support/auth';
import { submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startSmtpServer, type ReceivedMail, type SmtpServer } from '../support/smtp';
import { startApp, type TestApp } from '../support/strapi';
import { sleep, waitFor } from '../support/wait';

const SUBMISSION = 'plugin::readiness-intake.submission';
const MESSAGE = 'plugin::readiness-intake.outbox-message';
const HOUR = 3_600_000;
const ADMIN_URL = 'https://cms.example/admin';
/** The reminder job's period here: a few seconds, so the test sees it run on its own, several times. */
const REMINDER_INTERVAL_MIN = 0.03;

let app: TestApp;
let smtp: SmtpServer;
let questionnaire: PublicQuestionnaire;
let consultant: { token: string; id: number };
let superToken: string;

const as = (token: string) => ({
  put: (path: string, body: object) => app.http().put(path).set('Authorization', `Bearer ${token}`).send(body),
  get: (path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`),
  delete: (path: string) => app.http().delete(path).set('Authorization', `Bearer ${token}`),
});

const submit = (company: string) => submitIntake(app, questionnaire, { contact: { company } });

const mailsTo = (address: string, subject: RegExp) =>
  smtp.received.filter((mail) => mail.to.includes(address) && subject.test(mail.parsed.subject ?? ''));

const reminders = () => mailsTo('lead@asyncline.test', /waiting for triage/);

/** Makes a submission arrive `hours` ago, past the 24-hour SLA when hours > 24. */
const receivedHoursAgo = (id: number, hours: number) =>
  app.strapi.db.query(SUBMISSION).update({ where: { id }, data: { receivedAt: new Date(Date.now() - hours * HOUR) } });

const textOf = (mail: ReceivedMail) => mail.parsed.text ?? '';

beforeAll(async () => {
  smtp = await startSmtpServer();
  app = await startApp({
    ...smtp.env,
    INTAKE_NOTIFY_TO: 'lead@asyncline.test',
    INTAKE_ADMIN_URL: ADMIN_URL,
    INTAKE_TRIAGE_SLA_HOURS: '24',
    INTAKE_REMINDER_INTERVAL_MIN: String(REMINDER_INTERVAL_MIN),
    INTAKE_OUTBOX_INTERVAL_S: '0.5',
    INTAKE_RATE_LIMIT_MAX: '10000',
  });
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  consultant = await loginConsultant(app);
  superToken = await loginSuperAdmin(app);
});

afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

describe('the assignment email', () => {
  it('reaches the assignee at a real SMTP server, with a link to the submission, and is in its delivery log', async () => {
    const submission = await submit('Assigned Co');
    const detail = await as(superToken)
      .put(`/readiness-intake/submissions/${submission.id}/triage`, { assignee: consultant.id })
      .expect(200);
    // Written with the change: in the detail the PUT answers, before any send.
    expect(detail.body.data.deliveries).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'assignment', recipient: 'consultant@example.com' })])
    );

    await waitFor(() => mailsTo('consultant@example.com', /Assigned Co/).length > 0, { what: 'the assignment email' });
    const [mail] = mailsTo('consultant@example.com', /Assigned Co/);
    expect(mail.parsed.subject).toBe(`Super Tester assigned you Assigned Co (${submission.reference})`);
    expect(textOf(mail)).toContain(`${ADMIN_URL}/plugins/readiness-intake/submissions/${submission.id}`);
    expect(textOf(mail)).toContain(`${ADMIN_URL}/plugins/readiness-intake?assignee=me`);
    expect(mail.parsed.html).toContain(`href="${ADMIN_URL}/plugins/readiness-intake/submissions/${submission.id}"`);
    // Contact details stay in the admin.
    expect(textOf(mail)).not.toContain(submission.contactEmail);
  });

  it('is not sent for work an admin assigns to themselves, for an unchanged assignee, or for unassigning', async () => {
    const submission = await submit('Self Co');
    const triage = (body: object, token = consultant.token) =>
      as(token).put(`/readiness-intake/submissions/${submission.id}/triage`, body).expect(200);
    await triage({ assignee: consultant.id });
    await triage({ assignee: consultant.id, status: 'in_review' }, superToken);
    await triage({ assignee: null }, superToken);
    expect(
      await app.strapi.db.query(MESSAGE).count({ where: { kind: 'assignment', submissionReference: submission.reference } })
    ).toBe(0);
  });

  it('is one email for a bulk assignment, listing every submission it moved', async () => {
    const moved = [await submit('Bulk One'), await submit('Bulk Two'), await submit('Bulk Three')];
    await as(superToken)
      .put('/readiness-intake/submissions/triage', { ids: moved.map((s) => s.id), assignee: consultant.id })
      .expect(200);
    await waitFor(() => mailsTo('consultant@example.com', /assigned you 3 readiness intakes/).length > 0, {
      what: 'the bulk assignment email',
    });
    await sleep(1500);
    const mails = mailsTo('consultant@example.com', /Bulk|3 readiness intakes/);
    expect(mails).toHaveLength(1);
    for (const submission of moved) {
      expect(textOf(mails[0])).toContain(submission.reference);
      expect(textOf(mails[0])).toContain(`${ADMIN_URL}/plugins/readiness-intake/submissions/${submission.id}`);
    }
  });

  it('is not queued when the triage change is refused', async () => {
    const submission = await submit('Refused Co');
    const response = await as(superToken)
      .put(`/readiness-intake/submissions/${submission.id}/triage`, { assignee: consultant.id, status: 'nonsense' })
      .expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    const bulk = await as(superToken)
      .put('/readiness-intake/submissions/triage', { ids: [submission.id, 999_999], assignee: consultant.id })
      .expect(400);
    expect(bulk.body.error.name).toBe('ValidationError');
    expect(
      await app.strapi.db.query(MESSAGE).count({ where: { kind: 'assignment', submissionReference: submission.reference } })
    ).toBe(0);
  });
});

describe('the overdue reminder', () => {
  it('lists the submissions still new past the SLA in one email to the notification recipients, once each', async () => {
    const overdue = [await submit('Late One'), await submit('Late Two')];
    const recent = await submit('Recent Co');
    const triaged = await submit('Triaged Co');
    await as(superToken).put(`/readiness-intake/submissions/${triaged.id}/triage`, { status: 'in_review' }).expect(200);
    // In one transaction: a reminder run between the two would list one of them alone.
    await app.strapi.db.transaction(async () => {
      await receivedHoursAgo(overdue[0].id, 80);
      await receivedHoursAgo(overdue[1].id, 30);
      await receivedHoursAgo(triaged.id, 50);
    });

    // The job runs on its own timer, under its lease.
    await waitFor(() => reminders().some((mail) => textOf(mail).includes(overdue[0].reference)), {
      timeoutMs: 20_000,
      what: 'the reminder',
    });
    const [reminder] = reminders().filter((mail) => textOf(mail).includes(overdue[0].reference));
    expect(reminder.parsed.subject).toBe('2 readiness intakes waiting for triage over 24 hours');
    expect(textOf(reminder)).toContain(overdue[1].reference);
    expect(textOf(reminder)).not.toContain(recent.reference);
    expect(textOf(reminder)).not.toContain(triaged.reference);
    // Oldest first, each with its age and link; the overdue inbox at the end.
    expect(textOf(reminder).indexOf('Late One')).toBeLessThan(textOf(reminder).indexOf('Late Two'));
    expect(textOf(reminder)).toContain('received 3 days ago');
    expect(textOf(reminder)).toContain(`${ADMIN_URL}/plugins/readiness-intake/submissions/${overdue[1].id}`);
    expect(textOf(reminder)).toContain(`${ADMIN_URL}/plugins/readiness-intake?overdue=true`);

    const stored = await app.strapi.db.query(SUBMISSION).findMany({ where: { id: { $in: overdue.map((s) => s.id) } } });
    expect(stored.every((row: { remindedAt: string | null }) => row.remindedAt !== null)).toBe(true);

    // Several more periods of the job: nothing is reminded twice.
    await sleep(REMINDER_INTERVAL_MIN * 60_000 * 4);
    expect(reminders().filter((mail) => textOf(mail).includes(overdue[0].reference))).toHaveLength(1);

    // A submission that becomes overdue later is in the next reminder, alone.
    await receivedHoursAgo(recent.id, 25);
    await waitFor(() => reminders().some((mail) => textOf(mail).includes(recent.reference)), {
      timeoutMs: 20_000,
      what: 'the second reminder',
    });
    const second = reminders().find((mail) => textOf(mail).includes(recent.reference))!;
    expect(second.parsed.subject).toBe('1 readiness intake waiting for triage over 24 hours');
    expect(textOf(second)).not.toContain(overdue[0].reference);
  });

  it('reminds each submission once when runs race, and follows the SLA in settings', async () => {
    const late = await submit('Race Co');
    // Four hours late under a 2-hour SLA, on time under the default 24.
    await receivedHoursAgo(late.id, 4);
    await app.strapi.plugin('readiness-intake').service('settings').update({ triageSlaHours: 2 });
    try {
      const nudges = app.strapi.plugin('readiness-intake').service('nudges');
      // Runs that bypass the job's lease, at once: only the compare-and-set keeps them apart.
      const runs = await Promise.all([nudges.remindOverdue(), nudges.remindOverdue(), nudges.remindOverdue()]);
      // At most one of them reminded it (the job's own run, going on meanwhile, may have been first).
      expect(runs.filter((run: { reminded: number }) => run.reminded > 0).length).toBeLessThanOrEqual(1);
      expect(await app.strapi.db.query(MESSAGE).count({ where: { kind: 'reminder', text: { $contains: late.reference } } })).toBe(
        1
      );
      await waitFor(() => reminders().some((mail) => textOf(mail).includes(late.reference)), { what: 'the reminder' });
      expect(reminders().find((mail) => textOf(mail).includes(late.reference))!.parsed.subject).toMatch(/over 2 hours$/);
    } finally {
      await app.strapi.plugin('readiness-intake').service('settings').update({ triageSlaHours: 24 });
    }
  });

  it('leaves with a submission when it is erased', async () => {
    const erased = await submit('Erased Co');
    const kept = await submit('Kept Co');
    await receivedHoursAgo(erased.id, 48);
    await receivedHoursAgo(kept.id, 48);
    await waitFor(
      async () =>
        (await app.strapi.db.query(MESSAGE).count({ where: { kind: 'reminder', text: { $contains: erased.reference } } })) > 0,
      { timeoutMs: 20_000, what: 'the reminder, queued' }
    );
    await as(superToken).delete(`/readiness-intake/submissions/${erased.id}`).expect(200);
    // The reminder named the erased submission: it goes, whoever else it listed.
    expect(await app.strapi.db.query(MESSAGE).count({ where: { text: { $contains: erased.reference } } })).toBe(0);
    expect(await app.strapi.db.query(SUBMISSION).count({ where: { id: kept.id } })).toBe(1);
  });
});

describe('the retention purge', () => {
  it('removes reminders older than the retention period, whose submissions are gone by then', async () => {
    const before = await app.strapi.db.query(MESSAGE).count({ where: { kind: 'reminder' } });
    expect(before).toBeGreaterThan(0);
    const [oldest] = await app.strapi.db
      .query(MESSAGE)
      .findMany({ where: { kind: 'reminder' }, orderBy: { id: 'asc' }, limit: 1 });
    await app.strapi.db
      .query(MESSAGE)
      .update({ where: { id: oldest.id }, data: { createdAt: new Date(Date.now() - 400 * 24 * HOUR) } });
    await app.strapi.plugin('readiness-intake').service('retention').purge();
    expect(await app.strapi.db.query(MESSAGE).count({ where: { id: oldest.id } })).toBe(0);
    expect(await app.strapi.db.query(MESSAGE).count({ where: { kind: 'reminder' } })).toBe(before - 1);
  });
});
