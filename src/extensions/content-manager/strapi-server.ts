import type { Core, UID } from '@strapi/strapi';

import { generateUniqueSlug, SLUGGED_TYPES } from '../../content-rules/slugs';
import { getI18nService } from '../../i18n/i18n-services';

const defaultLocaleFor = async (strapi: Core.Strapi, uid: UID.ContentType) =>
  getI18nService(strapi, 'content-types').isLocalizedContentType(strapi.getModel(uid))
    ? ((await getI18nService(strapi, 'locales').getDefaultLocale()) ?? undefined)
    : undefined;

type UidService = {
  generateUIDField(args: {
    contentTypeUID: UID.ContentType;
    field: string;
    data: Record<string, unknown>;
    locale?: string;
  }): Promise<string>;
};

/**
 * The admin suggests a slug while an editor types a title. For slugged types that suggestion
 * comes from the same generator as every other write path, so a page created in the admin
 * gets the slug the API would have given it.
 */
export default (plugin: { services: Record<string, (deps: { strapi: Core.Strapi }) => UidService> }) => {
  const stockUidService = plugin.services.uid;

  plugin.services.uid = ({ strapi }) => {
    const stock = stockUidService({ strapi });
    return {
      ...stock,
      async generateUIDField(args) {
        const slugged = SLUGGED_TYPES[args.contentTypeUID];
        if (!slugged || slugged.field !== args.field) return stock.generateUIDField.call(this, args);
        const sourceText = args.data?.[slugged.source];
        const documentId = args.data?.documentId;
        return generateUniqueSlug(strapi, {
          uid: args.contentTypeUID,
          field: slugged.field,
          sourceText: typeof sourceText === 'string' ? sourceText : '',
          documentId: typeof documentId === 'string' ? documentId : undefined,
          // The admin asks with the locale being edited (the default when it names none).
          locale: args.locale ?? (await defaultLocaleFor(strapi, args.contentTypeUID)),
        });
      },
    };
  };

  return plugin;
};
