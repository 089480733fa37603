import { Writable } from 'stream';

import winston from 'winston';

import { skipDisabledLogLevels } from './skip-disabled-levels';

const loggerAt = (level: string) => {
  const formatted: string[] = [];
  const written: string[] = [];
  const logger = winston.createLogger({
    level,
    format: winston.format((info) => {
      formatted.push(String(info.message));
      return info;
    })(),
    transports: [
      new winston.transports.Stream({
        stream: new Writable({
          objectMode: true,
          write: (info, _encoding, done) => {
            written.push(String(info.message));
            done();
          },
        }),
      }),
    ],
  });
  skipDisabledLogLevels({ log: logger } as never);
  return { logger, formatted, written };
};

describe('skipDisabledLogLevels', () => {
  it('formats and writes the lines at or above the level', async () => {
    const { logger, formatted, written } = loggerAt('http');
    logger.http('a request');
    logger.error('a failure');
    await new Promise((resolve) => setImmediate(resolve));
    expect(formatted).toEqual(['a request', 'a failure']);
    expect(written).toEqual(['a request', 'a failure']);
  });

  it('does not even format a line under the level, and follows a level changed later', async () => {
    const { logger, formatted, written } = loggerAt('error');
    expect(logger.http('a request')).toBe(logger);
    logger.warn('a warning');
    logger.level = 'http';
    logger.http('another request');
    await new Promise((resolve) => setImmediate(resolve));
    expect(formatted).toEqual(['another request']);
    expect(written).toEqual(['another request']);
  });
});
