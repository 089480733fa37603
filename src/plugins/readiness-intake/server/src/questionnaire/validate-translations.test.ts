import fc from 'fast-check';

import type { QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import type { Issue } from '../utils/issues';
import { DEFAULT_QUESTIONNAIRE } from './default-questionnaire';
import { validateQuestionnaire } from './validate-questionnaire';

/** A deep clone of the default questionnaire, loosely typed so a test can break its translations. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cloneDefault = (): any => structuredClone(DEFAULT_QUESTIONNAIRE);

const issuesOf = (input: unknown): Issue[] => {
  const result = validateQuestionnaire(input);
  if (result.ok) throw new Error('expected the questionnaire to be refused');
  return result.issues;
};

const paths = (input: unknown) => issuesOf(input).map((issue) => issue.path.join('.'));

/** Every path to a string in the Danish translation, as the keys leading to it. */
const leafPaths = (value: unknown, at: string[] = []): string[][] =>
  typeof value === 'string' ? [at] : Object.entries(value as object).flatMap(([key, inner]) => leafPaths(inner, [...at, key]));

const DA_LEAVES = leafPaths(DEFAULT_QUESTIONNAIRE.translations!.da);

describe('validateQuestionnaire with translations', () => {
  it('given the default questionnaire, then it has a Danish and an Indonesian text and is valid', () => {
    expect(validateQuestionnaire(cloneDefault())).toEqual({ ok: true, document: DEFAULT_QUESTIONNAIRE });
    expect(Object.keys(DEFAULT_QUESTIONNAIRE.translations!)).toEqual(['da', 'id']);
  });

  it('given a Danish text missing one question prompt, then the issue names its full path', () => {
    const document = cloneDefault();
    delete document.translations.da.dimensions.documentation.questions.documentation_architecture.prompt;

    expect(paths(document)).toEqual(['translations.da.dimensions.documentation.questions.documentation_architecture.prompt']);
  });

  it('given a Danish text missing a whole question and an option, and with an extra one, then each is one issue by path', () => {
    const document = cloneDefault();
    const questions = document.translations.da.dimensions.documentation.questions;
    delete questions.documentation_architecture;
    delete questions.documentation_onboarding.options.not_sure;
    questions.documentation_onboarding.options.made_up = 'Opdigtet';
    questions.no_such_question = { prompt: 'Hvad?', options: {} };

    const issues = issuesOf(document);

    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: ['translations', 'da', 'dimensions', 'documentation', 'questions', 'documentation_architecture'],
          message: 'is missing',
        },
        {
          path: [
            'translations',
            'da',
            'dimensions',
            'documentation',
            'questions',
            'documentation_onboarding',
            'options',
            'not_sure',
          ],
          message: 'is missing',
        },
        {
          path: [
            'translations',
            'da',
            'dimensions',
            'documentation',
            'questions',
            'documentation_onboarding',
            'options',
            'made_up',
          ],
          message: "is not in the document's own text",
        },
        {
          path: ['translations', 'da', 'dimensions', 'documentation', 'questions', 'no_such_question'],
          message: "is not in the document's own text",
        },
      ])
    );
    expect(issues).toHaveLength(4);
  });

  it('given help translated where the document has none, or missing where it has one, then both are refused', () => {
    const document = cloneDefault();
    const withHelp = document.dimensions.flatMap((dimension: QuestionnaireDocument['dimensions'][number]) =>
      dimension.questions.map((question) => ({ dimension: dimension.key, question }))
    );
    const helped = withHelp.find((entry: { question: { help?: string } }) => entry.question.help !== undefined);
    const unhelped = withHelp.find((entry: { question: { help?: string } }) => entry.question.help === undefined);
    const questionsOf = (dimension: string) => document.translations.id.dimensions[dimension].questions;
    if (helped) delete questionsOf(helped.dimension)[helped.question.key].help;
    questionsOf(unhelped.dimension)[unhelped.question.key].help = 'Bantuan';

    expect(paths(document).sort()).toEqual(
      [
        ...(helped ? [`translations.id.dimensions.${helped.dimension}.questions.${helped.question.key}.help`] : []),
        `translations.id.dimensions.${unhelped.dimension}.questions.${unhelped.question.key}.help`,
      ].sort()
    );
  });

  it('given a translation missing a dimension, a contact field, a contradiction and advice, then each is refused by path', () => {
    const document = cloneDefault();
    const da = document.translations.da;
    delete da.dimensions.ownership;
    delete da.contactFields.email;
    const [contradiction] = Object.keys(da.contradictions);
    delete da.contradictions[contradiction];
    delete da.report.advice.scoping;

    expect(paths(document).sort()).toEqual(
      [
        'translations.da.dimensions.ownership',
        'translations.da.contactFields.email',
        `translations.da.contradictions.${contradiction}`,
        'translations.da.report.advice.scoping',
      ].sort()
    );
  });

  it('given a report translated for a document without one, or none for a document with one, then it is refused', () => {
    const without = cloneDefault();
    delete without.translations.da.report;
    expect(paths(without)).toEqual(['translations.da.report']);

    const extra = cloneDefault();
    delete extra.report;
    expect(paths(extra)).toEqual(['translations.da.report', 'translations.id.report']);
  });

  it('given a translation under the document\u2019s own locale, or a malformed locale code, then it is refused', () => {
    const own = cloneDefault();
    own.translations.en = own.translations.da;
    expect(paths(own)).toEqual(['translations.en']);

    const malformed = cloneDefault();
    malformed.translations['da_DK'] = malformed.translations.da;
    expect(paths(malformed)).toEqual(['translations.da_DK']);

    expect(paths({ ...cloneDefault(), defaultLocale: 'English' })).toEqual(['defaultLocale']);
  });

  it('given a document in Danish with an English translation, then it is valid: any locale may be the default', () => {
    const document = cloneDefault();
    document.defaultLocale = 'da';
    document.translations = { en: document.translations.da, 'pt-BR': document.translations.id };

    expect(validateQuestionnaire(document).ok).toBe(true);
  });

  it('property: removing any one text of a translation is refused with exactly that path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DA_LEAVES), (leaf) => {
        const document = cloneDefault();
        let parent = document.translations.da;
        for (const key of leaf.slice(0, -1)) parent = parent[key];
        delete parent[leaf.at(-1)!];

        expect(paths(document)).toEqual([['translations', 'da', ...leaf].join('.')]);
      }),
      { numRuns: 100 }
    );
  });
});
