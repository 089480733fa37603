import { z } from 'zod';

/**
 * The shapes of input every database the plugin runs on can store as sent, shared by every
 * schema at the controllers' boundary. Without them the database is the validator: PostgreSQL
 * refuses a NUL in text and a lone surrogate in a json column, an integer over 32 bits in an
 * integer column and a year past its range with an error (a 500); SQLite stores a lone
 * surrogate as replacement characters, silently. Each is a 400 naming the field instead.
 */

/** The largest value of an `integer` column on PostgreSQL (int4), where ids, versions and counts live. */
export const INT4_MAX = 2_147_483_647;

/** The years a date filter may name: four digits, which every database and `Date#toISOString` write as such. */
export const YEAR_RANGE = { min: 1000, max: 9999 } as const;

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether `text` can be stored exactly as sent: no U+0000 and no lone surrogate (half of a
 * UTF-16 pair, which has no UTF-8 encoding). Neither can be typed; both come from broken or
 * hostile clients, so they are refused rather than cleaned, which would store something
 * other than what the sender sees.
 */
export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

export const UNSTORABLE_MESSAGE = 'contains a NUL character or a lone surrogate, which cannot be stored';

/** A string schema that refuses NUL and lone surrogates; chain `.trim()`, `.min()`, `.max()` as usual. */
export const storableString = () => z.string().refine(isStorableText, { message: UNSTORABLE_MESSAGE });

/** A positive integer an int4 column holds: an id or a version in a JSON body. */
export const storableId = () => z.number().int().positive().max(INT4_MAX, `must be at most ${INT4_MAX}`);

/**
 * The same from a path or query string: decimal digits only ("42"), so "0x2a", "1e3" and
 * " 42" are refused rather than read as numbers.
 */
export const storableIdText = () =>
  z
    .string()
    .regex(/^[1-9][0-9]*$/, 'must be a positive whole number')
    .transform(Number)
    .pipe(storableId());

/** A whole number from 1 to `max` (at most int4), from a query string: a page or a page size. */
export const boundedCount = (max: number = INT4_MAX) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(Math.min(max, INT4_MAX), `must be at most ${Math.min(max, INT4_MAX)}`);

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))?)?$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The instant an ISO 8601 date ("2026-01-31") or date-time ("2026-01-31T09:00:00.000Z",
 * an offset, or none for UTC) names, or null when it is not one or falls outside the years
 * 1000 to 9999. Calendar-checked: "2026-02-31" is refused, not read as 3 March.
 */
export const parseBoundedDate = (text: string): Date | null => {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hour = '00', minute = '00', second = '00', zone, zoneHour = '00', zoneMinute = '00'] = match;
  const y = Number(year);
  const m = Number(month);
  if (m < 1 || m > 12 || Number(day) < 1 || Number(day) > daysIn(y, m)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  if (Number(zoneHour) > 23 || Number(zoneMinute) > 59) return null;
  // Without a zone, UTC: the server's own time zone must not change what a filter means.
  const date = new Date(match[4] === undefined ? `${text}T00:00:00Z` : zone ? text : `${text}Z`);
  if (Number.isNaN(date.getTime())) return null;
  const utcYear = date.getUTCFullYear();
  if (y < YEAR_RANGE.min || y > YEAR_RANGE.max || utcYear < YEAR_RANGE.min || utcYear > YEAR_RANGE.max) return null;
  return date;
};

/** A date filter from a query string: an ISO 8601 date or date-time in the years 1000 to 9999, as a Date. */
export const boundedDate = () =>
  z.string().transform((text, context) => {
    const date = parseBoundedDate(text);
    if (date) return date;
    context.addIssue({
      code: 'custom',
      message: `must be an ISO 8601 date or date-time such as 2026-01-31 or 2026-01-31T09:00:00Z, in the years ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`,
    });
    return z.NEVER;
  });
