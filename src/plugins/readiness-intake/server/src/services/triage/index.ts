import assignees from './assignees';
import audit from './audit';
import inbox from './inbox';
import nudges from './nudges';
import savedViews from './saved-views';
import stats from './stats';
import triage from './triage';

/** The consultants' work: the inbox and their saved views of it, changes to a submission and their audit trail, the dashboard. */
export default {
  assignees,
  audit,
  inbox,
  nudges,
  'saved-views': savedViews,
  stats,
  triage,
};
