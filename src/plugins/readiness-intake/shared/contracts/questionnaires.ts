import type { DimensionKey } from '../dimensions';
import type { Band } from '../intake';

export type Points = 0 | 1 | 2 | 3 | 4;

export type QuestionOption = {
  value: string;
  label: string;
  /** 0 to 4. A "don't know" option scores 0 and raises a flag. */
  points: Points;
  dontKnow?: boolean;
};

export type Question = {
  /** Unique across the whole questionnaire: the key answers are sent under. */
  key: string;
  prompt: string;
  help?: string;
  /** single: one option; multi: several, scored as the sum of their points capped at 4; text: free text, not scored. */
  kind: 'single' | 'multi' | 'text';
  required: boolean;
  /** Empty for text questions. */
  options: QuestionOption[];
};

export type QuestionnaireDimension = {
  key: DimensionKey;
  title: string;
  description: string;
  questions: Question[];
};

/** A pair (or more) of answers that cannot all be true; raised as a flag when all hold. */
export type Contradiction = {
  key: string;
  message: string;
  when: Array<{ question: string; anyOf: string[] }>;
};

export type ContactField = {
  key: 'name' | 'email' | 'company' | 'role' | 'teamSize' | 'timezone';
  label: string;
  kind: 'text' | 'email' | 'integer' | 'timezone';
  required: boolean;
  help?: string;
};

export type ScoringRules = {
  /** Relative weights of the dimensions in the overall score. */
  weights: Record<DimensionKey, number>;
  bands: {
    ready: { minOverall: number; gates: Partial<Record<DimensionKey, number>> };
    close: { minOverall: number };
  };
  contradictions: Contradiction[];
};

/**
 * The words of the readiness report a respondent may ask for: what each band means, and
 * advice for each dimension that scored low. Versioned with the scoring it explains, and
 * never sent to the public form.
 */
export type ReportTexts = {
  /** What each band means for the team, a paragraph each. */
  bandReadings: Record<Band, string>;
  /** A dimension scoring below this (0 to 100) gets its advice in the report. */
  lowScoreBelow: number;
  /** What to do about a low score, per dimension; a dimension without advice gets none. */
  advice: Partial<Record<DimensionKey, string>>;
};

/** One versioned questionnaire: what is asked and how it is scored. */
export type QuestionnaireDocument = {
  version: number;
  title: string;
  intro: string;
  dimensions: QuestionnaireDimension[];
  contactFields: ContactField[];
  /** The free-text question about the backlog, answered in the submission's `backlog`. */
  backlogPrompt: { prompt: string; help?: string; required: boolean; maxLength: number };
  consentText: string;
  scoring: ScoringRules;
  /** The report's readings and advice; without them a report carries the scores and links only. */
  report?: ReportTexts;
  /** Locale of the document's own text; default 'en'. */
  defaultLocale?: string;
  /** The text in other locales; keys, points and rules are shared with the document's own text. */
  translations?: Record<string, QuestionnaireTranslation>;
};

/**
 * A questionnaire's text in one more locale: every word the document's own text has, keyed
 * by the same dimension, question, option, contact field and contradiction keys, so a
 * translation cannot change what is scored.
 */
export type QuestionnaireTranslation = {
  title: string;
  intro: string;
  dimensions: Partial<
    Record<
      DimensionKey,
      {
        title: string;
        description: string;
        /** By question key. */
        questions: Record<
          string,
          {
            prompt: string;
            help?: string;
            /** Option labels by option value. */
            options: Record<string, string>;
          }
        >;
      }
    >
  >;
  contactFields: Partial<Record<ContactField['key'], { label: string; help?: string }>>;
  backlogPrompt: { prompt: string; help?: string };
  consentText: string;
  /** Messages by contradiction key. */
  contradictions: Record<string, string>;
  report?: { bandReadings: Record<Band, string>; advice: Partial<Record<DimensionKey, string>> };
};

/** A stored version as the versions list shows it: everything but the document. */
export type QuestionnaireVersion = {
  id: number;
  version: number;
  title: string;
  active: boolean;
  activatedAt: string | null;
  createdAt: string;
};

/**
 * GET /readiness-intake/questionnaires/active - The active version whole: points, weights
 * and rules included (the public form gets it without them).
 */
export declare namespace GetActiveQuestionnaire {
  export interface Request {
    query: Record<string, never>;
  }

  export interface Response {
    data: QuestionnaireDocument;
  }
}

/** GET /readiness-intake/questionnaires - Every stored version, newest first, without the documents. */
export declare namespace GetQuestionnaires {
  export interface Request {
    query: Record<string, never>;
  }

  export interface Response {
    data: QuestionnaireVersion[];
  }
}

/** GET /readiness-intake/questionnaires/:version - One stored version's document. */
export declare namespace GetQuestionnaire {
  export interface Request {
    params: { version: QuestionnaireDocument['version'] };
  }

  export interface Response {
    data: QuestionnaireDocument;
  }
}

/**
 * POST /readiness-intake/questionnaires - Stores a new version, inactive. The document is
 * checked on the server, which answers every problem with its path.
 */
export declare namespace CreateQuestionnaire {
  export interface Request {
    body: { document: unknown };
  }

  /** Sent with status 201. */
  export interface Response {
    data: Pick<QuestionnaireVersion, 'id' | 'version' | 'title' | 'active'>;
  }
}

/** POST /readiness-intake/questionnaires/:version/activate - Makes one version the form. */
export declare namespace ActivateQuestionnaire {
  export interface Request {
    params: { version: QuestionnaireDocument['version'] };
    body?: Record<string, never>;
  }

  export interface Response {
    data: Pick<QuestionnaireVersion, 'version' | 'active' | 'activatedAt'>;
  }
}
