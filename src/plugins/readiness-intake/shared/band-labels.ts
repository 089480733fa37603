import { BAND_LABELS, type Band } from './intake';
import { FALLBACK_LOCALE, matchLocale } from './locales';

/**
 * The bands' names in the languages the respondent's side speaks: the readiness report
 * and the embeddable form show the same words for the same band.
 */
export const LOCALIZED_BAND_LABELS: Record<string, Record<Band, string>> = {
  [FALLBACK_LOCALE]: BAND_LABELS,
  da: { ready: 'Klar nu', close: 'Tættere på, end I tror', foundation: 'Byg fundamentet først' },
  id: { ready: 'Siap sekarang', close: 'Lebih dekat dari yang Anda kira', foundation: 'Bangun fondasinya dulu' },
};

/** The band names in `locale`, or in English when there are none in it. */
export const bandLabelsFor = (locale?: string | null): Record<Band, string> =>
  LOCALIZED_BAND_LABELS[(locale && matchLocale(locale, Object.keys(LOCALIZED_BAND_LABELS))) || FALLBACK_LOCALE];
