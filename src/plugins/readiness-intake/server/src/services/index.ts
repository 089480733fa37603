import assignees from './assignees';
import consultantRole from './consultant-role';
import demo from './demo';
import erasure from './erasure';
import formTokens from './form-tokens';
import jobLeases from './job-leases';
import jobs from './jobs';
import inbox from './inbox';
import outbox from './outbox';
import questionnaires from './questionnaires';
import rateLimiter from './rate-limiter';
import retention from './retention';
import settings from './settings';
import stats from './stats';
import submissions from './submissions';
import triage from './triage';
import webhooks from './webhooks';

export default {
  assignees,
  'consultant-role': consultantRole,
  demo,
  erasure,
  'form-tokens': formTokens,
  inbox,
  'job-leases': jobLeases,
  jobs,
  outbox,
  questionnaires,
  'rate-limiter': rateLimiter,
  retention,
  settings,
  stats,
  submissions,
  triage,
  webhooks,
};
