import assignees from './assignees';
import audit from './audit';
import inbox from './inbox';
import nudges from './nudges';
import stats from './stats';
import triage from './triage';

/** The consultants' work: the inbox, changes to a submission and their audit trail, the dashboard. */
export default {
  assignees,
  audit,
  inbox,
  nudges,
  stats,
  triage,
};
