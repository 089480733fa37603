import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';

import { STATUSES, type Actor } from '../services/triage';
import { getService } from '../utils/get-service';

type AdminUser = { id: number; firstname?: string | null; lastname?: string | null; email: string };
type Context = {
  query: unknown;
  params: { id?: string };
  request: { body?: unknown };
  state: { user: AdminUser };
  body: unknown;
  status: number;
};

const listQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
const idParam = z.coerce.number().int().positive();
const triageBody = z
  .strictObject({ status: z.enum(STATUSES).optional(), assignee: z.number().int().positive().nullable().optional() })
  .refine((body) => body.status !== undefined || body.assignee !== undefined, { message: 'send a status, an assignee, or both' });
const ratingBody = z.strictObject({
  band: z.enum(['ready', 'close', 'foundation']),
  reason: z.string().trim().min(1, 'is required').max(2000),
});
const noteBody = z.strictObject({ body: z.string().trim().min(1, 'is required').max(10_000) });

/** Parses input with a strict schema, or throws Strapi's 400 with one entry per bad path. */
const parse = <T>(schema: z.ZodType<T>, input: unknown): T => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new errors.ValidationError(
    parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'} ${issue.message}`).join('; '),
    {
      errors: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String),
        message: issue.message,
        name: 'ValidationError',
      })),
    }
  );
};

const actorOf = (ctx: Context): Actor => ({
  id: ctx.state.user.id,
  name: [ctx.state.user.firstname, ctx.state.user.lastname].filter(Boolean).join(' ') || ctx.state.user.email,
});

const adminSubmissions = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    ctx.body = await getService(strapi, 'submissions').list(parse(listQuery, ctx.query ?? {}));
  },

  async findOne(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'triage').detail(parse(idParam, ctx.params.id)) };
  },

  async triage(ctx: Context) {
    const change = parse(triageBody, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'triage').updateTriage(parse(idParam, ctx.params.id), change, actorOf(ctx)) };
  },

  async rate(ctx: Context) {
    const rating = parse(ratingBody, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'triage').rate(parse(idParam, ctx.params.id), rating, actorOf(ctx)) };
  },

  async addNote(ctx: Context) {
    const { body } = parse(noteBody, ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'triage').addNote(parse(idParam, ctx.params.id), body, actorOf(ctx)) };
  },
});

export default adminSubmissions;
