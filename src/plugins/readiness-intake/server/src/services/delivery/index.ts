import jobLeases from './job-leases';
import jobs from './jobs';
import outbox from './outbox';
import webhooks from './webhooks';

/** What happens after the request: emails through the outbox, webhook events, and the timers that run them. */
export default {
  'job-leases': jobLeases,
  jobs,
  outbox,
  webhooks,
};
