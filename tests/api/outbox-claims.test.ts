import { startFaultySmtpServer, type FaultySmtpServer } from '../support/faulty-smtp';
import { startApp, type TestApp } from '../support/strapi';
import { sleep, waitFor } from '../support/wait';

const MESSAGE = 'plugin::readiness-intake.outbox-message';
const ATTEMPT = 'plugin::readiness-intake.delivery-attempt';
const EMAILS = 3;

let app: TestApp;
let smtp: FaultySmtpServer;

const outbox = () => app.strapi.plugin('readiness-intake').service('outbox');

beforeAll(async () => {
  // Each send takes about 0.6 s (four replies 150 ms late); three of them, one at a time,
  // take longer than a claim holds.
  smtp = await startFaultySmtpServer({ replyDelayMs: 150, acceptDelayMs: 150 });
  app = await startApp({
    ...smtp.env,
    INTAKE_JOBS_ENABLED: 'false',
    INTAKE_OUTBOX_BATCH: String(EMAILS),
    INTAKE_OUTBOX_CONCURRENCY: '1',
    INTAKE_OUTBOX_CLAIM_S: '1',
    INTAKE_WEBHOOK_TIMEOUT_S: '0.5',
  });
});

afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

describe('a delivery run slower than one claim', () => {
  it('claims each email when it starts sending it, never one still waiting its turn', async () => {
    // Given three emails, and a relay slow enough that sending all three outlasts a claim
    await app.strapi.db.transaction(() =>
      outbox().enqueue(
        Array.from({ length: EMAILS }, (_, i) => ({
          submissionReference: `RI-CLAIMS${i}`,
          kind: 'notification' as const,
          recipient: `consultant${i}@asyncline.test`,
          subject: `Claimed when sent ${i}`,
          text: `Email ${i}`,
          html: `<p>Email ${i}</p>`,
        }))
      )
    );

    // When one run sends them, one at a time, while we watch the claims it holds
    let mostHeldAtOnce = 0;
    let running = true;
    const watching = (async () => {
      while (running) {
        const held = await app.strapi.db.query(MESSAGE).count({ where: { claimedBy: { $notNull: true } } });
        mostHeldAtOnce = Math.max(mostHeldAtOnce, held);
        await sleep(20);
      }
    })();
    const started = Date.now();
    const run = await outbox().deliverDue();
    running = false;
    await watching;

    // Then all are sent, the run outlasting one claim, and no email waiting its turn was
    // ever claimed: a claim starts with its own send, so another instance can never find a
    // lapsed claim on an email this run has not started yet. (Counting claims rather than
    // timing them keeps this true on a loaded machine, where one send may outlast a claim.)
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect(run).toMatchObject({ claimed: EMAILS, sent: EMAILS });
    expect(mostHeldAtOnce).toBe(1);
    expect(smtp.received.map((mail) => mail.parsed.subject).sort()).toEqual(
      Array.from({ length: EMAILS }, (_, i) => `Claimed when sent ${i}`)
    );
  });
});

describe('a sent email whose outcome the database cannot take at first', () => {
  it('is recorded once the database is back, and not sent again when its claim would have lapsed', async () => {
    // Given a relay that answers at once, and a database that refuses the first two tries at
    // recording an attempt, as a restarting PostgreSQL does
    smtp.behaviour.replyDelayMs = 0;
    smtp.behaviour.acceptDelayMs = 0;
    const attempts = app.strapi.db.query(ATTEMPT);
    // The outbox records an attempt with createMany (one INSERT, nothing read back).
    const createMany = attempts.createMany;
    let refusals = 2;
    attempts.createMany = (async (...args: Parameters<typeof createMany>) => {
      if (refusals > 0) {
        refusals -= 1;
        throw new Error('Connection terminated unexpectedly');
      }
      return createMany.apply(attempts, args);
    }) as typeof createMany;
    await app.strapi.db.transaction(() =>
      outbox().enqueue([
        {
          submissionReference: 'RI-RECORDED1',
          kind: 'notification' as const,
          recipient: 'consultant@asyncline.test',
          subject: 'Recorded after a blip',
          text: 'Email',
          html: '<p>Email</p>',
        },
      ])
    );

    // When a run sends it
    let run;
    try {
      run = await outbox().deliverDue();
    } finally {
      attempts.createMany = createMany;
    }

    // Then it is recorded as sent, once, and a run after its claim would have lapsed sends nothing
    expect(run).toMatchObject({ claimed: 1, sent: 1, failed: 0 });
    expect(refusals).toBe(0);
    const stored = await app.strapi.db.query(MESSAGE).findOne({ where: { subject: 'Recorded after a blip' } });
    expect(stored).toMatchObject({ state: 'sent', claimedBy: null });
    expect(await attempts.count({ where: { messageId: stored.id } })).toBe(1);
    await sleep(1100);
    expect(await outbox().deliverDue()).toMatchObject({ claimed: 0 });
    await waitFor(() => smtp.received.some((mail) => mail.parsed.subject === 'Recorded after a blip'), {
      what: 'the email',
    });
    expect(smtp.received.filter((mail) => mail.parsed.subject === 'Recorded after a blip')).toHaveLength(1);
  });
});
