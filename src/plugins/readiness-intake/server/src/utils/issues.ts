import { errors } from '@strapi/utils';
import type { z } from 'zod';

/** One problem with an input, at the path of the value it concerns. */
export type Issue = { path: Array<string | number>; message: string };

/** A zod error as issues, naming the keys a strict object refused. */
export const issuesOf = (error: z.ZodError): Issue[] =>
  error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message:
      issue.code === 'unrecognized_keys'
        ? `unknown keys: ${issue.keys.join(', ')}`
        : // A record's key refused: say why, not zod's "Invalid key in record".
          issue.code === 'invalid_key' && issue.issues[0]
          ? `has a key that ${issue.issues[0].message}`
          : issue.message,
  }));

/** Strapi's 400, with one entry per issue, so a form can mark every bad field. */
export const validationErrorOf = (issues: Issue[], summary?: string) =>
  new errors.ValidationError(
    summary ?? (issues.length === 1 ? `${issues[0].path.join('.') || 'body'} ${issues[0].message}` : `${issues.length} errors`),
    { errors: issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' })) }
  );

/** The 400 for problems with one named input (`what`): its one issue, or "3 errors in the submission". */
export const inputErrorOf = (issues: Issue[], what: string) =>
  validationErrorOf(issues, issues.length > 1 ? `${issues.length} errors in ${what}` : undefined);

/**
 * The parsed input, or Strapi's 400 naming every bad path: the controllers' boundary check.
 * `what` names the input in the summary of several errors.
 */
export const parseOrThrow = <T>(schema: z.ZodType<T>, input: unknown, what?: string): T => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error);
  throw what ? inputErrorOf(issues, what) : validationErrorOf(issues);
};
