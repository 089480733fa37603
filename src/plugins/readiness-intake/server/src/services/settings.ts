import type { Core } from '@strapi/strapi';

import type { IntakeConfig } from '../config';

export type IntakeSettings = {
  /** Consultant addresses notified of new submissions, beside INTAKE_NOTIFY_TO. */
  notifyRecipients: string[];
  /** Whether respondents see their band, scores and recommendations. */
  showResult: boolean;
  /** Submissions older than this are purged. */
  retentionDays: number;
  /** Whether respondents get a confirmation email. */
  sendConfirmation: boolean;
  /** Whether webhook payloads carry the contact and the backlog, beside scores and band. */
  webhookFreeText: boolean;
};

/** Consultants' settings, stored in the plugin store; the environment gives the defaults. */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'readiness-intake', key: 'settings' });
  const defaults = (): IntakeSettings => {
    const config = strapi.config.get('plugin::readiness-intake') as IntakeConfig;
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
