import type { QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import type { Answers, ExplainedAnswer, ExplainedDimension } from '../../../shared/contracts/submissions';
import { MAX_POINTS_PER_QUESTION, pointsFor, selectedValues } from './score-submission';

/**
 * A submission's answers laid out question by question under the questionnaire version it
 * was scored with, with the points each earned: what a consultant reads to see why a
 * dimension scored what it did. Uses the scorer's own point rules, so the two cannot disagree.
 */
export const explainAnswers = (questionnaire: QuestionnaireDocument, answers: Answers): ExplainedDimension[] =>
  questionnaire.dimensions.map((dimension) => ({
    key: dimension.key,
    title: dimension.title,
    answers: dimension.questions.map((question): ExplainedAnswer => {
      const answer = answers[question.key];
      if (question.kind === 'text') {
        return {
          question: question.key,
          prompt: question.prompt,
          kind: question.kind,
          picked: [],
          text: typeof answer === 'string' && answer !== '' ? answer : null,
          points: null,
          maxPoints: null,
        };
      }
      const values = selectedValues(answer);
      const picked = question.options
        .filter((option) => values.includes(option.value))
        .map((option) => ({
          value: option.value,
          label: option.label,
          points: option.points,
          dontKnow: Boolean(option.dontKnow),
        }));
      const points = pointsFor(question, answer);
      return {
        question: question.key,
        prompt: question.prompt,
        kind: question.kind,
        picked,
        text: null,
        points: points ?? null,
        maxPoints: points === undefined ? null : MAX_POINTS_PER_QUESTION,
      };
    }),
  }));
