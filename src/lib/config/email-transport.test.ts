import nodemailer from 'nodemailer';

import { logOnlyTransport } from './email-transport';

describe('the log-only email transport', () => {
  it('accepts a message without any SMTP server and writes its envelope and subject to the log', async () => {
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line) };
    (globalThis as { strapi?: unknown }).strapi = { log };
    try {
      const info = await nodemailer.createTransport(logOnlyTransport).sendMail({
        from: 'hello@asyncline.test',
        to: 'founder@startup.test, cto@startup.test',
        subject: 'Welcome "in"',
        text: 'body that must not be logged',
      });
      expect(info.envelope).toEqual({ from: 'hello@asyncline.test', to: ['founder@startup.test', 'cto@startup.test'] });
      expect(lines).toEqual([
        '[email] not sent, no SMTP_HOST: to=founder@startup.test,cto@startup.test subject="Welcome \\"in\\""',
      ]);
    } finally {
      delete (globalThis as { strapi?: unknown }).strapi;
    }
  });
});
