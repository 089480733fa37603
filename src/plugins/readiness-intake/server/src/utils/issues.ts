import { errors } from '@strapi/utils';
import type { z } from 'zod';

/** One problem with an input, at the path of the value it concerns. */
export type Issue = { path: Array<string | number>; message: string };

/** A zod error as issues, naming the keys a strict object refused. */
export const issuesOf = (error: z.ZodError): Issue[] =>
  error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.code === 'unrecognized_keys' ? `unknown keys: ${issue.keys.join(', ')}` : issue.message,
  }));

/** Strapi's 400, with one entry per issue, so a form can mark every bad field. */
export const validationErrorOf = (issues: Issue[], summary?: string) =>
  new errors.ValidationError(
    summary ?? (issues.length === 1 ? `${issues[0].path.join('.') || 'body'} ${issues[0].message}` : `${issues.length} errors`),
    { errors: issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' })) }
  );

/** The parsed input, or Strapi's 400 naming every bad path: the controllers' boundary check. */
export const parseOrThrow = <T>(schema: z.ZodType<T>, input: unknown): T => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw validationErrorOf(issuesOf(parsed.error));
};
