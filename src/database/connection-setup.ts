import type { Core } from '@strapi/strapi';

type Dialect = { initialize(nativeConnection: unknown): Promise<void> };

/**
 * Strapi runs its per-connection setup (PostgreSQL's `SET search_path`, SQLite's PRAGMAs)
 * from the pool's afterCreate as `initialize(connection).then(() => done(null, connection))`,
 * with no catch. A connection that breaks between its connect and that statement (PostgreSQL
 * shutting down or restarting) made a rejection nothing handled, which ends a Node process:
 * the PostgreSQL restart chaos test lost an instance that way. Wrapped, the setup never
 * rejects: it logs, and the connection is handed to the pool, whose validation on acquire
 * drops a connection that has failed (knex marks it disposed) and opens another, so the
 * request gets a working connection or, once the acquire timeout passes, a 503.
 */
export const survivePoolConnectionSetupFailures = (strapi: Core.Strapi) => {
  const dialect = strapi.db.dialect as unknown as Dialect;
  const initialize = dialect.initialize.bind(dialect);
  dialect.initialize = async (nativeConnection) => {
    try {
      await initialize(nativeConnection);
    } catch (error) {
      strapi.log.warn(
        `A new database connection failed its setup and will not be used: ${error instanceof Error ? error.message : String(error)}`
      );
    }
  };
};
