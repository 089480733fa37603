import type { AnswerValue, Answers, DimensionScore, Flag } from '../../../shared/contracts/submissions';
import { READINESS_DIMENSIONS, type DimensionKey } from '../../../shared/dimensions';
import type { Band } from '../../../shared/intake';
import type { Question, QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import { scoreColumnsOf } from './score-columns';

export type ScoreResult = {
  questionnaireVersion: number;
  overall: number;
  band: Band;
  /** True when the overall score reached the ready threshold but a gate held the band back. */
  gated: boolean;
  dimensions: DimensionScore[];
  flags: Flag[];
};

export const MAX_POINTS_PER_QUESTION = 4;

export const selectedValues = (answer: AnswerValue | undefined): string[] =>
  answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];

/** Points a scored question earned, or undefined when it was not answered. */
export const pointsFor = (question: Question, answer: AnswerValue | undefined): number | undefined => {
  const picked = question.options.filter((option) => selectedValues(answer).includes(option.value));
  if (picked.length === 0) return undefined;
  const sum = picked.reduce((total, option) => total + option.points, 0);
  return Math.min(MAX_POINTS_PER_QUESTION, sum);
};

const scoreDimension = (dimension: QuestionnaireDocument['dimensions'][number], answers: Answers): DimensionScore => {
  let points = 0;
  let maxPoints = 0;
  let answered = 0;
  for (const question of dimension.questions) {
    if (question.kind === 'text') continue;
    const earned = pointsFor(question, answers[question.key]);
    if (earned === undefined) continue;
    points += earned;
    maxPoints += MAX_POINTS_PER_QUESTION;
    answered += 1;
  }
  return {
    key: dimension.key,
    score: maxPoints === 0 ? 0 : Math.round((100 * points) / maxPoints),
    points,
    maxPoints,
    answered,
  };
};

const bandFor = (overall: number, scores: Map<DimensionKey, number>, rules: QuestionnaireDocument['scoring']) => {
  const { ready, close } = rules.bands;
  const reachesReady = overall >= ready.minOverall;
  const gatesHold = Object.entries(ready.gates).every(([key, min]) => (scores.get(key as DimensionKey) ?? 0) >= (min ?? 0));
  if (reachesReady && gatesHold) return { band: 'ready' as const, gated: false };
  if (reachesReady || overall >= close.minOverall) return { band: 'close' as const, gated: reachesReady };
  return { band: 'foundation' as const, gated: false };
};

const flagsFor = (questionnaire: QuestionnaireDocument, answers: Answers): Flag[] => {
  const flags: Flag[] = [];
  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions) {
      const dontKnow = question.options.find(
        (option) => option.dontKnow && selectedValues(answers[question.key]).includes(option.value)
      );
      if (dontKnow) {
        flags.push({
          kind: 'dont_know',
          question: question.key,
          dimension: dimension.key,
          message: `Not sure: ${question.prompt}`,
        });
      }
    }
  }
  for (const contradiction of questionnaire.scoring.contradictions) {
    const holds = contradiction.when.every(({ question, anyOf }) =>
      selectedValues(answers[question]).some((value) => anyOf.includes(value))
    );
    if (holds) {
      flags.push({
        kind: 'contradiction',
        contradiction: contradiction.key,
        questions: contradiction.when.map(({ question }) => question),
        message: contradiction.message,
      });
    }
  }
  return flags;
};

/**
 * Scores answers under one questionnaire version: a pure function of its two arguments,
 * so a stored result can always be reproduced, and re-scoring under another version is a
 * call with another document. Answers to unknown questions or options score nothing;
 * validation refuses them before they get here.
 */
export const scoreSubmission = (questionnaire: QuestionnaireDocument, answers: Answers): ScoreResult => {
  const byKey = new Map(questionnaire.dimensions.map((dimension) => [dimension.key, scoreDimension(dimension, answers)]));
  // Reported in the canonical dimension order, whatever order the document lists them in.
  const dimensions = READINESS_DIMENSIONS.map(({ key }) => byKey.get(key)).filter((score): score is DimensionScore =>
    Boolean(score)
  );
  const scores = new Map(dimensions.map((dimension) => [dimension.key, dimension.score]));

  const { weights } = questionnaire.scoring;
  const totalWeight = dimensions.reduce((total, dimension) => total + (weights[dimension.key] ?? 0), 0);
  const weighted = dimensions.reduce((total, dimension) => total + dimension.score * (weights[dimension.key] ?? 0), 0);
  const overall = totalWeight === 0 ? 0 : Math.round(weighted / totalWeight);

  return {
    questionnaireVersion: questionnaire.version,
    overall,
    ...bandFor(overall, scores, questionnaire.scoring),
    dimensions,
    flags: flagsFor(questionnaire, answers),
  };
};

/**
 * The submission columns that hold a score: written on submit and on re-score alike, the
 * filterable integer columns with them, so the two can never disagree.
 */
export const storedScore = (score: ScoreResult) => ({
  questionnaireVersion: score.questionnaireVersion,
  overallScore: score.overall,
  band: score.band,
  gated: score.gated,
  dimensionScores: score.dimensions,
  flags: score.flags,
  flagCount: score.flags.length,
  ...scoreColumnsOf(score.dimensions, score.flags),
});
