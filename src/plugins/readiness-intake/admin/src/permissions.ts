import { PLUGIN_ID } from './pluginId';

/** Mirrors the server's RBAC actions (server/src/permissions.ts) for useRBAC and menu links. */
export const PERMISSIONS = {
  read: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
};
