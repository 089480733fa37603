import type { QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import { FALLBACK_LOCALE, matchLocale } from '../../../shared/locales';

/** The locales a document's text exists in, its own first. */
export const localesOf = (document: QuestionnaireDocument): string[] => [
  document.defaultLocale ?? FALLBACK_LOCALE,
  ...Object.keys(document.translations ?? {}),
];

/** The locale of the document that serves `requested`: its translation, or its own locale. */
export const resolveLocale = (document: QuestionnaireDocument, requested?: string): string =>
  (requested && matchLocale(requested, localesOf(document))) || localesOf(document)[0];

/**
 * The document with the text of the locale that serves `requested` in place of its own
 * (its own when `requested` is absent or has no translation), and which locale that is.
 * Keys, kinds, points and rules are untouched, so a localized document scores exactly like
 * the original. The result carries no translations and names its locale as its default.
 */
export const localizeQuestionnaire = (
  document: QuestionnaireDocument,
  requested?: string
): { locale: string; document: QuestionnaireDocument } => {
  const { translations, ...own } = document;
  const locale = resolveLocale(document, requested);
  const text = translations?.[locale];
  if (!text) return { locale, document: { ...own, defaultLocale: locale } };

  return {
    locale,
    document: {
      ...own,
      defaultLocale: locale,
      title: text.title,
      intro: text.intro,
      dimensions: own.dimensions.map((dimension) => {
        const translated = text.dimensions[dimension.key]!;
        return {
          ...dimension,
          title: translated.title,
          description: translated.description,
          questions: dimension.questions.map((question) => {
            const { help: _help, ...rest } = question;
            const words = translated.questions[question.key];
            return {
              ...rest,
              prompt: words.prompt,
              ...(words.help !== undefined && { help: words.help }),
              options: question.options.map((option) => ({ ...option, label: words.options[option.value] })),
            };
          }),
        };
      }),
      contactFields: own.contactFields.map((field) => {
        const { help: _help, ...rest } = field;
        const words = text.contactFields[field.key]!;
        return { ...rest, label: words.label, ...(words.help !== undefined && { help: words.help }) };
      }),
      backlogPrompt: {
        required: own.backlogPrompt.required,
        maxLength: own.backlogPrompt.maxLength,
        prompt: text.backlogPrompt.prompt,
        ...(text.backlogPrompt.help !== undefined && { help: text.backlogPrompt.help }),
      },
      consentText: text.consentText,
      scoring: {
        ...own.scoring,
        contradictions: own.scoring.contradictions.map((contradiction) => ({
          ...contradiction,
          message: text.contradictions[contradiction.key],
        })),
      },
      ...(own.report && {
        report: {
          ...own.report,
          bandReadings: text.report!.bandReadings,
          advice: text.report!.advice,
        },
      }),
    },
  };
};
