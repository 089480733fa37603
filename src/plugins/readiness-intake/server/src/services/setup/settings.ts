import type { Core } from '@strapi/strapi';

import type { Settings } from '../../../../shared/contracts/settings';
import { PLUGIN_ID } from '../../../../shared/plugin-id';
import type { IntakeConfig } from '../../config';
import { getConfig } from '../../utils/get-config';
import { getService } from '../../utils/get-service';
import { keptRead } from './content-generation';

/** Who is told of new submissions and reminded of overdue ones: INTAKE_NOTIFY_TO and the settings' list, each once. */
export const notificationRecipients = (config: Pick<IntakeConfig, 'notifyTo'>, settings: Pick<Settings, 'notifyRecipients'>) =>
  [...new Set([...config.notifyTo, ...settings.notifyRecipients].map((address) => address.trim().toLowerCase()))].filter(Boolean);

/** Consultants' settings, stored in the plugin store; the environment gives the defaults. */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'settings' });
  const defaults = (): Settings => {
    const config = getConfig(strapi);
    return {
      notifyRecipients: [],
      showResult: config.showResult,
      retentionDays: config.retentionDays,
      triageSlaHours: config.triageSlaHours,
      sendConfirmation: config.sendConfirmation,
      webhookFreeText: false,
    };
  };

  const read = async () => ((await store().get({})) ?? {}) as Partial<Settings>;
  // Every submission reads them: kept until a write anywhere moves the generation on.
  const stored = keptRead(strapi, read);

  return {
    async get(): Promise<Settings> {
      return { ...defaults(), ...(await stored()) };
    },

    /**
     * Stores only what consultants have set: a setting they never touched keeps following
     * its environment default, even after another one is saved.
     */
    async update(change: Partial<Settings>): Promise<Settings> {
      await store().set({ value: { ...(await read()), ...change } });
      await getService(strapi, 'content-generation').bump();
      return this.get();
    },
  };
};

export type SettingsService = ReturnType<typeof settings>;
export default settings;
