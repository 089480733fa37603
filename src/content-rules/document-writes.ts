import type { Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export type WriteData = Record<string, unknown>;

export type DocumentWrite = {
  uid: UID.ContentType;
  action: 'create' | 'update' | 'clone';
  /** The document being changed; absent on create. */
  documentId?: string;
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
    uids: readonly UID.ContentType[],
    rule: (write: DocumentWrite) => Promise<void> | void
  ): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (uids.includes(context.uid) && WRITE_ACTIONS.has(context.action)) {
      const params = context.params as { data?: WriteData; documentId?: string };
      params.data = params.data ?? {};
      await rule({
        uid: context.uid,
        action: context.action as DocumentWrite['action'],
        documentId: params.documentId,
        data: params.data,
      });
    }
    return next();
  };

/** A 400 in Strapi's error shape that names the offending field. */
export const fieldError = (paths: string[], message: string) =>
  new errors.ValidationError(message, {
    errors: paths.map((path) => ({ path: [path], message, name: 'ValidationError' })),
  });
