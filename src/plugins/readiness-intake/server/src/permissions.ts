import { PLUGIN_ID } from '../../shared/plugin-id';

/** The plugin's admin RBAC actions, declared once and registered with the action provider. */
export const ACTIONS = {
  read: `plugin::${PLUGIN_ID}.read`,
} as const;

export const ACTION_DEFINITIONS = [
  {
    section: 'plugins',
    displayName: 'Read submissions',
    uid: 'read',
    pluginName: PLUGIN_ID,
  },
];
