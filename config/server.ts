import type { Core } from '@strapi/strapi';
import { secretFromEnv } from '../src/lib/config/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a load balancer Koa must trust X-Forwarded-For to see the client address;
  // without one that header is client-controlled, so trusting it is off by default.
  proxy: { koa: env.bool('SERVER_PROXY', false) },
  app: {
    keys: secretFromEnv('APP_KEYS')?.split(','),
  },
});
