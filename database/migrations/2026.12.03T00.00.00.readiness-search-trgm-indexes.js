'use strict';

/**
 * The inbox search's trigram indexes on PostgreSQL (issue 15, item 4).
 *
 * The admin inbox searches `q` with `$containsi` on contact name, email and company, which
 * Strapi renders on PostgreSQL as `LOWER(CAST("t0"."col" AS VARCHAR)) LIKE LOWER(?)`: a
 * sequential scan. A GIN index with pg_trgm's `gin_trgm_ops` on that very expression (the
 * planner only uses an expression index whose expression is the same) serves `LIKE '%q%'`.
 *
 * How Strapi 5.54 runs this file (node_modules/@strapi/database/dist):
 * - only `*.js` and `*.sql` in `<app>/database/migrations` are found (migrations/discover.js;
 *   a `.ts` file only with `database.settings.useTypescriptMigrations`), in name order, once
 *   each (recorded in `strapi_migrations`);
 * - each `up` runs inside a transaction (migrations/common.js), so a failing statement would
 *   abort it and the start with it: everything that could fail is checked in the catalog first;
 * - user migrations run at the start of `schema.sync()`, BEFORE the tables are created or
 *   altered (schema/index.js, `sync()`). On a fresh database the submissions table does not
 *   exist yet, so this migration only creates the extension and skips the indexes; the
 *   readiness-intake plugin creates them at bootstrap (service `search-indexes`), after the
 *   sync, on every database where they are missing. On an existing database this migration
 *   builds them before the app serves (a 100k-row table takes a few seconds, during which
 *   writes to it wait: CREATE INDEX CONCURRENTLY cannot run inside the migration's transaction).
 *
 * SQLite and MySQL: nothing is done, the search stays a scan there.
 * Idempotent: IF NOT EXISTS throughout, under the same advisory lock as the plugin's bootstrap.
 */

const TABLE = 'readiness_submissions';
const COLUMNS = ['contact_name', 'contact_email', 'company'];
/** The same key as the plugin's search-indexes service: instances starting together take turns. */
const LOCK_KEY = 738201115;
/** The plugin's SEARCH_INDEX_PENDING_LIST_KB (this file cannot import the plugin): keep the two alike. */
const PENDING_LIST_KB = 64;

const quote = (identifier) => `"${identifier.replace(/"/g, '""')}"`;
const indexName = (column) => `${TABLE}_${column}_trgm`;

const isPostgres = (knex, db) => (db && db.dialect ? db.dialect.client : knex.client.config.client) === 'postgres';

const log = (db, message) => {
  if (db && db.logger) db.logger.info(`[readiness search indexes] ${message}`);
};

/** The schema pg_trgm lives in after creating it when possible, or why it is not there. */
const trigramSchema = async (knex) => {
  const installed = async () =>
    (
      await knex.raw(
        `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`
      )
    ).rows[0];
  const present = await installed();
  if (present) return { schema: present.nspname };
  const check = (
    await knex.raw(
      `SELECT v.name IS NOT NULL AS available,
              COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false) AS superuser,
              COALESCE(v.trusted, false) AS trusted,
              has_database_privilege(current_database(), 'CREATE') AS may_create_in_database,
              current_schema() IS NOT NULL AND has_schema_privilege(current_schema(), 'CREATE') AS may_create_in_schema
         FROM (SELECT 1) AS one
         LEFT JOIN pg_available_extension_versions v
           ON v.name = 'pg_trgm' AND v.version = (SELECT default_version FROM pg_available_extensions WHERE name = 'pg_trgm')`
    )
  ).rows[0];
  if (!check.available) return { reason: 'pg_trgm is not installed on the PostgreSQL server' };
  if (!check.may_create_in_schema) return { reason: 'the database user may not create objects in its schema' };
  if (!check.superuser && !(check.trusted && check.may_create_in_database))
    return { reason: 'the database user may not create the pg_trgm extension' };
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  const created = await installed();
  return created ? { schema: created.nspname } : { reason: 'pg_trgm could not be created' };
};

module.exports = {
  async up(knex, db) {
    if (!isPostgres(knex, db)) return; // SQLite, MySQL: no trigram index, the search scans.
    await knex.raw('SELECT pg_advisory_xact_lock(?)', [LOCK_KEY]);

    const trigram = await trigramSchema(knex);
    if (trigram.reason) {
      log(db, `skipped, the inbox search will scan: ${trigram.reason}`);
      return;
    }
    // The schema Strapi's connection works in (DATABASE_SCHEMA sets its search_path).
    const table = (
      await knex.raw(
        `SELECT n.nspname AS schema, pg_has_role(c.relowner, 'USAGE') AS owned
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.oid = to_regclass(?)`,
        [quote(TABLE)]
      )
    ).rows[0];
    if (!table) {
      log(db, `${TABLE} does not exist yet (a fresh database): the plugin creates the indexes at bootstrap`);
      return;
    }
    if (!table.owned) {
      log(db, `skipped: the database user does not own ${TABLE}`);
      return;
    }
    for (const column of COLUMNS) {
      // Exactly the expression Strapi's $containsi renders on PostgreSQL.
      await knex.raw(
        `CREATE INDEX IF NOT EXISTS ${quote(indexName(column))} ON ${quote(table.schema)}.${quote(TABLE)} ` +
          `USING gin ((LOWER(CAST(${quote(column)} AS VARCHAR))) ${quote(trigram.schema)}.gin_trgm_ops) ` +
          // A short pending list: see SEARCH_INDEX_PENDING_LIST_KB in the plugin's search-indexes service.
          `WITH (gin_pending_list_limit = ${PENDING_LIST_KB})`
      );
    }
    log(db, `created ${COLUMNS.map(indexName).join(', ')}`);
  },

  async down(knex, db) {
    if (!isPostgres(knex, db)) return;
    // The extension stays: other objects may use it. Note the plugin's bootstrap creates the
    // indexes again at the next start.
    for (const column of COLUMNS) await knex.raw(`DROP INDEX IF EXISTS ${quote(indexName(column))}`);
  },
};
