import { randomBytes, randomUUID } from 'crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { LEGACY_WEBHOOK_EVENTS, MODEL_UIDS, WEBHOOK_TEST_EVENT, type WebhookEvent } from '../../../../shared/constants';
import type { Settings } from '../../../../shared/contracts/settings';
import type { WebhookDelivery, WebhookSubscription, WebhookSubscriptionInput } from '../../../../shared/contracts/webhooks';
import { signWebhook } from '../../notifications/webhook-signature';
import { getConfig } from '../../utils/get-config';
import { getService } from '../../utils/get-service';
import { keptRead } from '../setup/content-generation';
import { inTransaction } from '../../utils/transaction';

export type SubmissionForWebhook = {
  id: number;
  reference: string;
  receivedAt: string | Date;
  status: string;
  questionnaireVersion: number;
  /** Null on submissions stored before locales. */
  locale?: string | null;
  overallScore: number;
  band: string;
  consultantBand?: string | null;
  dimensionScores: Array<{ key: string; score: number }>;
  flagCount: number;
  company?: string;
  contactName?: string;
  contactEmail?: string;
  role?: string | null;
  teamSize?: number | null;
  timezone?: string | null;
  backlog?: string | null;
};

/**
 * One event about one submission, as the change that raised it describes it: `extra` goes
 * into every payload, `freeText` only when the settings let free text leave.
 */
export type SubmissionEvent =
  | {
      event: Exclude<WebhookEvent, 'submission.erased'>;
      submission: SubmissionForWebhook;
      extra?: Record<string, unknown>;
      freeText?: Record<string, unknown>;
    }
  | { event: 'submission.erased'; submission: { reference: string } };

type StoredSubscription = WebhookSubscription & {
  secret: string;
  headers: Record<string, string> | null;
  legacyWebhookId: string | null;
};

/** A webhook row of the outbox, as the delivery job hands it over. */
export type WebhookMessage = { id: number; subscriptionId: number; deliveryId: string; subject: string; text: string };

/** A post the receiver answered with anything but 2xx; the status goes into the attempt log. */
export class WebhookResponseError extends Error {
  constructor(readonly responseStatus: number) {
    super(`HTTP ${responseStatus}`);
  }
}

type LegacyWebhook = { id: number | string; name: string; url: string; headers: unknown; events: string[]; isEnabled: boolean };
type WebhookRunner = { update(webhook: LegacyWebhook): void; remove(webhook: { id: LegacyWebhook['id'] }): void };

const PUBLIC_FIELDS = ['id', 'url', 'events', 'enabled', 'migratedFrom', 'createdAt', 'updatedAt'] as const;

const newSecret = () => `whsec_${randomBytes(32).toString('hex')}`;

/** The attempt log's and the outbox's recipient column: the URL, cut to what a string column holds. */
const recipientOf = (url: string) => url.slice(0, 255);

const payloadOf = (submission: SubmissionForWebhook, webhookFreeText: boolean) => ({
  id: submission.id,
  reference: submission.reference,
  receivedAt: new Date(submission.receivedAt).toISOString(),
  status: submission.status,
  questionnaireVersion: submission.questionnaireVersion,
  locale: submission.locale ?? null,
  overallScore: submission.overallScore,
  band: submission.band,
  consultantBand: submission.consultantBand ?? null,
  dimensions: Object.fromEntries(submission.dimensionScores.map((dimension) => [dimension.key, dimension.score])),
  flagCount: submission.flagCount,
  ...(webhookFreeText
    ? {
        contact: {
          name: submission.contactName,
          email: submission.contactEmail,
          company: submission.company,
          role: submission.role ?? null,
          teamSize: submission.teamSize ?? null,
          timezone: submission.timezone ?? null,
        },
        backlog: submission.backlog ?? null,
      }
    : {}),
});

/**
 * The plugin's own webhook subscriptions and their deliveries. An event is a row in the
 * outbox per subscription that wants it, written in the transaction of the change it is
 * about, and posted by the outbox's job (its claim, backoff and attempt log) with a
 * signature made from the subscription's secret. Scores and band always; the contact and
 * the backlog only when the settings allow free text to leave (off by default).
 */
const webhooks = ({ strapi }: { strapi: Core.Strapi }) => {
  const subscriptions = () => strapi.db.query(MODEL_UIDS.webhookSubscription);
  const messages = () => strapi.db.query(MODEL_UIDS.outboxMessage);

  const enabledEvents = keptRead(
    strapi,
    async () =>
      (await subscriptions().findMany({ select: ['events'], where: { enabled: true } })) as Array<
        Pick<StoredSubscription, 'events'>
      >
  );

  const findOrFail = async (id: number): Promise<StoredSubscription> => {
    const subscription: StoredSubscription | null = await subscriptions().findOne({ where: { id } });
    if (!subscription) throw new errors.NotFoundError(`Webhook subscription ${id} does not exist`);
    return subscription;
  };

  const shown = (subscription: StoredSubscription): WebhookSubscription => ({
    id: subscription.id,
    url: subscription.url,
    events: subscription.events,
    enabled: subscription.enabled,
    migratedFrom: subscription.migratedFrom ?? null,
    createdAt: subscription.createdAt,
    updatedAt: subscription.updatedAt,
  });

  /** Queues one delivery: the body is fixed now, so every retry posts the same bytes. */
  const queueDelivery = async (
    subscription: Pick<StoredSubscription, 'id' | 'url' | 'legacyWebhookId'>,
    event: string,
    reference: string,
    payload: Record<string, unknown>,
    now: Date
  ): Promise<number> => {
    // A subscription moved over from Strapi's store keeps the event name its receiver knows.
    const legacyName = subscription.legacyWebhookId
      ? Object.entries(LEGACY_WEBHOOK_EVENTS).find(([, current]) => current === event)?.[0]
      : undefined;
    const [row] = await getService(strapi, 'outbox').enqueue(
      [
        {
          kind: 'webhook',
          submissionReference: reference,
          recipient: recipientOf(subscription.url),
          subject: event,
          text: JSON.stringify({ event: legacyName ?? event, createdAt: now.toISOString(), ...payload }),
          html: '',
          subscriptionId: subscription.id,
          deliveryId: randomUUID(),
        },
      ],
      now
    );
    return row.id;
  };

  const deliveriesWhere = async (where: Record<string, unknown>, limit: number): Promise<WebhookDelivery[]> => {
    const rows: Array<Omit<WebhookDelivery, 'event' | 'log'> & { subject: string }> = await messages().findMany({
      select: [
        'id',
        'deliveryId',
        'subject',
        'submissionReference',
        'state',
        'attempts',
        'nextAttemptAt',
        'sentAt',
        'lastError',
        'createdAt',
      ],
      where: { kind: 'webhook', ...where },
      orderBy: [{ id: 'desc' }],
      limit,
    });
    if (rows.length === 0) return [];
    const attempts: Array<WebhookDelivery['log'][number] & { messageId: number }> = await strapi.db
      .query(MODEL_UIDS.deliveryAttempt)
      .findMany({
        select: ['messageId', 'at', 'outcome', 'responseStatus', 'error'],
        where: { messageId: { $in: rows.map((row) => row.id) } },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
    return rows.map(({ subject, ...row }) => ({
      ...row,
      event: subject,
      nextAttemptAt: row.state === 'pending' ? row.nextAttemptAt : null,
      log: attempts
        .filter((attempt) => attempt.messageId === row.id)
        .map(({ at, outcome, responseStatus, error }) => ({ at, outcome, responseStatus: responseStatus ?? null, error })),
    }));
  };

  const deliveryOf = async (subscriptionId: number, id: number) => {
    const [delivery] = await deliveriesWhere({ id, subscriptionId }, 1);
    if (!delivery) throw new errors.NotFoundError(`Webhook subscription ${subscriptionId} has no delivery ${id}`);
    return delivery;
  };

  return {
    async list(): Promise<WebhookSubscription[]> {
      const rows: StoredSubscription[] = await subscriptions().findMany({ select: [...PUBLIC_FIELDS], orderBy: { id: 'asc' } });
      return rows.map(shown);
    },

    /** A new subscription, with its secret: the only answer that ever carries it. */
    async create(input: WebhookSubscriptionInput): Promise<WebhookSubscription & { secret: string }> {
      const created: StoredSubscription = await subscriptions().create({ data: { ...input, secret: newSecret() } });
      return { ...shown(created), secret: created.secret };
    },

    async update(id: number, change: Partial<WebhookSubscriptionInput>): Promise<WebhookSubscription> {
      await findOrFail(id);
      return shown(await subscriptions().update({ where: { id }, data: change }));
    },

    /** Removes a subscription with its deliveries, pending or not, and their log. */
    async remove(id: number) {
      await findOrFail(id);
      await inTransaction(strapi, async () => {
        const rows: Array<{ id: number }> = await messages().findMany({
          select: ['id'],
          where: { kind: 'webhook', subscriptionId: id },
        });
        const ids = rows.map((row) => row.id);
        if (ids.length > 0) {
          await strapi.db.query(MODEL_UIDS.deliveryAttempt).deleteMany({ where: { messageId: { $in: ids } } });
          await messages().deleteMany({ where: { id: { $in: ids } } });
        }
        await subscriptions().delete({ where: { id } });
      });
      return { id };
    },

    /** A new secret, shown this once: deliveries posted from now on are signed with it. */
    async rotateSecret(id: number) {
      await findOrFail(id);
      const secret = newSecret();
      await subscriptions().update({ where: { id }, data: { secret } });
      return { id, secret };
    },

    /**
     * Whether any enabled subscription asks for `event`, from the subscriptions as kept while
     * the generation lasts: the intake asks before it writes, and writes its submission on
     * its own when nothing else is to be written with it. A subscription added on another
     * instance is seen there within the generation's sync period.
     */
    async wanted(event: WebhookEvent): Promise<boolean> {
      return (await enabledEvents()).some((subscription) => subscription.events.includes(event));
    },

    /**
     * Queues the events of one change, one delivery per enabled subscription that asked for
     * each; call it inside the change's transaction. `settings`, when the caller has them,
     * saves reading them again. Says how many deliveries it queued.
     */
    async queue(events: SubmissionEvent[], settings?: Pick<Settings, 'webhookFreeText'>, now = new Date()): Promise<number> {
      if (events.length === 0) return 0;
      const enabled: StoredSubscription[] = await subscriptions().findMany({
        select: ['id', 'url', 'events', 'legacyWebhookId'],
        where: { enabled: true },
      });
      if (enabled.length === 0) return 0;
      let queued = 0;
      const { webhookFreeText } = settings ?? (await getService(strapi, 'settings').get());
      for (const change of events) {
        const payload =
          change.event === 'submission.erased'
            ? { submission: { reference: change.submission.reference } }
            : {
                submission: payloadOf(change.submission, webhookFreeText),
                ...change.extra,
                ...(webhookFreeText ? change.freeText : {}),
              };
        for (const subscription of enabled) {
          if (!subscription.events.includes(change.event)) continue;
          await queueDelivery(subscription, change.event, change.submission.reference, payload, now);
          queued += 1;
        }
      }
      return queued;
    },

    /**
     * Posts one delivery for the outbox's job: its stored body, signed now with the
     * subscription's secret, within `webhooks.timeoutSeconds`. Throws on anything but a
     * 2xx, a timeout or a refused connection, which the job retries with its backoff.
     */
    async post(message: WebhookMessage): Promise<{ responseStatus: number }> {
      const subscription: StoredSubscription | null = await subscriptions().findOne({ where: { id: message.subscriptionId } });
      if (!subscription) throw new Error(`webhook subscription ${message.subscriptionId} no longer exists`);
      const { timeoutSeconds } = getConfig(strapi).webhooks;
      let response: Response;
      try {
        response = await fetch(subscription.url, {
          method: 'POST',
          // Headers a subscription moved from Strapi's store had (an Authorization, say), then ours.
          headers: {
            ...(subscription.headers ?? {}),
            'content-type': 'application/json',
            'user-agent': 'strapi-plugin-readiness-intake',
            'x-readiness-event': message.subject,
            'x-readiness-delivery': message.deliveryId,
            'x-readiness-signature': signWebhook(subscription.secret, message.text, Date.now() / 1000),
          },
          body: message.text,
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutSeconds * 1000),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        if ((error as Error).name === 'TimeoutError') throw new Error(`timed out after ${timeoutSeconds} s`);
        throw new Error(`${(error as Error).message}${cause ? `: ${cause.code ?? cause.message}` : ''}`);
      }
      // Nothing of the answer is kept but its status; reading it frees the connection.
      await response.arrayBuffer().catch(() => undefined);
      if (response.status < 200 || response.status > 299) throw new WebhookResponseError(response.status);
      return { responseStatus: response.status };
    },

    /** A subscription's deliveries, newest first, each with every attempt. */
    async deliveries(id: number, limit = 50): Promise<WebhookDelivery[]> {
      await findOrFail(id);
      return deliveriesWhere({ subscriptionId: id }, limit);
    },

    /** Posts a `webhook.test` event to the subscription now, through the outbox like any other. */
    async testSend(id: number): Promise<WebhookDelivery> {
      const subscription = await findOrFail(id);
      const now = new Date();
      const rowId = await queueDelivery(
        { ...subscription, legacyWebhookId: null },
        WEBHOOK_TEST_EVENT,
        '',
        { subscription: { id } },
        now
      );
      await getService(strapi, 'outbox').deliverNow(rowId);
      return deliveryOf(id, rowId);
    },

    /** Posts a delivery again now, with its same id and body; refused while an instance is posting it. */
    async redeliver(id: number, deliveryRowId: number): Promise<WebhookDelivery> {
      await deliveryOf(id, deliveryRowId);
      const outbox = getService(strapi, 'outbox');
      if (!(await outbox.makeDue(deliveryRowId))) {
        throw new errors.ApplicationError('This delivery is being posted right now; try again in a moment');
      }
      await outbox.deliverNow(deliveryRowId);
      return deliveryOf(id, deliveryRowId);
    },

    /**
     * Moves subscriptions to the plugin's events made in Strapi's own webhook store, before
     * the plugin had its own, into the plugin: same URL, headers and on/off, the events
     * translated. The Strapi webhook then loses those events (and goes, if it had no
     * others), so Strapi's runner never posts them too. Safe on every start and on several
     * instances at once: the unique legacy id lets one move win, the rest find it done.
     */
    async migrateLegacy() {
      const store = strapi.get('webhookStore');
      const legacy = ((await store.findWebhooks()) as LegacyWebhook[]).filter((webhook) =>
        webhook.events.some((event) => event in LEGACY_WEBHOOK_EVENTS)
      );
      for (const webhook of legacy) {
        try {
          const legacyWebhookId = String(webhook.id);
          const events = [
            ...new Set(
              webhook.events.flatMap((event) =>
                event in LEGACY_WEBHOOK_EVENTS ? [LEGACY_WEBHOOK_EVENTS[event as keyof typeof LEGACY_WEBHOOK_EVENTS]] : []
              )
            ),
          ];
          if (!(await subscriptions().findOne({ select: ['id'], where: { legacyWebhookId } }))) {
            await subscriptions()
              .create({
                data: {
                  url: webhook.url,
                  events,
                  enabled: webhook.isEnabled,
                  secret: newSecret(),
                  headers: webhook.headers && typeof webhook.headers === 'object' ? webhook.headers : {},
                  legacyWebhookId,
                  migratedFrom: String(webhook.name ?? '').slice(0, 255),
                },
              })
              // Another instance moved it at the same moment: the unique index kept one.
              .catch(() => undefined);
          }
          const remaining = webhook.events.filter((event) => !(event in LEGACY_WEBHOOK_EVENTS));
          const runner = strapi.get('webhookRunner') as WebhookRunner;
          if (remaining.length === 0) {
            await store.deleteWebhook(webhook.id);
            runner.remove({ id: webhook.id });
          } else {
            const updated = await store.updateWebhook(webhook.id, { ...webhook, events: remaining });
            if (updated) runner.update(updated);
          }
          strapi.log.info(`readiness-intake: moved webhook "${webhook.name}" from Strapi's webhook store into the plugin`);
        } catch (error) {
          strapi.log.warn(`readiness-intake: could not move webhook ${webhook.id} yet: ${(error as Error).message}`);
        }
      }
    },
  };
};

export type WebhooksService = ReturnType<typeof webhooks>;
export default webhooks;
