import { LOCALIZED_BAND_LABELS } from '../../../shared/band-labels';
import type { Band } from '../../../shared/intake';
import { FALLBACK_LOCALE, matchLocale } from '../../../shared/locales';

/**
 * The readiness report's own words, the ones no questionnaire carries: band labels,
 * greeting, headings. Kept here rather than in the questionnaire because they do not
 * change with the scoring; the questionnaire carries the readings and advice that do.
 */
export type ReportStrings = {
  bandLabels: Record<Band, string>;
  subject: (band: string, score: number) => string;
  hello: (name: string) => string;
  intro: (company: string, reference: string) => string;
  yourScores: string;
  dimension: string;
  score: string;
  whatToDo: string;
  reading: string;
};

const EN: ReportStrings = {
  bandLabels: LOCALIZED_BAND_LABELS.en,
  subject: (band, score) => `Your readiness report: ${band} (${score}/100)`,
  hello: (name) => `Hello ${name},`,
  intro: (company, reference) => `Here is how ready ${company} is to work with an async backend contractor (${reference}).`,
  yourScores: 'Your scores:',
  dimension: 'Dimension',
  score: 'Score',
  whatToDo: 'What to do',
  reading: 'Reading for where you scored lowest:',
};

const DA: ReportStrings = {
  bandLabels: LOCALIZED_BAND_LABELS.da,
  subject: (band, score) => `Jeres parathedsrapport: ${band} (${score}/100)`,
  hello: (name) => `Hej ${name},`,
  intro: (company, reference) =>
    `Her kan I se, hvor klar ${company} er til at arbejde med en asynkron backend-konsulent (${reference}).`,
  yourScores: 'Jeres scorer:',
  dimension: 'Dimension',
  score: 'Score',
  whatToDo: 'Det kan I gøre',
  reading: 'Læsning til der, hvor I scorede lavest:',
};

const ID: ReportStrings = {
  bandLabels: LOCALIZED_BAND_LABELS.id,
  subject: (band, score) => `Laporan kesiapan Anda: ${band} (${score}/100)`,
  hello: (name) => `Halo ${name},`,
  intro: (company, reference) => `Berikut seberapa siap ${company} bekerja dengan kontraktor backend asinkron (${reference}).`,
  yourScores: 'Skor Anda:',
  dimension: 'Dimensi',
  score: 'Skor',
  whatToDo: 'Yang perlu dilakukan',
  reading: 'Bacaan untuk bagian dengan skor terendah:',
};

/** The report's own words by locale; a questionnaire may have locales these lack. */
export const REPORT_STRINGS: Record<string, ReportStrings> = { [FALLBACK_LOCALE]: EN, da: DA, id: ID };

/** The report's own words in `locale`, or in English when there are none in it. */
export const reportStringsFor = (locale?: string): ReportStrings =>
  REPORT_STRINGS[(locale && matchLocale(locale, Object.keys(REPORT_STRINGS))) || FALLBACK_LOCALE];
