import type { Core } from '@strapi/strapi';

type NodemailerMail = {
  data: { to?: unknown; subject?: unknown };
  message: { getEnvelope(): { from: string | false; to: string[] }; messageId(): string };
};

const strapiLog = (): Core.Strapi['log'] | undefined => (globalThis as { strapi?: Core.Strapi }).strapi?.log;

/**
 * A nodemailer transport that writes each message's envelope and subject to the log
 * instead of sending it: the development fallback when no SMTP relay is configured.
 */
export const logOnlyTransport = {
  name: 'log-only',
  version: '1.0.0',
  send(mail: NodemailerMail, callback: (error: Error | null, info?: unknown) => void) {
    const envelope = mail.message.getEnvelope();
    const line = `[email] not sent, no SMTP_HOST: to=${envelope.to.join(',')} subject=${JSON.stringify(mail.data.subject ?? '')}`;
    const log = strapiLog();
    if (log) log.info(line);
    else process.stdout.write(`${line}\n`);
    callback(null, { envelope, messageId: mail.message.messageId() });
  },
};
