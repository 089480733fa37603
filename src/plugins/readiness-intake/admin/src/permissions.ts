import { ACTIONS } from '../../shared/constants';

const permission = (action: string) => [{ action, subject: null }];

/**
 * The server's RBAC actions (shared/constants.ts) as useRBAC takes them. `useRBAC(PERMISSIONS)`
 * turns each into `canRead`, `canTriage`, ...: what a page shows is what its user may do,
 * while the server enforces the same actions on every route.
 */
export const PERMISSIONS = {
  read: permission(ACTIONS.read),
  triage: permission(ACTIONS.triage),
  rate: permission(ACTIONS.rate),
  export: permission(ACTIONS.export),
  erase: permission(ACTIONS.erase),
  settings: permission(ACTIONS.settings),
};

/** The flat list useRBAC wants: one entry per action, so `allowedActions` has all six. */
export const ALL_PERMISSIONS = Object.values(PERMISSIONS).flat();
