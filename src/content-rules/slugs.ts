import type { Core, UID } from '@strapi/strapi';

import { firstFreeSlug, toSlug } from '../lib/slug';
import { beforeDocumentWrite, versionWhere, type DocumentWrite } from './document-writes';

/** Content types whose `slug` is generated from another field when a client sends none. */
export const SLUGGED_TYPES: Partial<Record<UID.ContentType, { field: string; source: string }>> = {
  'api::article.article': { field: 'slug', source: 'title' },
  'api::author.author': { field: 'slug', source: 'name' },
};

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const maxLengthOf = (strapi: Core.Strapi, uid: UID.ContentType, field: string): number => {
  const attributes = strapi.getModel(uid).attributes as Record<string, { maxLength?: number }>;
  const attribute = attributes[field];
  return attribute?.maxLength ?? 255;
};

/**
 * A slug for `sourceText` that no other document of `uid` uses in `locale`, drafts and
 * published versions alike: sites address an article by locale and slug, so `da` and `en`
 * may share one. The lookup goes to the query engine so it sees every row, whatever the
 * publication state, and never re-enters the Document Service middlewares.
 */
export const generateUniqueSlug = async (
  strapi: Core.Strapi,
  {
    uid,
    field,
    sourceText,
    documentId,
    locale,
  }: { uid: UID.ContentType; field: string; sourceText: string; documentId?: string; locale?: string }
): Promise<string> => {
  const maxLength = maxLengthOf(strapi, uid, field);
  const base = toSlug(sourceText, maxLength) || strapi.getModel(uid).modelName;
  const rows: Array<Record<string, unknown>> = await strapi.db.query(uid).findMany({
    select: [field],
    where: {
      [field]: { $startsWith: base },
      ...(documentId ? { documentId: { $ne: documentId } } : {}),
      ...(locale ? { locale } : {}),
    },
  });
  const taken = new Set(rows.map((row) => String(row[field])));
  return firstFreeSlug(base, taken, maxLength);
};

/** The source field in the locale written, or in any version when that locale has none yet (an author's name is shared). */
const currentSourceText = async (strapi: Core.Strapi, write: DocumentWrite, source: string): Promise<string> => {
  if (typeof write.data[source] === 'string') return write.data[source] as string;
  if (!write.documentId) return '';
  const query = strapi.db.query(write.uid);
  const existing =
    (await query.findOne({ select: [source], where: versionWhere(write) })) ??
    (await query.findOne({ select: [source], where: { documentId: write.documentId } }));
  return typeof existing?.[source] === 'string' ? existing[source] : '';
};

/** An update that names a locale the document has no version in yet creates that version. */
const createsLocaleVersion = async (strapi: Core.Strapi, write: DocumentWrite) =>
  write.action === 'update' &&
  write.locale !== undefined &&
  write.documentId !== undefined &&
  (await strapi.db.query(write.uid).count({ where: versionWhere(write) })) === 0;

/**
 * Fills in a slug on create and clone when the client sends none, on the update that
 * creates a locale version (the slug is per locale), and on update when the client clears
 * it. A slug the client sends is kept as it is (Strapi's own uid validation still refuses a
 * taken or malformed one); renaming a title does not move the URL.
 */
export const slugRule = (strapi: Core.Strapi) =>
  beforeDocumentWrite(strapi, Object.keys(SLUGGED_TYPES) as UID.ContentType[], async (write) => {
    const { field, source } = SLUGGED_TYPES[write.uid]!;
    const sent = write.data[field];
    const updatesVersion = write.action === 'update' && !(await createsLocaleVersion(strapi, write));
    const needsSlug = updatesVersion ? sent !== undefined && isBlank(sent) : isBlank(sent);
    if (!needsSlug) return;

    const sourceText = await currentSourceText(strapi, write, source);
    write.data[field] = await generateUniqueSlug(strapi, {
      uid: write.uid,
      field,
      sourceText,
      documentId: write.action === 'update' ? write.documentId : undefined,
      locale: write.locale,
    });
  });
