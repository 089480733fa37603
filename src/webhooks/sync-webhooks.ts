import type { Core } from '@strapi/strapi';

type StoredWebhook = { id: number | string; url: string; headers: unknown; events: string[]; isEnabled: boolean };
type WebhookRunner = { update(webhook: StoredWebhook): void; remove(webhook: { id: StoredWebhook['id'] }): void };

const fingerprint = (webhook: StoredWebhook) =>
  JSON.stringify([webhook.url, webhook.headers, [...webhook.events].sort(), webhook.isEnabled]);

/**
 * Strapi registers a webhook with the runner of the instance whose admin created or
 * changed it; the other instances learn of it only when they restart, so events they
 * emit would not reach it. Every `WEBHOOK_SYNC_S` seconds each instance compares the
 * stored webhooks with what it has registered and applies the difference.
 */
export const startWebhookSync = (strapi: Core.Strapi) => {
  const seconds = Number(process.env.WEBHOOK_SYNC_S ?? 5);
  if (!(seconds > 0)) return () => undefined;
  const known = new Map<string, string>();
  let running = false;

  const sync = async () => {
    if (running) return;
    running = true;
    try {
      const runner = strapi.get('webhookRunner') as WebhookRunner;
      const stored = (await strapi.get('webhookStore').findWebhooks()) as StoredWebhook[];
      const seen = new Set<string>();
      for (const webhook of stored) {
        const id = String(webhook.id);
        seen.add(id);
        const print = fingerprint(webhook);
        if (known.get(id) === print) continue;
        // update() is remove + add, so it is also right for a webhook this instance already has.
        runner.update(webhook);
        known.set(id, print);
      }
      for (const id of [...known.keys()]) {
        if (seen.has(id)) continue;
        runner.remove({ id: Number.isNaN(Number(id)) ? id : Number(id) });
        known.delete(id);
      }
    } catch (error) {
      strapi.log.warn(`Webhook sync failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };

  // What Strapi registered at start is current: remember it, so the first round changes nothing.
  void strapi
    .get('webhookStore')
    .findWebhooks()
    .then((stored: StoredWebhook[]) => stored.forEach((webhook) => known.set(String(webhook.id), fingerprint(webhook))))
    .catch(() => undefined);
  const timer = setInterval(sync, seconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
};
