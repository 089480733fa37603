import { once } from 'events';
import type { AddressInfo } from 'net';

import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; parsed: ParsedMail };

/**
 * A real SMTP server (smtp-server) on a loopback port, keeping what it receives, parsed by
 * mailparser. `stop` and `start` take it down and bring it back on the same port, the way
 * a relay outage looks to the app.
 */
export const startSmtpServer = async () => {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | null = null;
  let port = 0;

  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // No DNS here: a reverse lookup of 127.0.0.1 per connection would only add waiting.
      disableReverseLookup: true,
      onData(stream, session, callback) {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        simpleParser(stream)
          .then((parsed) => {
            received.push({ to, parsed });
            callback();
          })
          .catch(callback);
      },
    });
    // A client reset mid-transaction is re-emitted on the server; unheard, it would end the test process.
    server.on('error', () => undefined);
    server.listen(port, '127.0.0.1');
    await once(server.server, 'listening');
    port = (server.server.address() as AddressInfo).port;
  };

  await listen();
  return {
    get port() {
      return port;
    },
    received,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', SMTP_TIMEOUT_MS: '5000' },
    async stop() {
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    start: listen,
  };
};

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
