import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { MODEL_UIDS } from '../../../../shared/constants';

/** The submission fields the inbox's `q` searches with `$containsi`. */
export const SEARCHED_FIELDS = ['contactName', 'contactEmail', 'company'] as const;

/**
 * One advisory lock key for everything that creates these indexes (this service and the
 * host app's migration), so instances starting together take turns: two concurrent
 * `CREATE INDEX IF NOT EXISTS` of one name can still collide on the catalog.
 */
export const SEARCH_INDEX_LOCK_KEY = 738_201_115;

export type SearchIndexOutcome =
  | { status: 'not-postgres' }
  | { status: 'present'; indexes: string[] }
  | { status: 'created'; indexes: string[] }
  | { status: 'no-extension'; reason: string }
  | { status: 'failed'; reason: string };

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * The trigram GIN indexes that serve the inbox search on PostgreSQL.
 *
 * Strapi renders `{ field: { $containsi: q } }` on PostgreSQL as
 * `LOWER(CAST("t0"."col" AS VARCHAR)) LIKE LOWER(?)` (@strapi/database, query/helpers/where.js),
 * which PostgreSQL normalises to `lower((col)::text) ~~ ...`. An expression index is only
 * used when its expression is the same, so each index is written with that very expression,
 * and `gin_trgm_ops` (pg_trgm) makes `LIKE '%q%'` an index search instead of a scan.
 *
 * The host app's migration (database/migrations/) creates them on an existing database, but
 * Strapi runs migrations before it creates the tables, so on a fresh database only this
 * (run at bootstrap, after the schema sync) can. It is idempotent, and it never fails the
 * start: without pg_trgm (not installed, or the user may not create it) the search stays
 * a scan and a warning says why. SQLite and MySQL keep the scan.
 */
const searchIndexes = ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = () => strapi.db.metadata.get(MODEL_UIDS.submission);
  const schemaName = () => strapi.db.getSchemaName() || null;

  const plan = () => {
    const { tableName, attributes } = meta();
    return SEARCHED_FIELDS.map((field) => {
      const column = (attributes[field] as { columnName?: string }).columnName ?? field;
      return { column, name: `${tableName}_${column}_trgm` };
    });
  };

  /** The names of the planned indexes that exist on the submissions table now. */
  const existing = async (knex: Knex | Knex.Transaction): Promise<string[]> => {
    const { rows } = await knex.raw(
      `SELECT indexname FROM pg_indexes WHERE schemaname = COALESCE(?, current_schema()) AND tablename = ? AND indexname = ANY(?)`,
      [schemaName(), meta().tableName, plan().map((index) => index.name)]
    );
    return rows.map((row: { indexname: string }) => row.indexname);
  };

  /**
   * The schema pg_trgm lives in, creating the extension first when it is missing, available
   * and this user may create it. Catalog checks first: a failing CREATE EXTENSION would abort
   * the transaction it runs in.
   */
  const trigramSchema = async (trx: Knex.Transaction): Promise<{ schema: string } | { reason: string }> => {
    const installed = async () =>
      (
        await trx.raw(
          `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`
        )
      ).rows[0]?.nspname as string | undefined;
    const present = await installed();
    if (present) return { schema: present };
    const { rows } = await trx.raw(
      `SELECT v.name IS NOT NULL AS available,
              COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) AS superuser,
              COALESCE(v.trusted, false) AS trusted,
              has_database_privilege(current_database(), 'CREATE') AS may_create_in_database,
              current_schema() IS NOT NULL AND has_schema_privilege(current_schema(), 'CREATE') AS may_create_in_schema
         FROM (SELECT 1) AS one
         LEFT JOIN pg_available_extension_versions v
           ON v.name = 'pg_trgm' AND v.version = (SELECT default_version FROM pg_available_extensions WHERE name = 'pg_trgm')`
    );
    const check = rows[0] as Record<string, boolean>;
    if (!check.available) return { reason: 'the pg_trgm extension is not installed on the PostgreSQL server' };
    if (!check.may_create_in_schema) return { reason: 'the database user may not create objects in its schema' };
    if (!check.superuser && !(check.trusted && check.may_create_in_database))
      return {
        reason: 'the database user may not create the pg_trgm extension (ask an administrator to run CREATE EXTENSION pg_trgm)',
      };
    await trx.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    const created = await installed();
    return created ? { schema: created } : { reason: 'pg_trgm could not be created' };
  };

  return {
    /** The index names, for tests and the README. */
    names: () => plan().map((index) => index.name),

    /**
     * Creates whichever of the three indexes is missing. One catalog query when they are all
     * there (every start after the first); otherwise one transaction under the advisory lock.
     */
    async ensure(): Promise<SearchIndexOutcome> {
      if ((strapi.db.dialect.client as string) !== 'postgres') return { status: 'not-postgres' };
      const knex = strapi.db.connection as Knex;
      const wanted = plan();
      try {
        if ((await existing(knex)).length === wanted.length) return { status: 'present', indexes: wanted.map((i) => i.name) };
        return await knex.transaction(async (trx) => {
          await trx.raw('SELECT pg_advisory_xact_lock(?)', [SEARCH_INDEX_LOCK_KEY]);
          const trigram = await trigramSchema(trx);
          if ('reason' in trigram) return { status: 'no-extension', reason: trigram.reason } as const;
          const schema = schemaName();
          const table = schema ? `${quote(schema)}.${quote(meta().tableName)}` : quote(meta().tableName);
          for (const { column, name } of wanted) {
            // The expression exactly as Strapi's $containsi writes it, so the planner matches it.
            await trx.raw(
              `CREATE INDEX IF NOT EXISTS ${quote(name)} ON ${table} USING gin ((LOWER(CAST(${quote(column)} AS VARCHAR))) ${quote(trigram.schema)}.gin_trgm_ops)`
            );
          }
          return { status: 'created', indexes: wanted.map((i) => i.name) } as const;
        });
      } catch (error) {
        return { status: 'failed', reason: (error as Error).message };
      }
    },
  };
};

export type SearchIndexesService = ReturnType<typeof searchIndexes>;
export default searchIndexes;
