import { z } from 'zod';

import type { QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import { DIMENSION_KEYS } from '../../../shared/dimensions';
import { issuesOf, type Issue } from '../utils/issues';
import { storableId, storableString } from '../utils/storable';
import { localeCode, translationIssues, translationSchema } from './validate-translations';

const KEY = /^[a-z][a-z0-9_]*$/;
// The document is stored in a json column: every string in it must be storable there.
const text = (max: number) => storableString().trim().min(1).max(max);
const plain = (max: number) => storableString().max(max);
const dimensionKey = z.enum(DIMENSION_KEYS as [string, ...string[]]);

const optionSchema = z.strictObject({
  value: storableString().regex(KEY, 'must be lower_snake_case'),
  label: text(200),
  points: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  dontKnow: z.boolean().optional(),
});

const questionSchema = z.strictObject({
  key: storableString().regex(KEY, 'must be lower_snake_case').max(64),
  prompt: text(300),
  help: plain(500).optional(),
  kind: z.enum(['single', 'multi', 'text']),
  required: z.boolean(),
  options: z.array(optionSchema).max(12),
});

const questionnaireSchema = z.strictObject({
  version: storableId(),
  title: text(200),
  intro: plain(2000),
  dimensions: z
    .array(
      z.strictObject({
        key: dimensionKey,
        title: text(120),
        description: plain(500),
        questions: z.array(questionSchema).min(1).max(20),
      })
    )
    .length(DIMENSION_KEYS.length),
  contactFields: z
    .array(
      z.strictObject({
        key: z.enum(['name', 'email', 'company', 'role', 'teamSize', 'timezone']),
        label: text(120),
        kind: z.enum(['text', 'email', 'integer', 'timezone']),
        required: z.boolean(),
        help: plain(300).optional(),
      })
    )
    .max(6),
  backlogPrompt: z.strictObject({
    prompt: text(300),
    help: plain(500).optional(),
    required: z.boolean(),
    maxLength: z.number().int().min(1).max(20_000),
  }),
  consentText: text(1000),
  scoring: z.strictObject({
    // A record over an enum needs every key: a missing weight is refused here.
    weights: z.record(dimensionKey, z.number().min(0).max(1000)),
    bands: z.strictObject({
      ready: z.strictObject({
        minOverall: z.number().min(0).max(100),
        gates: z.partialRecord(dimensionKey, z.number().min(0).max(100)),
      }),
      close: z.strictObject({ minOverall: z.number().min(0).max(100) }),
    }),
    contradictions: z
      .array(
        z.strictObject({
          key: storableString().regex(KEY, 'must be lower_snake_case'),
          message: text(300),
          when: z.array(z.strictObject({ question: storableString(), anyOf: z.array(storableString()).min(1) })).min(2),
        })
      )
      .max(50),
  }),
  report: z
    .strictObject({
      bandReadings: z.strictObject({ ready: text(2000), close: text(2000), foundation: text(2000) }),
      lowScoreBelow: z.number().int().min(0).max(100),
      advice: z.partialRecord(dimensionKey, text(2000)),
    })
    .optional(),
  defaultLocale: localeCode().optional(),
  translations: z.record(localeCode(), translationSchema).optional(),
});

/** Rules that span fields: unique keys, references that resolve, points that make sense. */
const crossFieldIssues = (document: QuestionnaireDocument): Issue[] => {
  const issues: Issue[] = [];
  const questions = new Map<string, QuestionnaireDocument['dimensions'][number]['questions'][number]>();

  const seenDimensions = new Set<string>();
  document.dimensions.forEach((dimension, d) => {
    if (seenDimensions.has(dimension.key))
      issues.push({ path: ['dimensions', d, 'key'], message: `dimension ${dimension.key} appears twice` });
    seenDimensions.add(dimension.key);

    dimension.questions.forEach((question, q) => {
      const at = ['dimensions', d, 'questions', q];
      if (questions.has(question.key))
        issues.push({ path: [...at, 'key'], message: `question key ${question.key} is used twice` });
      questions.set(question.key, question);

      if (question.kind === 'text' && question.options.length > 0) {
        issues.push({ path: [...at, 'options'], message: 'a text question has no options' });
      }
      if (question.kind !== 'text' && question.options.length < 2) {
        issues.push({ path: [...at, 'options'], message: 'a scored question needs at least two options' });
      }
      const values = new Set<string>();
      question.options.forEach((option, o) => {
        if (values.has(option.value))
          issues.push({ path: [...at, 'options', o, 'value'], message: `option ${option.value} is used twice` });
        values.add(option.value);
        if (option.dontKnow && option.points !== 0) {
          issues.push({ path: [...at, 'options', o, 'points'], message: 'a "don\'t know" option scores 0' });
        }
      });
    });
  });

  if (Object.values(document.scoring.weights).every((weight) => weight === 0)) {
    issues.push({ path: ['scoring', 'weights'], message: 'at least one weight must be above 0' });
  }
  if (document.scoring.bands.close.minOverall > document.scoring.bands.ready.minOverall) {
    issues.push({
      path: ['scoring', 'bands', 'close', 'minOverall'],
      message: 'the close band cannot start above the ready band',
    });
  }

  const contradictionKeys = new Set<string>();
  document.scoring.contradictions.forEach((contradiction, c) => {
    const at = ['scoring', 'contradictions', c];
    if (contradictionKeys.has(contradiction.key))
      issues.push({ path: [...at, 'key'], message: `contradiction ${contradiction.key} is declared twice` });
    contradictionKeys.add(contradiction.key);
    contradiction.when.forEach((condition, w) => {
      const question = questions.get(condition.question);
      if (!question) {
        issues.push({ path: [...at, 'when', w, 'question'], message: `unknown question ${condition.question}` });
        return;
      }
      condition.anyOf.forEach((value, v) => {
        if (!question.options.some((option) => option.value === value)) {
          issues.push({ path: [...at, 'when', w, 'anyOf', v], message: `question ${condition.question} has no option ${value}` });
        }
      });
    });
  });

  const contactKeys = new Set<string>();
  document.contactFields.forEach((field, f) => {
    if (contactKeys.has(field.key))
      issues.push({ path: ['contactFields', f, 'key'], message: `contact field ${field.key} appears twice` });
    contactKeys.add(field.key);
  });
  for (const required of ['name', 'email'] as const) {
    if (!contactKeys.has(required))
      issues.push({ path: ['contactFields'], message: `the ${required} contact field is required` });
  }

  issues.push(...translationIssues(document));
  return issues;
};

/**
 * Checks a questionnaire document before it is stored or activated: its shape (unknown keys
 * refused) and the rules that span fields. Returns the document, typed, or every issue
 * with its path.
 */
export const validateQuestionnaire = (
  input: unknown
): { ok: true; document: QuestionnaireDocument } | { ok: false; issues: Issue[] } => {
  const parsed = questionnaireSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: issuesOf(parsed.error) };
  }
  const document = parsed.data as QuestionnaireDocument;
  const issues = crossFieldIssues(document);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, document };
};
