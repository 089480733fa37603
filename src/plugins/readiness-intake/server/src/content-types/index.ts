import auditEntry from './audit-entry/schema.json';
import deliveryAttempt from './delivery-attempt/schema.json';
import idempotencyKey from './idempotency-key/schema.json';
import jobLease from './job-lease/schema.json';
import note from './note/schema.json';
import outboxMessage from './outbox-message/schema.json';
import questionnaire from './questionnaire/schema.json';
import savedView from './saved-view/schema.json';
import submission from './submission/schema.json';
import webhookSubscription from './webhook-subscription/schema.json';

export default {
  'audit-entry': { schema: auditEntry },
  'delivery-attempt': { schema: deliveryAttempt },
  'idempotency-key': { schema: idempotencyKey },
  'job-lease': { schema: jobLease },
  note: { schema: note },
  'outbox-message': { schema: outboxMessage },
  questionnaire: { schema: questionnaire },
  'saved-view': { schema: savedView },
  submission: { schema: submission },
  'webhook-subscription': { schema: webhookSubscription },
};
