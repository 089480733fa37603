import type { Locale } from './i18n-services';

export type ContentLocales = {
  /** Every locale the content is written in, the default first. */
  codes: string[];
  defaultLocale: string;
  /** Display names from Strapi's ISO list, e.g. "Danish (da)". */
  names: Record<string, string>;
};

/**
 * Reads `CONTENT_LOCALES` ("en,da,id": the first is the default). Every code must be one
 * Strapi's i18n knows, spelled as it spells it ("pt-BR", not "pt_br"), so a typo stops the
 * start with a message rather than creating a locale no editor meant.
 */
export const parseContentLocales = (raw: string, isoLocales: readonly Locale[]): ContentLocales => {
  const codes = [...new Set(raw.split(',').map((code) => code.trim()))].filter((code) => code !== '');
  if (codes.length === 0) throw new Error('CONTENT_LOCALES must list at least one locale code, e.g. "en,da,id"');

  const names = Object.fromEntries(isoLocales.map((locale) => [locale.code, locale.name]));
  const unknown = codes.filter((code) => !(code in names));
  if (unknown.length > 0) {
    const hints = unknown.map((code) => {
      const spelledAlike = isoLocales.find((locale) => locale.code.toLowerCase() === code.replace('_', '-').toLowerCase());
      return spelledAlike ? `"${code}" (did you mean "${spelledAlike.code}"?)` : `"${code}"`;
    });
    throw new Error(`CONTENT_LOCALES has locale codes Strapi's i18n does not know: ${hints.join(', ')}`);
  }
  return { codes, defaultLocale: codes[0], names: Object.fromEntries(codes.map((code) => [code, names[code]])) };
};
