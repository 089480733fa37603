import { Readable } from 'stream';
import zlib from 'zlib';

import coBody from 'co-body';

import { bodyParseRefusal } from './body-parse-errors';

type Headers = Record<string, string>;

/** The error co-body throws for these bytes with these headers, as strapi::body would meet it. */
const coBodyError = async (body: Buffer | string, headers: Headers): Promise<unknown> => {
  const request = Object.assign(Readable.from([Buffer.from(body)]), {
    headers: { 'content-length': String(Buffer.byteLength(body)), ...headers },
  });
  try {
    await coBody.json(request as never, { limit: '1mb' });
  } catch (error) {
    return error;
  }
  throw new Error('co-body parsed it');
};

/** formidable's FormidableError, as its parsers throw it: a message, its code and an httpCode. */
const formidableError = (message: string, code: number, httpCode = 500) => Object.assign(new Error(message), { code, httpCode });

describe('bodyParseRefusal', () => {
  it('is a 400 for malformed JSON, with co-body’s message', async () => {
    expect(bodyParseRefusal(await coBodyError('{"data":', { 'content-type': 'application/json' }))).toEqual({
      status: 400,
      message: 'Unexpected end of JSON input',
    });
  });

  it.each(['gzip', 'deflate', 'br'])('is a 400 for a body that is not %s as it says', async (encoding) => {
    const error = await coBodyError('{"data":{}}', { 'content-type': 'application/json', 'content-encoding': encoding });
    expect(bodyParseRefusal(error)).toEqual({
      status: 400,
      message: 'The request body does not decode with its Content-Encoding',
    });
  });

  it('is a 400 for gzip cut short', async () => {
    const truncated = zlib.gzipSync('{"data":{"title":"x"}}').subarray(0, 12);
    const error = await coBodyError(truncated, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(bodyParseRefusal(error)?.status).toBe(400);
  });

  it('is a 415 for an unknown Content-Encoding', async () => {
    const error = await coBodyError('{}', { 'content-type': 'application/json', 'content-encoding': 'zstd-nope' });
    expect(bodyParseRefusal(error)).toEqual({ status: 415, message: 'Unsupported Content-Encoding: zstd-nope' });
  });

  it('keeps a 413 for a body over the limit', () => {
    expect(bodyParseRefusal(Object.assign(new Error('request entity too large'), { status: 413, expose: true }))?.status).toBe(
      413
    );
  });

  it.each([
    ['no boundary', formidableError('bad content-type header, no multipart boundary', 1013, 400), 400],
    ['cut short', formidableError('MultipartParser.end(): stream ended unexpectedly: state = PART_DATA', 1012, 400), 400],
    ['aborted, which formidable calls a 500', formidableError('Request aborted', 1002), 400],
    [
      'a part in an unknown transfer encoding, which formidable calls a 501',
      formidableError('unknown transfer-encoding', 1014, 501),
      415,
    ],
    ['too many fields', formidableError('options.maxFields (1000) exceeded', 1007, 413), 413],
  ])('maps a multipart body %s', (_, error, status) => {
    expect(bodyParseRefusal(error)).toEqual({ status, message: `Malformed multipart body: ${error.message}` });
  });

  it.each([
    ['a plain error', new Error('boom')],
    ['a full disk while an upload is written', Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })],
    ['a formidable set-up error', formidableError('uninitialized parser', 1004)],
    ['a 5xx http error', Object.assign(new Error('stream encoding should not be set'), { status: 500 })],
    ['not an error', 'boom'],
  ])('leaves %s to the server (null)', (_, error) => {
    expect(bodyParseRefusal(error)).toBeNull();
  });
});

describe('bodyParseRefusal, after koa-body rewrapped an error from another realm', () => {
  it('reads the code koa-body kept in the message', () => {
    const rewrapped = Object.assign(new Error('{"errno":-3,"code":"Z_DATA_ERROR"}'), { name: 'object' });
    expect(bodyParseRefusal(rewrapped)?.status).toBe(400);
    expect(bodyParseRefusal(Object.assign(new Error('{"errno":-28,"code":"ENOSPC"}'), { name: 'object' }))).toBeNull();
  });
});
