import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import { WEBHOOK_EVENTS } from '../../../shared/constants';
import type {
  CreateWebhook,
  DeleteWebhook,
  GetWebhookDeliveries,
  GetWebhooks,
  RedeliverWebhook,
  RotateWebhookSecret,
  TestWebhook,
  UpdateWebhook,
} from '../../../shared/contracts/webhooks';
import { getService } from '../utils/get-service';
import { parseOrThrow } from '../utils/issues';

const INT4_MAX = 2_147_483_647;

/** An id from the path: decimal digits only, within an integer column. */
const idParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'must be a positive whole number')
  .transform(Number)
  .pipe(z.number().max(INT4_MAX, `must be at most ${INT4_MAX}`));

/** An absolute http(s) URL with a host, no credentials in it, no control characters; at most 2048 characters. */
const webhookUrl = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(2048, 'must be at most 2048 characters')
  .refine((text) => !/[\u0000-\u001f\u007f\s]/.test(text), 'must not contain spaces or control characters')
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'must be an absolute http or https URL without credentials');

const subscriptionFields = {
  url: webhookUrl,
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { message: `must be one of ${WEBHOOK_EVENTS.join(', ')}` }))
    .min(1, 'must name at least one event')
    .transform((events) => [...new Set(events)]),
  enabled: z.boolean(),
};
const createBody = z.strictObject(subscriptionFields) satisfies z.ZodType<CreateWebhook.Request['body'], unknown>;
const updateBody = z
  .strictObject(subscriptionFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'must change url, events or enabled') satisfies z.ZodType<
  UpdateWebhook.Request['body'],
  unknown
>;
const deliveriesQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).optional() });
const emptyBody = z.union([z.undefined(), z.strictObject({})]);

type Context = {
  query: unknown;
  params: { id?: string; deliveryId?: string };
  request: { body?: unknown };
  body: unknown;
  status: number;
};

const pathId = (ctx: Context, key: 'id' | 'deliveryId' = 'id') => parseOrThrow(idParam, ctx.params[key] ?? '', key);

/** The plugin's webhook subscriptions, their delivery log, the test send and the redelivery. */
const adminWebhooks = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'webhooks');
  return {
    async find(ctx: Context) {
      ctx.body = { data: await service().list() } satisfies GetWebhooks.Response;
    },

    async create(ctx: Context) {
      const input = parseOrThrow(createBody, ctx.request.body, 'the subscription');
      ctx.status = 201;
      ctx.body = { data: await service().create(input) } satisfies CreateWebhook.Response;
    },

    async update(ctx: Context) {
      const id = pathId(ctx);
      const change = parseOrThrow(updateBody, ctx.request.body, 'the subscription');
      ctx.body = { data: await service().update(id, change) } satisfies UpdateWebhook.Response;
    },

    async delete(ctx: Context) {
      ctx.body = { data: await service().remove(pathId(ctx)) } satisfies DeleteWebhook.Response;
    },

    async rotateSecret(ctx: Context) {
      const id = pathId(ctx);
      parseOrThrow(emptyBody, ctx.request.body);
      ctx.body = { data: await service().rotateSecret(id) } satisfies RotateWebhookSecret.Response;
    },

    async deliveries(ctx: Context) {
      const id = pathId(ctx);
      const { limit } = parseOrThrow(deliveriesQuery, ctx.query ?? {});
      ctx.body = { data: await service().deliveries(id, limit) } satisfies GetWebhookDeliveries.Response;
    },

    async test(ctx: Context) {
      const id = pathId(ctx);
      parseOrThrow(emptyBody, ctx.request.body);
      ctx.body = { data: await service().testSend(id) } satisfies TestWebhook.Response;
    },

    async redeliver(ctx: Context) {
      const id = pathId(ctx);
      const deliveryId = pathId(ctx, 'deliveryId');
      parseOrThrow(emptyBody, ctx.request.body);
      ctx.body = { data: await service().redeliver(id, deliveryId) } satisfies RedeliverWebhook.Response;
    },
  };
};

export default adminWebhooks;
