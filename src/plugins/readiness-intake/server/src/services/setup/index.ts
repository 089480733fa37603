import consultantRole from './consultant-role';
import demo from './demo';
import scoreColumns from './score-columns';
import settings from './settings';

/** Setting the plugin up in a host: consultants' settings, the Consultant role, demo data, backfills. */
export default {
  'consultant-role': consultantRole,
  demo,
  'score-columns': scoreColumns,
  settings,
};
