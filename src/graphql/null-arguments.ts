import type { Core, Struct } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getI18nService } from '../i18n/i18n-services';
import { unknownLocaleProblem } from '../i18n/known-locales';
import { loadRelationsInBatches } from './relation-batching';

type Resolve = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

/** The arguments without those sent as an explicit `null`, which GraphQL lets a client send for any optional one. */
export const withoutNullArguments = (args: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(args ?? {}).filter(([, value]) => value !== null));

const dropNullArguments = (resolve: Resolve, parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => {
  // i18n's I18NLocaleCode scalar lets any JSON through as a variable, and the query engine
  // then reads an object as operators: a 500. A locale is a string or nothing.
  if (args?.locale !== undefined && args.locale !== null && typeof args.locale !== 'string') {
    throw new errors.ValidationError('locale must be a locale code');
  }
  return resolve(parent, withoutNullArguments(args), context, info);
};

/**
 * Strapi's locale scalar checks a locale written in the query against its ISO list, but
 * takes one sent as a variable as it is; an unknown one then reads as an empty list.
 */
const refuseUnknownLocale =
  (strapi: Core.Strapi) =>
  async (resolve: Resolve, parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => {
    const { locale } = args ?? {};
    if (typeof locale === 'string') {
      const problem = await unknownLocaleProblem(strapi, locale);
      if (problem) throw new errors.ValidationError(`locale ${problem}`);
    }
    return resolve(parent, args, context, info);
  };

type Naming = {
  getTypeName(contentType: Struct.ContentTypeSchema): string;
  getFindQueryName(contentType: Struct.ContentTypeSchema): string;
  getFindConnectionQueryName(contentType: Struct.ContentTypeSchema): string;
  getFindOneQueryName(contentType: Struct.ContentTypeSchema): string;
};

/**
 * GraphQL lets a client send `null` for any optional argument, and Strapi's resolvers read
 * `pagination`, `filters` and the others with destructuring defaults, which apply to an
 * absent argument only: `articles(pagination: null)` threw inside the resolver, a 500 in
 * GraphQL's shape. Every query and relation field of the app's content types now reads an
 * explicit null as the argument left out, which is what GraphQL's spec allows for it, and
 * the queries of localized types refuse a locale Strapi does not have. The relation fields
 * also load in batches (see relation-batching): registered here because the extension
 * service merges the middleware lists of one field by index, so a field has one list.
 */
export const treatNullArgumentsAsAbsent = (strapi: Core.Strapi) => {
  const naming = strapi.plugin('graphql').service('utils').naming as Naming;
  const contentTypes = Object.values(strapi.contentTypes).filter((contentType) =>
    contentType.uid.startsWith('api::')
  ) as Struct.ContentTypeSchema[];

  const isLocalized = getI18nService(strapi, 'content-types').isLocalizedContentType;
  const checkLocale = refuseUnknownLocale(strapi);

  const fields = contentTypes.flatMap((contentType) => {
    const queryMiddlewares = isLocalized(contentType) ? [dropNullArguments, checkLocale] : [dropNullArguments];
    const queries =
      contentType.kind === 'singleType'
        ? [naming.getFindOneQueryName(contentType)]
        : [
            naming.getFindQueryName(contentType),
            naming.getFindConnectionQueryName(contentType),
            naming.getFindOneQueryName(contentType),
          ];
    const typeName = naming.getTypeName(contentType);
    const relations = Object.entries(contentType.attributes)
      .filter(([, attribute]) => attribute.type === 'relation' || attribute.type === 'media')
      .flatMap(([name]) => [`${typeName}.${name}`, `${typeName}.${name}_connection`]);
    return [
      ...queries.map((query) => [`Query.${query}`, queryMiddlewares] as const),
      ...relations.map((relation) => [relation, [dropNullArguments, loadRelationsInBatches]] as const),
    ];
  });

  // One registration per field: the extension service merges middleware lists by index.
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      resolversConfig: Object.fromEntries(fields.map(([field, middlewares]) => [field, { middlewares }])),
    }));
};
