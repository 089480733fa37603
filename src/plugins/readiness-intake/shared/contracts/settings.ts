/** Consultants' settings; the environment gives the defaults of those they never set. */
export type Settings = {
  /** Consultant addresses notified of new submissions, beside INTAKE_NOTIFY_TO. */
  notifyRecipients: string[];
  /** Whether respondents see their band, scores and recommendations. */
  showResult: boolean;
  /** Submissions older than this are purged. */
  retentionDays: number;
  /** A submission still `new` this many hours after it arrived is overdue. */
  triageSlaHours: number;
  /** Whether respondents get a confirmation email. */
  sendConfirmation: boolean;
  /** Whether webhook payloads carry the contact and the backlog, beside scores and band. */
  webhookFreeText: boolean;
};

/** GET /readiness-intake/settings */
export declare namespace GetSettings {
  export interface Request {
    query: Record<string, never>;
  }

  export interface Response {
    data: Settings;
  }
}

/** PUT /readiness-intake/settings - Changes the settings sent; the others keep their value. */
export declare namespace UpdateSettings {
  export interface Request {
    body: Partial<Settings>;
  }

  /** Every setting, after the change. */
  export interface Response {
    data: Settings;
  }
}
