import type { Core } from '@strapi/strapi';

/** The locales content is written in; the first is the default (src/i18n/ checks the codes). */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  content: env('CONTENT_LOCALES', 'en,da,id'),
});
