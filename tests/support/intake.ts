import type { TestApp } from './strapi';

type PublicQuestion = { key: string; kind: 'single' | 'multi' | 'text'; required: boolean; options: Array<{ value: string }> };
export type PublicQuestionnaire = {
  version: number;
  dimensions: Array<{ key: string; questions: PublicQuestion[] }>;
  formToken: string;
};

/** A form token as if the form had been loaded `secondsAgo` seconds ago, from the app's own service. */
export const formTokenLoadedAgo = (app: TestApp, version: number, secondsAgo: number): string =>
  app.strapi
    .plugin('readiness-intake')
    .service('form-tokens')
    .issue(version, Date.now() - secondsAgo * 1000);

/** Answers every required question with its `pick` option ('first' is the worst, 'last' the best). */
export const answerAll = (questionnaire: PublicQuestionnaire, pick: 'first' | 'last' = 'last') =>
  Object.fromEntries(
    questionnaire.dimensions
      .flatMap((dimension) => dimension.questions)
      .filter((question) => question.required)
      .map((question) => {
        const options = question.options.filter((option) => !/not_sure|dont_know|unsure/.test(option.value));
        const option = pick === 'first' ? options[0] : options[options.length - 1];
        return [question.key, question.kind === 'multi' ? [option.value] : option.value];
      })
  );

export const validSubmission = (
  questionnaire: PublicQuestionnaire,
  formToken: string,
  overrides: Record<string, unknown> = {}
) => ({
  data: {
    questionnaireVersion: questionnaire.version,
    formToken,
    contact: {
      name: 'Mia Hansen',
      email: 'Mia@Startup.example',
      company: 'Fjord Labs',
      role: 'CTO',
      teamSize: 6,
      timezone: 'Europe/Copenhagen',
    },
    answers: answerAll(questionnaire),
    backlog: 'A billing integration with Stripe and a migration off our cron box.',
    consent: true,
    ...overrides,
  },
});
