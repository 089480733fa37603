import { once } from 'events';
import type { AddressInfo } from 'net';

import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type FaultyRelayMail = {
  to: string[];
  parsed: ParsedMail;
  /** The envelope's MAIL FROM, which tells apart instances sending with their own EMAIL_FROM. */
  from: string;
  at: number;
};

/**
 * How the relay misbehaves, changeable while it runs. By default it answers at once.
 * - `replyDelayMs`: the greeting, MAIL FROM and RCPT TO are each answered this late, as a
 *   slow relay does (under the client's timeout, a send just takes long).
 * - `acceptDelayMs`: the 250 after a message's data comes this late. The relay takes the
 *   message only when it says 250: a client gone by then leaves it in `abandoned`.
 * - `stall: 'greeting'`: connections are accepted and never greeted, until `recover()`.
 * - `stall: 'after-data'`: the message is taken (queued, in `received`) and never
 *   answered, until `recover()`: the relay that commits a message and then hangs.
 */
export type SmtpBehaviour = { replyDelayMs: number; acceptDelayMs: number; stall: 'none' | 'greeting' | 'after-data' };

/** One mail transaction as the relay saw it: from MAIL FROM until its connection closed. */
export type SmtpTransaction = {
  sessionId: string;
  from: string;
  to: string[];
  subject?: string;
  startedAt: number;
  endedAt?: number;
};

/**
 * A real SMTP server (smtp-server) on a loopback port, like `startSmtpServer`, whose
 * `behaviour` makes it slow or stall while it runs: the relay of the chaos tests. It keeps
 * what it took responsibility for in `received`, what it saw and dropped in `abandoned`,
 * and every mail transaction with its times, for counting sends at once.
 */
export const startFaultySmtpServer = async (initial: Partial<SmtpBehaviour> = {}) => {
  const received: FaultyRelayMail[] = [];
  const abandoned: FaultyRelayMail[] = [];
  const transactions: SmtpTransaction[] = [];
  const connectionErrors: Error[] = [];
  const behaviour: SmtpBehaviour = { replyDelayMs: 0, acceptDelayMs: 0, stall: 'none', ...initial };
  const open = new Set<string>();
  /** Replies held back by a stall, to send on recovery to the clients still waiting. */
  const held: Array<{ sessionId: string; reply: () => void }> = [];
  /** Messages whose data is in and whose 250 has not gone out yet. */
  const accepting = new Map<string, { from: string; to: string[]; subject?: string }>();
  let maxOpen = 0;
  let server: SMTPServer | null = null;
  let port = 0;

  const later = (milliseconds: number, reply: () => void) => (milliseconds > 0 ? setTimeout(reply, milliseconds) : reply());
  const transactionOf = (sessionId: string) => transactions.filter((entry) => entry.sessionId === sessionId).pop();

  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // No DNS here: a reverse lookup of 127.0.0.1 per connection would only add waiting.
      disableReverseLookup: true,
      onConnect(session, callback) {
        open.add(session.id);
        maxOpen = Math.max(maxOpen, open.size);
        if (behaviour.stall === 'greeting') held.push({ sessionId: session.id, reply: () => callback() });
        else later(behaviour.replyDelayMs, () => callback());
      },
      onClose(session) {
        open.delete(session.id);
        const transaction = transactionOf(session.id);
        if (transaction && transaction.endedAt === undefined) transaction.endedAt = Date.now();
      },
      onMailFrom(address, session, callback) {
        transactions.push({ sessionId: session.id, from: address.address, to: [], startedAt: Date.now() });
        later(behaviour.replyDelayMs, () => callback());
      },
      onRcptTo(address, session, callback) {
        transactionOf(session.id)?.to.push(address.address);
        later(behaviour.replyDelayMs, () => callback());
      },
      onData(stream, session, callback) {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        simpleParser(stream)
          .then((parsed) => {
            const mail: FaultyRelayMail = { to, parsed, from, at: Date.now() };
            const transaction = transactionOf(session.id);
            if (transaction) transaction.subject = parsed.subject;
            if (behaviour.stall === 'after-data') {
              received.push(mail);
              held.push({ sessionId: session.id, reply: () => callback() });
              return;
            }
            accepting.set(session.id, { from, to, subject: parsed.subject });
            later(behaviour.acceptDelayMs, () => {
              accepting.delete(session.id);
              if (!open.has(session.id)) {
                abandoned.push(mail);
                return;
              }
              received.push({ ...mail, at: Date.now() });
              callback();
            });
          })
          .catch(callback);
      },
    });
    // A client that dies mid-transaction (the SIGKILL test) resets its socket; smtp-server
    // re-emits that on the server, where an unheard 'error' would end the test process.
    server.on('error', (error) => connectionErrors.push(error));
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
    abandoned,
    transactions,
    connectionErrors,
    behaviour,
    /** Connections open right now, and the most there have been at once since `resetMaxOpen`. */
    get openConnections() {
      return open.size;
    },
    get maxOpenConnections() {
      return maxOpen;
    },
    resetMaxOpen() {
      maxOpen = open.size;
    },
    /** Messages whose data is in and whose 250 is still to come (acceptDelayMs). */
    accepting: () => [...accepting.values()],
    /** Ends a stall: every held reply goes to the client still waiting for it. */
    recover() {
      behaviour.stall = 'none';
      for (const { sessionId, reply } of held.splice(0)) if (open.has(sessionId)) reply();
    },
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', SMTP_TIMEOUT_MS: '5000' },
    async stop() {
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
  };
};

export type FaultySmtpServer = Awaited<ReturnType<typeof startFaultySmtpServer>>;
