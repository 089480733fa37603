import type { Core } from '@strapi/strapi';

import { ACTION_DEFINITIONS } from './permissions';
import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  await getService(strapi, 'questionnaires').ensureDefault();
  await getService(strapi, 'rate-limiter').init();
  getService(strapi, 'webhooks').register();
  getService(strapi, 'jobs').start();
};

export default bootstrap;
