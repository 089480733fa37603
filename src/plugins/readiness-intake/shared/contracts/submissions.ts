import type { AuditAction, SortableField } from '../constants';
import type { DimensionKey } from '../dimensions';
import type { Band, FlagKind, Status } from '../intake';
import type { Assignee } from './assignees';
import type { SubmissionSource } from './public-form';

/** An answer as submitted: an option value, several, or free text. */
export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue>;

export type DimensionScore = {
  key: DimensionKey;
  /** 0 to 100, rounded: 100 × points / maximum over the answered scored questions. */
  score: number;
  points: number;
  maxPoints: number;
  answered: number;
};

export type Flag =
  | { kind: 'dont_know'; question: string; dimension: DimensionKey; message: string }
  | { kind: 'contradiction'; contradiction: string; questions: string[]; message: string };

/** Working-hour overlap between the team's time zone and one office, on the day a submission arrived. */
export type OfficeOverlap = { office: string; timezone: string; officeHours: string; overlapHours: number };

export type ExplainedAnswer = {
  question: string;
  prompt: string;
  kind: 'single' | 'multi' | 'text';
  /** The options picked, with the points each is worth. Empty when unanswered or free text. */
  picked: Array<{ value: string; label: string; points: number; dontKnow: boolean }>;
  /** Free text, for text questions. */
  text: string | null;
  /** Points the question earned (multi questions are capped), or null when not scored. */
  points: number | null;
  maxPoints: number | null;
};

export type ExplainedDimension = { key: DimensionKey; title: string; answers: ExplainedAnswer[] };

/** What Strapi's query engine gives every stored entry, whatever its content type. */
export type StoredEntry = {
  id: number;
  documentId: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  locale: string | null;
};

/**
 * The consultant's rating: a rating writes all four and nothing clears them, so either all
 * are set or none is.
 */
export type SubmissionRating =
  | { consultantBand: null; consultantReason: null; ratedAt: null; ratedByName: null }
  | { consultantBand: Band; consultantReason: string; ratedAt: string; ratedByName: string };

/** A stored submission, every column, as the admin API sends it (dates as ISO strings). */
export type Submission = StoredEntry &
  SubmissionRating & {
    reference: string;
    receivedAt: string;
    status: Status;
    spam: boolean;
    contactName: string;
    contactEmail: string;
    company: string;
    role: string | null;
    teamSize: number | null;
    timezone: string | null;
    consentGivenAt: string;
    consentText: string | null;
    questionnaireVersion: number;
    answers: Answers;
    backlog: string | null;
    overallScore: number;
    band: Band;
    /** True when the overall score reached the ready threshold but a gate held the band back. */
    gated: boolean;
    dimensionScores: DimensionScore[];
    flags: Flag[];
    flagCount: number;
    /**
     * `dimensionScores` and `flags` again, as integer columns the inbox filters on: a
     * dimension's score, null when none of its questions was answered, and the flags of
     * each kind. Written with every score; filled at boot for submissions stored before them.
     */
    scoreDocumentation: number | null;
    scoreSpecification: number | null;
    scoreHandoff: number | null;
    scoreScoping: number | null;
    scoreAsync: number | null;
    scoreOwnership: number | null;
    dontKnowCount: number;
    contradictionCount: number;
    /** Null only on submissions stored before overlaps were computed. */
    timezoneOverlap: OfficeOverlap[] | null;
    /** Where the respondent came from (`data.source`, normalised); null when the form sent none. */
    source: SubmissionSource | null;
    /** `source.articleSlug` and `source.utm.campaign` again, as columns the inbox filters on. */
    sourceArticleSlug: string | null;
    sourceUtmCampaign: string | null;
    /** Whether the respondent asked for the readiness report (`data.sendReport`). */
    reportRequested: boolean;
    /** Whether a report email was queued: asked for, not spam, and within the daily limit for the address. */
    reportQueued: boolean;
    /**
     * The questionnaire locale the respondent answered in (`data.locale`, resolved); null on
     * submissions stored before locales. The column i18n gives every content type: a
     * submission is not localized content, so it holds the language of the answers.
     */
    locale: string | null;
    firstTriagedAt: string | null;
    /** When it went out in the overdue reminder; each submission is in one reminder at most. */
    remindedAt: string | null;
  };

/** Who a submission is assigned to, as lists and details show it. */
export type SubmissionAssignee = Pick<Assignee, 'id' | 'name'>;

/** One inbox row: the columns the list selects, and the assignee by name. */
export type SubmissionRow = Pick<
  Submission,
  | 'id'
  | 'reference'
  | 'receivedAt'
  | 'status'
  | 'spam'
  | 'contactName'
  | 'contactEmail'
  | 'company'
  | 'role'
  | 'teamSize'
  | 'timezone'
  | 'overallScore'
  | 'band'
  | 'consultantBand'
  | 'gated'
  | 'flagCount'
  | 'questionnaireVersion'
> & { assignee: SubmissionAssignee | null };

export type Pagination = { page: number; pageSize: number; pageCount: number; total: number };

export type Note = StoredEntry & { body: string; authorId: number; authorName: string };

export type AuditEntry = StoredEntry & {
  submissionReference: string;
  action: AuditAction;
  /** Null for the retention purge, which is nobody's account. */
  actorId: number | null;
  actorName: string;
  /** What the change replaced and what it set; blanked when the submission is erased. */
  from: Record<string, unknown> | null;
  to: Record<string, unknown> | null;
  at: string;
};

export type DeliveryAttempt = {
  messageId: number;
  recipient: string;
  at: string;
  outcome: 'sent' | 'failed';
  error: string | null;
};

/** One email a submission queued, with every attempt at sending it. */
export type Delivery = {
  id: number;
  /**
   * A consultant's notification, the respondent's confirmation, the respondent's readiness
   * report, or the assignee's email when it was assigned.
   */
  kind: 'notification' | 'confirmation' | 'report' | 'assignment';
  recipient: string;
  subject: string;
  state: 'pending' | 'sent' | 'failed';
  attempts: number;
  /** Only while the email is still pending. */
  nextAttemptAt: string | null;
  sentAt: string | null;
  lastError: string | null;
  createdAt: string;
  log: DeliveryAttempt[];
};

/** A whole submission: every column, how it scored and why, and what consultants did about it. */
export type SubmissionDetail = Submission & {
  assignee: SubmissionAssignee | null;
  automaticBand: { band: Band; label: string };
  consultantRating: { band: Band; label: string; reason: string; by: string; at: string } | null;
  /** Null only if the version it was scored with is gone or no longer valid. */
  answersByDimension: ExplainedDimension[] | null;
  notes: Note[];
  auditTrail: AuditEntry[];
  deliveries: Delivery[];
};

/** The inbox filters, shared by the list and the CSV export. */
export type SubmissionFilters = {
  status?: Status;
  band?: Band;
  /** An admin user id, `me` for the caller, or `none` for unassigned. */
  assignee?: 'me' | 'none' | number;
  /** Matched against contact name, email and company, case-insensitively. */
  q?: string;
  /** The article a submission came from (`source.articleSlug`), matched exactly. */
  articleSlug?: string;
  /** The UTM campaign it came with (`source.utm.campaign`), matched exactly. */
  utmCampaign?: string;
  /** Instants (ISO 8601), both included. */
  from?: string;
  to?: string;
  /** `true`: only submissions still `new` past the triage SLA (the `triageSlaHours` setting). */
  overdue?: 'true';
  /**
   * With `below` (0 to 100), and only with it: submissions whose score in this dimension is
   * strictly below `below`. A submission that answered none of the dimension's questions
   * has no score there and does not match.
   */
  dimension?: DimensionKey;
  below?: number;
  /** Submissions with at least one flag of this kind. */
  flag?: FlagKind;
  /** Newest first unless asked; the order may be written in either case. */
  sort?: `${SortableField}:${'asc' | 'desc' | 'ASC' | 'DESC'}`;
};

/** A triage change: a status, an assignee (an admin user id, or null to unassign), or both. */
export type TriageChange = { status?: Status; assignee?: number | null };

/** GET /readiness-intake/submissions - One page of the inbox. */
export declare namespace GetSubmissions {
  export interface Request {
    query: SubmissionFilters & { page?: number; pageSize?: number };
  }

  export interface Response {
    results: SubmissionRow[];
    pagination: Pagination;
  }
}

/**
 * GET /readiness-intake/submissions/counts - The home page widget's numbers, each the total
 * of the inbox view it links to: `status=new`, `assignee=me`, `overdue=true`.
 */
export declare namespace GetSubmissionCounts {
  export interface Request {
    query: Record<string, never>;
  }

  export interface Response {
    data: { new: number; mine: number; overdue: number; triageSlaHours: number };
  }
}

/** GET /readiness-intake/submissions/export - The filtered inbox as a CSV file. */
export declare namespace ExportSubmissions {
  export interface Request {
    query: SubmissionFilters;
  }

  /**
   * text/csv, streamed: one row a submission with every dimension score and its attribution
   * (source_page, source_articleSlug, source_cta, source_referrer, utm_source, utm_medium,
   * utm_campaign), the questionnaire locale it was answered in (locale, last), and a header row.
   */
  export type Response = string;
}

/** GET /readiness-intake/submissions/:id - One submission, whole. */
export declare namespace GetSubmission {
  export interface Request {
    params: { id: Submission['id'] };
    /**
     * `locale`: the language to show the questions and answers in, such as the admin's
     * own; the version's default text when it has none in it. Malformed is a 400.
     */
    query: { locale?: string };
  }

  export interface Response {
    data: SubmissionDetail;
  }
}

/** PUT /readiness-intake/submissions/:id/triage - Sets the status, the assignee, or both. */
export declare namespace TriageSubmission {
  export interface Request {
    params: { id: Submission['id'] };
    body: TriageChange;
  }

  export interface Response {
    data: SubmissionDetail;
  }
}

/** PUT /readiness-intake/submissions/triage - The same change to up to 100 submissions, all or none. */
export declare namespace TriageSubmissions {
  export interface Request {
    body: TriageChange & { ids: Array<Submission['id']> };
  }

  export interface Response {
    /** Submissions named (each once), and those the change actually moved. */
    data: { selected: number; changed: number };
  }
}

/** POST /readiness-intake/submissions/:id/rating - The consultant's band beside the automatic one. */
export declare namespace RateSubmission {
  export interface Request {
    params: { id: Submission['id'] };
    body: { band: Band; reason: string };
  }

  export interface Response {
    data: SubmissionDetail;
  }
}

/** POST /readiness-intake/submissions/:id/rescore - Scores the answers again under another version. */
export declare namespace RescoreSubmission {
  export interface Request {
    params: { id: Submission['id'] };
    body: { version: number };
  }

  export interface Response {
    data: SubmissionDetail;
  }
}

/** POST /readiness-intake/submissions/:id/notes - A consultant's note. */
export declare namespace AddSubmissionNote {
  export interface Request {
    params: { id: Submission['id'] };
    body: { body: string };
  }

  /** Sent with status 201. */
  export interface Response {
    data: Note;
  }
}

/** DELETE /readiness-intake/submissions/:id - Erases one submission with its notes and emails. */
export declare namespace EraseSubmission {
  export interface Request {
    params: { id: Submission['id'] };
  }

  export interface Response {
    data: { erased: number };
  }
}

/** POST /readiness-intake/erasure - Erases every submission sent from an address. */
export declare namespace EraseSubmissionsByEmail {
  export interface Request {
    body: { email: string };
  }

  export interface Response {
    data: { erased: number };
  }
}
