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
  /** Where recommended reading and office hours come from. */
  articleContentType: string;
  officeContentType: string;
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
  articleContentType: 'api::article.article',
  officeContentType: 'api::office.office',
};

const positive = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;

export default {
  default: defaults,
  validator(config: IntakeConfig) {
    if (!positive(config.maxFormAgeHours) || !(config.minFillSeconds >= 0)) {
      throw new Error('readiness-intake: minFillSeconds must be >= 0 and maxFormAgeHours > 0');
    }
    if (!positive(config.rateLimit?.max) || !positive(config.rateLimit?.windowSeconds)) {
      throw new Error('readiness-intake: rateLimit.max and rateLimit.windowSeconds must be positive');
    }
  },
};
