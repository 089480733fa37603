import type { Core } from '@strapi/strapi';

import { registerDatabaseProbe } from './auth/database-probe-strategy';
import { ensurePublicReadAccess } from './bootstrap/public-permissions';
import { getResponseCache, invalidateOnWrites, provideIntakeGeneration } from './cache';
import { registerContentRules } from './content-rules';
import { survivePoolConnectionSetupFailures } from './database/connection-setup';
import { requireRestScopesForAuthMutations } from './graphql/auth-mutation-scopes';
import { treatNullArgumentsAsAbsent } from './graphql/null-arguments';
import { batchRelationLoads } from './graphql/relation-batching';
import { ensureContentLocales, readContentLocales } from './i18n/ensure-locales';
import { extendBodyParser } from './input/body-parser';
import { validateFilterValues } from './input/content-api-validation';
import { assertSecretsForStart } from './lib/config/secrets';
import { skipDisabledLogLevels } from './logging/skip-disabled-levels';
import { seedDemo } from './seed/seed-demo';
import { startWebhookSync } from './webhooks/sync-webhooks';

let stopWebhookSync: () => void = () => undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    skipDisabledLogLevels(strapi);
    // Here rather than in config/: the build loads the config too, and must need no secret.
    assertSecretsForStart();
    // A bad CONTENT_LOCALES stops the start here, before the database is migrated.
    readContentLocales(strapi);
    survivePoolConnectionSetupFailures(strapi);
    registerContentRules(strapi);
    requireRestScopesForAuthMutations(strapi);
    treatNullArgumentsAsAbsent(strapi);
    extendBodyParser(strapi);
    validateFilterValues(strapi);
    // After the plugins' register, so after users-permissions' own strategy.
    registerDatabaseProbe(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await getResponseCache(strapi).start();
    batchRelationLoads(strapi);
    invalidateOnWrites(strapi);
    provideIntakeGeneration(strapi);
    // Before the seed, which writes in every locale.
    await ensureContentLocales(strapi);
    await ensurePublicReadAccess(strapi);
    await seedDemo(strapi);
    stopWebhookSync = startWebhookSync(strapi);
    if (process.env.NODE_ENV === 'production' && !process.env.SMTP_HOST) {
      strapi.log.warn('SMTP_HOST is not set: emails are written to the log, not sent.');
    }
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    stopWebhookSync();
    await getResponseCache(strapi).stop();
  },
};
