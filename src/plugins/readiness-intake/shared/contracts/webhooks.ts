import type { WebhookEvent } from '../constants';

/** A webhook subscription as the admin API shows it: never its secret, which only the create returns. */
export type WebhookSubscription = {
  id: number;
  url: string;
  events: WebhookEvent[];
  enabled: boolean;
  /** Set on a subscription moved over from Strapi's own webhook store: its name there. */
  migratedFrom: string | null;
  createdAt: string;
  updatedAt: string;
};

/** What a subscription is made of; every key is required on create, any of them on update. */
export type WebhookSubscriptionInput = { url: string; events: WebhookEvent[]; enabled: boolean };

/** One post of a delivery: when, which instance, the answer's status (none on a timeout or a refused connection). */
export type WebhookAttempt = {
  at: string;
  outcome: 'sent' | 'failed';
  responseStatus: number | null;
  error: string | null;
};

/** One event for one subscription: the `X-Readiness-Delivery` id, the same on every try, and every try. */
export type WebhookDelivery = {
  id: number;
  deliveryId: string;
  event: string;
  submissionReference: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  /** Only while the delivery is still pending. */
  nextAttemptAt: string | null;
  sentAt: string | null;
  lastError: string | null;
  createdAt: string;
  log: WebhookAttempt[];
};

/** GET /readiness-intake/webhooks */
export declare namespace GetWebhooks {
  export interface Request {
    query: Record<string, never>;
  }
  export interface Response {
    data: WebhookSubscription[];
  }
}

/** POST /readiness-intake/webhooks - The answer is the one place the secret is ever shown. */
export declare namespace CreateWebhook {
  export interface Request {
    body: WebhookSubscriptionInput;
  }
  export interface Response {
    data: WebhookSubscription & { secret: string };
  }
}

/** PUT /readiness-intake/webhooks/:id - Changes what is sent; the others keep their value. */
export declare namespace UpdateWebhook {
  export interface Request {
    params: { id: number };
    body: Partial<WebhookSubscriptionInput>;
  }
  export interface Response {
    data: WebhookSubscription;
  }
}

/** DELETE /readiness-intake/webhooks/:id - The subscription, its pending deliveries and its log. */
export declare namespace DeleteWebhook {
  export interface Request {
    params: { id: number };
  }
  export interface Response {
    data: { id: number };
  }
}

/** POST /readiness-intake/webhooks/:id/secret - A new secret, shown this once; the old one stops signing at once. */
export declare namespace RotateWebhookSecret {
  export interface Request {
    params: { id: number };
  }
  export interface Response {
    data: { id: number; secret: string };
  }
}

/** GET /readiness-intake/webhooks/:id/deliveries - The newest deliveries first, each with every attempt. */
export declare namespace GetWebhookDeliveries {
  export interface Request {
    params: { id: number };
    query: { limit?: number };
  }
  export interface Response {
    data: WebhookDelivery[];
  }
}

/** POST /readiness-intake/webhooks/:id/test - Posts a `webhook.test` event now; answers with its delivery after the try. */
export declare namespace TestWebhook {
  export interface Request {
    params: { id: number };
  }
  export interface Response {
    data: WebhookDelivery;
  }
}

/**
 * POST /readiness-intake/webhooks/:id/deliveries/:deliveryId/redeliver - Posts a delivery
 * again now, with its same `X-Readiness-Delivery` and body; answers with it after the try.
 */
export declare namespace RedeliverWebhook {
  export interface Request {
    params: { id: number; deliveryId: number };
  }
  export interface Response {
    data: WebhookDelivery;
  }
}
