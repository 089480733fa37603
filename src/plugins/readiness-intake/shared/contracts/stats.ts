import type { Band, Status } from '../intake';

/** Counts and rates over the submissions received in a period, for the dashboard. */
export type Stats = {
  /** The period asked for, as ISO instants; null for an open end. */
  period: { from: string | null; to: string | null };
  total: number;
  /** Only bands and statuses with at least one submission are present. */
  byBand: Partial<Record<Band, number>>;
  byStatus: Partial<Record<Status, number>>;
  /** UTC days with at least one submission, oldest first. */
  byDay: Array<{ day: string } & Record<Band, number>>;
  /**
   * The articles submissions came from (`source.articleSlug`), with how many and in which
   * bands: which content brings which teams. Most submissions first; submissions without
   * an article are left out.
   */
  byArticle: Array<{ slug: string; count: number; bands: Record<Band, number> }>;
  /** How often a consultant's band matched the automatic one; rate is null when none is rated. */
  agreement: { rated: number; agreed: number; rate: number | null };
  medianHoursToFirstTriage: number | null;
};

/** GET /readiness-intake/stats - The dashboard's numbers for a period, all time by default. */
export declare namespace GetStats {
  export interface Request {
    /** Instants (ISO 8601), both included. */
    query: { from?: string; to?: string };
  }

  export interface Response {
    data: Stats;
  }
}
