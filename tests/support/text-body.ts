import type { Response } from 'superagent';

/**
 * A supertest parser that reads the whole body as UTF-8 text into `.body`, whatever its
 * content type: the CSV export's tests parse it themselves. Use as `.buffer(true).parse(textBody)`.
 */
export const textBody = (res: Response, done: (error: Error | null, body: string) => void) => {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => done(null, text));
};
