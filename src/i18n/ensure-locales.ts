import type { Core } from '@strapi/strapi';

import { parseContentLocales, type ContentLocales } from './content-locales';
import { getI18nService } from './i18n-services';

/** The configured content locales, checked: called in register so a bad value stops the start early. */
export const readContentLocales = (strapi: Core.Strapi): ContentLocales =>
  parseContentLocales(
    strapi.config.get('locales.content', 'en,da,id') as string,
    getI18nService(strapi, 'iso-locales').getIsoLocales()
  );

/**
 * Creates the configured locales that do not exist yet and makes the first one the
 * default, on every start. Locales an editor added in the admin are kept: deleting a
 * locale deletes its content.
 */
export const ensureContentLocales = async (strapi: Core.Strapi) => {
  const { codes, defaultLocale, names } = readContentLocales(strapi);
  const locales = getI18nService(strapi, 'locales');
  const existing = new Set((await locales.find()).map((locale) => locale.code));
  for (const code of codes) {
    if (!existing.has(code)) await locales.create({ code, name: names[code] });
  }
  if ((await locales.getDefaultLocale()) !== defaultLocale) await locales.setDefaultLocale({ code: defaultLocale });
};
