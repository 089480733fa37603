import type { Core } from '@strapi/strapi';
import { logOnlyTransport } from '../src/lib/config/email-transport';
import { secretFromEnv } from '../src/lib/config/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const smtpHost = env('SMTP_HOST', '');

  return {
    'readiness-intake': {
      enabled: true,
      resolve: './src/plugins/readiness-intake',
      config: {
        minFillSeconds: env.int('INTAKE_MIN_FILL_SECONDS', 3),
        maxFormAgeHours: env.int('INTAKE_MAX_FORM_AGE_HOURS', 24),
        rateLimit: {
          max: env.int('INTAKE_RATE_LIMIT_MAX', 10),
          windowSeconds: env.int('INTAKE_RATE_LIMIT_WINDOW_S', 600),
        },
        redisUrl: env('REDIS_URL', ''),
        redisKeyPrefix: env('REDIS_KEY_PREFIX', 'asyncline'),
        showResult: env.bool('INTAKE_SHOW_RESULT', true),
        retentionDays: env.int('INTAKE_RETENTION_DAYS', 365),
      },
    },

    email: {
      config: {
        provider: 'nodemailer',
        // Without an SMTP relay every message is logged instead of sent, so a laptop or a demo
        // never fails on email. Production should always set SMTP_HOST (see the README).
        providerOptions: smtpHost
          ? {
              host: smtpHost,
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', false),
              auth: env('SMTP_USERNAME', '') ? { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD', '') } : undefined,
            }
          : logOnlyTransport,
        settings: {
          defaultFrom: env('EMAIL_FROM', 'Asyncline <no-reply@localhost>'),
          defaultReplyTo: env('EMAIL_REPLY_TO', env('EMAIL_FROM', 'Asyncline <no-reply@localhost>')),
        },
      },
    },

    'users-permissions': {
      config: {
        jwtSecret: secretFromEnv('JWT_SECRET'),
      },
    },

    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
        defaultLimit: env.int('API_DEFAULT_LIMIT', 25),
        maxLimit: env.int('API_MAX_LIMIT', 100),
        landingPage: env('NODE_ENV', 'development') !== 'production',
        apolloServer: {
          introspection: env.bool('GRAPHQL_INTROSPECTION', env('NODE_ENV', 'development') !== 'production'),
        },
      },
    },
  };
};
