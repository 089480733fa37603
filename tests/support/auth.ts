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

/** A super admin logged in through the admin's own login route; returns its bearer token. */
export const loginSuperAdmin = async (app: TestApp): Promise<string> => {
  if (!(await app.strapi.db.query('admin::user').count({ where: { email: SUPER_ADMIN.email } }))) {
    const superAdmin = await app.strapi.service('admin::role').getSuperAdmin();
    await app.strapi.service('admin::user').create({
      ...SUPER_ADMIN,
      firstname: 'Super',
      lastname: 'Admin',
      isActive: true,
      registrationToken: null,
      roles: [superAdmin.id],
    });
  }
  const response = await app.http().post('/admin/login').send(SUPER_ADMIN).expect(200);
  return response.body.data.token as string;
};

/** An admin with one of the stock roles (strapi-editor, strapi-author), logged in; returns its bearer token. */
export const loginAdminWithRole = async (app: TestApp, roleCode: 'strapi-editor' | 'strapi-author'): Promise<string> => {
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  const credentials = { email: `${roleCode}@example.com`, password: 'Role-admin-2026' };
  if (!(await app.strapi.db.query('admin::user').count({ where: { email: credentials.email } }))) {
    await app.strapi.service('admin::user').create({
      ...credentials,
      firstname: roleCode,
      lastname: 'Tester',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
  }
  const response = await app.http().post('/admin/login').send(credentials).expect(200);
  return response.body.data.token as string;
};
