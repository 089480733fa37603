import type { Core } from '@strapi/strapi';

import { ADMIN_UIDS } from '../../../../shared/constants';
import { CONSULTANT_ROLE } from '../../permissions';

const consultantRole = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Creates the Consultant admin role with its four permissions the first time; after that
   * the role belongs to the administrators, whose changes a restart must not undo.
   *
   * Call it after every plugin's bootstrap (the app's bootstrap does): the admin creates its
   * Super Admin, Editor and Author roles in its own bootstrap, which runs after this
   * plugin's, and only when no role exists yet. A role created earlier would stop it.
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

});

export type ConsultantRoleService = ReturnType<typeof consultantRole>;
export default consultantRole;
