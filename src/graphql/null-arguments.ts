import type { Core, Struct } from '@strapi/strapi';
import { errors } from '@strapi/utils';

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
 * explicit null as the argument left out, which is what GraphQL's spec allows for it.
 */
export const treatNullArgumentsAsAbsent = (strapi: Core.Strapi) => {
  const naming = strapi.plugin('graphql').service('utils').naming as Naming;
  const contentTypes = Object.values(strapi.contentTypes).filter((contentType) =>
    contentType.uid.startsWith('api::')
  ) as Struct.ContentTypeSchema[];

  const fields = contentTypes.flatMap((contentType) => {
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
    return [...queries.map((query) => `Query.${query}`), ...relations];
  });

  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      resolversConfig: Object.fromEntries(fields.map((field) => [field, { middlewares: [dropNullArguments] }])),
    }));
};
