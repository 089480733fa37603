import type { TestApp } from './strapi';

type PublicQuestion = { key: string; kind: 'single' | 'multi' | 'text'; required: boolean; options: Array<{ value: string }> };
export type PublicQuestionnaire = {
  version: number;
  dimensions: Array<{ key: string; questions: PublicQuestion[] }>;
  formToken: string;
};

/** The six readiness dimensions, in the questionnaire's order. */
export const DIMENSION_KEYS = ['documentation', 'specification', 'handoff', 'scoping', 'async', 'ownership'];

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

/**
 * Sends a valid submission over HTTP (a 201 is expected) and returns the stored row:
 * every answer at its `pick` option, `contact` merged into the default contact, and
 * `data` replacing whole fields of the body (answers, backlog, url...).
 */
export const submitIntake = async (
  app: TestApp,
  questionnaire: PublicQuestionnaire,
  {
    contact = {},
    pick = 'last',
    data = {},
  }: { contact?: Record<string, unknown>; pick?: 'first' | 'last'; data?: Record<string, unknown> } = {}
) => {
  const body = validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10), {
    answers: answerAll(questionnaire, pick),
    ...data,
  });
  body.data.contact = { ...body.data.contact, ...contact } as typeof body.data.contact;
  const response = await app.http().post('/api/readiness-intake/submissions').send(body).expect(201);
  return app.strapi.db
    .query('plugin::readiness-intake.submission')
    .findOne({ where: { reference: response.body.data.reference } });
};
