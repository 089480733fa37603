import consultantRole from './consultant-role';
import formTokens from './form-tokens';
import questionnaires from './questionnaires';
import rateLimiter from './rate-limiter';
import submissions from './submissions';
import triage from './triage';

export default {
  'consultant-role': consultantRole,
  'form-tokens': formTokens,
  questionnaires,
  'rate-limiter': rateLimiter,
  submissions,
  triage,
};
