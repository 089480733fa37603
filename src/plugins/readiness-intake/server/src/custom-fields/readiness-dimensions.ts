import type { Core, Modules, Schema } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { DIMENSION_KEYS, isDimensionKey, type DimensionKey } from '../../../shared/dimensions';
import { DIMENSIONS_FIELD_NAME, DIMENSIONS_FIELD_UID, PLUGIN_ID } from '../../../shared/plugin-id';

/** A value as it reads in a message, for anything JSON can or cannot hold. */
const describe = (value: unknown) => {
  if (value === undefined) return 'undefined';
  if (typeof value === 'bigint') return `${value}n`;
  return JSON.stringify(value) ?? String(value);
};

type Normalised = { ok: true; value: DimensionKey[] | null } | { ok: false; message: string };

/**
 * A stored value of the field: `null`, or the picked keys without repeats, in the
 * canonical dimension order, so two editors picking the same set store the same array.
 */
export const normaliseDimensions = (value: unknown): Normalised => {
  if (value === null) return { ok: true, value: null };
  if (!Array.isArray(value)) {
    return { ok: false, message: `must be an array of dimension keys (${DIMENSION_KEYS.join(', ')}); got ${describe(value)}` };
  }
  const unknown = value.filter((item) => !isDimensionKey(item));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `has unknown dimension keys ${unknown.map(describe).join(', ')}; allowed: ${DIMENSION_KEYS.join(', ')}`,
    };
  }
  return { ok: true, value: DIMENSION_KEYS.filter((key) => value.includes(key)) };
};

const dimensionFieldsOf = (contentType: Schema.ContentType): string[] =>
  Object.entries(contentType.attributes)
    .filter(([, attribute]) => (attribute as { customField?: string }).customField === DIMENSIONS_FIELD_UID)
    .map(([name]) => name);

/**
 * Validates and normalises every readiness-dimensions field on every write through the
 * Document Service, which the admin, REST, GraphQL and server code all go through.
 */
const validateDimensionFields: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.action === 'create' || context.action === 'update' || context.action === 'clone') {
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (data) {
      for (const field of dimensionFieldsOf(context.contentType)) {
        if (data[field] === undefined) continue;
        const result = normaliseDimensions(data[field]);
        if (!result.ok) {
          const message = `${field} ${result.message}`;
          throw new errors.ValidationError(message, {
            errors: [{ path: [field], message, name: 'ValidationError', value: data[field] }],
          });
        }
        data[field] = result.value;
      }
    }
  }
  return next();
};

export const registerReadinessDimensionsField = (strapi: Core.Strapi) => {
  strapi.customFields.register({ name: DIMENSIONS_FIELD_NAME, plugin: PLUGIN_ID, type: 'json' });
  strapi.documents.use(validateDimensionFields);
};
