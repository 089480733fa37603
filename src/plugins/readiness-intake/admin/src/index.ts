import type { ComponentType } from 'react';
import { Stethoscope } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

import { DIMENSIONS_FIELD_NAME } from '../../shared/plugin-id';
import { PluginIcon } from './components/PluginIcon';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Readiness intake' },
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/App'),
    });

    app.customFields.register({
      name: DIMENSIONS_FIELD_NAME,
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: getTranslation('dimensions-field.label'), defaultMessage: 'Readiness dimensions' },
      intlDescription: {
        id: getTranslation('dimensions-field.description'),
        defaultMessage: 'The readiness dimensions a piece helps with.',
      },
      icon: PluginIcon,
      components: {
        // The admin types a custom field input as taking no props; it is given the field's props.
        Input: async () => ({
          default: (await import('./components/ReadinessDimensionsInput')).default as unknown as ComponentType,
        }),
      },
    });

    app.widgets.register({
      id: 'inbox',
      pluginId: PLUGIN_ID,
      icon: Stethoscope,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Readiness intake' },
      link: {
        label: { id: getTranslation('widget.open-inbox'), defaultMessage: 'Open the inbox' },
        href: `/plugins/${PLUGIN_ID}`,
      },
      // Only roles that may read submissions see the widget (the counts route needs it too).
      permissions: PERMISSIONS.read,
      component: async () => (await import('./components/InboxWidget')).InboxWidget,
    });

    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: Pick<StrapiApp, 'addSettingsLink'>) {
    app.addSettingsLink('global', {
      id: PLUGIN_ID,
      to: PLUGIN_ID,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Readiness intake' },
      permissions: PERMISSIONS.settings,
      Component: () => import('./pages/SettingsPage'),
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          const prefixed = Object.fromEntries(
            Object.entries(data as Record<string, string>).map(([key, value]) => [getTranslation(key), value])
          );
          return { data: prefixed, locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
