import type { Core } from '@strapi/strapi';

import { ACTIONS, ADMIN_UIDS } from '../../../../shared/constants';
import type { Assignee } from '../../../../shared/contracts/assignees';
import { ADMIN_NAME_FIELDS, adminName } from '../../utils/admin-name';

/**
 * The admin users a submission can be assigned to: active users whose roles may read
 * submissions (the Super Admin role always can). Assigning work to someone who cannot
 * open it would leave it stuck, so triage accepts only these.
 */
const assignees = ({ strapi }: { strapi: Core.Strapi }) => {
  const readerRoleIds = async (): Promise<number[]> => {
    const [permissions, superAdmin] = await Promise.all([
      strapi.db
        .query(ADMIN_UIDS.permission)
        .findMany({ where: { action: ACTIONS.read }, populate: { role: { select: ['id'] } } }),
      strapi.service(ADMIN_UIDS.role).getSuperAdmin(),
    ]);
    const ids = permissions.map((permission: { role?: { id: number } | null }) => permission.role?.id);
    return [...new Set([superAdmin?.id, ...ids].filter((id): id is number => typeof id === 'number'))];
  };

  const find = async (where: Record<string, unknown> = {}): Promise<Assignee[]> => {
    const users = await strapi.db.query(ADMIN_UIDS.user).findMany({
      where: { ...where, isActive: true, roles: { id: { $in: await readerRoleIds() } } },
      select: ADMIN_NAME_FIELDS,
      orderBy: [{ firstname: 'asc' }, { lastname: 'asc' }, { email: 'asc' }],
    });
    return users.map((user: { id: number; firstname: string | null; lastname: string | null; email: string }) => ({
      id: user.id,
      name: adminName(user),
      email: user.email,
    }));
  };

  return {
    list: () => find(),

    /** The assignee with this id, or null when there is none or they may not read submissions. */
    async findAssignable(id: number): Promise<Assignee | null> {
      const [found] = await find({ id });
      return found ?? null;
    },
  };
};

export type AssigneesService = ReturnType<typeof assignees>;
export default assignees;
