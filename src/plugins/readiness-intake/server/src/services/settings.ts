import type { Core } from '@strapi/strapi';

import { PLUGIN_UID } from '../../../shared/constants';
import type { Settings } from '../../../shared/contracts/settings';
import { PLUGIN_ID } from '../../../shared/plugin-id';
import type { IntakeConfig } from '../config';

export type IntakeSettings = Settings;

/** Consultants' settings, stored in the plugin store; the environment gives the defaults. */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'settings' });
  const defaults = (): IntakeSettings => {
    const config = strapi.config.get(PLUGIN_UID) as IntakeConfig;
    return {
      notifyRecipients: [],
      showResult: config.showResult,
      retentionDays: config.retentionDays,
      sendConfirmation: config.sendConfirmation,
      webhookFreeText: false,
    };
  };

  const stored = async () => ((await store().get({})) ?? {}) as Partial<IntakeSettings>;

  return {
    async get(): Promise<IntakeSettings> {
      return { ...defaults(), ...(await stored()) };
    },

    /**
     * Stores only what consultants have set: a setting they never touched keeps following
     * its environment default, even after another one is saved.
     */
    async update(change: Partial<IntakeSettings>): Promise<IntakeSettings> {
      await store().set({ value: { ...(await stored()), ...change } });
      return this.get();
    },
  };
};

export type SettingsService = ReturnType<typeof settings>;
export default settings;
