import { pipeline, Readable } from 'stream';

import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify';

import { MODEL_UIDS, type SortableField } from '../../../../shared/constants';
import type { SubmissionSource } from '../../../../shared/contracts/public-form';
import type { GetSubmissionCounts, GetSubmissions, Submission, SubmissionRow } from '../../../../shared/contracts/submissions';
import { DIMENSION_KEYS, type DimensionKey } from '../../../../shared/dimensions';
import type { Band, FlagKind, Status } from '../../../../shared/intake';
import { DIMENSION_SCORE_FIELDS, FLAG_COUNT_FIELDS } from '../../scoring/score-columns';
import { ADMIN_NAME_FIELDS, adminName, type AdminUserName } from '../../utils/admin-name';
import { getService } from '../../utils/get-service';

/** The filters as the controller parsed them: dates, and the sort split into field and order. */
export type InboxFilters = {
  status?: Status;
  band?: Band;
  /** An admin user id, 'me' for the caller, or 'none' for unassigned. */
  assignee?: number | 'me' | 'none';
  /** Matched against contact name, email and company, case-insensitively. */
  q?: string;
  /** The article a submission came from (`source.articleSlug`), matched exactly. */
  articleSlug?: string;
  /** Its UTM campaign (`source.utm.campaign`), matched exactly. */
  utmCampaign?: string;
  from?: Date;
  to?: Date;
  /** Still `new` past the triage SLA (settings, `INTAKE_TRIAGE_SLA_HOURS`). */
  overdue?: boolean;
  /** A dimension scored strictly below `below`; a submission with no score in it does not match. */
  scoreBelow?: { dimension: DimensionKey; below: number };
  /** At least one flag of this kind. */
  flag?: FlagKind;
  sort?: { field: SortableField; order: 'asc' | 'desc' };
};

type AssigneeRow = { id: number; email: string } & AdminUserName;
type ListedRow = Omit<SubmissionRow, 'assignee'> & { assignee: AssigneeRow | null };

const LIST_FIELDS = [
  'id',
  'reference',
  'receivedAt',
  'status',
  'spam',
  'contactName',
  'contactEmail',
  'company',
  'role',
  'teamSize',
  'timezone',
  'overallScore',
  'band',
  'consultantBand',
  'gated',
  'flagCount',
  'questionnaireVersion',
] satisfies Array<keyof SubmissionRow>;

/** The CSV's attribution columns, named as the spec fixes them, each with where it is read from. */
const SOURCE_COLUMNS: Array<[string, (source: SubmissionSource) => string | undefined]> = [
  ['source_page', (source) => source.page],
  ['source_articleSlug', (source) => source.articleSlug],
  ['source_cta', (source) => source.cta],
  ['source_referrer', (source) => source.referrer],
  ['utm_source', (source) => source.utm?.source],
  ['utm_medium', (source) => source.utm?.medium],
  ['utm_campaign', (source) => source.utm?.campaign],
];

const EXPORT_PAGE_SIZE = 500;

/** The consultants' view of the submissions: filtered, searched, sorted, paged or exported. */
const inbox = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The filters with `overdue` as the instant it means: received before it and still new. */
  type Resolved = Omit<InboxFilters, 'overdue'> & { overdueBefore?: Date };

  const overdueBefore = (triageSlaHours: number, now = new Date()) => new Date(now.getTime() - triageSlaHours * 3_600_000);

  const resolve = async (filters: InboxFilters): Promise<Resolved> => {
    const { overdue, ...rest } = filters;
    if (!overdue) return rest;
    const { triageSlaHours } = await getService(strapi, 'settings').get();
    return { ...rest, overdueBefore: overdueBefore(triageSlaHours) };
  };

  const whereOf = (filters: Resolved, callerId: number) => {
    const where: Record<string, unknown>[] = [];
    if (filters.status) where.push({ status: filters.status });
    if (filters.overdueBefore) where.push({ status: 'new' }, { receivedAt: { $lt: filters.overdueBefore } });
    if (filters.band) where.push({ band: filters.band });
    if (filters.assignee === 'none') where.push({ assignee: { id: { $null: true } } });
    else if (filters.assignee !== undefined)
      where.push({ assignee: { id: filters.assignee === 'me' ? callerId : filters.assignee } });
    if (filters.q) {
      where.push({
        $or: ['contactName', 'contactEmail', 'company'].map((field) => ({ [field]: { $containsi: filters.q } })),
      });
    }
    if (filters.articleSlug) where.push({ sourceArticleSlug: filters.articleSlug });
    if (filters.utmCampaign) where.push({ sourceUtmCampaign: filters.utmCampaign });
    if (filters.from) where.push({ receivedAt: { $gte: filters.from } });
    if (filters.to) where.push({ receivedAt: { $lte: filters.to } });
    // The integer columns storedScore() writes beside the JSON: a null score is not below anything.
    if (filters.scoreBelow)
      where.push({ [DIMENSION_SCORE_FIELDS[filters.scoreBelow.dimension]]: { $lt: filters.scoreBelow.below } });
    if (filters.flag) where.push({ [FLAG_COUNT_FIELDS[filters.flag]]: { $gt: 0 } });
    return where.length > 0 ? { $and: where } : {};
  };

  const orderOf = (filters: InboxFilters) => [
    { [filters.sort?.field ?? 'receivedAt']: filters.sort?.order ?? 'desc' },
    { id: filters.sort?.order ?? 'desc' },
  ];

  /**
   * Rows in orderOf()'s order, `select`ed and populated as findMany does. Strapi 5.54 reads
   * `orderBy: { status }` as its publication-state sort (query/helpers/order-by.js), the same
   * for every submission, so a status sort cannot be given to findMany: the ids are read in
   * (status, id) order from the query Strapi builds for the same where (its filters, joins
   * and aliases), then the rows by id.
   */
  const findOrdered = async <Row extends { id: number }>(
    filters: InboxFilters,
    where: Record<string, unknown>,
    params: { select: string[]; populate: Record<string, unknown>; offset?: number; limit: number }
  ): Promise<Row[]> => {
    const query = strapi.db.query(MODEL_UIDS.submission);
    if (filters.sort?.field !== 'status') return query.findMany({ ...params, where, orderBy: orderOf(filters) });
    const order = filters.sort.order;
    const builder = strapi.db.entityManager.createQueryBuilder(MODEL_UIDS.submission).init({ select: ['id', 'status'], where });
    const ids: number[] = (
      await builder
        .getKnexQuery()
        .orderBy([
          { column: builder.aliasColumn('status'), order },
          { column: builder.aliasColumn('id'), order },
        ])
        .offset(params.offset ?? 0)
        .limit(params.limit)
    ).map((row: { id: number }) => row.id);
    if (ids.length === 0) return [];
    const rows: Row[] = await query.findMany({ select: params.select, populate: params.populate, where: { id: { $in: ids } } });
    const position = new Map(ids.map((id, index) => [id, index]));
    return rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  };

  const findPage = (filters: Resolved, callerId: number, offset: number, limit: number): Promise<ListedRow[]> =>
    findOrdered(filters, whereOf(filters, callerId), {
      select: LIST_FIELDS,
      populate: { assignee: { select: ADMIN_NAME_FIELDS } },
      offset,
      limit,
    });

  return {
    async list(
      given: InboxFilters,
      { page, pageSize }: { page: number; pageSize: number },
      callerId: number
    ): Promise<GetSubmissions.Response> {
      const filters = await resolve(given);
      const where = whereOf(filters, callerId);
      const tallies = getService(strapi, 'submission-tallies');
      // Unfiltered on PostgreSQL, the tallies know the total: no count(*) over the whole table.
      const [rows, total] = await Promise.all([
        findPage(filters, callerId, (page - 1) * pageSize, pageSize),
        Object.keys(where).length === 0 && tallies.ready()
          ? tallies.total()
          : strapi.db.query(MODEL_UIDS.submission).count({ where }),
      ]);
      const results = rows.map((row) => ({
        ...row,
        assignee: row.assignee ? { id: row.assignee.id, name: adminName(row.assignee) } : null,
      }));
      return { results, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
    },

    /** How many submissions each of the home widget's inbox views holds for this caller. */
    async counts(callerId: number): Promise<GetSubmissionCounts.Response['data']> {
      const { triageSlaHours } = await getService(strapi, 'settings').get();
      // The views' filters as resolve() would make them, on the one settings read above.
      const views: Resolved[] = [{ status: 'new' }, { assignee: 'me' }, { overdueBefore: overdueBefore(triageSlaHours) }];
      const totals = await Promise.all(
        views.map((view) => strapi.db.query(MODEL_UIDS.submission).count({ where: whereOf(view, callerId) }))
      );
      const [newCount, mine, overdue] = totals;
      return { new: newCount, mine, overdue, triageSlaHours };
    },

    /** Rows a page of the CSV export reads; a property so a test can page through a few rows. */
    exportPageSize: EXPORT_PAGE_SIZE,

    /**
     * One CSV row a submission, with every dimension score, streamed a page at a time so an
     * export of any size holds one page in memory. csv-stringify does the quoting.
     *
     * Pages are keyset pages: each reads the rows after the last one sent, in the list's
     * order (the sort field, then id), through the same index the list uses, so the last
     * page of 100k costs what the first does (OFFSET would read every row before it, which
     * made the whole export quadratic). A row received during the export is in it or not
     * depending on where it sorts; none is sent twice or skipped.
     *
     * The first page is read before the stream is handed over, so a query the database
     * refuses is an ordinary error response. A failure after that (the database gone
     * mid-export) can no longer change the status already sent: it is logged and the stream
     * destroyed, and the caller must cut the response off, so a client never takes a
     * truncated file for a whole one. Nothing is left unhandled to take the process down.
     */
    async exportCsv(given: InboxFilters, callerId: number): Promise<Readable> {
      const filters = await resolve(given);
      const pageSize = this.exportPageSize;
      const columns = [
        'reference',
        'receivedAt',
        'status',
        'company',
        'contactName',
        'contactEmail',
        'role',
        'teamSize',
        'timezone',
        'questionnaireVersion',
        'overallScore',
        'band',
        'consultantBand',
        ...DIMENSION_KEYS.map((key) => `score_${key}`),
        'flagCount',
        'assignee',
        ...SOURCE_COLUMNS.map(([column]) => column),
        // Last, so a spreadsheet reading the columns by position before locales still lines up.
        'locale',
      ];
      type ExportRow = ListedRow & Pick<Submission, 'dimensionScores' | 'source' | 'locale'>;
      const where = whereOf(filters, callerId);
      const field = filters.sort?.field ?? 'receivedAt';
      const [beyond, atOrBeyond] = filters.sort?.order === 'asc' ? ['$gt', '$gte'] : ['$lt', '$lte'];
      /** The rows after `last` in orderOf()'s order. */
      const after = (last: ExportRow): Record<string, unknown>[] => {
        // Every sortable field is required (flagCount defaults to 0): the cursor's value is never null.
        // The plain bound comes first because PostgreSQL cannot start an index scan from an OR:
        // without it the scan would walk, and filter out, every row already sent.
        return [
          { [field]: { [atOrBeyond]: last[field] } },
          { $or: [{ [field]: { [beyond]: last[field] } }, { [field]: last[field], id: { [beyond]: last.id } }] },
        ];
      };
      const pageAfter = (last: ExportRow | undefined): Promise<ExportRow[]> =>
        findOrdered(filters, last ? { $and: [where, ...after(last)] } : where, {
          select: [...LIST_FIELDS, 'dimensionScores', 'source', 'locale'],
          populate: { assignee: { select: ADMIN_NAME_FIELDS } },
          limit: pageSize,
        });
      let page = await pageAfter(undefined);
      async function* rows() {
        for (;;) {
          for (const row of page) {
            const scores = new Map(row.dimensionScores.map((d) => [d.key, d.score]));
            yield [
              row.reference,
              new Date(row.receivedAt).toISOString(),
              row.status,
              row.company,
              row.contactName,
              row.contactEmail,
              row.role,
              row.teamSize,
              row.timezone,
              row.questionnaireVersion,
              row.overallScore,
              row.band,
              row.consultantBand ?? '',
              ...DIMENSION_KEYS.map((key) => scores.get(key) ?? ''),
              row.flagCount,
              adminName(row.assignee) ?? '',
              ...SOURCE_COLUMNS.map(([, read]) => (row.source ? (read(row.source) ?? '') : '')),
              row.locale ?? '',
            ];
          }
          if (page.length < pageSize) return;
          page = await pageAfter(page[page.length - 1]);
        }
      }
      // A leading quote keeps a spreadsheet from running a cell that starts with = + - @.
      const neutralise = (value: unknown) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
      const csv = stringify({ header: true, columns, cast: { string: (value) => String(neutralise(value)) } });
      // pipeline, not pipe: an error in either stream destroys both and reaches the callback.
      pipeline(Readable.from(rows()), csv, (error) => {
        if (error && error.code !== 'ERR_STREAM_PREMATURE_CLOSE')
          strapi.log.error(`readiness-intake: the CSV export failed part-way and was cut off: ${error.message}`);
      });
      return csv;
    },
  };
};

export type InboxService = ReturnType<typeof inbox>;
export default inbox;
