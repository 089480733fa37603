import fc from 'fast-check';

import type { Points, Question, QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import type { Answers } from '../../../shared/contracts/submissions';
import { DIMENSION_KEYS, type DimensionKey } from '../../../shared/dimensions';
import { DEFAULT_QUESTIONNAIRE, QUESTIONNAIRE_V2 } from '../questionnaire/default-questionnaire';
import { validateQuestionnaire } from '../questionnaire/validate-questionnaire';
import { scoreSubmission, type ScoreResult } from './score-submission';

const DEFAULT_QUESTIONS = DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) =>
  dimension.questions.map((question) => ({ dimension: dimension.key, question }))
);
const SCORED_QUESTIONS = DEFAULT_QUESTIONS.filter(({ question }) => question.kind !== 'text');

const bestOption = (question: Question) =>
  question.options.reduce((best, option) => (option.points > best.points ? option : best));
const worstOption = (question: Question) =>
  question.options.reduce((worst, option) => (option.points < worst.points ? option : worst));

/** One answer per scored question of the default questionnaire, picked by `pick`. */
const answerEvery = (pick: (question: Question) => string): Answers =>
  Object.fromEntries(
    SCORED_QUESTIONS.map(({ question }) => [question.key, question.kind === 'multi' ? [pick(question)] : pick(question)])
  );
/** The best option of every single question, and every option worth points of every multi question. */
const BEST_ANSWERS: Answers = Object.fromEntries(
  SCORED_QUESTIONS.map(({ question }) => [
    question.key,
    question.kind === 'multi'
      ? question.options.filter((option) => option.points > 0).map((option) => option.value)
      : bestOption(question).value,
  ])
);
const WORST_ANSWERS = answerEvery((question) => worstOption(question).value);

const dimension = (result: ScoreResult, key: DimensionKey) => {
  const found = result.dimensions.find((score) => score.key === key);
  if (!found) throw new Error(`no score for ${key}`);
  return found;
};
const scoresOf = (result: ScoreResult) => Object.fromEntries(result.dimensions.map((score) => [score.key, score.score]));

/* ---- hand-built questionnaires: N single questions per dimension, options p0..p4 worth 0..4 ---- */

const ZERO_WEIGHTS: Record<DimensionKey, number> = {
  documentation: 0,
  specification: 0,
  handoff: 0,
  scoping: 0,
  async: 0,
  ownership: 0,
};

const pointsOption = (points: Points) => ({ value: `p${points}`, label: `${points} points`, points });

const handBuilt = (
  questionCounts: Partial<Record<DimensionKey, number>>,
  weights: Partial<Record<DimensionKey, number>>,
  order: readonly DimensionKey[] = DIMENSION_KEYS
): QuestionnaireDocument => ({
  // Without the default's translations, which would have to name these made-up keys.
  ...QUESTIONNAIRE_V2,
  dimensions: order.map((key) => ({
    key,
    title: key,
    description: key,
    questions: Array.from({ length: questionCounts[key] ?? 1 }, (_, i) => ({
      key: `${key}_${i}`,
      prompt: `Question ${i} of ${key}?`,
      kind: 'single' as const,
      required: true,
      options: ([0, 1, 2, 3, 4] as const).map(pointsOption),
    })),
  })),
  scoring: { ...DEFAULT_QUESTIONNAIRE.scoring, weights: { ...ZERO_WEIGHTS, ...weights }, contradictions: [] },
});

/** Answers the questions of `key` in a hand-built questionnaire with the given points, in order. */
const handAnswers = (key: DimensionKey, points: Points[]): Answers =>
  Object.fromEntries(points.map((p, i) => [`${key}_${i}`, `p${p}`]));

const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

describe('scoreSubmission with the default questionnaire', () => {
  it('given the best option for every scored question, when scored, then every dimension and the overall are 100 and the band is ready', () => {
    const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, BEST_ANSWERS);

    expect(result.dimensions.map((score) => score.score)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(result.overall).toBe(100);
    expect(result.band).toBe('ready');
    expect(result.gated).toBe(false);
    expect(result.flags).toEqual([]);
    expect(result.questionnaireVersion).toBe(DEFAULT_QUESTIONNAIRE.version);
  });

  it('given the worst option for every scored question, when scored, then every dimension and the overall are 0 and the band is foundation', () => {
    const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, WORST_ANSWERS);

    expect(result.dimensions.map((score) => score.score)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(result.overall).toBe(0);
    expect(result.band).toBe('foundation');
    expect(result.gated).toBe(false);
  });

  it('given no answers at all, when scored, then every dimension scores 0 with nothing answered and the band is foundation', () => {
    const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, {});

    for (const score of result.dimensions) expect(score).toMatchObject({ score: 0, points: 0, maxPoints: 0, answered: 0 });
    expect(result.overall).toBe(0);
    expect(result.band).toBe('foundation');
    expect(result.flags).toEqual([]);
  });

  it('given a mixed set of answers, when scored, then each dimension score and the weighted overall match the hand computation', () => {
    const answers: Answers = {
      // documentation: 2 + 3 + (1 + 1) = 7 of 12 → 58.33 → 58; the text answer is not scored
      documentation_architecture: 'partly_current',
      documentation_onboarding: 'docs_plus_walkthroughs',
      documentation_artifacts: ['system_overview', 'runbooks'],
      documentation_notes: 'Docs live in a wiki nobody updates.',
      // specification: 3 + 1 + 2 = 6 of 12 → 50
      specification_acceptance_criteria: 'most',
      specification_api_contracts: 'external_apis_only',
      specification_done: 'checked_against_vague_ticket',
      // handoff: 3 + 4 = 7 of 8 (optional multi left out) → 87.5 → 88
      handoff_next_ticket: 'written_questions',
      handoff_local_setup: 'readme_under_an_hour',
      // scoping: 4 + 0 (not sure) + 2 = 6 of 12 → 50
      scoping_waiting_now: 'waiting_and_written',
      scoping_separation: 'not_sure',
      scoping_finish_line: 'agreed_verbally',
      // async: 3 + 2 + 3 = 8 of 12 → 66.67 → 67
      async_without_standups: 'occasional_call',
      async_code_review: 'pull_requests_slow',
      async_decisions: 'ticket_or_pull_request',
      // ownership: 2 + 4 + 1 = 7 of 12 → 58.33 → 58
      ownership_spec_author: 'named_but_stretched',
      ownership_reviewer: 'named_with_backup',
      ownership_review_time: 'when_someone_finds_time',
    };

    const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);

    expect(result.dimensions).toEqual([
      { key: 'documentation', score: 58, points: 7, maxPoints: 12, answered: 3 },
      { key: 'specification', score: 50, points: 6, maxPoints: 12, answered: 3 },
      { key: 'handoff', score: 88, points: 7, maxPoints: 8, answered: 2 },
      { key: 'scoping', score: 50, points: 6, maxPoints: 12, answered: 3 },
      { key: 'async', score: 67, points: 8, maxPoints: 12, answered: 3 },
      { key: 'ownership', score: 58, points: 7, maxPoints: 12, answered: 3 },
    ]);
    // (58·25 + 50·25 + 88·15 + 58·15 + 67·10 + 50·10) / 100 = 60.6 → 61
    expect(result.overall).toBe(61);
    expect(result.band).toBe('close');
    expect(result.gated).toBe(false);
    expect(result.flags).toEqual([
      {
        kind: 'dont_know',
        question: 'scoping_separation',
        dimension: 'scoping',
        message: expect.stringContaining('Does your backlog keep work with a finish line apart'),
      },
    ]);
  });

  it('given an overall of 75 but documentation below its gate of 60, when scored, then the band is close and gated is true', () => {
    const answers = { ...BEST_ANSWERS };
    for (const { dimension: key, question } of SCORED_QUESTIONS) {
      if (key === 'documentation') answers[question.key] = WORST_ANSWERS[question.key];
    }

    const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);

    expect(dimension(result, 'documentation').score).toBe(0);
    expect(result.overall).toBe(75); // (0·25 + 100·75) / 100
    expect(result.band).toBe('close');
    expect(result.gated).toBe(true);
  });

  it('given an overall of 75 but specification below its gate of 60, when scored, then the band is close and gated is true', () => {
    const answers = { ...BEST_ANSWERS };
    for (const { dimension: key, question } of SCORED_QUESTIONS) {
      if (key === 'specification') answers[question.key] = WORST_ANSWERS[question.key];
    }

    const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);

    expect(dimension(result, 'specification').score).toBe(0);
    expect(result.overall).toBe(75);
    expect(result.band).toBe('close');
    expect(result.gated).toBe(true);
  });

  it('given an unanswered optional question, when scored, then it is left out of its dimension\u2019s maximum', () => {
    const answers = { ...BEST_ANSWERS };
    delete answers.documentation_artifacts;

    const documentation = dimension(scoreSubmission(DEFAULT_QUESTIONNAIRE, answers), 'documentation');

    expect(documentation).toEqual({ key: 'documentation', score: 100, points: 8, maxPoints: 8, answered: 2 });
  });

  it('given the same optional question answered with a 0-point option, when scored, then it counts towards the maximum', () => {
    const answers = { ...BEST_ANSWERS, documentation_artifacts: ['none_of_these'] };

    const documentation = dimension(scoreSubmission(DEFAULT_QUESTIONNAIRE, answers), 'documentation');

    expect(documentation).toEqual({ key: 'documentation', score: 67, points: 8, maxPoints: 12, answered: 3 });
  });

  it('given an empty array for an optional multi question, when scored, then it counts as unanswered', () => {
    const answers = { ...BEST_ANSWERS, documentation_artifacts: [] };

    expect(dimension(scoreSubmission(DEFAULT_QUESTIONNAIRE, answers), 'documentation')).toMatchObject({
      maxPoints: 8,
      answered: 2,
    });
  });

  it('given every option of a multi question ticked (5 points), when scored, then the question earns only 4', () => {
    const answers: Answers = {
      ...WORST_ANSWERS,
      documentation_artifacts: [
        'system_overview',
        'data_model',
        'runbooks',
        'api_reference',
        'decision_records',
        'none_of_these',
      ],
    };

    const documentation = dimension(scoreSubmission(DEFAULT_QUESTIONNAIRE, answers), 'documentation');

    expect(documentation).toEqual({ key: 'documentation', score: 33, points: 4, maxPoints: 12, answered: 3 });
  });

  it('given two options of a multi question ticked, when scored, then the question earns the sum of their points', () => {
    const answers: Answers = { ...WORST_ANSWERS, handoff_day_one: ['test_data', 'owner_list'] };

    expect(dimension(scoreSubmission(DEFAULT_QUESTIONNAIRE, answers), 'handoff')).toMatchObject({ points: 2, maxPoints: 12 });
  });

  it('given a text answer, when scored, then it changes neither points nor answered counts', () => {
    const without = scoreSubmission(DEFAULT_QUESTIONNAIRE, WORST_ANSWERS);
    const withText = scoreSubmission(DEFAULT_QUESTIONNAIRE, {
      ...WORST_ANSWERS,
      documentation_notes: 'We write everything down.',
    });

    expect(withText).toEqual(without);
  });

  it('given a "don\u2019t know" answer, when scored, then it scores 0, counts as answered and raises a flag with its question key', () => {
    const answers = { ...BEST_ANSWERS, async_code_review: 'not_sure' };

    const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);

    expect(dimension(result, 'async')).toEqual({ key: 'async', score: 67, points: 8, maxPoints: 12, answered: 3 });
    expect(result.flags).toEqual([
      {
        kind: 'dont_know',
        question: 'async_code_review',
        dimension: 'async',
        message: 'Not sure: How are backend code changes reviewed?',
      },
    ]);
  });

  it('given a "don\u2019t know" answer in every question that offers one, when scored, then one flag per such question is raised', () => {
    const dontKnowQuestions = SCORED_QUESTIONS.filter(({ question }) => question.options.some((option) => option.dontKnow));
    const answers = { ...BEST_ANSWERS };
    for (const { question } of dontKnowQuestions)
      answers[question.key] = question.options.find((option) => option.dontKnow)!.value;

    const flags = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers).flags;

    expect(
      flags.filter((flag) => flag.kind === 'dont_know').map((flag) => (flag.kind === 'dont_know' ? flag.question : ''))
    ).toEqual(dontKnowQuestions.map(({ question }) => question.key));
    expect(dontKnowQuestions.length).toBeGreaterThan(5);
  });

  describe('contradictions of the default questionnaire', () => {
    const contradictionValues = new Map<string, Set<string>>();
    for (const contradiction of DEFAULT_QUESTIONNAIRE.scoring.contradictions) {
      for (const { question, anyOf } of contradiction.when) {
        const values = contradictionValues.get(question) ?? new Set<string>();
        anyOf.forEach((value) => values.add(value));
        contradictionValues.set(question, values);
      }
    }
    /** Every question answered with an option that takes part in no contradiction and is no "don't know". */
    const NEUTRAL_ANSWERS = answerEvery(
      (question) =>
        question.options.find((option) => !option.dontKnow && !contradictionValues.get(question.key)?.has(option.value))!.value
    );

    it('given neutral answers, when scored, then no flag is raised', () => {
      expect(scoreSubmission(DEFAULT_QUESTIONNAIRE, NEUTRAL_ANSWERS).flags).toEqual([]);
    });

    it.each(DEFAULT_QUESTIONNAIRE.scoring.contradictions.map((contradiction) => [contradiction.key, contradiction] as const))(
      'given both answers of %s, when scored, then that contradiction is flagged with its questions and message',
      (_key, contradiction) => {
        const answers = { ...NEUTRAL_ANSWERS };
        for (const { question, anyOf } of contradiction.when) answers[question] = anyOf[0];

        expect(scoreSubmission(DEFAULT_QUESTIONNAIRE, answers).flags).toEqual([
          {
            kind: 'contradiction',
            contradiction: contradiction.key,
            questions: contradiction.when.map(({ question }) => question),
            message: contradiction.message,
          },
        ]);
      }
    );

    it.each(
      DEFAULT_QUESTIONNAIRE.scoring.contradictions.flatMap((contradiction) =>
        contradiction.when.map((condition) => [contradiction.key, condition.question, contradiction, condition] as const)
      )
    )(
      'given only one answer of %s (%s), when scored, then that contradiction is not flagged',
      (_key, _question, contradiction, condition) => {
        const answers = { ...NEUTRAL_ANSWERS, [condition.question]: condition.anyOf[0] };

        const flagged = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers).flags.filter(
          (flag) => flag.kind === 'contradiction' && flag.contradiction === contradiction.key
        );

        expect(flagged).toEqual([]);
      }
    );
  });

  it('given the default questionnaire, when scored, then dimensions come back in the canonical order', () => {
    expect(scoreSubmission(DEFAULT_QUESTIONNAIRE, BEST_ANSWERS).dimensions.map((score) => score.key)).toEqual([
      ...DIMENSION_KEYS,
    ]);
  });
});

describe('scoreSubmission with hand-built questionnaires', () => {
  it('given the hand-built questionnaires used below, when validated, then they are valid documents', () => {
    expect(validateQuestionnaire(handBuilt({ documentation: 20 }, { documentation: 1 })).ok).toBe(true);
    expect(
      validateQuestionnaire(handBuilt({ documentation: 5, specification: 5 }, { documentation: 1, specification: 1 })).ok
    ).toBe(true);
  });

  it('given a document listing its dimensions in reverse, when scored, then dimensions come back in the canonical order', () => {
    const reversed = handBuilt({}, { documentation: 1 }, [...DIMENSION_KEYS].reverse());

    const result = scoreSubmission(reversed, handAnswers('ownership', [4]));

    expect(result.dimensions.map((score) => score.key)).toEqual([...DIMENSION_KEYS]);
    expect(dimension(result, 'ownership').score).toBe(100);
  });

  it('given an overall of exactly 45, when scored, then the band is close', () => {
    // 36 of 80 points → 45; documentation carries all the weight
    const questionnaire = handBuilt({ documentation: 20 }, { documentation: 1 });

    const result = scoreSubmission(
      questionnaire,
      handAnswers('documentation', [...repeat<Points>(4, 9), ...repeat<Points>(0, 11)])
    );

    expect(result.overall).toBe(45);
    expect(result.band).toBe('close');
    expect(result.gated).toBe(false);
  });

  it('given an overall of 44, when scored, then the band is foundation', () => {
    // 35 of 80 points → 43.75 → 44
    const questionnaire = handBuilt({ documentation: 20 }, { documentation: 1 });

    const result = scoreSubmission(
      questionnaire,
      handAnswers('documentation', [...repeat<Points>(4, 8), 3, ...repeat<Points>(0, 11)])
    );

    expect(result.overall).toBe(44);
    expect(result.band).toBe('foundation');
  });

  it('given a weighted mean of exactly 44.5, when scored, then the overall rounds up to 45 and the band is close', () => {
    // documentation 35/80 → 44 (43.75), specification 36/80 → 45, equal weights → 44.5
    const questionnaire = handBuilt({ documentation: 20, specification: 20 }, { documentation: 1, specification: 1 });
    const answers = {
      ...handAnswers('documentation', [...repeat<Points>(4, 8), 3, ...repeat<Points>(0, 11)]),
      ...handAnswers('specification', [...repeat<Points>(4, 9), ...repeat<Points>(0, 11)]),
    };

    const result = scoreSubmission(questionnaire, answers);

    expect(scoresOf(result)).toMatchObject({ documentation: 44, specification: 45 });
    expect(result.overall).toBe(45);
    expect(result.band).toBe('close');
  });

  it('given an overall of exactly 75 and documentation exactly at its gate of 60, when scored, then the band is ready', () => {
    // documentation 12/20 → 60, specification 18/20 → 90, equal weights → 75
    const questionnaire = handBuilt({ documentation: 5, specification: 5 }, { documentation: 1, specification: 1 });
    const answers = { ...handAnswers('documentation', [4, 4, 4, 0, 0]), ...handAnswers('specification', [4, 4, 4, 4, 2]) };

    const result = scoreSubmission(questionnaire, answers);

    expect(scoresOf(result)).toMatchObject({ documentation: 60, specification: 90 });
    expect(result.overall).toBe(75);
    expect(result.band).toBe('ready');
    expect(result.gated).toBe(false);
  });

  it('given an overall of 75 and documentation just under its gate at 55, when scored, then the band is close and gated', () => {
    // documentation 11/20 → 55, specification 19/20 → 95, equal weights → 75
    const questionnaire = handBuilt({ documentation: 5, specification: 5 }, { documentation: 1, specification: 1 });
    const answers = { ...handAnswers('documentation', [4, 4, 3, 0, 0]), ...handAnswers('specification', [4, 4, 4, 4, 3]) };

    const result = scoreSubmission(questionnaire, answers);

    expect(scoresOf(result)).toMatchObject({ documentation: 55, specification: 95 });
    expect(result.overall).toBe(75);
    expect(result.band).toBe('close');
    expect(result.gated).toBe(true);
  });

  it('given an overall of 74 with both gates met, when scored, then the band is close and not gated', () => {
    const questionnaire = handBuilt({ documentation: 20, specification: 5 }, { documentation: 1, specification: 1 });
    // documentation 54/80 → 67.5 → 68, specification 16/20 → 80 → (68 + 80) / 2 = 74
    const answers = {
      ...handAnswers('documentation', [...repeat<Points>(4, 13), 2, ...repeat<Points>(0, 6)]),
      ...handAnswers('specification', [4, 4, 4, 4, 0]),
    };

    const result = scoreSubmission(questionnaire, answers);

    expect(scoresOf(result)).toMatchObject({ documentation: 68, specification: 80 });
    expect(result.overall).toBe(74);
    expect(result.band).toBe('close');
    expect(result.gated).toBe(false);
  });

  it('given weights that differ, when scored, then the overall is the weighted and not the plain mean', () => {
    // documentation 100 with weight 3, specification 0 with weight 1 → 75 (a plain mean would give 50)
    const questionnaire = handBuilt({}, { documentation: 3, specification: 1 });

    const result = scoreSubmission(questionnaire, { ...handAnswers('documentation', [4]), ...handAnswers('specification', [0]) });

    expect(result.overall).toBe(75);
  });

  it('given a dimension with no answers but a weight, when scored, then it scores 0 and still pulls the overall down', () => {
    const questionnaire = handBuilt({}, { documentation: 1, specification: 1 });

    const result = scoreSubmission(questionnaire, handAnswers('documentation', [4]));

    expect(dimension(result, 'specification')).toEqual({ key: 'specification', score: 0, points: 0, maxPoints: 0, answered: 0 });
    expect(result.overall).toBe(50);
  });

  it('given a dimension score that ends in .5, when scored, then it rounds half up', () => {
    // 1 of 8 points → 12.5 → 13
    const questionnaire = handBuilt({ handoff: 2 }, { handoff: 1 });

    const result = scoreSubmission(questionnaire, handAnswers('handoff', [1, 0]));

    expect(dimension(result, 'handoff').score).toBe(13);
    expect(result.overall).toBe(13);
  });
});

/* ---- properties over random valid answer sets of the default questionnaire ---- */

const answerArbitrary = (question: Question): fc.Arbitrary<string | string[] | undefined> => {
  const values = question.options.map((option) => option.value);
  if (question.kind === 'text') return fc.option(fc.string({ maxLength: 40 }), { nil: undefined });
  const picked: fc.Arbitrary<string | string[]> =
    question.kind === 'single' ? fc.constantFrom(...values) : fc.subarray(values, { minLength: 1 });
  return question.required ? picked : fc.option(picked, { nil: undefined });
};

const validAnswers: fc.Arbitrary<Answers> = fc
  .tuple(...DEFAULT_QUESTIONS.map(({ question }) => answerArbitrary(question)))
  .map((picked) => {
    const answers: Answers = {};
    picked.forEach((answer, i) => {
      if (answer !== undefined) answers[DEFAULT_QUESTIONS[i].question.key] = answer;
    });
    return answers;
  });

/** Every (single question, lower option, higher option) with strictly more points for the higher. */
const IMPROVEMENTS = SCORED_QUESTIONS.filter(({ question }) => question.kind === 'single').flatMap(
  ({ dimension: key, question }) =>
    question.options.flatMap((lower) =>
      question.options
        .filter((higher) => higher.points > lower.points)
        .map((higher) => ({ dimension: key, question: question.key, lower: lower.value, higher: higher.value }))
    )
);

describe('scoreSubmission properties over random valid answers', () => {
  it('given any valid answers, when scored, then every score and the overall are integers from 0 to 100', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);
        for (const value of [result.overall, ...result.dimensions.map((score) => score.score)]) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      })
    );
  });

  it('given any valid answers, when scored twice, then both results are deep-equal and the answers are untouched', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const before = structuredClone(answers);
        const first = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);
        const second = scoreSubmission(DEFAULT_QUESTIONNAIRE, structuredClone(answers));
        expect(second).toEqual(first);
        expect(answers).toEqual(before);
      })
    );
  });

  it('given any valid answers, when one single answer is replaced by an option with more points, then neither that dimension nor the overall goes down', () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...IMPROVEMENTS), (answers, { dimension: key, question, lower, higher }) => {
        const worse = scoreSubmission(DEFAULT_QUESTIONNAIRE, { ...answers, [question]: lower });
        const better = scoreSubmission(DEFAULT_QUESTIONNAIRE, { ...answers, [question]: higher });
        expect(dimension(better, key).score).toBeGreaterThanOrEqual(dimension(worse, key).score);
        expect(dimension(better, key).points).toBeGreaterThan(dimension(worse, key).points);
        expect(better.overall).toBeGreaterThanOrEqual(worse.overall);
      })
    );
  });

  it('given any valid answers, when the band is ready, then the overall is at least 75 and documentation and specification at least 60', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);
        if (result.band !== 'ready') return;
        expect(result.overall).toBeGreaterThanOrEqual(75);
        expect(dimension(result, 'documentation').score).toBeGreaterThanOrEqual(60);
        expect(dimension(result, 'specification').score).toBeGreaterThanOrEqual(60);
      })
    );
  });

  it('given any valid answers, when scored, then the band and gated follow from the overall and the gates as the brief states', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);
        const gatesHold = dimension(result, 'documentation').score >= 60 && dimension(result, 'specification').score >= 60;
        if (result.band === 'foundation') expect(result.overall).toBeLessThan(45);
        if (result.band === 'close') expect(result.overall >= 45 || result.gated).toBe(true);
        expect(result.gated).toBe(result.overall >= 75 && !gatesHold);
        const expected = result.overall >= 75 && gatesHold ? 'ready' : result.overall >= 45 ? 'close' : 'foundation';
        expect(result.band).toBe(expected);
      })
    );
  });

  it('given any valid answers, when scored, then each dimension score is round(100 × points / maxPoints) over its answered scored questions', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);
        for (const score of result.dimensions) {
          const answered = SCORED_QUESTIONS.filter(
            ({ dimension: key, question }) => key === score.key && (answers[question.key]?.length ?? 0) > 0
          );
          expect(score.answered).toBe(answered.length);
          expect(score.maxPoints).toBe(4 * answered.length);
          expect(score.points).toBeLessThanOrEqual(score.maxPoints);
          expect(score.score).toBe(score.maxPoints === 0 ? 0 : Math.round((100 * score.points) / score.maxPoints));
        }
      })
    );
  });

  it('given any valid answers, when scored, then the overall is the rounded mean of the dimension scores under the default weights', () => {
    const { weights } = DEFAULT_QUESTIONNAIRE.scoring;
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = scoreSubmission(DEFAULT_QUESTIONNAIRE, answers);
        const weighted = result.dimensions.reduce((total, score) => total + score.score * weights[score.key], 0);
        expect(result.overall).toBe(Math.round(weighted / 100));
      })
    );
  });
});
