/**
 * Locale codes: how a questionnaire names the locales of its text, and how a website asks
 * for one. Shared by the server (validation, localizing) and the embed.
 */

/** The locale a questionnaire's own text is in when the document does not say. */
export const FALLBACK_LOCALE = 'en';

/** A locale as a document names it: `da`, `id`, `pt-BR`, `zh-Hant-TW`, `es-419`. */
export const LOCALE_CODE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;

/** The longest locale a request may name. */
export const REQUESTED_LOCALE_MAX = 35;

/**
 * A locale as a request may name it: the same shape in any case (`da-dk`, `PT-br`), since
 * BCP 47 tags are case-insensitive and websites write them every way.
 */
export const REQUESTED_LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

/** A well-formed requested locale in the case documents use: `pt-br` becomes `pt-BR`. */
export const canonicalLocale = (code: string): string =>
  code
    .split('-')
    .map((part, index) =>
      index === 0
        ? part.toLowerCase()
        : part.length === 4
          ? part[0].toUpperCase() + part.slice(1).toLowerCase()
          : part.toUpperCase()
    )
    .join('-');

/**
 * The locale of `available` that serves a request for `requested`: the same tag, or its
 * language alone (`da-DK` is served by `da`), or none. `requested` is well formed.
 */
export const matchLocale = (requested: string, available: readonly string[]): string | undefined => {
  const wanted = canonicalLocale(requested);
  return available.find((locale) => locale === wanted) ?? available.find((locale) => locale === wanted.split('-')[0]);
};
