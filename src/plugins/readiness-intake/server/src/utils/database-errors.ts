/**
 * Whether an error means the database cannot be reached right now (down, restarting,
 * refusing connections, the pool exhausted), as opposed to a query it refused. The first
 * kind is worth a 503 and a retry; the second is a bug or a bad input.
 */

/** Socket errors of the driver's connection: the server went away or never answered. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs of an unavailable server: class 08 (connection exception), 53300
 * (too many connections), 57P01–57P03 (shut down by an administrator, crashed, starting up
 * or shutting down). MySQL's and SQLite's own codes for the same situations.
 */
const DATABASE_CODES = new Set([
  '53300',
  '57P01',
  '57P02',
  '57P03',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'SQLITE_BUSY',
]);

/**
 * Where a driver's message starts: at the beginning, or after the SQL that knex puts in
 * front of a failed query's message ("select ... - Connection terminated unexpectedly").
 */
const MESSAGE_START = String.raw`(?:^| - )`;

/** What node-postgres and knex say when a connection dies or cannot be had; they set no code. */
const MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Knex: Timeout acquiring a connection',
  'Client was closed and is not queryable',
]
  .map((text) => new RegExp(`${MESSAGE_START}${text}`, 'i'))
  .concat(/timeout exceeded when trying to connect/i);

type ErrorLike = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown };

const isUnavailable = (error: ErrorLike): boolean => {
  const code = typeof error.code === 'string' ? error.code : '';
  if (SOCKET_CODES.has(code) || DATABASE_CODES.has(code) || code.startsWith('08')) return true;
  if (error.name === 'KnexTimeoutError') return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return MESSAGES.some((pattern) => pattern.test(message));
};

/**
 * True when `error`, or an error it wraps (`cause`, or the `errors` of an AggregateError
 * such as a connection refused on both IPv4 and IPv6), says the database is unavailable.
 */
export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const candidate = error as ErrorLike;
  if (isUnavailable(candidate)) return true;
  if (isDatabaseUnavailable(candidate.cause, depth + 1)) return true;
  return Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
};

/**
 * Errors that follow a lost connection but could also be a bug: knex refuses a query on a
 * transaction that already ended, which is what the next query of a request meets once the
 * connection under its transaction died. Worth a 503 only when the database is confirmed
 * unreachable at that moment (see the database-faults middleware's probe).
 */
const AFTER_LOST_CONNECTION = [/^Transaction query already complete/];

export const mayFollowLostConnection = (error: unknown): boolean => {
  const message = typeof error === 'object' && error !== null ? (error as ErrorLike).message : undefined;
  return typeof message === 'string' && AFTER_LOST_CONNECTION.some((pattern) => pattern.test(message));
};
