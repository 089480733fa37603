'use strict';

/**
 * The submission tallies on PostgreSQL (issue 15, item 4): the rollup the readiness-intake
 * plugin's all-time stats and the inbox's unfiltered total read instead of counting 100k rows.
 *
 * One table of signed deltas per key (band x status, UTC day x band, article x band, rated
 * and agreed, hour bucket of the time to first triage), kept exact by three statement
 * triggers on the submissions table, which only INSERT (no counter row for concurrent intake
 * transactions to queue on); the plugin folds the deltas into one row per key every few
 * seconds. An expression index on the time to first triage serves the median. The plugin's
 * service `submission-tallies` (server/src/services/setup/submission-tallies.ts, `talliesSql`)
 * holds the same statements: keep the two alike.
 *
 * As with the search indexes migration beside this one: Strapi runs this inside a transaction
 * BEFORE it creates the tables, so on a fresh database the table is not there yet and the
 * plugin's bootstrap creates the tallies; on an existing one this builds and backfills them
 * before the app serves, holding writes to the submissions table for the backfill (about a
 * second at 100k rows). Idempotent: the triggers are replaced and the tallies recounted.
 *
 * SQLite and MySQL: nothing is done; the plugin's stats count the rows there.
 */

const TABLE = 'readiness_submissions';
const TALLIES = 'readiness_submission_tallies';
const KEYS_FUNCTION = 'readiness_submission_tally_keys';
const TRIGGER_FUNCTION = 'readiness_submission_tally';
const TRIGGERS = ['insert', 'update', 'delete'].map((event) => `readiness_submission_tally_${event}`);
const TRIAGE_DURATION_INDEX = 'readiness_submissions_triage_duration';
/** The same key as the plugin's submission-tallies service: instances starting together take turns. */
const LOCK_KEY = 738201116;

const quote = (identifier) => `"${identifier.replace(/"/g, '""')}"`;
const isPostgres = (knex, db) => (db && db.dialect ? db.dialect.client : knex.client.config.client) === 'postgres';
const log = (db, message) => {
  if (db && db.logger) db.logger.info(`[readiness submission tallies] ${message}`);
};

const talliesSql = (schema, table) => {
  const tallies = `${schema}.${quote(TALLIES)}`;
  const keys = `${schema}.${quote(KEYS_FUNCTION)}`;
  const keysOf = (alias) =>
    `${keys}(${alias}.band, ${alias}.status, ${alias}.received_at, ${alias}.source_article_slug, ${alias}.consultant_band, ${alias}.first_triaged_at)`;
  return [
    `CREATE TABLE IF NOT EXISTS ${tallies} (
       id bigserial PRIMARY KEY,
       kind varchar(20) NOT NULL,
       key1 varchar(300) NOT NULL,
       key2 varchar(300) NOT NULL DEFAULT '',
       n bigint NOT NULL
     )`,
    `CREATE OR REPLACE FUNCTION ${keys}(
       band text, status text, received_at timestamp, article text, consultant_band text, first_triaged_at timestamp
     ) RETURNS TABLE (kind text, key1 text, key2 text) LANGUAGE sql STABLE AS $$
       SELECT 'band_status', band, status
       UNION ALL SELECT 'day_band', to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), band
       UNION ALL SELECT 'article_band', article, band WHERE article IS NOT NULL
       UNION ALL SELECT 'rated', CASE WHEN consultant_band = band THEN 'agreed' ELSE 'disagreed' END, '' WHERE consultant_band IS NOT NULL
       UNION ALL SELECT 'triage_hour', floor(extract(epoch FROM first_triaged_at - received_at) / 3600)::bigint::text, ''
         WHERE first_triaged_at IS NOT NULL
     $$`,
    `CREATE OR REPLACE FUNCTION ${schema}.${quote(TRIGGER_FUNCTION)}() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'INSERT' THEN
         INSERT INTO ${tallies} (kind, key1, key2, n)
         SELECT k.kind, k.key1, k.key2, count(*) FROM new_rows r, LATERAL ${keysOf('r')} k GROUP BY 1, 2, 3;
       ELSIF TG_OP = 'DELETE' THEN
         INSERT INTO ${tallies} (kind, key1, key2, n)
         SELECT k.kind, k.key1, k.key2, -count(*) FROM old_rows r, LATERAL ${keysOf('r')} k GROUP BY 1, 2, 3;
       ELSE
         INSERT INTO ${tallies} (kind, key1, key2, n)
         SELECT kind, key1, key2, sum(n) FROM (
           SELECT k.kind, k.key1, k.key2, 1 AS n FROM new_rows r, LATERAL ${keysOf('r')} k
           UNION ALL
           SELECT k.kind, k.key1, k.key2, -1 AS n FROM old_rows r, LATERAL ${keysOf('r')} k
         ) AS delta GROUP BY 1, 2, 3 HAVING sum(n) <> 0;
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE INDEX IF NOT EXISTS ${quote(TRIAGE_DURATION_INDEX)} ON ${table} ((first_triaged_at - received_at))
       INCLUDE (first_triaged_at, received_at) WHERE first_triaged_at IS NOT NULL`,
    `LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`,
    `DELETE FROM ${tallies}`,
    `INSERT INTO ${tallies} (kind, key1, key2, n)
       SELECT k.kind, k.key1, k.key2, count(*) FROM ${table} r, LATERAL ${keysOf('r')} k GROUP BY 1, 2, 3`,
    ...TRIGGERS.map((name) => `DROP TRIGGER IF EXISTS ${quote(name)} ON ${table}`),
    `CREATE TRIGGER ${quote(TRIGGERS[0])} AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.${quote(TRIGGER_FUNCTION)}()`,
    `CREATE TRIGGER ${quote(TRIGGERS[1])} AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.${quote(TRIGGER_FUNCTION)}()`,
    `CREATE TRIGGER ${quote(TRIGGERS[2])} AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
       FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.${quote(TRIGGER_FUNCTION)}()`,
  ];
};

module.exports = {
  talliesSql,

  async up(knex, db) {
    if (!isPostgres(knex, db)) return; // SQLite, MySQL: the stats count the rows.
    await knex.raw('SELECT pg_advisory_xact_lock(?)', [LOCK_KEY]);
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
      log(db, `${TABLE} does not exist yet (a fresh database): the plugin creates the tallies at bootstrap`);
      return;
    }
    if (!table.owned) {
      log(db, `skipped: the database user does not own ${TABLE}`);
      return;
    }
    const schema = quote(table.schema);
    for (const statement of talliesSql(schema, `${schema}.${quote(TABLE)}`)) await knex.raw(statement);
    log(db, `created ${TALLIES} and its triggers, backfilled from ${TABLE}`);
  },

  async down(knex, db) {
    if (!isPostgres(knex, db)) return;
    // The plugin's bootstrap creates them again at the next start.
    for (const name of TRIGGERS) await knex.raw(`DROP TRIGGER IF EXISTS ${quote(name)} ON ${quote(TABLE)}`);
    await knex.raw(`DROP FUNCTION IF EXISTS ${quote(TRIGGER_FUNCTION)}()`);
    await knex.raw(`DROP FUNCTION IF EXISTS ${quote(KEYS_FUNCTION)}(text, text, timestamp, text, text, timestamp)`);
    await knex.raw(`DROP INDEX IF EXISTS ${quote(TRIAGE_DURATION_INDEX)}`);
    await knex.raw(`DROP TABLE IF EXISTS ${quote(TALLIES)}`);
  },
};
