import { once } from 'events';
import type { AddressInfo } from 'net';

import { SMTPServer } from 'smtp-server';

import { startApp, type TestApp } from '../support/strapi';

type Received = { from: string; to: string[]; raw: string };

let app: TestApp;
let smtp: SMTPServer;
const received: Received[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'mailer' && auth.password === 'secret') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  smtp.listen(0, '127.0.0.1');
  await once(smtp.server, 'listening');
  const { port } = smtp.server.address() as AddressInfo;

  app = await startApp({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_SECURE: 'false',
    SMTP_USERNAME: 'mailer',
    SMTP_PASSWORD: 'secret',
    EMAIL_FROM: 'Asyncline <hello@asyncline.test>',
    EMAIL_REPLY_TO: 'consultants@asyncline.test',
  });
});

afterAll(async () => {
  await app.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('email over SMTP', () => {
  it('is sent through the nodemailer provider configured from the SMTP_* and EMAIL_* settings', async () => {
    await app.strapi.plugin('email').service('email').send({
      to: 'founder@startup.test',
      subject: 'Your readiness check',
      text: 'Thanks, we read every answer.',
    });

    expect(received).toHaveLength(1);
    expect(received[0].from).toBe('hello@asyncline.test');
    expect(received[0].to).toEqual(['founder@startup.test']);
    expect(received[0].raw).toMatch(/^Subject: Your readiness check$/m);
    expect(received[0].raw).toMatch(/^Reply-To: consultants@asyncline.test$/m);
    expect(received[0].raw).toContain('Thanks, we read every answer.');
  });
});
