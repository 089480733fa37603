import consultantRole from './consultant-role';
import demo from './demo';
import scoreColumns from './score-columns';
import searchIndexes from './search-indexes';
import settings from './settings';
import submissionTallies from './submission-tallies';

/** Setting the plugin up in a host: consultants' settings, the Consultant role, demo data, backfills, the search indexes, the stats' tallies. */
export default {
  'consultant-role': consultantRole,
  demo,
  'score-columns': scoreColumns,
  'search-indexes': searchIndexes,
  settings,
  'submission-tallies': submissionTallies,
};
