import { createServer, type IncomingHttpHeaders } from 'http';
import type { AddressInfo } from 'net';

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Polls `condition` until it holds; throws, naming `what`, when `timeoutMs` passes first. */
export const waitFor = async (
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 10_000, intervalMs = 50, what = 'the condition' }: { timeoutMs?: number; intervalMs?: number; what?: string } = {}
) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
};

export type WebhookCall = {
  headers: IncomingHttpHeaders;
  body: Record<string, any>;
  /** The body exactly as it arrived, for checking a signature. */
  raw: string;
  /** What the receiver answered. */
  status: number;
};

/**
 * A local HTTP server that keeps the JSON body and headers of every call it gets: a CRM's
 * webhook endpoint. `failNext(n)` makes it answer the next n calls with 500 (or `status`),
 * `down()` closes its port (connections refused) until `up()` opens the same port again.
 */
export const startWebhookReceiver = async () => {
  const calls: WebhookCall[] = [];
  let failures = 0;
  let failureStatus = 500;
  const sockets = new Set<import('net').Socket>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const status = failures > 0 ? failureStatus : 200;
      if (failures > 0) failures -= 1;
      let body: Record<string, any> = {};
      try {
        body = JSON.parse(raw);
      } catch {
        body = {};
      }
      calls.push({ headers: request.headers, body, raw, status });
      response.statusCode = status;
      response.end(status === 200 ? 'ok' : 'failed');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      // Keep-alive connections would hold the port open: close them too.
      for (const socket of sockets) socket.destroy();
    });
  return {
    url: `http://127.0.0.1:${port}/hook`,
    calls,
    /** The first call `predicate` accepts, once it has arrived. */
    async next(predicate: (call: WebhookCall) => boolean, timeoutMs = 5_000) {
      await waitFor(() => calls.some(predicate), { timeoutMs, what: 'a webhook call' });
      return calls.find(predicate)!;
    },
    /** Answers the next `count` calls with `status` instead of 200. */
    failNext(count: number, status = 500) {
      failures = count;
      failureStatus = status;
    },
    /** Stops listening: posts to it are refused until `up`. */
    down: close,
    /** Listens again on the same port. */
    up: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close,
  };
};
