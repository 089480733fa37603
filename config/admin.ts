import type { Core } from '@strapi/strapi';
import { secretFromEnv } from '../src/lib/config/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: { secret: secretFromEnv('ADMIN_JWT_SECRET') },
  apiToken: { salt: secretFromEnv('API_TOKEN_SALT') },
  transfer: { token: { salt: secretFromEnv('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: secretFromEnv('ENCRYPTION_KEY') },
  flags: {
    nps: env.bool('FLAG_NPS', false),
    promoteEE: env.bool('FLAG_PROMOTE_EE', false),
  },
});
