import fc from 'fast-check';

import type { Question } from '../../../shared/contracts/questionnaires';
import type { Answers } from '../../../shared/contracts/submissions';
import { DEFAULT_QUESTIONNAIRE } from '../questionnaire/default-questionnaire';
import { explainAnswers } from './explain-answers';
import { scoreSubmission } from './score-submission';

const QUESTIONS = DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) => dimension.questions);
const SCORED = QUESTIONS.filter((question) => question.kind !== 'text');
const multi = SCORED.find((question) => question.kind === 'multi')!;
const single = SCORED.find((question) => question.kind === 'single')!;

/** Any answers the validator would let through: some questions skipped, multi picks in any number. */
const answersArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(
    ...SCORED.map((question: Question) =>
      fc.option(
        question.kind === 'multi'
          ? fc.subarray(
              question.options.map((option) => option.value),
              { minLength: 1 }
            )
          : fc.constantFrom(...question.options.map((option) => option.value)),
        { nil: undefined }
      )
    )
  )
  .map((values) =>
    Object.fromEntries(SCORED.flatMap((question, index) => (values[index] === undefined ? [] : [[question.key, values[index]]])))
  );

describe('explainAnswers', () => {
  it('lists every question of every dimension, in the questionnaire order', () => {
    const explained = explainAnswers(DEFAULT_QUESTIONNAIRE, {});
    expect(explained.map((dimension) => dimension.key)).toEqual(DEFAULT_QUESTIONNAIRE.dimensions.map((d) => d.key));
    expect(explained.flatMap((dimension) => dimension.answers.map((answer) => answer.question))).toEqual(
      QUESTIONS.map((question) => question.key)
    );
    expect(explained.flatMap((dimension) => dimension.answers).every((answer) => answer.points === null)).toBe(true);
  });

  it('gives a single answer its option label and points', () => {
    const option = single.options[single.options.length - 1];
    const answer = explainAnswers(DEFAULT_QUESTIONNAIRE, { [single.key]: option.value })
      .flatMap((dimension) => dimension.answers)
      .find((entry) => entry.question === single.key)!;
    expect(answer).toMatchObject({
      prompt: single.prompt,
      picked: [{ value: option.value, label: option.label, points: option.points }],
      points: option.points,
      maxPoints: 4,
    });
  });

  it('caps a multi answer at 4 points while listing every pick', () => {
    const all = multi.options.map((option) => option.value);
    const answer = explainAnswers(DEFAULT_QUESTIONNAIRE, { [multi.key]: all })
      .flatMap((dimension) => dimension.answers)
      .find((entry) => entry.question === multi.key)!;
    expect(answer.picked).toHaveLength(all.length);
    expect(answer.points).toBe(
      Math.min(
        4,
        multi.options.reduce((sum, option) => sum + option.points, 0)
      )
    );
  });

  it('adds up to the points the scorer gave each dimension, for any answers', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const score = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);
        for (const dimension of explainAnswers(DEFAULT_QUESTIONNAIRE, answers)) {
          const scored = score.dimensions.find((entry) => entry.key === dimension.key)!;
          const points = dimension.answers.reduce((sum, answer) => sum + (answer.points ?? 0), 0);
          const maxPoints = dimension.answers.reduce((sum, answer) => sum + (answer.maxPoints ?? 0), 0);
          expect({ points, maxPoints }).toEqual({ points: scored.points, maxPoints: scored.maxPoints });
        }
      })
    );
  });
});
