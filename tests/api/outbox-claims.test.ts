import { startFaultySmtpServer, type FaultySmtpServer } from '../support/faulty-smtp';
import { startApp, type TestApp } from '../support/strapi';
import { sleep } from '../support/wait';

const MESSAGE = 'plugin::readiness-intake.outbox-message';
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
  it('claims each email when it starts sending it, so no claim it holds has lapsed', async () => {
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

    // When one run sends them, while we watch the claims it holds
    const lapsedWhileHeld: Array<{ id: number; claimedUntil: string }> = [];
    let running = true;
    const watching = (async () => {
      while (running) {
        const held: Array<{ id: number; claimedUntil: string }> = await app.strapi.db
          .query(MESSAGE)
          .findMany({ select: ['id', 'claimedUntil'], where: { claimedBy: { $notNull: true } } });
        lapsedWhileHeld.push(...held.filter((row) => new Date(row.claimedUntil).getTime() < Date.now()));
        await sleep(20);
      }
    })();
    const started = Date.now();
    const run = await outbox().deliverDue();
    running = false;
    await watching;

    // Then all are sent, and another instance could never have taken one still waiting its turn
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect(run).toMatchObject({ claimed: EMAILS, sent: EMAILS });
    expect(lapsedWhileHeld).toEqual([]);
    expect(smtp.received.map((mail) => mail.parsed.subject).sort()).toEqual(
      Array.from({ length: EMAILS }, (_, i) => `Claimed when sent ${i}`)
    );
  });
});
