import type { Core } from '@strapi/strapi';
import { logOnlyTransport } from '../src/lib/config/email-transport';
import { secretFromEnv } from '../src/lib/config/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const smtpHost = env('SMTP_HOST', '');

  return {
    'readiness-intake': {
      // Installed like any plugin package: the workspace in src/plugins/readiness-intake, linked by npm.
      enabled: true,
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
        triageSlaHours: env.int('INTAKE_TRIAGE_SLA_HOURS', 24),
        notifyTo: env
          .array('INTAKE_NOTIFY_TO', [])
          .map((address: string) => address.trim())
          .filter(Boolean),
        sendConfirmation: env.bool('INTAKE_CONFIRMATION_EMAIL', false),
        senderName: env('INTAKE_SENDER_NAME', 'Asyncline'),
        adminUrl: env('INTAKE_ADMIN_URL', ''),
        report: {
          siteUrl: env('INTAKE_SITE_URL', 'http://localhost:1337'),
          articlePath: env('INTAKE_ARTICLE_PATH', '/articles/{slug}'),
          maxPerDay: env.int('INTAKE_REPORT_MAX_PER_DAY', 3),
        },
        jobs: {
          enabled: env.bool('INTAKE_JOBS_ENABLED', true),
          outboxIntervalSeconds: env.float('INTAKE_OUTBOX_INTERVAL_S', 10),
          purgeIntervalMinutes: env.float('INTAKE_PURGE_INTERVAL_MIN', 60),
          reminderIntervalMinutes: env.float('INTAKE_REMINDER_INTERVAL_MIN', 15),
        },
        outbox: {
          maxAttempts: env.int('INTAKE_OUTBOX_MAX_ATTEMPTS', 10),
          backoffBaseSeconds: env.float('INTAKE_OUTBOX_BACKOFF_S', 30),
          backoffMaxSeconds: env.float('INTAKE_OUTBOX_BACKOFF_MAX_S', 3600),
          batchSize: env.int('INTAKE_OUTBOX_BATCH', 20),
          concurrency: env.int('INTAKE_OUTBOX_CONCURRENCY', 4),
          claimSeconds: env.int('INTAKE_OUTBOX_CLAIM_S', 300),
        },
        webhooks: {
          // One post's limit before it counts as failed and is retried; far below INTAKE_OUTBOX_CLAIM_S.
          timeoutSeconds: env.float('INTAKE_WEBHOOK_TIMEOUT_S', 10),
        },
        databaseFaults: {
          retryAfterSeconds: env.int('INTAKE_RETRY_AFTER_S', 5),
        },
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
              // Well under the outbox's claim time (INTAKE_OUTBOX_CLAIM_S): a send that hangs fails
              // and is retried by its own instance before any other instance may claim it.
              connectionTimeout: env.int('SMTP_TIMEOUT_MS', 30_000),
              greetingTimeout: env.int('SMTP_TIMEOUT_MS', 30_000),
              socketTimeout: env.int('SMTP_TIMEOUT_MS', 30_000),
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
