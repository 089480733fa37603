import type { Core } from '@strapi/strapi';

import { getService } from './utils/get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Jobs first: a delivery run in flight finishes its send and records it before the pools close.
  await getService(strapi, 'jobs').stop();
  await getService(strapi, 'rate-limiter').close();
};

export default destroy;
