import { PLUGIN_ID } from './pluginId';

const permission = (action: string) => [{ action: `plugin::${PLUGIN_ID}.${action}`, subject: null }];

/**
 * Mirrors the server's RBAC actions (server/src/permissions.ts). `useRBAC(PERMISSIONS)`
 * turns each into `canRead`, `canTriage`, ...: what a page shows is what its user may do,
 * while the server enforces the same actions on every route.
 */
export const PERMISSIONS = {
  read: permission('read'),
  triage: permission('triage'),
  rate: permission('rate'),
  export: permission('export'),
  erase: permission('erase'),
  settings: permission('settings'),
};

/** The flat list useRBAC wants: one entry per action, so `allowedActions` has all six. */
export const ALL_PERMISSIONS = Object.values(PERMISSIONS).flat();
