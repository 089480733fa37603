import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import type {
  AddSubmissionNote,
  EraseSubmission,
  EraseSubmissionsByEmail,
  GetSubmission,
  GetSubmissionCounts,
  GetSubmissions,
  RateSubmission,
  RescoreSubmission,
  TriageSubmission,
  TriageSubmissions,
} from '../../../shared/contracts/submissions';
import type { GetAssignees } from '../../../shared/contracts/assignees';
import { BANDS, STATUSES } from '../../../shared/intake';
import { inboxFilterQuery, inboxListQuery } from '../inbox/filter-query';
import { requestedLocale } from '../intake/validate-submission';
import type { Actor } from '../services/triage/audit';
import { getService } from '../utils/get-service';
import { adminName } from '../utils/admin-name';
import { parseOrThrow } from '../utils/issues';
import { storableId, storableIdText, storableString } from '../utils/storable';

type AdminUser = { id: number; firstname?: string | null; lastname?: string | null; email: string };
type Context = {
  query: unknown;
  params: { id?: string };
  request: { body?: unknown };
  state: { user: AdminUser };
  body: unknown;
  status: number;
  set(field: string, value: string): void;
  res: { destroy(error?: Error): void };
};

const listQuery = inboxListQuery;
const exportQuery = inboxFilterQuery;
const countsQuery = z.strictObject({});
const detailQuery = z.strictObject({ locale: requestedLocale().optional() }) satisfies z.ZodType<GetSubmission.Request['query']>;
const erasureBody = z.strictObject({
  email: z.string().trim().pipe(z.email('must be an email address')),
}) satisfies z.ZodType<EraseSubmissionsByEmail.Request['body']>;
const idParam = storableIdText();
const triageFields = {
  status: z.enum(STATUSES).optional(),
  assignee: storableId().nullable().optional(),
};
const hasChange = (body: { status?: unknown; assignee?: unknown }) => body.status !== undefined || body.assignee !== undefined;
const triageBody = z
  .strictObject(triageFields)
  .refine(hasChange, { message: 'send a status, an assignee, or both' }) satisfies z.ZodType<TriageSubmission.Request['body']>;
const bulkTriageBody = z
  .strictObject({ ids: z.array(storableId()).min(1).max(100), ...triageFields })
  .refine(hasChange, { message: 'send a status, an assignee, or both' }) satisfies z.ZodType<TriageSubmissions.Request['body']>;
const ratingBody = z.strictObject({
  band: z.enum(BANDS),
  reason: storableString().trim().min(1, 'is required').max(2000),
}) satisfies z.ZodType<RateSubmission.Request['body']>;
const noteBody = z.strictObject({
  body: storableString().trim().min(1, 'is required').max(10_000),
}) satisfies z.ZodType<AddSubmissionNote.Request['body']>;
const rescoreBody = z.strictObject({ version: storableId() }) satisfies z.ZodType<RescoreSubmission.Request['body']>;

const actorOf = (ctx: Context): Actor => ({
  id: ctx.state.user.id,
  name: adminName(ctx.state.user),
});

const adminSubmissions = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { page, pageSize, ...filters } = parseOrThrow(listQuery, ctx.query ?? {});
    ctx.body = (await getService(strapi, 'inbox').list(
      filters,
      { page, pageSize },
      ctx.state.user.id
    )) satisfies GetSubmissions.Response;
  },

  async counts(ctx: Context) {
    parseOrThrow(countsQuery, ctx.query ?? {});
    ctx.body = { data: await getService(strapi, 'inbox').counts(ctx.state.user.id) } satisfies GetSubmissionCounts.Response;
  },

  async export(ctx: Context) {
    const filters = parseOrThrow(exportQuery, ctx.query ?? {});
    // Awaited before any header is set: an export the database refuses is an error in
    // Strapi's shape, not a CSV download.
    const csv = await getService(strapi, 'inbox').exportCsv(filters, ctx.state.user.id);
    const day = new Date().toISOString().slice(0, 10);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="readiness-submissions-${day}.csv"`);
    ctx.set('Cache-Control', 'no-store');
    // A failure part-way cannot change the 200 already sent: cut the connection, so the
    // download fails visibly instead of ending as a short file. The service logs it.
    csv.once('error', () => ctx.res.destroy());
    ctx.body = csv;
  },

  async erase(ctx: Context) {
    ctx.body = {
      data: await getService(strapi, 'erasure').eraseById(parseOrThrow(idParam, ctx.params.id), actorOf(ctx)),
    } satisfies EraseSubmission.Response;
  },

  async eraseByEmail(ctx: Context) {
    const { email } = parseOrThrow(erasureBody, ctx.request.body);
    ctx.body = {
      data: await getService(strapi, 'erasure').eraseByEmail(email, actorOf(ctx)),
    } satisfies EraseSubmissionsByEmail.Response;
  },

  async findOne(ctx: Context) {
    ctx.body = {
      data: await getService(strapi, 'triage').detail(parseOrThrow(idParam, ctx.params.id), {
        locale: parseOrThrow(detailQuery, ctx.query ?? {}).locale,
      }),
    } satisfies GetSubmission.Response;
  },

  async triage(ctx: Context) {
    const change = parseOrThrow(triageBody, ctx.request.body);
    ctx.body = {
      data: await getService(strapi, 'triage').updateTriage(parseOrThrow(idParam, ctx.params.id), change, actorOf(ctx)),
    } satisfies TriageSubmission.Response;
  },

  async bulkTriage(ctx: Context) {
    const { ids, ...change } = parseOrThrow(bulkTriageBody, ctx.request.body);
    ctx.body = {
      data: await getService(strapi, 'triage').bulkTriage(ids, change, actorOf(ctx)),
    } satisfies TriageSubmissions.Response;
  },

  async assignees(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'assignees').list() } satisfies GetAssignees.Response;
  },

  async rate(ctx: Context) {
    const rating = parseOrThrow(ratingBody, ctx.request.body);
    ctx.body = {
      data: await getService(strapi, 'triage').rate(parseOrThrow(idParam, ctx.params.id), rating, actorOf(ctx)),
    } satisfies RateSubmission.Response;
  },

  async rescore(ctx: Context) {
    const { version } = parseOrThrow(rescoreBody, ctx.request.body);
    ctx.body = {
      data: await getService(strapi, 'triage').rescore(parseOrThrow(idParam, ctx.params.id), version, actorOf(ctx)),
    } satisfies RescoreSubmission.Response;
  },

  async addNote(ctx: Context) {
    const { body } = parseOrThrow(noteBody, ctx.request.body);
    ctx.status = 201;
    ctx.body = {
      data: await getService(strapi, 'triage').addNote(parseOrThrow(idParam, ctx.params.id), body, actorOf(ctx)),
    } satisfies AddSubmissionNote.Response;
  },
});

export default adminSubmissions;
