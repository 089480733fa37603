import { randomUUID } from 'crypto';

import type { TestApp } from './strapi';

const BUDGET_HEADER = 'x-query-budget';

/**
 * How many SQL queries the requests `run` sends make, counted through the app's database
 * connection. `run` must send its requests with the headers it is given: a query counts
 * only when it runs in the context of one of those requests (Strapi's request context), so
 * work the app does meanwhile for no request of the test (a timer, another request's
 * tail) never lands in the count of the one measured.
 */
export const countQueries = async (app: TestApp, run: (headers: Record<string, string>) => Promise<unknown>): Promise<number> => {
  const tag = randomUUID();
  let count = 0;
  const onQuery = () => {
    const ctx = app.strapi.requestContext.get() as { request?: { headers?: Record<string, unknown> } } | undefined;
    if (ctx?.request?.headers?.[BUDGET_HEADER] === tag) count += 1;
  };
  app.strapi.db.connection.on('query', onQuery);
  try {
    await run({ [BUDGET_HEADER]: tag });
  } finally {
    app.strapi.db.connection.removeListener('query', onQuery);
  }
  return count;
};
