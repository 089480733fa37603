import consultantRole from './consultant-role';
import demo from './demo';
import settings from './settings';

/** Setting the plugin up in a host: consultants' settings, the Consultant role, demo data. */
export default {
  'consultant-role': consultantRole,
  demo,
  settings,
};
