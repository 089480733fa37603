import type { Core } from '@strapi/strapi';

import { ADMIN_UIDS } from '../../../../shared/constants';
import { CONSULTANT_ROLE } from '../../permissions';

/** The last of the stock roles the admin creates on a database without roles. */
const LAST_STOCK_ROLE = 'strapi-author';

const consultantRole = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Creates the Consultant admin role with its four permissions the first time; after that
   * the role belongs to the administrators, whose changes a restart must not undo.
   */
  async ensure() {
    if ((await strapi.db.query(ADMIN_UIDS.role).count({ where: { code: CONSULTANT_ROLE.code } })) > 0) return;
    const roles = strapi.service(ADMIN_UIDS.role);
    const role = await roles.create({
      name: CONSULTANT_ROLE.name,
      code: CONSULTANT_ROLE.code,
      description: CONSULTANT_ROLE.description,
    });
    await roles.assignPermissions(
      role.id,
      CONSULTANT_ROLE.actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
    );
  },

  /**
   * `ensure`, at the right moment from the plugin's own bootstrap. The admin creates its
   * Super Admin, Editor and Author roles in its bootstrap, which runs after this plugin's,
   * and only when no role exists yet: a Consultant role created first would leave a fresh
   * database without them. So on such a database the role is created as soon as the admin
   * has created its last stock role, in the same bootstrap, before the server listens.
   */
  async ensureAfterStockRoles() {
    if ((await strapi.db.query(ADMIN_UIDS.role).count()) > 0) {
      await this.ensure();
      return;
    }
    const unsubscribe = strapi.db.lifecycles.subscribe({
      models: [ADMIN_UIDS.role],
      afterCreate: async (event) => {
        if ((event.result as { code?: string } | undefined)?.code !== LAST_STOCK_ROLE) return;
        unsubscribe();
        await this.ensure();
      },
    });
  },
});

export type ConsultantRoleService = ReturnType<typeof consultantRole>;
export default consultantRole;
