/** A GraphQL response with one error and no data, the shape Apollo gives a request it refuses. */
export const graphqlErrorBody = (message: string, code: string, extensions: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { ...extensions, code } }],
});

type StrapiError = { status: number; name: string; message: string; details?: unknown };

/** The `error` of Strapi's error shape `{ data: null, error }`, or null for any other body. */
export const strapiErrorOf = (body: unknown): StrapiError | null => {
  if (!body || typeof body !== 'object' || (body as { data?: unknown }).data !== null) return null;
  const error = (body as { error?: Partial<StrapiError> }).error;
  return error && typeof error.status === 'number' && typeof error.name === 'string' && typeof error.message === 'string'
    ? (error as StrapiError)
    : null;
};

/**
 * A Strapi error answered on the GraphQL endpoint outside the GraphQL server (its
 * authentication refusing a bad token, say) as the GraphQL errors the server itself would
 * give, with the codes the GraphQL plugin's formatGraphqlError gives them.
 */
export const graphqlBodyOfStrapiError = ({ status, name, message, details }: StrapiError) => {
  const code =
    status === 401 || status === 403
      ? 'FORBIDDEN'
      : name === 'ValidationError'
        ? 'BAD_USER_INPUT'
        : `STRAPI_${name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
  return graphqlErrorBody(message, code, { error: { name, message, details } });
};
