import type { Core } from '@strapi/strapi';

import { beforeDocumentWrite, fieldError, versionWhere } from './document-writes';

const UID = 'api::related-link.related-link' as const;

/**
 * Whether a relation input leaves a to-one relation set: `undefined` when the input does
 * not touch it. Covers every shape the Document Service accepts: an id or documentId, an
 * object, an array (a set), `null`, and `{ connect, disconnect, set }`.
 */
export const toOneRelationIsSet = (input: unknown): boolean | undefined => {
  if (input === undefined) return undefined;
  if (input === null || input === '') return false;
  if (Array.isArray(input)) return input.length > 0;
  if (typeof input === 'object') {
    const { connect, disconnect, set } = input as { connect?: unknown; disconnect?: unknown; set?: unknown };
    const nonEmpty = (list: unknown) => (Array.isArray(list) ? list.length > 0 : list !== undefined && list !== null);
    if ('set' in input) return nonEmpty(set);
    if ('connect' in input || 'disconnect' in input) {
      if (nonEmpty(connect)) return true;
      if (nonEmpty(disconnect)) return false;
      return undefined;
    }
    return true;
  }
  return true;
};

const urlIsSet = (input: unknown): boolean | undefined => {
  if (input === undefined) return undefined;
  return typeof input === 'string' && input.trim() !== '';
};

/**
 * A "More articles" card points at exactly one thing: an internal article or an external
 * URL. The check runs on the state the write would leave, so an update that only clears
 * the URL of a card without an article is refused too.
 */
export const relatedLinkTargetRule = (strapi: Core.Strapi) =>
  beforeDocumentWrite(strapi, [UID], async (write) => {
    let hasArticle = toOneRelationIsSet(write.data.article);
    let hasUrl = urlIsSet(write.data.url);
    if ((hasArticle === undefined || hasUrl === undefined) && write.documentId) {
      const existing = await strapi.db.query(UID).findOne({
        select: ['url'],
        // The locale's own card: a new locale version starts with neither target.
        where: versionWhere(write),
        populate: { article: { select: ['id'] } },
      });
      hasArticle ??= Boolean(existing?.article);
      hasUrl ??= urlIsSet(existing?.url ?? null);
    }
    if (Boolean(hasArticle) === Boolean(hasUrl)) {
      throw fieldError(
        ['article', 'url'],
        hasArticle ? 'A related link points at an article or at a URL, not both' : 'A related link needs an article or a URL'
      );
    }
    if (write.data.url === '') write.data.url = null;
  });
