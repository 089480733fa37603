import type { FieldError } from './form-values';

type ErrorBody = {
  error?: { message?: unknown; details?: { errors?: Array<{ path?: unknown; message?: unknown }> } };
};

/** The control a server path names: `['data','contact','email']` → `contact.email`; `['data','answers','k',0]` → `answers.k`. */
export const controlNameOf = (path: unknown): string | null => {
  if (!Array.isArray(path) || path[0] !== 'data' || path.length < 2) return null;
  const [, first, second] = path;
  if (first === 'contact' || first === 'answers') return typeof second === 'string' ? `${first}.${second}` : null;
  if (first === 'source' || first === 'questionnaireVersion' || first === 'formToken') return null;
  return typeof first === 'string' ? first : null;
};

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * Splits a 400's `details.errors` into problems of the form's controls (shown next to
 * each) and the rest (shown in the summary only): each keeps the server's message.
 */
export const serverErrorsOf = (body: unknown, controls: ReadonlySet<string>): { fields: FieldError[]; general: string[] } => {
  const error = (body as ErrorBody | null)?.error;
  const issues = Array.isArray(error?.details?.errors) ? error!.details!.errors! : [];
  const fields: FieldError[] = [];
  const general: string[] = [];
  for (const issue of issues) {
    const message = typeof issue?.message === 'string' && issue.message.trim() !== '' ? sentence(issue.message) : 'Is not valid.';
    const name = controlNameOf(issue?.path);
    if (name !== null && controls.has(name) && !fields.some((field) => field.name === name)) fields.push({ name, message });
    else if (name === null || !controls.has(name)) general.push(message);
  }
  if (fields.length === 0 && general.length === 0) {
    general.push(
      typeof error?.message === 'string' && error.message !== '' ? sentence(error.message) : 'The form could not be sent.'
    );
  }
  return { fields, general };
};

/** Whether a 400 says only that the form was sent before the minimum fill time: then it is worth sending again. */
export const isTooSoon = (body: unknown): boolean => {
  const issues = (body as ErrorBody | null)?.error?.details?.errors;
  return (
    Array.isArray(issues) &&
    issues.length > 0 &&
    issues.every(
      (issue) =>
        Array.isArray(issue?.path) &&
        issue.path.join('.') === 'data.formToken' &&
        typeof issue.message === 'string' &&
        issue.message.includes('too soon')
    )
  );
};

/** Seconds to wait from a Retry-After header (seconds or an HTTP date), at least 1; null when absent or unreadable. */
export const retryAfterSeconds = (header: string | null, now: number): number | null => {
  if (header === null || header.trim() === '') return null;
  if (/^\d+$/.test(header.trim())) return Math.max(1, Number(header.trim()));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - now) / 1000));
};
