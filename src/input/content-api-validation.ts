import type { Core, UID } from '@strapi/strapi';

import { filterValueProblem, type ModelAttributes } from './filter-values';
import { invalidQueryParameter } from './query-error';

type ValidateQuery = Core.Strapi['contentAPI']['validate']['query'];

/**
 * Extends Strapi's content-API query validator, which every content-API read calls (the
 * REST controllers, GraphQL queries and their nested relations), with a check of filter
 * values against the model's attribute types (filterValueProblem): Strapi's own checks
 * the names and leaves the values to the database, which answers what it cannot cast with
 * a 500. Strapi's runs first, so an unknown or private attribute gets its own answer.
 */
export const validateFilterValues = (strapi: Core.Strapi) => {
  const validator = strapi.contentAPI.validate;
  const validateQuery: ValidateQuery = validator.query.bind(validator);
  const getModel = (uid: string) => strapi.getModel(uid as UID.Schema) as ModelAttributes | undefined;

  validator.query = async (query, schema, options) => {
    await validateQuery(query, schema, options);
    const problem = filterValueProblem(
      query as { filters?: unknown; sort?: unknown; populate?: unknown },
      schema as ModelAttributes,
      getModel
    );
    if (problem) throw invalidQueryParameter(problem);
  };
};
