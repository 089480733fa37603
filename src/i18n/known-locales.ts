import type { Core } from '@strapi/strapi';

import { getI18nService } from './i18n-services';

/**
 * Why `locale` cannot be read, or null when it can: a locale Strapi has (or `*`, every
 * locale). Strapi answers an unknown locale with an empty list, which a site would
 * render as a page without content instead of noticing the wrong code.
 */
export const unknownLocaleProblem = async (strapi: Core.Strapi, locale: string): Promise<string | null> => {
  if (locale === '*') return null;
  const codes = (await getI18nService(strapi, 'locales').find()).map((row) => row.code);
  return codes.includes(locale) ? null : `is not one of the content locales (${codes.join(', ')})`;
};
