import { z } from 'zod';

import type { SubmissionSource, SubmitIntake } from '../../../shared/contracts/public-form';
import type { Question, QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import type { Answers } from '../../../shared/contracts/submissions';
import { REQUESTED_LOCALE, REQUESTED_LOCALE_MAX } from '../../../shared/locales';
import { canonicalTimezone } from '../../../shared/timezone';
import { resolveLocale } from '../questionnaire/localize';
import type { Issue } from '../utils/issues';
import { storableId, storableString } from '../utils/storable';

/** A submission's `data` as the body schema lets it through: the shape is right, the answers not yet checked. */
export type SubmissionData = SubmitIntake.Request['body']['data'];

export type SubmissionInput = {
  questionnaireVersion: number;
  formToken: string;
  contact: { name: string; email: string; company: string; role: string; teamSize: number; timezone: string };
  answers: Answers;
  backlog: string;
  consent: true;
  /** The honeypot: hidden in the form, filled only by bots. */
  url: string;
  /** Where the respondent came from, normalised; null when the form sent nothing of it. */
  source: SubmissionSource | null;
  /** Whether the respondent asked for the readiness report by email. */
  sendReport: boolean;
  /** The questionnaire locale that serves `data.locale`, or its default. */
  locale: string;
};

/**
 * A locale as a request names it (`da`, `pt-BR`, any case): well formed, or a 400. Whether
 * the questionnaire has text in it is not the request's fault: that falls back instead.
 */
export const requestedLocale = () =>
  z
    .string()
    // One check, so a bad value is one issue at its path however many ways it is bad.
    .refine((code) => code.length <= REQUESTED_LOCALE_MAX && REQUESTED_LOCALE.test(code), {
      message: 'must be a locale code such as "da" or "pt-BR"',
    });

/** The longest value any key of `data.source` may hold. */
export const SOURCE_TEXT_MAX = 300;

/** Every character a path may not hold: whitespace and control characters. */
const NOT_IN_PATH = /[\s\u0000-\u001f\u007f]/;

/** The part of a URL or path before its query string and fragment, which may carry tokens or addresses. */
const withoutQuery = (text: string) => text.replace(/[?#].*$/s, '');

/**
 * One attribution value: a storable string of at most 300 characters, trimmed; blank is
 * the same as absent, since a page without a referrer or a campaign sends "".
 */
const sourceText = () =>
  storableString()
    .trim()
    .max(SOURCE_TEXT_MAX, `is longer than ${SOURCE_TEXT_MAX} characters`)
    .transform((text) => (text === '' ? undefined : text));

/** A path on the site ("/articles/wellington"), kept without its query string and fragment. */
const sourcePath = () =>
  sourceText()
    .refine((text) => text === undefined || (text.startsWith('/') && !text.startsWith('//') && !NOT_IN_PATH.test(text)), {
      message: 'must be a path on the site, starting with "/"',
    })
    .transform((text) => (text === undefined ? undefined : withoutQuery(text)));

/**
 * An http(s) URL, parsed with the WHATWG URL parser and kept without its query string,
 * fragment and any user name or password: what a referrer says about a visit is its page.
 */
const sourceUrl = () =>
  sourceText().transform((text, context) => {
    if (text === undefined) return undefined;
    const url = URL.canParse(text) ? new URL(text) : null;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
      context.addIssue({ code: 'custom', message: 'must be an http or https URL' });
      return z.NEVER;
    }
    url.search = '';
    url.hash = '';
    url.username = '';
    url.password = '';
    // Normalising can lengthen it (punycode, percent-encoding): the stored value keeps the bound too.
    if (url.href.length > SOURCE_TEXT_MAX) {
      context.addIssue({ code: 'custom', message: `is longer than ${SOURCE_TEXT_MAX} characters once normalised` });
      return z.NEVER;
    }
    return url.href;
  });

/**
 * `data.source`: where the respondent came from, every key optional and strict (an unknown
 * key is a 400 naming the object), each value at most 300 characters.
 */
export const sourceBody = z.strictObject({
  page: sourcePath().optional(),
  articleSlug: sourceText().optional(),
  cta: sourceText().optional(),
  referrer: sourceUrl().optional(),
  utm: z
    .strictObject({
      source: sourceText().optional(),
      medium: sourceText().optional(),
      campaign: sourceText().optional(),
      term: sourceText().optional(),
      content: sourceText().optional(),
    })
    .optional(),
});

/** The attribution as stored: only the keys that carry a value, or null when none does. */
export const normaliseSource = (source: z.output<typeof sourceBody> | undefined): SubmissionSource | null => {
  if (!source) return null;
  const utm = Object.fromEntries(Object.entries(source.utm ?? {}).filter(([, value]) => value !== undefined));
  const stored: SubmissionSource = Object.fromEntries(
    Object.entries({ ...source, utm: undefined }).filter(([, value]) => value !== undefined)
  );
  if (Object.keys(utm).length > 0) stored.utm = utm;
  return Object.keys(stored).length > 0 ? stored : null;
};

const line = (max: number) => storableString().trim().min(1, 'is required').max(max, `is longer than ${max} characters`);

/**
 * The public submission body, strict at every level (an unknown key is a 400 by path):
 * what the controller checks before anything else. Every string that is stored is a
 * storable one; the form token and the honeypot are only read. What depends on the questionnaire is
 * checked by `checkSubmission`.
 */
export const submissionBody = z.strictObject({
  data: z.strictObject({
    questionnaireVersion: storableId(),
    formToken: z.string().min(1).max(1000),
    contact: z.strictObject({
      name: line(120),
      email: storableString().trim().max(254).pipe(z.email('must be an email address')),
      company: line(160),
      role: line(120),
      teamSize: z.number().int().min(1).max(1_000_000),
      timezone: storableString().max(64),
    }),
    answers: z.record(
      storableString().max(64),
      z.union([storableString().max(20_000), z.array(storableString().max(64)).max(20)])
    ),
    backlog: storableString().max(20_000).optional(),
    consent: z.boolean(),
    url: z.string().max(2048).optional(),
    source: sourceBody.optional(),
    sendReport: z.boolean().optional(),
    locale: requestedLocale().optional(),
  }),
}) satisfies z.ZodType<SubmitIntake.Request['body']>;

type QuestionIndex = Map<string, { question: Question; known: Set<string> }>;

/** Each document's questions by key with their option values, built once: the service keeps the active document. */
const indexes = new WeakMap<QuestionnaireDocument, QuestionIndex>();
const indexOf = (questionnaire: QuestionnaireDocument): QuestionIndex => {
  let index = indexes.get(questionnaire);
  if (!index) {
    index = new Map(
      questionnaire.dimensions
        .flatMap((dimension) => dimension.questions)
        .map((question) => [question.key, { question, known: new Set(question.options.map((option) => option.value)) }])
    );
    indexes.set(questionnaire, index);
  }
  return index;
};

/** Checks answers against the questions: known keys and options, the right kind, required ones present. */
const answerIssues = (questionnaire: QuestionnaireDocument, answers: Answers): Issue[] => {
  const issues: Issue[] = [];
  const questions = indexOf(questionnaire);
  const at = (key: string) => ['data', 'answers', key];

  for (const [key, value] of Object.entries(answers)) {
    const indexed = questions.get(key);
    if (!indexed) {
      issues.push({ path: at(key), message: 'is not a question of this questionnaire' });
      continue;
    }
    const { question, known } = indexed;
    if (question.kind === 'text') {
      if (typeof value !== 'string') issues.push({ path: at(key), message: 'must be text' });
      else if (value.length > 4000) issues.push({ path: at(key), message: 'is longer than 4000 characters' });
    } else if (question.kind === 'single') {
      if (typeof value !== 'string') issues.push({ path: at(key), message: 'must be one option value' });
      else if (!known.has(value)) issues.push({ path: at(key), message: `has no option ${JSON.stringify(value)}` });
    } else if (!Array.isArray(value)) {
      issues.push({ path: at(key), message: 'must be an array of option values' });
    } else {
      value.forEach((item, index) => {
        if (!known.has(item)) issues.push({ path: [...at(key), index], message: `has no option ${JSON.stringify(item)}` });
      });
      if (new Set(value).size !== value.length) issues.push({ path: at(key), message: 'names an option twice' });
    }
  }

  for (const { question } of questions.values()) {
    const value = answers[question.key];
    const blank =
      value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
    if (question.required && blank) issues.push({ path: at(question.key), message: 'is required' });
  }
  return issues;
};

/**
 * Checks a submission that has the body's shape against the active questionnaire,
 * collecting every problem with its path rather than stopping at the first, so a form can
 * mark every bad field.
 */
export const checkSubmission = (
  questionnaire: QuestionnaireDocument,
  data: SubmissionData
): { ok: true; input: SubmissionInput } | { ok: false; issues: Issue[] } => {
  const issues: Issue[] = [];
  if (data.questionnaireVersion !== questionnaire.version) {
    issues.push({
      path: ['data', 'questionnaireVersion'],
      message: `the form is for version ${data.questionnaireVersion}, the questionnaire is now at version ${questionnaire.version}: reload it`,
    });
  }
  const timezone = canonicalTimezone(data.contact.timezone);
  if (!timezone)
    issues.push({ path: ['data', 'contact', 'timezone'], message: 'must be an IANA time zone name such as "Europe/Copenhagen"' });
  if (data.consent !== true) issues.push({ path: ['data', 'consent'], message: 'must be given to send the questionnaire' });
  const backlog = data.backlog ?? '';
  if (questionnaire.backlogPrompt.required && backlog.trim() === '')
    issues.push({ path: ['data', 'backlog'], message: 'is required' });
  if (backlog.length > questionnaire.backlogPrompt.maxLength) {
    issues.push({ path: ['data', 'backlog'], message: `is longer than ${questionnaire.backlogPrompt.maxLength} characters` });
  }
  issues.push(...answerIssues(questionnaire, data.answers));
  if (issues.length > 0) return { ok: false, issues };

  return {
    ok: true,
    input: {
      questionnaireVersion: data.questionnaireVersion,
      formToken: data.formToken,
      contact: { ...data.contact, email: data.contact.email.toLowerCase(), timezone: timezone! },
      answers: data.answers,
      backlog,
      consent: true,
      url: data.url ?? '',
      source: normaliseSource(data.source),
      sendReport: data.sendReport === true,
      locale: resolveLocale(questionnaire, data.locale),
    },
  };
};
