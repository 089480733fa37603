import type { Core } from '@strapi/strapi';

import type { TestApp } from './strapi';

/** A full-access content-API token, the way a website's build or an importer writes. */
export const createFullAccessToken = async (strapi: Core.Strapi): Promise<string> => {
  const token = await strapi.service('admin::api-token').create({
    name: `test-${Date.now()}-${Math.random()}`,
    description: 'created by the test suite',
    type: 'full-access',
    kind: 'content-api',
    lifespan: null,
  });
  return token.accessKey as string;
};

export const SUPER_ADMIN = { email: 'super@example.com', password: 'Super-admin-2026' };

type Credentials = { email: string; password: string };

/** Creates an active admin with one role unless it exists, logs it in through /admin/login, returns its bearer token. */
const loginAdmin = async (app: TestApp, credentials: Credentials, roleId: number, firstname: string): Promise<string> => {
  if (!(await app.strapi.db.query('admin::user').count({ where: { email: credentials.email } }))) {
    await app.strapi.service('admin::user').create({
      ...credentials,
      firstname,
      lastname: 'Tester',
      isActive: true,
      registrationToken: null,
      roles: [roleId],
    });
  }
  const response = await app.http().post('/admin/login').send(credentials).expect(200);
  return response.body.data.token as string;
};

/** A super admin logged in through the admin's own login route; returns its bearer token. */
export const loginSuperAdmin = async (app: TestApp): Promise<string> => {
  const superAdmin = await app.strapi.service('admin::role').getSuperAdmin();
  return loginAdmin(app, SUPER_ADMIN, superAdmin.id, 'Super');
};

/** An admin with one of the stock roles (strapi-editor, strapi-author), logged in; returns its bearer token. */
export const loginAdminWithRole = async (app: TestApp, roleCode: 'strapi-editor' | 'strapi-author'): Promise<string> => {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  return loginAdmin(app, { email: `${roleCode}@example.com`, password: 'Role-admin-2026' }, role.id, roleCode);
};

/** An admin with the plugin's Consultant role, logged in; returns its bearer token and id. */
export const loginConsultant = async (app: TestApp, email = 'consultant@example.com'): Promise<{ token: string; id: number }> => {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'readiness-intake-consultant' } });
  const token = await loginAdmin(app, { email, password: 'Consultant-2026' }, role.id, 'Casey');
  const user = await app.strapi.db.query('admin::user').findOne({ where: { email } });
  return { token, id: user.id };
};
