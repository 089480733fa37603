import type { GetSubmissions, SavedViewFilters } from '../../../shared/contracts';

/** The inbox filters as the URL holds them: strings, as the consultant may have typed them. */
export type InboxQuery = {
  page?: string;
  pageSize?: string;
  _q?: string;
  status?: string;
  band?: string;
  assignee?: string;
  /** Where a submission came from: matched exactly against its stored attribution. */
  articleSlug?: string;
  utmCampaign?: string;
  sort?: string;
  /** Days, YYYY-MM-DD, in the consultant's time zone. */
  from?: string;
  to?: string;
  /** `true`: only submissions still new past the triage SLA. */
  overdue?: string;
  /** A dimension key and a score from 0 to 100: that dimension scored strictly below it. Only together. */
  dimension?: string;
  below?: string;
  /** `dont_know` or `contradiction`: at least one flag of that kind. */
  flag?: string;
};

type InboxParams = GetSubmissions.Request['query'];

// Parameters without the ones left empty, which the API would read as a filter for "".
const withoutEmpty = <T extends object>(params: T) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== '')) as Partial<T>;

/** YYYY-MM-DD of a date in the browser's time zone: how the URL holds the inbox's date range. */
export const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The first moment of a YYYY-MM-DD day in the browser's time zone, or of a day `offsetDays` later. */
export const dateOf = (day: string | undefined, offsetDays = 0) => {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + offsetDays);
};

const numberOf = (value: string | undefined) => (value ? Number(value) : undefined);

/**
 * The API's parameters for the inbox filters in the URL. The admin's `_q` (what
 * SearchInput writes) becomes the API's `q`; the days of the date range become instants,
 * the `to` day included whole. The list and the CSV export both use it, so the file holds
 * what the screen shows.
 */
export const inboxParams = ({ _q, from, to, page, pageSize, assignee, below, ...chosen }: InboxQuery): InboxParams =>
  withoutEmpty({
    // Status, band, sort, the dimension, the flag and the attribution go as the URL spells them: the
    // server answers one it does not know with a 400, which the inbox shows as its error state.
    ...(chosen as Pick<
      InboxParams,
      'status' | 'band' | 'sort' | 'overdue' | 'articleSlug' | 'utmCampaign' | 'dimension' | 'flag'
    >),
    assignee: assignee === 'me' || assignee === 'none' ? assignee : numberOf(assignee),
    below: numberOf(below),
    page: numberOf(page),
    pageSize: numberOf(pageSize),
    q: _q,
    from: dateOf(from)?.toISOString(),
    to: dateOf(to, 1)?.toISOString(),
  });

/**
 * The filters of the URL as a saved view holds them: the API's parameters without the
 * page, every value as a query string spells it. What "Save view" sends.
 */
export const viewFiltersOf = (query: InboxQuery): SavedViewFilters => {
  const { page: _page, pageSize: _pageSize, ...filters } = inboxParams(query);
  return Object.fromEntries(Object.entries(filters).map(([key, value]) => [key, String(value)]));
};

/** A valid instant of a stored filter, or undefined. */
const instantOf = (text: string | undefined) => {
  const date = text ? new Date(text) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/**
 * The URL's filters for a saved view: `viewFiltersOf` undone. `q` becomes the admin's
 * `_q`, the instants of the range become days in the browser's time zone (the `to` day is
 * the one before the instant, which inboxParams moved to the next day's start).
 */
export const queryOfView = ({ q, from, to, ...rest }: SavedViewFilters): InboxQuery => {
  const start = instantOf(from);
  const end = instantOf(to);
  return withoutEmpty({
    ...rest,
    _q: q,
    from: start ? dayOf(start) : undefined,
    to: end ? dayOf(new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1)) : undefined,
  });
};

/** Whether two sets of filters are the same, whatever the order of their keys. */
export const sameFilters = (a: SavedViewFilters, b: SavedViewFilters) => {
  const key = (filters: SavedViewFilters) => JSON.stringify(Object.entries(filters).sort(([x], [y]) => x.localeCompare(y)));
  return key(a) === key(b);
};
