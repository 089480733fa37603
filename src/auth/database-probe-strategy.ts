import type { Core } from '@strapi/strapi';

/**
 * A content-API auth strategy tried after users-permissions, which answers every error it
 * meets (the database going away included) with "not authenticated", so an outage would
 * read as a 401. When users-permissions let a request through unauthenticated, this one
 * asks the database a trivial question: if the database cannot answer, the request fails
 * with that error, which the database-faults middleware answers with a 503. It never
 * authenticates anyone, and costs nothing on requests users-permissions accepted (public
 * reads included).
 */
export const databaseProbeStrategy = (strapi: Core.Strapi) => ({
  name: 'database-probe',
  async authenticate() {
    await strapi.db.connection.raw('select 1');
    return { authenticated: false };
  },
});

export const registerDatabaseProbe = (strapi: Core.Strapi) => {
  strapi.get('auth').register('content-api', databaseProbeStrategy(strapi));
};
