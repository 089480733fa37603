import type { Core } from '@strapi/strapi';
import { z } from 'zod';

import type { DeleteView, GetViews, SaveView, SavedViewFilters } from '../../../shared/contracts/views';
import { inboxFilterQuery } from '../inbox/filter-query';
import { getService } from '../utils/get-service';
import { parseOrThrow } from '../utils/issues';
import { storableIdText, storableString } from '../utils/storable';

type Context = {
  query: unknown;
  params: { id?: string };
  request: { body?: unknown };
  state: { user: { id: number } };
  body: unknown;
  status: number;
};

const listQuery = z.strictObject({});
// The filters are checked by the inbox's own schema (values as a query string spells them,
// `page` and `pageSize` unknown keys), and stored as sent: a view holds what the inbox takes.
const saveBody = z.strictObject({
  name: storableString().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  filters: z.record(z.string(), z.unknown()).pipe(inboxFilterQuery),
});
const idParam = storableIdText();

/** The raw filters of a body that passed saveBody: its keys are known and its values strings. */
const filtersOf = (body: unknown) => (body as { filters: SavedViewFilters }).filters;

const adminViews = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    parseOrThrow(listQuery, ctx.query ?? {});
    ctx.body = { data: await getService(strapi, 'saved-views').list(ctx.state.user.id) } satisfies GetViews.Response;
  },

  async save(ctx: Context) {
    const { name } = parseOrThrow(saveBody, ctx.request.body);
    const view = await getService(strapi, 'saved-views').save(ctx.state.user.id, name, filtersOf(ctx.request.body));
    ctx.status = 201;
    ctx.body = { data: view } satisfies SaveView.Response;
  },

  async delete(ctx: Context) {
    ctx.body = {
      data: await getService(strapi, 'saved-views').remove(ctx.state.user.id, parseOrThrow(idParam, ctx.params.id)),
    } satisfies DeleteView.Response;
  },
});

export default adminViews;
