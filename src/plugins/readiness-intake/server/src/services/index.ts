import formTokens from './form-tokens';
import questionnaires from './questionnaires';
import rateLimiter from './rate-limiter';
import submissions from './submissions';

export default {
  'form-tokens': formTokens,
  questionnaires,
  'rate-limiter': rateLimiter,
  submissions,
};
