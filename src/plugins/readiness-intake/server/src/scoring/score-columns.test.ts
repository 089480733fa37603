import fc from 'fast-check';

import type { Answers } from '../../../shared/contracts/submissions';
import { DIMENSION_KEYS } from '../../../shared/dimensions';
import { DEFAULT_QUESTIONNAIRE } from '../questionnaire/default-questionnaire';
import { DIMENSION_SCORE_FIELDS, FLAG_COUNT_FIELDS, scoreColumnsOf } from './score-columns';
import { scoreSubmission, storedScore } from './score-submission';

const QUESTIONS = DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) => dimension.questions).filter((q) => q.kind !== 'text');

/** Any answers to the default questionnaire: each scored question unanswered or given one of its options. */
const answersArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(...QUESTIONS.map((question) => fc.option(fc.constantFrom(...question.options.map((o) => o.value)), { nil: undefined })))
  .map((picked) =>
    Object.fromEntries(
      QUESTIONS.flatMap((question, index) => {
        const value = picked[index];
        if (value === undefined) return [];
        return [[question.key, question.kind === 'multi' ? [value] : value]];
      })
    )
  );

describe('scoreColumnsOf', () => {
  it('names one column per dimension and per flag kind', () => {
    expect(Object.keys(DIMENSION_SCORE_FIELDS).sort()).toEqual([...DIMENSION_KEYS].sort());
    expect(Object.keys(FLAG_COUNT_FIELDS).sort()).toEqual(['contradiction', 'dont_know']);
  });

  it('repeats in the columns exactly what the JSON of any scored submission says', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        // Given any answers, scored and stored
        const stored = storedScore(scoreSubmission(DEFAULT_QUESTIONNAIRE, answers));

        // Then each dimension's column is its score when answered and null when not
        for (const dimension of stored.dimensionScores) {
          expect(stored[DIMENSION_SCORE_FIELDS[dimension.key]]).toBe(dimension.answered === 0 ? null : dimension.score);
        }
        // And the counts add up to the flags
        expect(stored.dontKnowCount).toBe(stored.flags.filter((flag) => flag.kind === 'dont_know').length);
        expect(stored.contradictionCount).toBe(stored.flags.filter((flag) => flag.kind === 'contradiction').length);
        expect(stored.dontKnowCount + stored.contradictionCount).toBe(stored.flagCount);
      })
    );
  });

  it('reads what an old or damaged row holds without throwing: no scores, no flags', () => {
    // Given JSON that is not what scoring writes
    for (const [dimensions, flags] of [
      [null, null],
      ['text', 7],
      [
        [null, { key: 'documentation' }, { key: 'handoff', score: 'high' }],
        [null, {}, { kind: 'other' }],
      ],
    ]) {
      // Then every score is null and every count 0
      expect(scoreColumnsOf(dimensions, flags)).toEqual({
        scoreDocumentation: null,
        scoreSpecification: null,
        scoreHandoff: null,
        scoreScoping: null,
        scoreAsync: null,
        scoreOwnership: null,
        dontKnowCount: 0,
        contradictionCount: 0,
      });
    }
  });

  it('keeps a score stored before `answered` was recorded', () => {
    expect(scoreColumnsOf([{ key: 'async', score: 40 }], []).scoreAsync).toBe(40);
  });
});
