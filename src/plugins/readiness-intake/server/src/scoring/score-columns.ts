import type { DimensionScore, Flag } from '../../../shared/contracts/submissions';
import { DIMENSION_KEYS, type DimensionKey } from '../../../shared/dimensions';
import type { FlagKind } from '../../../shared/intake';

/**
 * The submission columns that repeat, one integer each, what the `dimensionScores` and
 * `flags` JSON hold: JSON cannot be filtered the same way on SQLite, PostgreSQL and MySQL,
 * integer columns can, and can be indexed.
 */
export const DIMENSION_SCORE_FIELDS = {
  documentation: 'scoreDocumentation',
  specification: 'scoreSpecification',
  handoff: 'scoreHandoff',
  scoping: 'scoreScoping',
  async: 'scoreAsync',
  ownership: 'scoreOwnership',
} as const satisfies Record<DimensionKey, string>;

/** The count column of each flag kind. */
export const FLAG_COUNT_FIELDS = {
  dont_know: 'dontKnowCount',
  contradiction: 'contradictionCount',
} as const satisfies Record<FlagKind, string>;

type ScoreField = (typeof DIMENSION_SCORE_FIELDS)[DimensionKey];
type CountField = (typeof FLAG_COUNT_FIELDS)[FlagKind];
export type ScoreColumns = Record<ScoreField, number | null> & Record<CountField, number>;

/**
 * The filterable columns of a score: each dimension's score, or null when none of its
 * questions was answered (a 0 there would read as "answered, and scored nothing"), and how
 * many flags of each kind. Tolerant of what older rows may hold (no array, odd entries),
 * since the bootstrap backfill reads stored JSON.
 */
export const scoreColumnsOf = (
  dimensions: readonly DimensionScore[] | unknown,
  flags: readonly Flag[] | unknown
): ScoreColumns => {
  const scored = new Map<string, number>();
  for (const dimension of Array.isArray(dimensions) ? (dimensions as unknown[]) : []) {
    const { key, score, answered } = (dimension ?? {}) as Partial<DimensionScore>;
    if (typeof key === 'string' && typeof score === 'number' && Number.isInteger(score) && answered !== 0) scored.set(key, score);
  }
  const kinds = (Array.isArray(flags) ? (flags as unknown[]) : []).map((flag) => (flag as Partial<Flag> | null)?.kind);
  const columns = {} as ScoreColumns;
  for (const key of DIMENSION_KEYS) columns[DIMENSION_SCORE_FIELDS[key]] = scored.get(key) ?? null;
  for (const [kind, field] of Object.entries(FLAG_COUNT_FIELDS) as Array<[FlagKind, CountField]>)
    columns[field] = kinds.filter((k) => k === kind).length;
  return columns;
};
