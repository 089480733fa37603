import type { Core } from '@strapi/strapi';

import { getService } from './utils/get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'rate-limiter').close();
};

export default destroy;
