import type { Core } from '@strapi/strapi';

/**
 * A content-API auth strategy tried after users-permissions, which answers every error it
 * meets (the database going away included) with "not authenticated", so an outage would
 * read as a 401. When users-permissions let a request through unauthenticated, this one
 * asks the database a trivial question: if the database cannot answer, the request fails
 * with that error, which the database-faults middleware answers with a 503. It never
 * authenticates anyone, and costs nothing on requests users-permissions accepted (public
 * reads included).
 *
 * The database can also come back between the two: users-permissions failed, the probe
 * succeeds. For a request without credentials that is recognisable, because users-permissions
 * refuses one only when the Public role has no permission at all (or when it failed): if the
 * role has some, the refusal was the outage's, and the request gets the outage's 503 rather
 * than a 401 it did not earn (the PostgreSQL restart chaos test met this window).
 */
export const databaseProbeStrategy = (strapi: Core.Strapi) => ({
  name: 'database-probe',
  async authenticate(ctx: { request: { header: Record<string, unknown> } }) {
    await strapi.db.connection.raw('select 1');
    if (!ctx.request.header.authorization) {
      const publicPermissions: unknown[] = await strapi.plugin('users-permissions').service('permission').findPublicPermissions();
      if (publicPermissions.length > 0) throw new DatabaseCameBackError();
    }
    return { authenticated: false };
  },
});

/**
 * 57P03, PostgreSQL's "cannot connect now" (the server is starting up), is what the database
 * said to users-permissions a moment ago; the database-faults middleware answers it with a
 * 503 and Retry-After.
 */
class DatabaseCameBackError extends Error {
  readonly code = '57P03';

  constructor() {
    super('The database came back while this request was being authenticated');
    this.name = 'DatabaseCameBackError';
  }
}

export const registerDatabaseProbe = (strapi: Core.Strapi) => {
  strapi.get('auth').register('content-api', databaseProbeStrategy(strapi));
};
