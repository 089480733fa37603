import embedScript from './embed-script';
import formTokens from './form-tokens';
import hostContent from './host-content';
import idempotencyKeys from './idempotency-keys';
import questionnaires from './questionnaires';
import rateLimiter from './rate-limiter';
import reports from './reports';
import submissions from './submissions';

/** Taking a submission: the questionnaire, its form token, the embeddable form, the rate limit, what the host adds, the report. */
export default {
  'embed-script': embedScript,
  'form-tokens': formTokens,
  'host-content': hostContent,
  'idempotency-keys': idempotencyKeys,
  questionnaires,
  'rate-limiter': rateLimiter,
  reports,
  submissions,
};
