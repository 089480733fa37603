import assignees from './assignees';
import consultantRole from './consultant-role';
import erasure from './erasure';
import formTokens from './form-tokens';
import inbox from './inbox';
import questionnaires from './questionnaires';
import rateLimiter from './rate-limiter';
import settings from './settings';
import stats from './stats';
import submissions from './submissions';
import triage from './triage';

export default {
  assignees,
  'consultant-role': consultantRole,
  erasure,
  'form-tokens': formTokens,
  inbox,
  questionnaires,
  'rate-limiter': rateLimiter,
  settings,
  stats,
  submissions,
  triage,
};
