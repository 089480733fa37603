import { z } from 'zod';

import type { QuestionnaireDocument, QuestionnaireTranslation } from '../../../shared/contracts/questionnaires';
import { FALLBACK_LOCALE, LOCALE_CODE } from '../../../shared/locales';
import type { Issue } from '../utils/issues';
import { storableString } from '../utils/storable';

// The same bounds as the document's own text, so a translation fits wherever the original does.
const text = (max: number) => storableString().trim().min(1).max(max);
const plain = (max: number) => storableString().max(max);
// Keys are any storable string here: one the document's own text lacks is an issue of coverage, by path.
const keyed = <T extends z.ZodType>(value: T) => z.record(storableString().max(64), value);

/** A locale code as a document names it. */
export const localeCode = () => storableString().regex(LOCALE_CODE, 'must be a locale code such as "da" or "pt-BR"');

/** One locale's text, its shape only; `translationIssues` checks it covers the document's own text exactly. */
export const translationSchema = z.strictObject({
  title: text(200),
  intro: plain(2000),
  dimensions: keyed(
    z.strictObject({
      title: text(120),
      description: plain(500),
      questions: keyed(z.strictObject({ prompt: text(300), help: plain(500).optional(), options: keyed(text(200)) })),
    })
  ),
  contactFields: keyed(z.strictObject({ label: text(120), help: plain(300).optional() })),
  backlogPrompt: z.strictObject({ prompt: text(300), help: plain(500).optional() }),
  consentText: text(1000),
  contradictions: keyed(text(300)),
  report: z
    .strictObject({
      bandReadings: z.strictObject({ ready: text(2000), close: text(2000), foundation: text(2000) }),
      advice: keyed(text(2000)),
    })
    .optional(),
});

type Path = Array<string | number>;

/** One issue for each key the document's own text has and the translation lacks, and each it has extra. */
const keyIssues = (at: Path, expected: readonly string[], actual: object): Issue[] => {
  const given = new Set(Object.keys(actual));
  const wanted = new Set(expected);
  return [
    ...expected.filter((key) => !given.has(key)).map((key) => ({ path: [...at, key], message: 'is missing' })),
    ...[...given]
      .filter((key) => !wanted.has(key))
      .map((key) => ({ path: [...at, key], message: "is not in the document's own text" })),
  ];
};

/** `help` translated exactly where the document's own text has one. */
const helpIssues = (at: Path, base: { help?: string }, translated: { help?: string }): Issue[] =>
  base.help !== undefined && translated.help === undefined
    ? [{ path: [...at, 'help'], message: 'is missing' }]
    : base.help === undefined && translated.help !== undefined
      ? [{ path: [...at, 'help'], message: "is not in the document's own text" }]
      : [];

/** How one translation differs in its keys from the document's own text. */
const coverageIssues = (document: QuestionnaireDocument, translation: QuestionnaireTranslation, at: Path): Issue[] => {
  const issues: Issue[] = [];
  issues.push(
    ...keyIssues(
      [...at, 'dimensions'],
      document.dimensions.map((dimension) => dimension.key),
      translation.dimensions
    )
  );
  for (const dimension of document.dimensions) {
    const translated = translation.dimensions[dimension.key];
    if (!translated) continue;
    const dimensionAt = [...at, 'dimensions', dimension.key, 'questions'];
    issues.push(
      ...keyIssues(
        dimensionAt,
        dimension.questions.map((question) => question.key),
        translated.questions
      )
    );
    for (const question of dimension.questions) {
      const translatedQuestion = translated.questions[question.key];
      if (!translatedQuestion) continue;
      const questionAt = [...dimensionAt, question.key];
      issues.push(...helpIssues(questionAt, question, translatedQuestion));
      issues.push(
        ...keyIssues(
          [...questionAt, 'options'],
          question.options.map((option) => option.value),
          translatedQuestion.options
        )
      );
    }
  }

  issues.push(
    ...keyIssues(
      [...at, 'contactFields'],
      document.contactFields.map((field) => field.key),
      translation.contactFields
    )
  );
  for (const field of document.contactFields) {
    const translated = translation.contactFields[field.key];
    if (translated) issues.push(...helpIssues([...at, 'contactFields', field.key], field, translated));
  }
  issues.push(...helpIssues([...at, 'backlogPrompt'], document.backlogPrompt, translation.backlogPrompt));
  issues.push(
    ...keyIssues(
      [...at, 'contradictions'],
      document.scoring.contradictions.map((contradiction) => contradiction.key),
      translation.contradictions
    )
  );

  if (document.report && !translation.report) issues.push({ path: [...at, 'report'], message: 'is missing' });
  if (!document.report && translation.report)
    issues.push({ path: [...at, 'report'], message: "is not in the document's own text" });
  if (document.report && translation.report) {
    issues.push(...keyIssues([...at, 'report', 'advice'], Object.keys(document.report.advice), translation.report.advice));
  }
  return issues;
};

/**
 * Checks that every translation covers exactly the document's own text (every dimension,
 * question, option, contact field, contradiction, help and report advice, nothing more),
 * and that none is given under the document's own locale. Each missing or extra entry is
 * one issue with its full path, so an import can say which text is missing where.
 */
export const translationIssues = (document: QuestionnaireDocument): Issue[] => {
  const defaultLocale = document.defaultLocale ?? FALLBACK_LOCALE;
  return Object.entries(document.translations ?? {}).flatMap(([locale, translation]) =>
    locale === defaultLocale
      ? [{ path: ['translations', locale], message: `is the document's own locale (defaultLocale ${defaultLocale})` }]
      : coverageIssues(document, translation, ['translations', locale])
  );
};
