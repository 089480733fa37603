'use strict';

/**
 * A short pending list for the inbox search's trigram indexes on PostgreSQL (issue 15, item 4).
 *
 * A GIN index files new rows in an unsorted pending list (up to 4 MB by default) and sorts
 * them into the index only when the list is full or the table is vacuumed; every search
 * reads the whole list. At 100k submissions the three lists held ~940 pages after the rows
 * were loaded, read twice by each search (its page and its total), which was most of its
 * time. This sets each index's list to 64 kB and moves what the list holds into the index.
 * The plugin's bootstrap does the same where an index lacks the limit, and creates new ones
 * with it, as 2026.12.03T00.00.00 now does.
 *
 * Runs in Strapi's migration transaction (see 2026.12.03T00.00.00 for how Strapi 5.54 runs
 * these files), so everything that could fail is checked in the catalog first: nothing
 * happens on SQLite or MySQL, where the indexes are missing (a fresh database: the plugin
 * creates them), or where the database user does not own them.
 * Idempotent, under the same advisory lock as the plugin's bootstrap.
 */

const TABLE = 'readiness_submissions';
const INDEXES = ['contact_name', 'contact_email', 'company'].map((column) => `${TABLE}_${column}_trgm`);
/** The plugin's search-indexes service's key and SEARCH_INDEX_PENDING_LIST_KB: keep them alike. */
const LOCK_KEY = 738201115;
const PENDING_LIST_KB = 64;

const quote = (identifier) => `"${identifier.replace(/"/g, '""')}"`;

const isPostgres = (knex, db) => (db && db.dialect ? db.dialect.client : knex.client.config.client) === 'postgres';

module.exports = {
  async up(knex, db) {
    if (!isPostgres(knex, db)) return;
    await knex.raw('SELECT pg_advisory_xact_lock(?)', [LOCK_KEY]);
    // The indexes of the submissions table in the schema Strapi works in, that this user
    // owns and that lack the limit.
    const { rows } = await knex.raw(
      `SELECT n.nspname AS schema, c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_index i ON i.indexrelid = c.oid
        WHERE i.indrelid = to_regclass(?) AND c.relname = ANY(?)
          AND pg_has_role(c.relowner, 'USAGE')
          AND NOT COALESCE(? = ANY(c.reloptions), false)`,
      [quote(TABLE), INDEXES, `gin_pending_list_limit=${PENDING_LIST_KB}`]
    );
    for (const { schema, name } of rows) {
      const index = `${quote(schema)}.${quote(name)}`;
      await knex.raw(`ALTER INDEX ${index} SET (gin_pending_list_limit = ${PENDING_LIST_KB})`);
      await knex.raw('SELECT gin_clean_pending_list(?::regclass)', [index]);
    }
    if (rows.length > 0 && db && db.logger)
      db.logger.info(
        `[readiness search indexes] pending list limited to ${PENDING_LIST_KB} kB on ${rows.map((row) => row.name).join(', ')}`
      );
  },

  async down(knex, db) {
    if (!isPostgres(knex, db)) return;
    for (const name of INDEXES) {
      const exists = (await knex.raw('SELECT to_regclass(?) IS NOT NULL AS found', [quote(name)])).rows[0].found;
      if (exists) await knex.raw(`ALTER INDEX ${quote(name)} RESET (gin_pending_list_limit)`);
    }
  },
};
