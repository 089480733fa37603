import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getI18nService } from '../i18n/i18n-services';

export type WriteData = Record<string, unknown>;

export type DocumentWrite = {
  uid: UID.ContentType;
  action: 'create' | 'update' | 'clone';
  /** The document being changed; absent on create. */
  documentId?: string;
  /** The locale version written, the default when the caller named none; absent on a type without i18n. */
  locale?: string;
  /** The data the caller sent, mutable: a rule may fill in or normalise fields. */
  data: WriteData;
};

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

/**
 * A Document Service middleware that runs `rule` before every create, update and clone of
 * the given content types. The admin, REST, GraphQL and server code all write through the
 * Document Service, so a rule registered here holds on every write path.
 */
export const beforeDocumentWrite =
  (
    strapi: Core.Strapi,
    uids: readonly UID.ContentType[],
    rule: (write: DocumentWrite) => Promise<void> | void
  ): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (uids.includes(context.uid) && WRITE_ACTIONS.has(context.action)) {
      const params = context.params as { data?: WriteData; documentId?: string; locale?: string };
      params.data = params.data ?? {};
      const locale = await localeOf(strapi, context.contentType, params.locale);
      // Named here, as Strapi would name it later: the next rule on this write reads it instead
      // of asking the database for the default locale again.
      if (locale !== undefined) params.locale = locale;
      await rule({
        uid: context.uid,
        action: context.action as DocumentWrite['action'],
        documentId: params.documentId,
        locale,
        data: params.data,
      });
    }
    return next();
  };

/** Strapi fills in the default locale after the middlewares run, so a rule resolves it the same way. */
const localeOf = async (strapi: Core.Strapi, contentType: unknown, locale: unknown): Promise<string | undefined> => {
  if (!getI18nService(strapi, 'content-types').isLocalizedContentType(contentType)) return undefined;
  if (typeof locale === 'string' && locale !== '') return locale;
  return (await getI18nService(strapi, 'locales').getDefaultLocale()) ?? undefined;
};

/** The row of one locale version of a document (either publication state), or of any version on a type without i18n. */
export const versionWhere = (write: Pick<DocumentWrite, 'documentId' | 'locale'>) => ({
  documentId: write.documentId,
  ...(write.locale ? { locale: write.locale } : {}),
});

/** A 400 in Strapi's error shape that names the offending field. */
export const fieldError = (paths: string[], message: string) =>
  new errors.ValidationError(message, {
    errors: paths.map((path) => ({ path: [path], message, name: 'ValidationError' })),
  });
