import type { Band } from '../intake';
import type { ContactField, Question, QuestionnaireDimension, QuestionnaireDocument, QuestionOption } from './questionnaires';
import type { Answers, DimensionScore } from './submissions';

/** A question as the public form shows it: no points, and `help` always present. */
export type PublicQuestion = Pick<Question, 'key' | 'prompt' | 'kind' | 'required'> & {
  help: string | null;
  options: Array<Pick<QuestionOption, 'value' | 'label'>>;
};

/**
 * What a website needs to render the form: questions and option labels, with every point,
 * weight, gate and contradiction left out, so the public cannot answer to the scoring.
 */
export type PublicQuestionnaire = Pick<QuestionnaireDocument, 'version' | 'title' | 'intro' | 'consentText'> & {
  dimensions: Array<Pick<QuestionnaireDimension, 'key' | 'title' | 'description'> & { questions: PublicQuestion[] }>;
  contactFields: Array<Omit<ContactField, 'help'> & { help: string | null }>;
  backlog: Omit<QuestionnaireDocument['backlogPrompt'], 'help'> & { help: string | null };
};

/**
 * Where a respondent came from, as the form sends it in `data.source` and as it is stored:
 * every key optional, each value at most 300 characters. `page` is a path on the site and
 * `referrer` an http(s) URL, both kept without their query string and fragment.
 */
export type SubmissionSource = {
  page?: string;
  articleSlug?: string;
  cta?: string;
  referrer?: string;
  utm?: { source?: string; medium?: string; campaign?: string; term?: string; content?: string };
};

/** An article suggested for one of the weakest dimensions. */
export type Recommendation = { title: string; slug: string; summary: string | null };

/** What a respondent is shown after sending the form, when the settings allow it. */
export type IntakeResult = {
  band: Band;
  score: number;
  dimensions: Array<Pick<DimensionScore, 'key' | 'score'>>;
  recommendations: Recommendation[];
};

/**
 * GET /api/readiness-intake/questionnaire - The active form, public, with a form token of
 * its own for each load (sent with Cache-Control: no-store).
 */
export declare namespace GetPublicQuestionnaire {
  export interface Request {
    /**
     * `locale`: the language to answer in (`da`, `pt-BR`, any case; `da-DK` is served by
     * `da`). One the questionnaire has no text in gets its own text; a malformed one is a 400.
     */
    query: { locale?: string };
  }

  export interface Response {
    data: PublicQuestionnaire & {
      formToken: string;
      /** The locale the text is in: the one asked for, or the questionnaire's default. */
      locale: string;
      /** Every locale the questionnaire has text in, its default first. */
      locales: string[];
    };
  }
}

/**
 * POST /api/readiness-intake/submissions - One answered questionnaire, public and rate
 * limited. A bad body is answered with a 400 naming every bad path.
 */
export declare namespace SubmitIntake {
  export interface Request {
    body: {
      data: {
        questionnaireVersion: number;
        /** The token the questionnaire was loaded with. */
        formToken: string;
        contact: { name: string; email: string; company: string; role: string; teamSize: number; timezone: string };
        answers: Answers;
        backlog?: string;
        /** Must be true. */
        consent: boolean;
        /** The honeypot: hidden in the form, filled only by bots. */
        url?: string;
        /** Attribution, filled by the embed from the page; unknown keys are a 400. */
        source?: SubmissionSource;
        /** True asks for the readiness report by email (at most INTAKE_REPORT_MAX_PER_DAY a day per address). */
        sendReport?: boolean;
        /**
         * The language the form was shown in (the questionnaire's `locale`): the report and
         * the recommendations follow it. One without text falls back to the default; a
         * malformed one is a 400.
         */
        locale?: string;
      };
    };
  }

  /** Sent with status 201. */
  export interface Response {
    data: {
      reference: string;
      receivedAt: string;
      /** Left out when the settings hide the result from respondents. */
      result?: IntakeResult;
    };
  }
}
