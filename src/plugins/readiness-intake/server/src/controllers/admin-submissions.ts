import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import { BANDS } from '../../../shared/intake';
import { SORTABLE_FIELDS } from '../services/inbox';
import { STATUSES, type Actor } from '../services/triage';
import { getService } from '../utils/get-service';
import { adminName } from '../utils/admin-name';
import { parseOrThrow } from '../utils/issues';

type AdminUser = { id: number; firstname?: string | null; lastname?: string | null; email: string };
type Context = {
  query: unknown;
  params: { id?: string };
  request: { body?: unknown };
  state: { user: AdminUser };
  body: unknown;
  status: number;
  set(field: string, value: string): void;
};

const filterFields = {
  status: z.enum(STATUSES).optional(),
  band: z.enum(BANDS).optional(),
  assignee: z.union([z.enum(['me', 'none']), z.coerce.number().int().positive()]).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  sort: z
    .string()
    // The order in either case: the admin's Table headers write ASC and DESC.
    .regex(
      new RegExp(`^(${SORTABLE_FIELDS.join('|')}):(asc|desc|ASC|DESC)$`),
      `must be field:asc or field:desc, field one of ${SORTABLE_FIELDS.join(', ')}`
    )
    .transform((value) => {
      const [field, order] = value.split(':');
      return { field: field as (typeof SORTABLE_FIELDS)[number], order: order.toLowerCase() as 'asc' | 'desc' };
    })
    .optional(),
};
const listQuery = z.strictObject({
  ...filterFields,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
const exportQuery = z.strictObject(filterFields);
const erasureBody = z.strictObject({ email: z.string().trim().pipe(z.email('must be an email address')) });
const idParam = z.coerce.number().int().positive();
const triageFields = {
  status: z.enum(STATUSES).optional(),
  assignee: z.number().int().positive().nullable().optional(),
};
const hasChange = (body: { status?: unknown; assignee?: unknown }) => body.status !== undefined || body.assignee !== undefined;
const triageBody = z.strictObject(triageFields).refine(hasChange, { message: 'send a status, an assignee, or both' });
const bulkTriageBody = z
  .strictObject({ ids: z.array(z.number().int().positive()).min(1).max(100), ...triageFields })
  .refine(hasChange, { message: 'send a status, an assignee, or both' });
const ratingBody = z.strictObject({
  band: z.enum(BANDS),
  reason: z.string().trim().min(1, 'is required').max(2000),
});
const noteBody = z.strictObject({ body: z.string().trim().min(1, 'is required').max(10_000) });

const actorOf = (ctx: Context): Actor => ({
  id: ctx.state.user.id,
  name: adminName(ctx.state.user)!,
});

const adminSubmissions = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { page, pageSize, ...filters } = parseOrThrow(listQuery, ctx.query ?? {});
    ctx.body = await getService(strapi, 'inbox').list(filters, { page, pageSize }, ctx.state.user.id);
  },

  async export(ctx: Context) {
    const filters = parseOrThrow(exportQuery, ctx.query ?? {});
    const day = new Date().toISOString().slice(0, 10);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="readiness-submissions-${day}.csv"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = getService(strapi, 'inbox').exportCsv(filters, ctx.state.user.id);
  },

  async erase(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'erasure').eraseById(parseOrThrow(idParam, ctx.params.id), actorOf(ctx)) };
  },

  async eraseByEmail(ctx: Context) {
    const { email } = parseOrThrow(erasureBody, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'erasure').eraseByEmail(email, actorOf(ctx)) };
  },

  async findOne(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'triage').detail(parseOrThrow(idParam, ctx.params.id)) };
  },

  async triage(ctx: Context) {
    const change = parseOrThrow(triageBody, ctx.request.body);
    ctx.body = {
      data: await getService(strapi, 'triage').updateTriage(parseOrThrow(idParam, ctx.params.id), change, actorOf(ctx)),
    };
  },

  async bulkTriage(ctx: Context) {
    const { ids, ...change } = parseOrThrow(bulkTriageBody, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'triage').bulkTriage(ids, change, actorOf(ctx)) };
  },

  async assignees(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'assignees').list() };
  },

  async rate(ctx: Context) {
    const rating = parseOrThrow(ratingBody, ctx.request.body);
    ctx.body = { data: await getService(strapi, 'triage').rate(parseOrThrow(idParam, ctx.params.id), rating, actorOf(ctx)) };
  },

  async rescore(ctx: Context) {
    const { version } = parseOrThrow(z.strictObject({ version: z.number().int().positive() }), ctx.request.body);
    ctx.body = { data: await getService(strapi, 'triage').rescore(parseOrThrow(idParam, ctx.params.id), version, actorOf(ctx)) };
  },

  async addNote(ctx: Context) {
    const { body } = parseOrThrow(noteBody, ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'triage').addNote(parseOrThrow(idParam, ctx.params.id), body, actorOf(ctx)) };
  },
});

export default adminSubmissions;
