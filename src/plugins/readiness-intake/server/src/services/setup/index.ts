import consultantRole from './consultant-role';
import contentGeneration from './content-generation';
import demo from './demo';
import scoreColumns from './score-columns';
import searchIndexes from './search-indexes';
import settings from './settings';
import submissionTallies from './submission-tallies';

/** Setting the plugin up in a host: what kept reads are valid for, consultants' settings, the Consultant role, demo data, backfills, the search indexes, the stats' tallies. */
export default {
  'consultant-role': consultantRole,
  'content-generation': contentGeneration,
  demo,
  'score-columns': scoreColumns,
  'search-indexes': searchIndexes,
  settings,
  'submission-tallies': submissionTallies,
};
