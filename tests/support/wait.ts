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

export type WebhookCall = { headers: IncomingHttpHeaders; body: Record<string, any> };

/** A local HTTP server that keeps the JSON body and headers of every call it gets: a CRM's webhook endpoint. */
export const startWebhookReceiver = async () => {
  const calls: WebhookCall[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      calls.push({ headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    calls,
    /** The first call `predicate` accepts, once it has arrived. */
    async next(predicate: (call: WebhookCall) => boolean, timeoutMs = 5_000) {
      await waitFor(() => calls.some(predicate), { timeoutMs, what: 'a webhook call' });
      return calls.find(predicate)!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
