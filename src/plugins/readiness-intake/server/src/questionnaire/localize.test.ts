import fc from 'fast-check';

import type { Answers } from '../../../shared/contracts/submissions';
import { scoreSubmission } from '../scoring/score-submission';
import { DEFAULT_QUESTIONNAIRE } from './default-questionnaire';
import { localesOf, localizeQuestionnaire } from './localize';

const { da: DA, id: ID } = DEFAULT_QUESTIONNAIRE.translations!;
const QUESTIONS = DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) => dimension.questions);

/** Any answers to the default questionnaire: some questions left out, any options picked. */
const answers: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(
    QUESTIONS.map((question) => [
      question.key,
      question.kind === 'text'
        ? fc.string({ maxLength: 20 })
        : question.kind === 'single'
          ? fc.constantFrom(...question.options.map((option) => option.value))
          : fc.subarray(question.options.map((option) => option.value)),
    ])
  ),
  { requiredKeys: [] }
) as fc.Arbitrary<Answers>;

/** Everything of a document but its words: what scoring may read. */
const skeleton = (document: typeof DEFAULT_QUESTIONNAIRE) => ({
  version: document.version,
  dimensions: document.dimensions.map((dimension) => ({
    key: dimension.key,
    questions: dimension.questions.map(({ key, kind, required, options }) => ({
      key,
      kind,
      required,
      options: options.map(({ value, points, dontKnow }) => ({ value, points, dontKnow })),
    })),
  })),
  contactFields: document.contactFields.map(({ key, kind, required }) => ({ key, kind, required })),
  backlog: [document.backlogPrompt.required, document.backlogPrompt.maxLength],
  weights: document.scoring.weights,
  bands: document.scoring.bands,
  contradictions: document.scoring.contradictions.map(({ key, when }) => ({ key, when })),
  lowScoreBelow: document.report?.lowScoreBelow,
});

describe('localizeQuestionnaire', () => {
  it('given "da", then the Danish text is swapped in and the locale says so', () => {
    const { locale, document } = localizeQuestionnaire(DEFAULT_QUESTIONNAIRE, 'da');

    expect(locale).toBe('da');
    expect(document.title).toBe(DA.title);
    const question = document.dimensions[0].questions[0];
    expect(question.prompt).toBe(DA.dimensions.documentation!.questions[question.key].prompt);
    expect(question.options.map((option) => option.label)).toEqual(
      question.options.map((option) => DA.dimensions.documentation!.questions[question.key].options[option.value])
    );
    expect(document.contactFields.find((field) => field.key === 'email')?.label).toBe(DA.contactFields.email!.label);
    expect(document.report?.bandReadings).toEqual(DA.report!.bandReadings);
    expect(document.scoring.contradictions.map((c) => c.message)).toEqual(
      DEFAULT_QUESTIONNAIRE.scoring.contradictions.map((c) => DA.contradictions[c.key])
    );
    expect(document).not.toHaveProperty('translations');
    expect(document.defaultLocale).toBe('da');
  });

  it.each([[undefined], ['fr'], ['en'], ['EN-gb']])('given %p, then the document\u2019s own text in "en"', (requested) => {
    const { locale, document } = localizeQuestionnaire(DEFAULT_QUESTIONNAIRE, requested);

    expect(locale).toBe('en');
    const { translations: _translations, ...own } = DEFAULT_QUESTIONNAIRE;
    expect(document).toEqual({ ...own, defaultLocale: 'en' });
  });

  it('given a region or another case of a translated language, then that language serves it', () => {
    expect(localizeQuestionnaire(DEFAULT_QUESTIONNAIRE, 'da-DK').locale).toBe('da');
    expect(localizeQuestionnaire(DEFAULT_QUESTIONNAIRE, 'ID').locale).toBe('id');
    expect(localizeQuestionnaire(DEFAULT_QUESTIONNAIRE, 'id').document.intro).toBe(ID.intro);
  });

  it('given a document without translations, then every request gets its own text', () => {
    const { translations: _translations, defaultLocale: _default, ...plain } = DEFAULT_QUESTIONNAIRE;
    expect(localesOf(plain)).toEqual(['en']);
    expect(localizeQuestionnaire(plain, 'da')).toEqual({ locale: 'en', document: { ...plain, defaultLocale: 'en' } });
  });

  it('property: every locale keeps the keys, kinds, points and rules: only words change', () => {
    fc.assert(
      fc.property(fc.constantFrom(...localesOf(DEFAULT_QUESTIONNAIRE)), (requested) => {
        expect(skeleton(localizeQuestionnaire(DEFAULT_QUESTIONNAIRE, requested).document)).toEqual(
          skeleton(DEFAULT_QUESTIONNAIRE)
        );
      })
    );
  });

  it('property: the same answers score the same in every locale', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...localesOf(DEFAULT_QUESTIONNAIRE)), (given, requested) => {
        const localized = scoreSubmission(localizeQuestionnaire(DEFAULT_QUESTIONNAIRE, requested).document, given);
        const original = scoreSubmission(DEFAULT_QUESTIONNAIRE, given);

        expect({ ...localized, flags: localized.flags.map((flag) => ({ ...flag, message: '' })) }).toEqual({
          ...original,
          flags: original.flags.map((flag) => ({ ...flag, message: '' })),
        });
      }),
      { numRuns: 200 }
    );
  });
});
