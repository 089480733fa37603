import * as React from 'react';

import { isFetchError, useAPIErrorHandler, useFetchClient, useNotification } from '@strapi/strapi/admin';

import { PLUGIN_ID } from './pluginId';

import type { GetSubmissions } from '../../shared/contracts';

export type InboxQuery = {
  page?: string;
  pageSize?: string;
  _q?: string;
  status?: string;
  band?: string;
  assignee?: string;
  sort?: string;
  /** Days, YYYY-MM-DD, in the consultant's time zone. */
  from?: string;
  to?: string;
};

type Loadable<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'success'; data: T };

/** Parameters without the ones left empty, which the API would read as a filter for "". */
const withoutEmpty = <T extends Record<string, unknown>>(params: T) =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined && value !== '')) as Partial<T>;

/**
 * GETs one of the plugin's admin routes and reloads when the path or params change, or
 * when `reload` is called after a change. A response that arrives after a newer request
 * started is dropped, so a fast typist never sees an older search win.
 */
export const useAdminGet = <T>(path: string, params?: Record<string, unknown>) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Loadable<T>>({ status: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const key = JSON.stringify([path, params]);

  React.useEffect(() => {
    let current = true;
    get<T>(`/${PLUGIN_ID}${path}`, { params: params && withoutEmpty(params) })
      .then(({ data }) => current && setState({ status: 'success', data }))
      .catch((error: unknown) => current && setState({ status: 'error', error }));
    return () => {
      current = false;
    };
    // The serialised path and params are the dependency: a new object with the same values is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, get, generation]);

  const reload = React.useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload } as Loadable<T> & { reload: () => void };
};

/** YYYY-MM-DD of a date in the browser's time zone: how the URL holds the inbox's date range. */
export const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The first moment of a YYYY-MM-DD day in the browser's time zone, or of a day `offsetDays` later. */
export const dateOf = (day: string | undefined, offsetDays = 0) => {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + offsetDays);
};

/**
 * The API's parameters for the inbox filters in the URL. The admin's `_q` (what
 * SearchInput writes) becomes the API's `q`; the days of the date range become instants,
 * the `to` day included whole. The list and the CSV export both use it, so the file holds
 * what the screen shows.
 */
export const inboxParams = ({ _q, from, to, ...rest }: InboxQuery) =>
  withoutEmpty({ ...rest, q: _q, from: dateOf(from)?.toISOString(), to: dateOf(to, 1)?.toISOString() });

/** One page of the inbox for the filters in the URL. */
export const useSubmissions = (query: InboxQuery) => useAdminGet<GetSubmissions.Response>('/submissions', inboxParams(query));

/** Tells the user a request failed, in the words of the API's error. */
export const useFailureNotice = () => {
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  return React.useCallback(
    (error: unknown) =>
      toggleNotification({ type: 'danger', message: formatAPIError(error as Parameters<typeof formatAPIError>[0]) }),
    [toggleNotification, formatAPIError]
  );
};

/** The `{ path: message }` list of a 400 from the plugin, for forms that show errors where they belong. */
export const validationErrorsOf = (error: unknown): Array<{ path: string; message: string }> => {
  if (!isFetchError(error)) return [];
  const details = error.response?.data?.error?.details as { errors?: Array<{ path: unknown[]; message: string }> } | undefined;
  return (details?.errors ?? []).map((issue) => ({ path: (issue.path ?? []).join('.'), message: issue.message }));
};
