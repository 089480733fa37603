export type IntakeConfig = {
  minFillSeconds: number;
  maxFormAgeHours: number;
  rateLimit: { max: number; windowSeconds: number };
  redisUrl: string;
  /** Namespace of every Redis key, so apps or environments can share one Redis. */
  redisKeyPrefix: string;
  /** Largest request body the submission route accepts. */
  bodyLimitBytes: number;
  /** Whether the 201 carries the score, band and recommendations. */
  showResult: boolean;
  /** Default retention of submissions, in days; settings can change it. */
  retentionDays: number;
  /** Default hours a submission may stay `new` before it is overdue; settings can change it. */
  triageSlaHours: number;
  /**
   * The host's content type recommended reading comes from; it needs `slug`, `title`,
   * `summary` and `readinessDimensions`. Without it respondents get no recommendations.
   */
  recommendations: { contentType: string };
  /**
   * The host's content type of offices; it needs `name`, `timezone`, `officeHoursStart` and
   * `officeHoursEnd`. Without it consultants see no working-hour overlap.
   */
  offices: { contentType: string };
  /** Consultant addresses notified of every new submission (settings can add more). */
  notifyTo: string[];
  /** Whether respondents get a confirmation email; settings can change it. */
  sendConfirmation: boolean;
  /** Name signing the confirmation email. */
  senderName: string;
  /** The admin's public URL, for links in emails; empty means Strapi's own absolute admin URL. */
  adminUrl: string;
  /** The readiness report a respondent may ask for (`data.sendReport`). */
  report: {
    /** The website's origin, which links to recommended articles start with. */
    siteUrl: string;
    /** An article's path on the website, `{slug}` standing for its slug. */
    articlePath: string;
    /** Reports per email address per rolling 24 hours, counted in the database; 0 sends none. */
    maxPerDay: number;
  };
  jobs: {
    /** Off on instances that should only serve requests; another instance then runs the jobs. */
    enabled: boolean;
    /** How often each instance looks for due emails. */
    outboxIntervalSeconds: number;
    /** How often the retention purge runs (once across instances). */
    purgeIntervalMinutes: number;
    /**
     * How often the overdue reminder looks for submissions past the triage SLA (once across
     * instances); a submission is reminded at most this long after it became overdue.
     */
    reminderIntervalMinutes: number;
  };
  outbox: {
    maxAttempts: number;
    backoffBaseSeconds: number;
    backoffMaxSeconds: number;
    /** Messages one instance claims at a time. */
    batchSize: number;
    /** Sends one instance runs at once. */
    concurrency: number;
    /** How long a claim holds; longer than any SMTP send can take, so a claim never lapses mid-send. */
    claimSeconds: number;
  };
  webhooks: {
    /**
     * How long one webhook post may take before it counts as failed and is retried; far
     * below `outbox.claimSeconds`, so a slow receiver never lets a second instance in.
     */
    timeoutSeconds: number;
  };
  databaseFaults: {
    /** The Retry-After of a 503 answered while the database cannot be reached. */
    retryAfterSeconds: number;
  };
};

const defaults: IntakeConfig = {
  minFillSeconds: 3,
  maxFormAgeHours: 24,
  rateLimit: { max: 10, windowSeconds: 600 },
  redisUrl: '',
  redisKeyPrefix: 'asyncline',
  bodyLimitBytes: 64 * 1024,
  showResult: true,
  retentionDays: 365,
  triageSlaHours: 24,
  recommendations: { contentType: 'api::article.article' },
  offices: { contentType: 'api::office.office' },
  notifyTo: [],
  sendConfirmation: false,
  senderName: 'Asyncline',
  adminUrl: '',
  report: { siteUrl: 'http://localhost:1337', articlePath: '/articles/{slug}', maxPerDay: 3 },
  jobs: { enabled: true, outboxIntervalSeconds: 10, purgeIntervalMinutes: 60, reminderIntervalMinutes: 15 },
  outbox: { maxAttempts: 10, backoffBaseSeconds: 30, backoffMaxSeconds: 3600, batchSize: 20, concurrency: 4, claimSeconds: 300 },
  webhooks: { timeoutSeconds: 10 },
  databaseFaults: { retryAfterSeconds: 5 },
};

const positive = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** A content type uid as Strapi spells one: `api::article.article`, `plugin::name.type`. */
const isContentTypeUid = (value: unknown) => typeof value === 'string' && /^[a-z][\w-]*::[\w-]+\.[\w-]+$/i.test(value);

/** Keys an earlier version read, with the key that replaced each: set, they would be ignored without a word. */
const RENAMED_KEYS = {
  articleContentType: 'recommendations.contentType',
  officeContentType: 'offices.contentType',
} as const;

export default {
  default: defaults,
  validator(config: IntakeConfig) {
    for (const [old, replacement] of Object.entries(RENAMED_KEYS)) {
      if (old in config) throw new Error(`readiness-intake: ${old} is now ${replacement}`);
    }
    for (const key of ['recommendations', 'offices'] as const) {
      if (!isContentTypeUid(config[key]?.contentType)) {
        throw new Error(`readiness-intake: ${key}.contentType must be a content type uid such as "${defaults[key].contentType}"`);
      }
    }
    if (!positive(config.maxFormAgeHours) || !(config.minFillSeconds >= 0)) {
      throw new Error('readiness-intake: minFillSeconds must be >= 0 and maxFormAgeHours > 0');
    }
    if (!positive(config.rateLimit?.max) || !positive(config.rateLimit?.windowSeconds)) {
      throw new Error('readiness-intake: rateLimit.max and rateLimit.windowSeconds must be positive');
    }
    const { report } = config;
    if (!/^https?:\/\/[^/?#\s]+\/?$/.test(report?.siteUrl ?? '')) {
      throw new Error('readiness-intake: report.siteUrl must be an http(s) origin such as "https://www.example.com"');
    }
    if (typeof report.articlePath !== 'string' || !report.articlePath.startsWith('/') || !report.articlePath.includes('{slug}')) {
      throw new Error('readiness-intake: report.articlePath must be a path holding {slug}, such as "/articles/{slug}"');
    }
    if (!Number.isInteger(report.maxPerDay) || report.maxPerDay < 0) {
      throw new Error('readiness-intake: report.maxPerDay must be a whole number, 0 or more');
    }
    const { jobs, outbox } = config;
    if (
      !positive(jobs?.outboxIntervalSeconds) ||
      !positive(jobs?.purgeIntervalMinutes) ||
      !positive(jobs?.reminderIntervalMinutes)
    ) {
      throw new Error(
        'readiness-intake: jobs.outboxIntervalSeconds, jobs.purgeIntervalMinutes and jobs.reminderIntervalMinutes must be positive'
      );
    }
    // Every field, so one added later (as concurrency was: 0 would claim emails and never send them) is checked too.
    const outboxFields = Object.keys(defaults.outbox) as Array<keyof IntakeConfig['outbox']>;
    if (!outboxFields.every((field) => positive(outbox?.[field]))) {
      throw new Error('readiness-intake: every outbox setting must be positive');
    }
    if (!positive(config.webhooks?.timeoutSeconds) || config.webhooks.timeoutSeconds >= outbox.claimSeconds) {
      throw new Error('readiness-intake: webhooks.timeoutSeconds must be positive and below outbox.claimSeconds');
    }
    if (!Number.isInteger(config.triageSlaHours) || !positive(config.triageSlaHours)) {
      throw new Error('readiness-intake: triageSlaHours must be a positive whole number of hours');
    }
    if (!Number.isInteger(config.databaseFaults?.retryAfterSeconds) || !positive(config.databaseFaults.retryAfterSeconds)) {
      throw new Error('readiness-intake: databaseFaults.retryAfterSeconds must be a positive whole number');
    }
  },
};
