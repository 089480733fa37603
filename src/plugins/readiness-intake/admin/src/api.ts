import * as React from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

import { PLUGIN_ID } from './pluginId';

export type Band = 'ready' | 'close' | 'foundation';
export type Status = 'new' | 'in_review' | 'contacted' | 'engaged' | 'not_a_fit' | 'spam';

export type SubmissionRow = {
  id: number;
  reference: string;
  receivedAt: string;
  status: Status;
  contactName: string;
  contactEmail: string;
  company: string;
  overallScore: number;
  band: Band;
  consultantBand: Band | null;
  flagCount: number;
  assignee: { id: number; name: string } | null;
};

export type Pagination = { page: number; pageSize: number; pageCount: number; total: number };

export type InboxQuery = {
  page?: string;
  pageSize?: string;
  _q?: string;
  status?: string;
  band?: string;
  assignee?: string;
  sort?: string;
};

type Loadable<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'success'; data: T };

/**
 * One page of the inbox for the filters in the URL. The admin's `_q` (what SearchInput
 * writes) becomes the API's `q`; empty filters are left out.
 */
export const useSubmissions = (query: InboxQuery) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Loadable<{ results: SubmissionRow[]; pagination: Pagination }>>({ status: 'loading' });
  const key = JSON.stringify(query);

  React.useEffect(() => {
    let current = true;
    const { _q, ...rest } = query;
    const params = Object.fromEntries(
      Object.entries({ ...rest, q: _q }).filter(([, value]) => value !== undefined && value !== '')
    );
    setState({ status: 'loading' });
    get<{ results: SubmissionRow[]; pagination: Pagination }>(`/${PLUGIN_ID}/submissions`, { params })
      .then(({ data }) => current && setState({ status: 'success', data }))
      .catch((error: unknown) => current && setState({ status: 'error', error }));
    return () => {
      current = false;
    };
    // The serialised query is the dependency: a new object with the same filters is no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, get]);

  return state;
};
