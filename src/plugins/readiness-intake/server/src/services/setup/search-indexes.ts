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

/**
 * The pending list each index may hold, in kB (PostgreSQL's default is 4 MB). A GIN index
 * files new rows in an unsorted pending list and sorts them into the index only when the
 * list is full or the table is vacuumed, and every search reads the whole list. After 100k
 * inserts (a bulk load, or a busy intake on a server whose autovacuum is off or behind)
 * the three lists held ~940 pages, which a search read twice (page and total): most of its
 * time. 64 kB keeps the list to a few pages; a flush then moves ~200 rows' entries at a time,
 * so an insert costs about what it did (turning the list off made each one cost twice as much).
 */
export const SEARCH_INDEX_PENDING_LIST_KB = 64;

export type SearchIndexOutcome =
  | { status: 'not-postgres' }
  | { status: 'present'; indexes: string[] }
  | { status: 'created'; indexes: string[] }
  | { status: 'no-extension'; reason: string }
  | { status: 'failed'; reason: string };

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** How the option reads in pg_class.reloptions. */
const PENDING_LIST_OPTION = `gin_pending_list_limit=${SEARCH_INDEX_PENDING_LIST_KB}`;

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

  /** The planned indexes that exist on the submissions table now, and whether each has its pending list limit. */
  const existing = async (knex: Knex | Knex.Transaction): Promise<Array<{ name: string; limited: boolean }>> => {
    const { rows } = await knex.raw(
      `SELECT i.indexname AS name, COALESCE(? = ANY(c.reloptions), false) AS limited
         FROM pg_indexes i
         JOIN pg_namespace n ON n.nspname = i.schemaname
         JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = n.oid
        WHERE i.schemaname = COALESCE(?, current_schema()) AND i.tablename = ? AND i.indexname = ANY(?)`,
      [PENDING_LIST_OPTION, schemaName(), meta().tableName, plan().map((index) => index.name)]
    );
    return rows;
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
     * Creates whichever of the three indexes is missing, and gives an index made before the
     * pending list limit that limit (its list flushed into it). One catalog query when they
     * are all there (every start after the first); otherwise one transaction under the advisory lock.
     */
    async ensure(): Promise<SearchIndexOutcome> {
      if ((strapi.db.dialect.client as string) !== 'postgres') return { status: 'not-postgres' };
      const knex = strapi.db.connection as Knex;
      const wanted = plan();
      try {
        const found = await existing(knex);
        if (found.length === wanted.length && found.every((index) => index.limited))
          return { status: 'present', indexes: wanted.map((i) => i.name) };
        return await knex.transaction(async (trx) => {
          await trx.raw('SELECT pg_advisory_xact_lock(?)', [SEARCH_INDEX_LOCK_KEY]);
          const trigram = await trigramSchema(trx);
          if ('reason' in trigram) return { status: 'no-extension', reason: trigram.reason } as const;
          const schema = schemaName();
          const table = schema ? `${quote(schema)}.${quote(meta().tableName)}` : quote(meta().tableName);
          for (const { column, name } of wanted) {
            // The expression exactly as Strapi's $containsi writes it, so the planner matches it.
            await trx.raw(
              `CREATE INDEX IF NOT EXISTS ${quote(name)} ON ${table} USING gin ((LOWER(CAST(${quote(column)} AS VARCHAR))) ${quote(trigram.schema)}.gin_trgm_ops) WITH (${PENDING_LIST_OPTION})`
            );
          }
          // Made before the limit (by an earlier version, or the host app's first migration):
          // set it, and move what the list already holds into the index.
          for (const { name } of (await existing(trx)).filter((index) => !index.limited)) {
            const index = schema ? `${quote(schema)}.${quote(name)}` : quote(name);
            await trx.raw(`ALTER INDEX ${index} SET (${PENDING_LIST_OPTION})`);
            await trx.raw(`SELECT gin_clean_pending_list(?::regclass)`, [index]);
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
