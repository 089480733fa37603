import { PLUGIN_ID } from './plugin-id';

/**
 * The names the plugin is known by to Strapi, declared once and shared by the server and
 * the admin, so a uid, an action or an event can only be spelled one way. Bands and statuses
 * live beside their labels in ./intake; the content types' schema.json files list the same
 * enums, which a unit test keeps in step.
 */

/** The plugin's own uid: its config key, and the prefix of its models, actions and middlewares. */
export const PLUGIN_UID = `plugin::${PLUGIN_ID}` as const;

const uid = <Name extends string>(name: Name) => `${PLUGIN_UID}.${name}` as const;

/** The plugin's content types. */
export const MODEL_UIDS = {
  submission: uid('submission'),
  note: uid('note'),
  auditEntry: uid('audit-entry'),
  questionnaire: uid('questionnaire'),
  outboxMessage: uid('outbox-message'),
  deliveryAttempt: uid('delivery-attempt'),
  jobLease: uid('job-lease'),
  idempotencyKey: uid('idempotency-key'),
  webhookSubscription: uid('webhook-subscription'),
  savedView: uid('saved-view'),
} as const;

/**
 * The tables of the plugin's content types, for the queries that go to SQL directly (the
 * dashboard's GROUP BYs). Each is its schema.json `collectionName`, which a unit test keeps in step.
 */
export const TABLE_NAMES = {
  submission: 'readiness_submissions',
  note: 'readiness_notes',
  auditEntry: 'readiness_audit_entries',
  questionnaire: 'readiness_questionnaires',
  outboxMessage: 'readiness_outbox',
  deliveryAttempt: 'readiness_delivery_attempts',
  jobLease: 'readiness_job_leases',
  idempotencyKey: 'readiness_idempotency_keys',
  webhookSubscription: 'readiness_webhook_subscriptions',
  savedView: 'readiness_saved_views',
} as const satisfies Record<keyof typeof MODEL_UIDS, string>;

/** Strapi's own admin models and services the plugin reads: its users, roles and permissions. */
export const ADMIN_UIDS = {
  user: 'admin::user',
  role: 'admin::role',
  permission: 'admin::permission',
} as const;

/** The plugin's admin RBAC actions: what each admin route checks and each admin page asks useRBAC for. */
export const ACTIONS = {
  read: uid('read'),
  triage: uid('triage'),
  rate: uid('rate'),
  export: uid('export'),
  erase: uid('erase'),
  settings: uid('settings'),
} as const;
export type ActionName = keyof typeof ACTIONS;

/** The events a webhook subscription can ask for: the `X-Readiness-Event` of each post. */
export const WEBHOOK_EVENTS = [
  'submission.created',
  'submission.status-changed',
  'submission.assigned',
  'submission.rated',
  'submission.erased',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The event a test send posts: no submission, only that the subscription works. */
export const WEBHOOK_TEST_EVENT = 'webhook.test' as const;

/**
 * The names the plugin's events had in Strapi's own webhook store, before subscriptions
 * moved into the plugin, with the event each became: what the one-time move translates.
 */
export const LEGACY_WEBHOOK_EVENTS = {
  [`${PLUGIN_ID}.submission.created`]: 'submission.created',
  [`${PLUGIN_ID}.submission.status-changed`]: 'submission.status-changed',
} as const satisfies Record<string, WebhookEvent>;

/** What an audit entry records; `erasure` and `purge` are the only ones left once a submission is gone. */
export const AUDIT_ACTIONS = ['status', 'assignee', 'rating', 'note', 'erasure', 'rescore', 'purge'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The inbox columns a list or an export can be sorted by. */
export const SORTABLE_FIELDS = ['receivedAt', 'overallScore', 'company', 'status', 'band', 'flagCount'] as const;
export type SortableField = (typeof SORTABLE_FIELDS)[number];
