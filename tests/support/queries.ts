import type { TestApp } from './strapi';

/** How many SQL queries `run` sends through the app's database connection. */
export const countQueries = async (app: TestApp, run: () => Promise<unknown>): Promise<number> => {
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  app.strapi.db.connection.on('query', onQuery);
  try {
    await run();
  } finally {
    app.strapi.db.connection.removeListener('query', onQuery);
  }
  return count;
};
