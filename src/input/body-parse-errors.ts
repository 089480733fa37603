export type BodyRefusal = { status: 400 | 413 | 415; message: string };

/** zlib's and brotli's error codes: the body does not decode with the Content-Encoding it claims. */
const DECOMPRESSION_ERROR = /^(Z_|ERR_BROTLI|ERR__ERROR_)/;

/**
 * formidable's error codes (formidable/src/FormidableError.js) that describe the request,
 * not the server: what each tells the client. Its other codes (a missing plugin, a parser
 * not set up) are the server's own, and some of the ones here carry a 500 or a 501 as
 * their httpCode although the client caused them.
 */
const MULTIPART_ERRORS: Record<number, BodyRefusal['status']> = {
  1002: 400, // aborted
  1005: 400, // filenameNotString
  1006: 413, // maxFieldsSizeExceeded
  1007: 413, // maxFieldsExceeded
  1008: 400, // smallerThanMinFileSize
  1009: 413, // biggerThanMaxFileSize
  1010: 400, // noEmptyFiles
  1011: 400, // missingContentType
  1012: 400, // malformedMultipart: truncated, or not multipart at all
  1013: 400, // missingMultipartBoundary
  1014: 415, // unknownTransferEncoding of a part
  1003: 415, // noParser
};

type ParseError = {
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
  code?: unknown;
  httpCode?: unknown;
  message?: unknown;
};

/**
 * koa-body passes on anything thrown that is not `instanceof Error` as a new Error named
 * "object" whose message is the throwable's JSON, dropping the rest. zlib's errors come
 * out that way when they were made in another realm than koa-body's (Jest runs each test
 * file in its own): their code survives in that JSON.
 */
const unwrapped = (error: ParseError & { name?: unknown }): ParseError => {
  if (error.name !== 'object' || typeof error.message !== 'string' || !error.message.startsWith('{')) return error;
  try {
    return { ...(JSON.parse(error.message) as ParseError), message: '' };
  } catch {
    return error;
  }
};

const asClientStatus = (status: number): BodyRefusal['status'] => (status === 413 || status === 415 ? status : 400);

/**
 * What to tell a client about an error thrown while its request body was read, decoded or
 * parsed (co-body and raw-body for JSON, forms and text, zlib for a Content-Encoding,
 * formidable for multipart), or null when the error is the server's own and stays a 500
 * (a full disk while formidable writes an upload, say).
 */
export const bodyParseRefusal = (error: unknown): BodyRefusal | null => {
  if (!error || typeof error !== 'object') return null;
  const { status, statusCode, expose, code, httpCode, message } = unwrapped(error as ParseError & { name?: unknown });
  const text = typeof message === 'string' ? message : '';

  // co-body, raw-body and inflation throw http-errors: a 4xx is the client's (malformed
  // JSON, a body over the limit, an unknown Content-Encoding or charset, an aborted read).
  const httpStatus = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
  if (httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500) {
    return {
      status: asClientStatus(httpStatus),
      message: expose !== false && text ? text : 'The request body could not be read',
    };
  }

  if (typeof code === 'string' && DECOMPRESSION_ERROR.test(code)) {
    return { status: 400, message: 'The request body does not decode with its Content-Encoding' };
  }

  if (typeof code === 'number' && typeof httpCode === 'number' && code in MULTIPART_ERRORS) {
    return { status: MULTIPART_ERRORS[code], message: `Malformed multipart body: ${text}` };
  }

  return null;
};
