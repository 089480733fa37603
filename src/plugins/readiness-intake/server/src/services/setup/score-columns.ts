import type { Core } from '@strapi/strapi';

import { MODEL_UIDS } from '../../../../shared/constants';
import type { Submission } from '../../../../shared/contracts/submissions';
import { scoreColumnsOf } from '../../scoring/score-columns';

type Row = Pick<Submission, 'id' | 'dimensionScores' | 'flags'>;

/** How many submissions the backfill reads and writes at a time. */
const PAGE = 200;

/**
 * Fills the filterable score columns (`scoreDocumentation`…, `dontKnowCount`,
 * `contradictionCount`) of submissions stored before those columns existed, from the JSON
 * they hold. `storedScore()` writes every column on submit and on re-score, so a row whose
 * `dontKnowCount` is null was never scored with them: that is the mark of a row to fill.
 */
const scoreColumns = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Walks the unfilled rows by id, a page at a time, and returns how many it filled. Safe to
   * run on every boot and on several instances at once: each update is conditional on the
   * row still being unfilled and writes what the row's own JSON says, so two instances
   * write the same values, and a re-score that lands in between is never overwritten.
   */
  async backfill(): Promise<number> {
    let filled = 0;
    for (let after = 0; ; ) {
      const rows: Row[] = await strapi.db.query(MODEL_UIDS.submission).findMany({
        select: ['id', 'dimensionScores', 'flags'],
        where: { dontKnowCount: { $null: true }, id: { $gt: after } },
        orderBy: { id: 'asc' },
        limit: PAGE,
      });
      for (const row of rows) {
        const { count } = await strapi.db.query(MODEL_UIDS.submission).updateMany({
          where: { id: row.id, dontKnowCount: { $null: true } },
          data: scoreColumnsOf(row.dimensionScores, row.flags),
        });
        filled += count;
      }
      if (rows.length < PAGE) return filled;
      after = rows[rows.length - 1].id;
    }
  },
});

export type ScoreColumnsService = ReturnType<typeof scoreColumns>;
export default scoreColumns;
