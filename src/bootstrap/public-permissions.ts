import type { Core } from '@strapi/strapi';

/** What an anonymous website may do: read the published content model, nothing else. */
export const PUBLIC_READ_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::author.author.find',
  'api::author.author.findOne',
  'api::office.office.find',
  'api::office.office.findOne',
  'api::related-link.related-link.find',
  'api::related-link.related-link.findOne',
  'api::site-setting.site-setting.find',
  // A site's language switcher lists the content locales (CONTENT_LOCALES) from here.
  'plugin::i18n.locales.listLocales',
] as const;

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

/**
 * Grants the Public role its read actions, idempotently, on every start. On the first start
 * of a database it also takes away what users-permissions grants the Public role by default
 * (sign-up, password reset, OAuth connect) and turns sign-up off: this backend has no
 * end-user accounts, so the public must not be able to create any. Later changes an
 * administrator makes in Settings are left alone.
 */
export const ensurePublicReadAccess = async (strapi: Core.Strapi) => {
  const publicRole = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('users-permissions did not create its Public role');

  const store = strapi.store({ type: 'core', name: 'app' });
  const firstStart = !(await store.get({ key: 'public-role-locked-down' }));

  const granted: Array<{ id: number; action: string }> = await strapi.db.query(PERMISSION_UID).findMany({
    select: ['id', 'action'],
    where: { role: publicRole.id },
  });
  const grantedActions = new Set(granted.map((permission) => permission.action));

  for (const action of PUBLIC_READ_ACTIONS) {
    if (!grantedActions.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: publicRole.id } });
    }
  }

  if (firstStart) {
    const extras = granted.filter((permission) => !(PUBLIC_READ_ACTIONS as readonly string[]).includes(permission.action));
    if (extras.length > 0) {
      await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: extras.map((p) => p.id) } } });
    }
    const pluginStore = strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = ((await pluginStore.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
    await pluginStore.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    await store.set({ key: 'public-role-locked-down', value: true });
  }
};
