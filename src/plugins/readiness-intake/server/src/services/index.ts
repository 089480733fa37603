import consultantRole from './consultant-role';
import erasure from './erasure';
import formTokens from './form-tokens';
import inbox from './inbox';
import questionnaires from './questionnaires';
import rateLimiter from './rate-limiter';
import submissions from './submissions';
import triage from './triage';

export default {
  'consultant-role': consultantRole,
  erasure,
  'form-tokens': formTokens,
  inbox,
  questionnaires,
  'rate-limiter': rateLimiter,
  submissions,
  triage,
};
