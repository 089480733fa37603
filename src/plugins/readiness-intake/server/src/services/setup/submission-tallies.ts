import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { MODEL_UIDS } from '../../../../shared/constants';

/** The same key as the host app's tallies migration: instances starting together take turns. */
export const TALLIES_LOCK_KEY = 738_201_116;

export const TALLIES_TABLE = 'readiness_submission_tallies';
const KEYS_FUNCTION = 'readiness_submission_tally_keys';
const TRIGGER_FUNCTION = 'readiness_submission_tally';
const TRIGGERS = ['insert', 'update', 'delete'].map((event) => `readiness_submission_tally_${event}`);
/** Serves the median time to first triage: rows of one hour bucket, in order, without a sort. */
export const TRIAGE_DURATION_INDEX = 'readiness_submissions_triage_duration';

export type TallyKind = 'band_status' | 'day_band' | 'article_band' | 'rated' | 'triage_hour';
export type Tally = { kind: TallyKind; key1: string; key2: string; n: number };

export type TalliesOutcome =
  | { status: 'not-postgres' }
  | { status: 'present' }
  | { status: 'created'; rows: number }
  | { status: 'failed'; reason: string };

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * The statements that create the tallies on PostgreSQL, in order; `schema` and `table` quoted.
 * The host app's migration holds a copy (it cannot import the plugin): keep the two alike.
 *
 * Why a rollup and why this shape: the all-time stats group 100k rows five ways, which no
 * index makes cheap (every group still reads every row). The tallies hold, per key, how many
 * submissions have it: band x status, UTC day x band, article x band, rated (agreed or not),
 * and the hour bucket of the time to first triage. Statement triggers keep them exact under
 * every write (intake, triage, rating, rescoring, spam, erasure, purge, any delete), whoever
 * sends it, in the writing transaction. A trigger only ever INSERTs signed deltas, never
 * updates a counter: under ~150 submissions a second a counter row would be a lock every
 * intake transaction queues on. `compact()` folds the deltas into one row per key.
 */
export const talliesSql = (schema: string, table: string): string[] => {
  const tallies = `${schema}.${quote(TALLIES_TABLE)}`;
  const keys = `${schema}.${quote(KEYS_FUNCTION)}`;
  const keysOf = (alias: string) =>
    `${keys}(${alias}.band, ${alias}.status, ${alias}.received_at, ${alias}.source_article_slug, ${alias}.consultant_band, ${alias}.first_triaged_at)`;
  return [
    `CREATE TABLE IF NOT EXISTS ${tallies} (
       id bigserial PRIMARY KEY,
       kind varchar(20) NOT NULL,
       key1 varchar(300) NOT NULL,
       key2 varchar(300) NOT NULL DEFAULT '',
       n bigint NOT NULL
     )`,
    // The day as stats.ts has always computed it, so the rollup and the aggregation agree.
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
    // One function for the three triggers: PL/pgSQL plans a branch when it first runs it, so
    // each branch names only the transition tables its trigger declares.
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
    // The two columns included, so the median's read is an index-only scan: PostgreSQL only
    // answers from an expression index when the columns behind the expression are in it.
    `CREATE INDEX IF NOT EXISTS ${quote(TRIAGE_DURATION_INDEX)} ON ${table} ((first_triaged_at - received_at))
       INCLUDE (first_triaged_at, received_at) WHERE first_triaged_at IS NOT NULL`,
    // Writes wait from here to the commit, so no submission is counted twice or missed
    // between the backfill and the triggers.
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

/**
 * The submission tallies on PostgreSQL: a rollup the all-time stats and the inbox's
 * unfiltered total read instead of the submissions (see `talliesSql`). SQLite and MySQL have
 * none; stats.ts aggregates the rows there.
 *
 * Created at bootstrap (after the schema sync, so also on a fresh database) and by the host
 * app's migration on an existing one; idempotent, under an advisory lock, never failing the
 * start. `ready()` is false until this instance has seen them whole, and callers then fall
 * back to counting rows.
 */
const submissionTallies = ({ strapi }: { strapi: Core.Strapi }) => {
  let ready = false;
  const isPostgres = () => (strapi.db.dialect.client as string) === 'postgres';
  const knex = () => strapi.db.connection as Knex;
  const tableName = () => strapi.db.metadata.get(MODEL_UIDS.submission).tableName;
  const schemaName = () => strapi.db.getSchemaName() || null;
  const qualified = (name: string) => {
    const schema = schemaName();
    return schema ? `${quote(schema)}.${quote(name)}` : quote(name);
  };

  /** Whether the table and the three triggers are all there. */
  const present = async (connection: Knex | Knex.Transaction): Promise<boolean> => {
    const { rows } = await connection.raw(
      `SELECT to_regclass(?) IS NOT NULL AS has_table,
              (SELECT count(*) FROM pg_trigger WHERE tgrelid = to_regclass(?) AND tgname = ANY(?) AND NOT tgisinternal) AS triggers`,
      [qualified(TALLIES_TABLE), qualified(tableName()), TRIGGERS]
    );
    return rows[0].has_table && Number(rows[0].triggers) === TRIGGERS.length;
  };

  return {
    ready: () => ready,

    async ensure(): Promise<TalliesOutcome> {
      if (!isPostgres()) return { status: 'not-postgres' };
      try {
        if (await present(knex())) {
          ready = true;
          return { status: 'present' };
        }
        const outcome = await knex().transaction(async (trx) => {
          await trx.raw('SELECT pg_advisory_xact_lock(?)', [TALLIES_LOCK_KEY]);
          // Another instance may have made them while this one waited for the lock.
          if (await present(trx)) return { status: 'present' } as const;
          const schema = quote((await trx.raw('SELECT COALESCE(?, current_schema()) AS s', [schemaName()])).rows[0].s);
          for (const statement of talliesSql(schema, `${schema}.${quote(tableName())}`)) await trx.raw(statement);
          const { rows } = await trx.raw(`SELECT count(*) AS n FROM ${schema}.${quote(TALLIES_TABLE)}`);
          return { status: 'created', rows: Number(rows[0].n) } as const;
        });
        ready = true;
        return outcome;
      } catch (error) {
        return { status: 'failed', reason: (error as Error).message };
      }
    },

    /** Every key with its count, deltas summed; keys that came to zero left out. */
    async read(kinds?: TallyKind[]): Promise<Tally[]> {
      const { rows } = (await knex().raw(
        `SELECT kind, key1, key2, sum(n) AS n FROM ${qualified(TALLIES_TABLE)}
          ${kinds ? 'WHERE kind = ANY(?)' : ''} GROUP BY kind, key1, key2 HAVING sum(n) <> 0 ORDER BY kind, key1, key2`,
        kinds ? [kinds] : []
      )) as { rows: Array<{ kind: TallyKind; key1: string; key2: string; n: string | number }> };
      return rows.map((row) => ({ ...row, n: Number(row.n) }));
    },

    /** How many submissions there are: the inbox's total when nothing filters it. */
    async total(): Promise<number> {
      const { rows } = await knex().raw(
        `SELECT COALESCE(sum(n), 0) AS n FROM ${qualified(TALLIES_TABLE)} WHERE kind = 'band_status'`
      );
      return Number(rows[0].n);
    },

    /**
     * Folds the deltas into one row per key. Sum-preserving and atomic, so instances may run
     * it at once: a row another compaction already took is skipped, not counted twice. Only
     * keys with deltas are rewritten: rewriting every key each round left tens of thousands
     * of dead rows for vacuum, which made the stats' read of a few hundred rows slow.
     */
    async compact(): Promise<void> {
      if (!ready) return;
      const tallies = qualified(TALLIES_TABLE);
      await knex().raw(
        `WITH folded AS (
           SELECT kind, key1, key2 FROM ${tallies} GROUP BY kind, key1, key2 HAVING count(*) > 1 OR sum(n) = 0
         ), moved AS (
           DELETE FROM ${tallies} t USING folded f
            WHERE t.kind = f.kind AND t.key1 = f.key1 AND t.key2 = f.key2
           RETURNING t.kind, t.key1, t.key2, t.n
         )
         INSERT INTO ${tallies} (kind, key1, key2, n)
         SELECT kind, key1, key2, sum(n) FROM moved GROUP BY kind, key1, key2 HAVING sum(n) <> 0`
      );
    },

    /**
     * The time to first triage, in milliseconds, of the triaged submissions at 0-based
     * `positions` in ascending order, given the hour buckets' counts: each is read from its
     * own bucket through the duration index, so no more than one bucket is walked.
     */
    async durationsAt(buckets: Array<{ hour: number; n: number }>, positions: number[]): Promise<number[]> {
      const sorted = [...buckets].sort((a, b) => a.hour - b.hour);
      const table = qualified(tableName());
      return Promise.all(
        positions.map(async (position) => {
          let before = 0;
          const bucket = sorted.find((candidate) => {
            if (position < before + candidate.n) return true;
            before += candidate.n;
            return false;
          });
          if (!bucket) throw new Error(`no triage bucket holds position ${position}`);
          const { rows } = await knex().raw(
            `SELECT (extract(epoch FROM first_triaged_at - received_at) * 1000)::float8 AS ms FROM ${table}
              WHERE first_triaged_at IS NOT NULL
                AND first_triaged_at - received_at >= ? * interval '1 hour'
                AND first_triaged_at - received_at < ? * interval '1 hour'
              ORDER BY first_triaged_at - received_at OFFSET ? LIMIT 1`,
            [bucket.hour, bucket.hour + 1, position - before]
          );
          if (rows.length === 0) throw new Error(`the triage bucket ${bucket.hour} h is shorter than its tally`);
          return Number(rows[0].ms);
        })
      );
    },
  };
};

export type SubmissionTalliesService = ReturnType<typeof submissionTallies>;
export default submissionTallies;
