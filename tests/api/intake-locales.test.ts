import { DEFAULT_QUESTIONNAIRE } from 'strapi-plugin-readiness-intake/strapi-server';
import { loginSuperAdmin } from '../support/auth';
import { formTokenLoadedAgo, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { startSmtpServer, type SmtpServer } from '../support/smtp';
import { startApp, type TestApp } from '../support/strapi';

const SUBMISSION = 'plugin::readiness-intake.submission';
const ARTICLE = 'api::article.article';
const DA = DEFAULT_QUESTIONNAIRE.translations!.da;
const ID = DEFAULT_QUESTIONNAIRE.translations!.id;

let app: TestApp;
let smtp: SmtpServer;
let superToken: string;

type LocalizedQuestionnaire = PublicQuestionnaire & {
  title: string;
  locale: string;
  locales: string[];
  dimensions: Array<PublicQuestionnaire['dimensions'][number] & { title: string; questions: Array<{ prompt: string }> }>;
};

const questionnaireIn = async (query = ''): Promise<LocalizedQuestionnaire> =>
  (await app.http().get(`/api/readiness-intake/questionnaire${query}`).expect(200)).body.data;

/**
 * Answers in which the `strong` dimensions score 100 and every other its lowest: each scored
 * question at its most or fewest points (never "not sure"), read from the document.
 */
const answersWith = (_questionnaire: LocalizedQuestionnaire, strong: string[] = []) =>
  Object.fromEntries(
    DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) =>
      dimension.questions
        .filter((question) => question.kind !== 'text')
        .map((question) => {
          const options = question.options.filter((option) => !option.dontKnow);
          const best = Math.max(...options.map((option) => option.points));
          const worst = Math.min(...options.map((option) => option.points));
          const wanted = strong.includes(dimension.key) ? best : worst;
          const picked = options.filter((option) => option.points === wanted).map((option) => option.value);
          // A multi question sums its options' points: every option reaches its cap.
          if (question.kind === 'multi')
            return [question.key, strong.includes(dimension.key) ? options.map((o) => o.value) : picked.slice(0, 1)];
          return [question.key, picked[0]];
        })
    )
  );

const post = (questionnaire: LocalizedQuestionnaire, data: Record<string, unknown>, email = 'mia@startup.example') => {
  const body = validSubmission(questionnaire, formTokenLoadedAgo(app, questionnaire.version, 10), data);
  body.data.contact = { ...body.data.contact, email };
  return app.http().post('/api/readiness-intake/submissions').send(body);
};

const storedBy = (reference: string) => app.strapi.db.query(SUBMISSION).findOne({ where: { reference } });

const slugOf = (title: string) => title.toLowerCase().replaceAll(' ', '-');

/** A published article in English and, when `danish` is given, in Danish too. */
const publishArticle = async (english: string, dimensions: string[], danish?: string) => {
  const documents = app.strapi.documents(ARTICLE);
  const created = await documents.create({
    locale: 'en',
    data: { title: english, slug: slugOf(english), summary: `${english}.`, readinessDimensions: dimensions } as never,
    status: 'published',
  });
  if (danish) {
    await documents.update({
      documentId: created.documentId,
      locale: 'da',
      data: { title: danish, slug: slugOf(danish), summary: `${danish}.`, readinessDimensions: dimensions } as never,
      status: 'published',
    });
  }
};

beforeAll(async () => {
  smtp = await startSmtpServer();
  app = await startApp({
    ...smtp.env,
    INTAKE_RATE_LIMIT_MAX: '1000',
    INTAKE_SITE_URL: 'https://www.asyncline.test',
    INTAKE_JOBS_ENABLED: 'false',
  });
  superToken = await loginSuperAdmin(app);

  // Danish content, whatever the app's own locales: the test makes sure the locale exists.
  const locales = app.strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode('da'))) await locales.create({ code: 'da', name: 'Danish (da)' });
  // Documentation has reading in both languages; specification only in English.
  await publishArticle('Write it down', ['documentation'], 'Skriv det ned');
  await publishArticle('Tickets that finish', ['specification']);
});

afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

describe('the public questionnaire in each locale', () => {
  it('answers in English by default and lists every locale', async () => {
    const english = await questionnaireIn();

    expect([english.version, english.locale, english.locales]).toEqual([DEFAULT_QUESTIONNAIRE.version, 'en', ['en', 'da', 'id']]);
    expect(english.title).toBe(DEFAULT_QUESTIONNAIRE.title);
    expect(english.formToken).toEqual(expect.any(String));
  });

  it.each([
    ['da', DA],
    ['id', ID],
  ] as const)('answers in %s with that text, the same keys and a form token', async (locale, text) => {
    const [english, localized] = await Promise.all([questionnaireIn(), questionnaireIn(`?locale=${locale}`)]);

    expect(localized.locale).toBe(locale);
    expect(localized.title).toBe(text.title);
    const question = localized.dimensions[0].questions[0];
    expect(question.prompt).toBe(text.dimensions.documentation!.questions[question.key].prompt);
    expect(localized.dimensions[0].title).toBe(text.dimensions.documentation!.title);
    const keysOf = (questionnaire: LocalizedQuestionnaire) =>
      questionnaire.dimensions.map((d) => [d.key, d.questions.map((q) => [q.key, q.kind, q.options.map((o) => o.value)])]);
    expect(keysOf(localized)).toEqual(keysOf(english));
    expect(localized.formToken).toEqual(expect.any(String));
  });

  it.each([['fr'], ['pt-BR'], ['xx-Latn-ZZ']])(
    'falls back to English for %s, a locale without text, and says so',
    async (locale) => {
      const answered = await questionnaireIn(`?locale=${locale}`);
      expect([answered.locale, answered.title]).toEqual(['en', DEFAULT_QUESTIONNAIRE.title]);
    }
  );

  it('serves da-DK and DA with the Danish text', async () => {
    expect((await questionnaireIn('?locale=da-DK')).locale).toBe('da');
    expect((await questionnaireIn('?locale=DA')).locale).toBe('da');
  });

  it.each([['da_DK'], ['%3Cscript%3E'], ['x'.repeat(40)], ['da&locale=id']])(
    'refuses a malformed locale %s with a 400 naming locale',
    async (locale) => {
      const refused = await app.http().get(`/api/readiness-intake/questionnaire?locale=${locale}`).expect(400);
      expect(refused.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
      const paths = refused.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'));
      expect(new Set(paths)).toEqual(new Set(['locale']));
    }
  );
});

describe('a submission in a locale', () => {
  it('scores the same answers identically in every locale', async () => {
    const results = [];
    for (const locale of ['en', 'da', 'id']) {
      const questionnaire = await questionnaireIn(`?locale=${locale}`);
      const answers = answersWith(questionnaire, ['handoff', 'async']);
      const response = await post(questionnaire, { answers, locale }, `same-${locale}@startup.example`).expect(201);
      const stored = await storedBy(response.body.data.reference);
      const { band, score, dimensions } = response.body.data.result;
      results.push({ band, score, dimensions, stored: [stored.overallScore, stored.band, stored.dimensionScores] });
      expect(stored.locale).toBe(locale);
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('is stored in Danish and gets Danish reading where a Danish article fits', async () => {
    const questionnaire = await questionnaireIn('?locale=da');
    const response = await post(questionnaire, { answers: answersWith(questionnaire, ['specification']), locale: 'da' }).expect(
      201
    );

    expect((await storedBy(response.body.data.reference)).locale).toBe('da');
    expect(response.body.data.result.recommendations.map((article: { title: string }) => article.title)).toEqual([
      'Skriv det ned',
    ]);
  });

  it('gets English reading when no Danish article fits its weakest dimensions', async () => {
    const questionnaire = await questionnaireIn('?locale=da');
    const answers = answersWith(questionnaire, ['documentation']);
    const response = await post(questionnaire, { answers, locale: 'da' }).expect(201);

    expect(response.body.data.result.recommendations.map((article: { title: string }) => article.title)).toEqual([
      'Tickets that finish',
    ]);
  });

  it('gets English reading, and the Indonesian form, when the content has no Indonesian locale', async () => {
    const questionnaire = await questionnaireIn('?locale=id');
    const response = await post(questionnaire, { answers: answersWith(questionnaire), locale: 'id' }).expect(201);

    expect((await storedBy(response.body.data.reference)).locale).toBe('id');
    expect(response.body.data.result.recommendations.map((article: { title: string }) => article.title).sort()).toEqual([
      'Tickets that finish',
      'Write it down',
    ]);
  });

  it('without a locale, or with one the questionnaire lacks, is stored in English', async () => {
    const questionnaire = await questionnaireIn();
    const none = await post(questionnaire, { answers: answersWith(questionnaire) }).expect(201);
    const french = await post(questionnaire, { answers: answersWith(questionnaire), locale: 'fr' }).expect(201);

    expect((await storedBy(none.body.data.reference)).locale).toBe('en');
    expect((await storedBy(french.body.data.reference)).locale).toBe('en');
  });

  it.each([['da_DK'], [42], [['da']], ['']])(
    'with a malformed locale %p is refused at data.locale and stores nothing',
    async (locale) => {
      const questionnaire = await questionnaireIn();
      const before = await app.strapi.db.query(SUBMISSION).count();

      const refused = await post(questionnaire, { answers: answersWith(questionnaire), locale }).expect(400);

      expect(refused.body.error.details.errors.map((error: { path: string[] }) => error.path)).toEqual([['data', 'locale']]);
      expect(await app.strapi.db.query(SUBMISSION).count()).toBe(before);
    }
  );
});

describe('the report in Danish', () => {
  it('arrives with the Danish band, reading, dimension titles, advice, headings and reading list', async () => {
    const questionnaire = await questionnaireIn('?locale=da');
    const response = await post(
      questionnaire,
      { answers: answersWith(questionnaire, ['specification']), locale: 'da', sendReport: true },
      'rapport@startup.example'
    ).expect(201);
    const stored = await storedBy(response.body.data.reference);
    expect(stored).toMatchObject({ locale: 'da', reportQueued: true });

    const run = await app.strapi.plugin('readiness-intake').service('outbox').deliverDue();
    expect(run.failed).toBe(0);

    const mails = smtp.received.filter((mail) => mail.to.includes('rapport@startup.example'));
    expect(mails).toHaveLength(1);
    const { subject, text } = mails[0].parsed;
    expect(subject).toMatch(/^Jeres parathedsrapport: /);
    expect(text).toContain('Hej Mia Hansen,');
    expect(text).toContain(DA.report!.bandReadings[stored.band as 'foundation']);
    const documentation = stored.dimensionScores.find((dimension: { key: string }) => dimension.key === 'documentation');
    expect(text).toContain(`${DA.dimensions.documentation!.title}: ${documentation.score}/100`);
    expect(text).toContain(DA.report!.advice.documentation!);
    expect(text).not.toContain(DA.report!.advice.specification!);
    expect(text).toContain('Skriv det ned: https://www.asyncline.test/articles/skriv-det-ned');
    expect(text).not.toMatch(/Your scores|What to do|Hello /);
  });
});

describe('a submission in the admin', () => {
  it("shows its questions and answers in the admin's language, whatever the respondent's", async () => {
    const questionnaire = await questionnaireIn('?locale=id');
    const response = await post(questionnaire, { answers: answersWith(questionnaire), locale: 'id' }).expect(201);
    const { id } = await storedBy(response.body.data.reference);
    const detail = (query: string) =>
      app.http().get(`/readiness-intake/submissions/${id}${query}`).set('Authorization', `Bearer ${superToken}`);

    const danish = (await detail('?locale=da').expect(200)).body.data;
    const english = (await detail('').expect(200)).body.data;

    expect(danish.locale).toBe('id');
    const [first] = danish.answersByDimension[0].answers;
    const translated = DA.dimensions.documentation!.questions[first.question];
    expect([danish.answersByDimension[0].title, first.prompt]).toEqual([DA.dimensions.documentation!.title, translated.prompt]);
    expect(first.picked.map((option: { label: string }) => option.label)).toEqual(
      first.picked.map((option: { value: string }) => translated.options[option.value])
    );
    expect(english.answersByDimension[0].answers[0].prompt).toBe(DEFAULT_QUESTIONNAIRE.dimensions[0].questions[0].prompt);
    // The scores are the stored ones, in any language.
    expect(danish.dimensionScores).toEqual(english.dimensionScores);
    expect((await detail('?locale=da_DK').expect(400)).body.error.details.errors[0].path).toEqual(['locale']);
  });
});

describe('an admin import of a translated questionnaire', () => {
  it('is refused with the path of the one missing Danish question prompt', async () => {
    const document = structuredClone(DEFAULT_QUESTIONNAIRE) as unknown as {
      version: number;
      translations: { da: { dimensions: Record<string, { questions: Record<string, { prompt?: string }> }> } };
    };
    document.version = DEFAULT_QUESTIONNAIRE.version + 1;
    delete document.translations.da.dimensions.documentation.questions.documentation_architecture.prompt;

    const refused = await app
      .http()
      .post('/readiness-intake/questionnaires')
      .set('Authorization', `Bearer ${superToken}`)
      .send({ document })
      .expect(400);

    expect(refused.body.error.name).toBe('ValidationError');
    expect(refused.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toEqual([
      'translations.da.dimensions.documentation.questions.documentation_architecture.prompt',
    ]);
    const versions = await app.strapi.db.query('plugin::readiness-intake.questionnaire').count();
    expect(versions).toBe(1);
  });
});
