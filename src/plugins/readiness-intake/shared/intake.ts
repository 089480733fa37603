/**
 * The bands a submission is scored into and the statuses consultants move it through.
 * Shared by the server (validation, scoring, triage) and the admin (filters, labels), so a
 * new status cannot be missing from one side. The content types' enums list the same.
 */
export const BANDS = ['ready', 'close', 'foundation'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Record<Band, string> = {
  ready: 'Ready now',
  close: 'Closer than you think',
  foundation: 'Build the foundation first',
};

export const STATUSES = ['new', 'in_review', 'contacted', 'engaged', 'not_a_fit', 'spam'] as const;
export type Status = (typeof STATUSES)[number];

/** The kinds of flag scoring raises: a "don't know" answer, or answers that contradict each other. */
export const FLAG_KINDS = ['dont_know', 'contradiction'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];
