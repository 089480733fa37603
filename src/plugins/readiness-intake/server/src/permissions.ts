import { ACTIONS, type ActionName } from '../../shared/constants';
import { PLUGIN_ID } from '../../shared/plugin-id';

// A Record, so an action added to ACTIONS cannot go unregistered.
const DISPLAY_NAMES: Record<ActionName, string> = {
  read: 'Read submissions',
  triage: 'Triage submissions (status, assignee, notes)',
  rate: 'Override the band',
  export: 'Export submissions',
  erase: 'Erase personal data',
  settings: 'Change settings and questionnaires',
};

/** The plugin's admin RBAC actions as the admin's action provider registers them. */
export const ACTION_DEFINITIONS = Object.entries(DISPLAY_NAMES).map(([uid, displayName]) => ({
  uid,
  displayName,
  section: 'plugins',
  pluginName: PLUGIN_ID,
}));

/** The admin role consultants get: they triage and rate, they do not erase or configure. */
export const CONSULTANT_ROLE = {
  code: 'readiness-intake-consultant',
  name: 'Consultant',
  description: 'Triages readiness-intake submissions: reads, triages, rates and exports them.',
  actions: [ACTIONS.read, ACTIONS.triage, ACTIONS.rate, ACTIONS.export],
};
