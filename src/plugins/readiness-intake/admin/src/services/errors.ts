import * as React from 'react';

import { useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';

/**
 * What a failed request of the admin API gives back: the API's error, or one the request
 * itself raised. Taken from the admin's own formatter, which reads exactly these.
 */
export type RequestError = Parameters<ReturnType<typeof useAPIErrorHandler>['_unstableFormatAPIError']>[0];

/** What a mutation's trigger resolves to. */
export type MutationResult<T> = { data: T } | { error: RequestError };

/** Tells the user a request failed, in the words of the API's error. */
export const useFailureNotice = () => {
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  return React.useCallback(
    (error: RequestError) => toggleNotification({ type: 'danger', message: formatAPIError(error) }),
    [toggleNotification, formatAPIError]
  );
};

/**
 * Tells the user how a change went: the success message made from its answer, or the API's
 * words for its failure. Returns the answer, or undefined when the change failed.
 */
export const useChangeNotice = () => {
  const { toggleNotification } = useNotification();
  const failed = useFailureNotice();
  return React.useCallback(
    <T>(result: MutationResult<T>, success: (answer: T) => string): T | undefined => {
      if ('error' in result) {
        failed(result.error);
        return undefined;
      }
      toggleNotification({ type: 'success', message: success(result.data) });
      return result.data;
    },
    [toggleNotification, failed]
  );
};

/** The `{ path, message }` list of a 400 from the API, for forms that show errors where they belong. */
export const validationErrorsOf = (error: RequestError): Array<{ path: string; message: string }> => {
  if (error.name !== 'ValidationError' || !('details' in error)) return [];
  const details = error.details as { errors?: Array<{ path?: unknown[]; message: string }> } | undefined;
  return (details?.errors ?? []).map((issue) => ({ path: (issue.path ?? []).join('.'), message: issue.message }));
};
