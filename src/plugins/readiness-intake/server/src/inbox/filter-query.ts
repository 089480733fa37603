import { z } from 'zod';

import { SORTABLE_FIELDS, type SortableField } from '../../../shared/constants';
import { DIMENSION_KEYS, type DimensionKey } from '../../../shared/dimensions';
import { BANDS, FLAG_KINDS, STATUSES } from '../../../shared/intake';
import { boundedCount, boundedDate, storableIdText, storableString } from '../utils/storable';

/**
 * The inbox's filters as a query string holds them, in one place: the list, the CSV export
 * and the saved views all read them with these schemas, so a view can only hold filters
 * the inbox would take.
 */
const filterFields = {
  status: z.enum(STATUSES).optional(),
  band: z.enum(BANDS).optional(),
  assignee: z.union([z.enum(['me', 'none']), storableIdText()]).optional(),
  q: storableString().trim().min(1).max(200).optional(),
  // Exact matches on the stored attribution (data.source.articleSlug, data.source.utm.campaign).
  articleSlug: storableString().trim().min(1).max(300).optional(),
  utmCampaign: storableString().trim().min(1).max(300).optional(),
  from: boundedDate().optional(),
  to: boundedDate().optional(),
  overdue: z
    .literal('true', { error: 'must be true, or left out' })
    .transform(() => true)
    .optional(),
  // A dimension's score strictly below `below`; the two go together.
  dimension: z.enum(DIMENSION_KEYS as [DimensionKey, ...DimensionKey[]]).optional(),
  below: z
    .string()
    .regex(/^(0|[1-9][0-9]{0,2})$/, 'must be a whole number from 0 to 100')
    .transform(Number)
    .pipe(z.number().max(100, 'must be a whole number from 0 to 100'))
    .optional(),
  flag: z.enum(FLAG_KINDS).optional(),
  sort: z
    .string()
    // The order in either case: the admin's Table headers write ASC and DESC.
    .regex(
      new RegExp(`^(${SORTABLE_FIELDS.join('|')}):(asc|desc|ASC|DESC)$`),
      `must be field:asc or field:desc, field one of ${SORTABLE_FIELDS.join(', ')}`
    )
    .transform((value) => {
      const [field, order] = value.split(':');
      return { field: field as SortableField, order: order.toLowerCase() as 'asc' | 'desc' };
    })
    .optional(),
};

type Parsed = { dimension?: DimensionKey; below?: number };

/** `dimension` and `below` make one filter: each without the other is a 400 naming the missing one. */
const pairDimensionAndBelow = <T extends Parsed>(filters: T, context: z.RefinementCtx) => {
  if (filters.dimension !== undefined && filters.below === undefined)
    context.addIssue({ code: 'custom', path: ['below'], message: 'is required with dimension (dimension=<key>&below=<0..100>)' });
  if (filters.below !== undefined && filters.dimension === undefined)
    context.addIssue({ code: 'custom', path: ['dimension'], message: 'is required with below (dimension=<key>&below=<0..100>)' });
};

/** The pair as the inbox service takes it, or nothing. */
const withScoreBelow = <T extends Parsed>({ dimension, below, ...rest }: T) => ({
  ...rest,
  ...(dimension !== undefined && below !== undefined ? { scoreBelow: { dimension, below } } : {}),
});

/** The filters alone, unknown keys refused: the export's query, and what a saved view may hold. */
export const inboxFilterQuery = z.strictObject(filterFields).superRefine(pairDimensionAndBelow).transform(withScoreBelow);

/** The list's query: the filters and a page. */
export const inboxListQuery = z
  .strictObject({
    ...filterFields,
    page: boundedCount().default(1),
    pageSize: boundedCount(100).default(25),
  })
  .superRefine(pairDimensionAndBelow)
  .transform(withScoreBelow);
