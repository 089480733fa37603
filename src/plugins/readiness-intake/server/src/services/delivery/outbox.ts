import { randomBytes } from 'crypto';
import { hostname } from 'os';

import type { Core } from '@strapi/strapi';

import { MODEL_UIDS } from '../../../../shared/constants';
import type { Delivery, DeliveryAttempt } from '../../../../shared/contracts/submissions';
import { retryDelaySeconds } from '../../notifications/backoff';
import { getConfig } from '../../utils/get-config';
import { getService } from '../../utils/get-service';
import { insertRow } from '../../utils/insert-row';
import { inTransaction } from '../../utils/transaction';
import { WebhookResponseError, type WebhookMessage } from './webhooks';

export type OutgoingEmail = {
  /** The submission it is about; a reminder, about many, has a reference of its own (`digestReference`). */
  submissionReference: string;
  kind: Delivery['kind'] | 'reminder';
  recipient: string;
  subject: string;
  text: string;
  html: string;
};

/** A webhook post waiting in the outbox: `recipient` is its URL, `subject` its event, `text` its exact body. */
export type OutgoingWebhook = Omit<OutgoingEmail, 'kind'> & { kind: 'webhook'; subscriptionId: number; deliveryId: string };

type StoredMessage = (OutgoingEmail | OutgoingWebhook) & { id: number; attempts: number; claimedUntil: string | Date | null };

/** The email kinds: what a submission's delivery log shows. */
const EMAIL_KINDS: Array<Delivery['kind']> = ['notification', 'confirmation', 'report', 'assignment'];

/** The kinds of email that may list several submissions, each by its reference in the text. */
const DIGEST_KINDS: Array<OutgoingEmail['kind']> = ['assignment', 'reminder'];

/** The reference of an email about several submissions: a prefix no submission reference has. */
export const digestReference = () => `DIGEST-${randomBytes(6).toString('hex')}`;

export type DeliveryRun = { claimed: number; sent: number; failed: number; gaveUp: number };

/**
 * How long, at most, an attempt's outcome is retried into the database when recording it
 * fails (a database restarting), and the first pause between tries. Bounded so a shutdown
 * during an outage waits this long for a run, not a whole claim.
 */
const RECORD_RETRY_MS = 30_000;
const RECORD_RETRY_FIRST_PAUSE_MS = 200;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

const shuffle = <T>(items: T[]) => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
};

/**
 * The outbox, of emails and webhook posts. Each is written with the change it is about, in
 * its transaction, and sent later by `deliverDue`, which every instance runs on a timer. Each email is claimed
 * before it is sent with a compare-and-set UPDATE (state pending, no live claim), which one
 * instance wins on SQLite, PostgreSQL and MySQL alike; the claim lapses after
 * `outbox.claimSeconds` so an instance that dies mid-run delays its emails, never loses them.
 */
const outbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const instance = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  /** Claims one message for this instance; false when another instance holds it or it is done. */
  const claim = async (id: number, now: Date, until: Date) => {
    const { count } = await strapi.db.query(MODEL_UIDS.outboxMessage).updateMany({
      where: {
        id,
        state: 'pending',
        nextAttemptAt: { $lte: now },
        $or: [{ claimedUntil: { $null: true } }, { claimedUntil: { $lt: now } }],
      },
      data: { claimedBy: instance, claimedUntil: until },
    });
    return count === 1;
  };

  /** Sends one message by its kind: an email through Strapi's email plugin, a webhook as a signed POST. */
  const send = async (message: StoredMessage): Promise<{ responseStatus?: number }> => {
    if (message.kind === 'webhook') return getService(strapi, 'webhooks').post(message as WebhookMessage);
    await strapi
      .plugin('email')
      .service('email')
      .send({ to: message.recipient, subject: message.subject, text: message.text, html: message.html });
    return {};
  };

  /**
   * Records an attempt's outcome and releases the claim. When the database cannot take it
   * (restarting), the outcome is kept here and tried again while the claim holds: a sent
   * email whose claim were left to lapse would be sent again by whichever instance took
   * it next. The update only applies to a claim this instance still holds, so a try whose
   * COMMIT went through unseen is not recorded twice, and a claim another instance has
   * since taken is left to it.
   */
  const recordOutcome = async (
    message: StoredMessage,
    attempt: { at: Date; failure: string | null; responseStatus: number | null },
    release: Record<string, unknown>
  ) => {
    const record = () =>
      inTransaction(strapi, async () => {
        const { count } = await strapi.db.query(MODEL_UIDS.outboxMessage).updateMany({
          where: { id: message.id, claimedBy: instance },
          data: { ...release, claimedBy: null, claimedUntil: null },
        });
        if (count === 0) return false;
        await insertRow(strapi, MODEL_UIDS.deliveryAttempt, {
          messageId: message.id,
          submissionReference: message.submissionReference,
          recipient: message.recipient,
          at: attempt.at,
          outcome: attempt.failure === null ? 'sent' : 'failed',
          error: attempt.failure,
          instance,
          responseStatus: attempt.responseStatus,
        });
        return true;
      });
    const claimLapses = message.claimedUntil ? new Date(message.claimedUntil).getTime() : Date.now();
    const deadline = Math.min(claimLapses, Date.now() + RECORD_RETRY_MS);
    for (let pause = RECORD_RETRY_FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, 5000)) {
      try {
        if (!(await record())) {
          strapi.log.warn(`readiness-intake: delivery ${message.id} was no longer claimed here when its outcome was recorded`);
        }
        return;
      } catch (error) {
        if (Date.now() + pause >= deadline) throw error;
        strapi.log.warn(
          `readiness-intake: recording delivery ${message.id} failed, trying again in ${pause} ms: ${(error as Error)?.message ?? error}`
        );
        await sleep(pause);
      }
    }
  };

  /**
   * Sends one claimed message and records the attempt, sent or failed. Only the send's
   * own error counts as a failure: a message the relay accepted is never retried because
   * recording it went wrong. Recording is retried while the claim holds; only an instance
   * that dies first, or a database away longer than that, lets the claim lapse into a
   * second send (the one way to a duplicate).
   */
  const deliver = async (id: number, clock: () => Date, run: DeliveryRun) => {
    const { outbox: policy } = getConfig(strapi);
    const message: StoredMessage = await strapi.db.query(MODEL_UIDS.outboxMessage).findOne({ where: { id } });
    const attempts = message.attempts + 1;
    const at = clock();
    let failure: string | null = null;
    let responseStatus: number | null = null;
    try {
      responseStatus = (await send(message)).responseStatus ?? null;
    } catch (error) {
      failure = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      if (error instanceof WebhookResponseError) responseStatus = error.responseStatus;
    }
    const gaveUp = failure !== null && attempts >= policy.maxAttempts;
    const retryAt = () =>
      new Date(
        at.getTime() +
          retryDelaySeconds(attempts, { baseSeconds: policy.backoffBaseSeconds, maxSeconds: policy.backoffMaxSeconds }) * 1000
      );
    await recordOutcome(
      message,
      { at, failure, responseStatus },
      {
        attempts,
        lastError: failure,
        ...(failure === null
          ? { state: 'sent', sentAt: at }
          : { state: gaveUp ? 'failed' : 'pending', nextAttemptAt: retryAt() }),
      }
    );
    const what = message.kind === 'webhook' ? 'webhook delivery' : 'email';
    if (failure === null) {
      run.sent += 1;
      return;
    }
    run.failed += 1;
    if (gaveUp) {
      run.gaveUp += 1;
      strapi.log.error(
        `readiness-intake: gave up on ${what} ${id} to ${message.recipient} after ${attempts} attempts: ${failure}`
      );
    } else {
      strapi.log.warn(`readiness-intake: ${what} ${id} failed (attempt ${attempts}), retrying: ${failure}`);
    }
  };

  /** Removes the messages under these references, with every attempt at them. */
  const removeByReference = async (references: string[]) => {
    await strapi.db.query(MODEL_UIDS.deliveryAttempt).deleteMany({ where: { submissionReference: { $in: references } } });
    await strapi.db.query(MODEL_UIDS.outboxMessage).deleteMany({ where: { submissionReference: { $in: references } } });
  };

  return {
    instance,

    /**
     * Queues emails and webhook posts; call it inside the transaction that stores what they
     * are about. One INSERT for all of them, none read back. Returns their ids, except on
     * MySQL, which tells only the first id of a multi-row insert: a caller that needs the id
     * queues one message at a time.
     */
    async enqueue(items: Array<OutgoingEmail | OutgoingWebhook>, now = new Date()): Promise<Array<{ id: number }>> {
      if (items.length === 0) return [];
      const { ids } = await strapi.db.query(MODEL_UIDS.outboxMessage).createMany({
        data: items.map((item) => ({ ...item, state: 'pending', attempts: 0, nextAttemptAt: now })),
      });
      return ids.map((id) => ({ id: Number(id) }));
    },

    /**
     * Sends one message now, if this instance wins its claim (the same compare-and-set the
     * job uses, so it is never sent by two at once); false when it is not due or taken.
     */
    async deliverNow(id: number, now = new Date()) {
      const { outbox: policy } = getConfig(strapi);
      if (!(await claim(id, now, new Date(now.getTime() + policy.claimSeconds * 1000)))) return false;
      await deliver(id, () => new Date(), { claimed: 1, sent: 0, failed: 0, gaveUp: 0 });
      return true;
    },

    /**
     * Makes a message due again now, sent or given up, for a manual redelivery; false while
     * an instance holds its claim, which is then left alone.
     */
    async makeDue(id: number, now = new Date()) {
      const { count } = await strapi.db.query(MODEL_UIDS.outboxMessage).updateMany({
        where: { id, $or: [{ claimedUntil: { $null: true } }, { claimedUntil: { $lt: now } }] },
        data: { state: 'pending', nextAttemptAt: now },
      });
      return count === 1;
    },

    /**
     * Sends the emails that are due, each on at most one instance, recording every attempt.
     * A failure is retried with exponential backoff until `outbox.maxAttempts`.
     */
    async deliverDue(now = new Date()): Promise<DeliveryRun> {
      const { outbox: policy } = getConfig(strapi);
      const run: DeliveryRun = { claimed: 0, sent: 0, failed: 0, gaveUp: 0 };
      // The run's own clock, starting at `now`: attempts are logged when they happen, and a
      // run started at a given time (as the tests do) stays consistent with it.
      const started = Date.now();
      const clock = () => new Date(now.getTime() + (Date.now() - started));
      const candidates: Array<{ id: number }> = await strapi.db.query(MODEL_UIDS.outboxMessage).findMany({
        select: ['id'],
        where: {
          state: 'pending',
          nextAttemptAt: { $lte: now },
          $or: [{ claimedUntil: { $null: true } }, { claimedUntil: { $lt: now } }],
        },
        orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
        // Twice the batch, shuffled: instances that read the same due list at the same time
        // mostly try different rows first instead of racing for the same ones.
        limit: policy.batchSize * 2,
      });

      // Each message is claimed when a sender is free to send it, for claimSeconds from then.
      // A batch claimed up front shared one claim time among sends made `concurrency` at a
      // time: behind a slow relay the last ones' claims lapsed before their sends began, and
      // another instance claimed and sent them too (tests/chaos/smtp-stall.test.ts).
      const queue = shuffle(candidates).map(({ id }) => id);
      let slots = policy.batchSize;
      const sender = async () => {
        for (let id = queue.shift(); id !== undefined && slots > 0; id = queue.shift()) {
          slots -= 1;
          const at = clock();
          if (!(await claim(id, at, new Date(at.getTime() + policy.claimSeconds * 1000)))) {
            slots += 1;
            continue;
          }
          run.claimed += 1;
          await deliver(id, clock, run);
        }
      };
      // A few sends at a time: each SMTP send waits on the relay far more than on this process.
      // Every sender is waited for, even when one fails (the database gone): a run that ended
      // early would let the next start beside sends still under way, and shutdown not wait for them.
      const senders = await Promise.allSettled(Array.from({ length: Math.min(policy.concurrency, queue.length) }, sender));
      const failed = senders.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      return run;
    },

    /** A submission's emails and every attempt at each, for the consultants' detail page. */
    async deliveryLog(submissionReference: string): Promise<Delivery[]> {
      const [messages, attempts]: [Array<Omit<Delivery, 'log'>>, DeliveryAttempt[]] = await Promise.all([
        strapi.db.query(MODEL_UIDS.outboxMessage).findMany({
          select: [
            'id',
            'kind',
            'recipient',
            'subject',
            'state',
            'attempts',
            'nextAttemptAt',
            'sentAt',
            'lastError',
            'createdAt',
          ],
          where: { submissionReference, kind: { $in: EMAIL_KINDS } },
          orderBy: { id: 'asc' },
        }),
        strapi.db.query(MODEL_UIDS.deliveryAttempt).findMany({
          select: ['messageId', 'recipient', 'at', 'outcome', 'error'],
          where: { submissionReference },
          orderBy: [{ at: 'asc' }, { id: 'asc' }],
        }),
      ]);
      return messages.map((message) => ({
        ...message,
        nextAttemptAt: message.state === 'pending' ? message.nextAttemptAt : null,
        log: attempts.filter((attempt) => attempt.messageId === message.id),
      }));
    },

    /**
     * Removes a submission's emails and webhook posts and their log: they hold the person's
     * data too. An email that lists it among others (a reminder, a bulk assignment) goes
     * with it: such an email names its submissions by reference, which no other text holds.
     */
    async removeFor(submissionReferences: string[]) {
      if (submissionReferences.length === 0) return;
      const digests: Array<{ id: number; submissionReference: string }> = await strapi.db
        .query(MODEL_UIDS.outboxMessage)
        .findMany({
          select: ['id', 'submissionReference'],
          where: {
            kind: { $in: DIGEST_KINDS },
            $or: submissionReferences.map((reference) => ({ text: { $contains: reference } })),
          },
        });
      const references = [...new Set([...submissionReferences, ...digests.map((digest) => digest.submissionReference)])];
      await removeByReference(references);
    },

    /** Removes reminders older than `before`, with their log: the purge's share, as they belong to no one submission. */
    async removeRemindersBefore(before: Date) {
      const old: Array<{ submissionReference: string }> = await strapi.db
        .query(MODEL_UIDS.outboxMessage)
        .findMany({ select: ['submissionReference'], where: { kind: 'reminder', createdAt: { $lt: before } } });
      const references = [...new Set(old.map((message) => message.submissionReference))];
      if (references.length === 0) return;
      await removeByReference(references);
    },
  };
};

export type OutboxService = ReturnType<typeof outbox>;
export default outbox;
