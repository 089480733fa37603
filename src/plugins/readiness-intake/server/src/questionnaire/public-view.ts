import type { PublicQuestionnaire } from '../../../shared/contracts/public-form';
import type { QuestionnaireDocument } from '../../../shared/contracts/questionnaires';

/**
 * What a website needs to render the form: questions and option labels, with every point,
 * weight, gate and contradiction left out, so the public cannot answer to the scoring.
 */
export const toPublicQuestionnaire = (document: QuestionnaireDocument): PublicQuestionnaire => ({
  version: document.version,
  title: document.title,
  intro: document.intro,
  dimensions: document.dimensions.map((dimension) => ({
    key: dimension.key,
    title: dimension.title,
    description: dimension.description,
    questions: dimension.questions.map((question) => ({
      key: question.key,
      prompt: question.prompt,
      help: question.help ?? null,
      kind: question.kind,
      required: question.required,
      options: question.options.map((option) => ({ value: option.value, label: option.label })),
    })),
  })),
  contactFields: document.contactFields.map((field) => ({ ...field, help: field.help ?? null })),
  backlog: { ...document.backlogPrompt, help: document.backlogPrompt.help ?? null },
  consentText: document.consentText,
});
