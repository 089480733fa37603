/** The body Strapi's error middleware gives every error: `{ data: null, error: {...} }`. */
export type ErrorBody = {
  data: null;
  error: { status: number; name: string; message: string; details: Record<string, unknown> };
};

type Context = { status: number; body: unknown };

/**
 * Answers with Strapi's error shape and a status its error middleware cannot give a
 * thrown error: it answers any ApplicationError it does not know with a 400, and an
 * unknown error with a 500.
 */
export const respondWithError = (
  ctx: Context,
  { status, name, message, details = {} }: { status: number; name: string; message: string; details?: Record<string, unknown> }
) => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } } satisfies ErrorBody;
};
