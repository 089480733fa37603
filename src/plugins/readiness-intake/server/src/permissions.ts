import { PLUGIN_ID } from '../../shared/plugin-id';

const action = <Uid extends string>(uid: Uid) => `plugin::${PLUGIN_ID}.${uid}` as const;

/** The plugin's admin RBAC actions, declared once and registered with the action provider. */
export const ACTIONS = {
  read: action('read'),
  triage: action('triage'),
  rate: action('rate'),
  export: action('export'),
  erase: action('erase'),
  settings: action('settings'),
} as const;

export const ACTION_DEFINITIONS = [
  { uid: 'read', displayName: 'Read submissions' },
  { uid: 'triage', displayName: 'Triage submissions (status, assignee, notes)' },
  { uid: 'rate', displayName: 'Override the band' },
  { uid: 'export', displayName: 'Export submissions' },
  { uid: 'erase', displayName: 'Erase personal data' },
  { uid: 'settings', displayName: 'Change settings and questionnaires' },
].map((definition) => ({ ...definition, section: 'plugins', pluginName: PLUGIN_ID }));

/** The admin role consultants get: they triage and rate, they do not erase or configure. */
export const CONSULTANT_ROLE = {
  code: 'readiness-intake-consultant',
  name: 'Consultant',
  description: 'Triages readiness-intake submissions: reads, triages, rates and exports them.',
  actions: [ACTIONS.read, ACTIONS.triage, ACTIONS.rate, ACTIONS.export],
};
