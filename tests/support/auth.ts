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
  const users = app.strapi.service('admin::user');
  if (!(await users.exists())) {
    await users.createFirstAdmin({ ...SUPER_ADMIN, firstname: 'Super', lastname: 'Admin' });
  }
  const response = await app.http().post('/admin/login').send(SUPER_ADMIN).expect(200);
  return response.body.data.token as string;
};
