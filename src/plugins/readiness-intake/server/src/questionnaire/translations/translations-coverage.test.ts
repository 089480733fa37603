import type { QuestionnaireDocument, QuestionnaireTranslation } from '../../../../shared/contracts/questionnaires';
import { DEFAULT_QUESTIONNAIRE } from '../default-questionnaire';
import { DA_TEXT } from './da';
import { ID_TEXT } from './id';

/**
 * Every path a translation of `document` must have, and no other: its text at the top, each
 * dimension with each question (help only where the English has help), each option label by
 * value, each contact field, the backlog prompt, each contradiction, and the report's band
 * readings and advice. Containers are paths too, so a question without `options` is caught.
 */
const expectedPaths = (document: QuestionnaireDocument): string[] => {
  const paths = ['title', 'intro', 'consentText', 'dimensions', 'contactFields', 'backlogPrompt', 'contradictions'];
  for (const dimension of document.dimensions) {
    const at = `dimensions.${dimension.key}`;
    paths.push(at, `${at}.title`, `${at}.description`, `${at}.questions`);
    for (const question of dimension.questions) {
      const q = `${at}.questions.${question.key}`;
      paths.push(q, `${q}.prompt`, `${q}.options`);
      if (question.help !== undefined) paths.push(`${q}.help`);
      for (const option of question.options) paths.push(`${q}.options.${option.value}`);
    }
  }
  for (const field of document.contactFields) {
    paths.push(`contactFields.${field.key}`, `contactFields.${field.key}.label`);
    if (field.help !== undefined) paths.push(`contactFields.${field.key}.help`);
  }
  paths.push('backlogPrompt.prompt');
  if (document.backlogPrompt.help !== undefined) paths.push('backlogPrompt.help');
  for (const contradiction of document.scoring.contradictions) paths.push(`contradictions.${contradiction.key}`);
  if (document.report) {
    paths.push('report', 'report.bandReadings', 'report.advice');
    for (const band of Object.keys(document.report.bandReadings)) paths.push(`report.bandReadings.${band}`);
    for (const dimension of Object.keys(document.report.advice)) paths.push(`report.advice.${dimension}`);
  }
  return paths;
};

/** Every path a translation has: each object it nests and each string, whatever the key. */
const actualPaths = (value: unknown, at = ''): string[] => {
  if (value === null || typeof value !== 'object') return at ? [at] : [];
  return [
    ...(at ? [at] : []),
    ...Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
      child === undefined ? [] : actualPaths(child, at ? `${at}.${key}` : key)
    ),
  ];
};

/** The English text at a path of the translation format, read from the document. */
const englishAt = (document: QuestionnaireDocument): Map<string, string> => {
  const texts = new Map<string, string>([
    ['title', document.title],
    ['intro', document.intro],
    ['consentText', document.consentText],
    ['backlogPrompt.prompt', document.backlogPrompt.prompt],
  ]);
  if (document.backlogPrompt.help !== undefined) texts.set('backlogPrompt.help', document.backlogPrompt.help);
  for (const dimension of document.dimensions) {
    const at = `dimensions.${dimension.key}`;
    texts.set(`${at}.title`, dimension.title).set(`${at}.description`, dimension.description);
    for (const question of dimension.questions) {
      const q = `${at}.questions.${question.key}`;
      texts.set(`${q}.prompt`, question.prompt);
      if (question.help !== undefined) texts.set(`${q}.help`, question.help);
      for (const option of question.options) texts.set(`${q}.options.${option.value}`, option.label);
    }
  }
  for (const field of document.contactFields) {
    texts.set(`contactFields.${field.key}.label`, field.label);
    if (field.help !== undefined) texts.set(`contactFields.${field.key}.help`, field.help);
  }
  for (const contradiction of document.scoring.contradictions)
    texts.set(`contradictions.${contradiction.key}`, contradiction.message);
  for (const [band, text] of Object.entries(document.report?.bandReadings ?? {})) texts.set(`report.bandReadings.${band}`, text);
  for (const [dimension, text] of Object.entries(document.report?.advice ?? {}))
    texts.set(`report.advice.${dimension}`, text ?? '');
  return texts;
};

const leaves = (value: unknown, at = ''): Array<[string, unknown]> =>
  value !== null && typeof value === 'object'
    ? Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, at ? `${at}.${key}` : key))
    : [[at, value]];

/** What a translation lacks and what it has beyond the document, as sorted paths. */
const coverage = (document: QuestionnaireDocument, translation: unknown) => {
  const expected = new Set(expectedPaths(document));
  const actual = new Set(actualPaths(translation));
  return {
    missing: [...expected].filter((path) => !actual.has(path)).sort(),
    extra: [...actual].filter((path) => !expected.has(path)).sort(),
  };
};

const TRANSLATIONS: Array<[string, QuestionnaireTranslation]> = [
  ['da', DA_TEXT],
  ['id', ID_TEXT],
];

describe('the walk over the English default document', () => {
  it('reaches every dimension, question, option, contact field, contradiction and the report', () => {
    const paths = expectedPaths(DEFAULT_QUESTIONNAIRE);
    expect(DEFAULT_QUESTIONNAIRE.dimensions.map((dimension) => dimension.key).sort()).toEqual(
      ['async', 'documentation', 'handoff', 'ownership', 'scoping', 'specification'].sort()
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'dimensions.scoping.questions.scoping_finish_line.options.written_with_out_of_scope',
        'dimensions.documentation.questions.documentation_notes.help',
        'dimensions.documentation.questions.documentation_notes.options',
        'contactFields.timezone.help',
        'backlogPrompt.help',
        'contradictions.ticket_alone_vs_pairing',
        'report.bandReadings.foundation',
        'report.advice.ownership',
      ])
    );
    expect(paths).not.toContain('dimensions.documentation.questions.documentation_architecture.help');
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('reports a missing option, a help the English lacks and an unknown key by path', () => {
    const broken = JSON.parse(JSON.stringify(DA_TEXT));
    delete broken.dimensions.handoff.questions.handoff_day_one.options.test_data;
    broken.dimensions.handoff.questions.handoff_day_one.help = 'Ekstra';
    broken.contradictions.no_such_contradiction = 'Ekstra';
    delete broken.report.advice.async;
    expect(coverage(DEFAULT_QUESTIONNAIRE, broken)).toEqual({
      missing: ['dimensions.handoff.questions.handoff_day_one.options.test_data', 'report.advice.async'],
      extra: ['contradictions.no_such_contradiction', 'dimensions.handoff.questions.handoff_day_one.help'],
    });
  });
});

describe.each(TRANSLATIONS)('the %s translation of the default questionnaire', (locale, translation) => {
  it('covers exactly the keys of the English document: no path missing, none extra', () => {
    expect(coverage(DEFAULT_QUESTIONNAIRE, translation)).toEqual({ missing: [], extra: [] });
  });

  it('has trimmed, non-empty text everywhere, and none of it left in English', () => {
    const english = englishAt(DEFAULT_QUESTIONNAIRE);
    const problems = leaves(translation).flatMap(([path, text]) => {
      if (typeof text !== 'string') return [`${path}: not a string`];
      if (text.trim() === '' || text !== text.trim()) return [`${path}: empty or untrimmed`];
      if (/^\[[a-z]{2}\]/.test(text)) return [`${path}: a stub`];
      if (english.get(path) === text) return [`${path}: same as the English`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it(`keeps the option order of each question: a label for every value, in the English order (${locale})`, () => {
    const drift = DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) =>
      dimension.questions.flatMap((question) => {
        const options = translation.dimensions[dimension.key]?.questions[question.key]?.options ?? {};
        const english = question.options.map((option) => option.value);
        return Object.keys(options).join() === english.join() ? [] : [`${question.key}: ${Object.keys(options).join()}`];
      })
    );
    expect(drift).toEqual([]);
  });
});
