import { errors } from '@strapi/utils';

import { queryNotation, type InputPath } from './storable';

/** The 400 for a query parameter Strapi cannot run, in the shape of Strapi's own "Invalid key" errors. */
export const invalidQueryParameter = ({ path, message }: { path: InputPath; message: string }) => {
  const [param = ''] = path;
  return new errors.ValidationError(`Invalid ${param} parameter: ${queryNotation(path)} ${message}`, {
    source: 'query',
    param,
    key: path[path.length - 1] ?? param,
    path: queryNotation(path),
  });
};
