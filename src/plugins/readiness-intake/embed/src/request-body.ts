import type { SubmissionSource, SubmitIntake } from '../../shared/contracts/public-form';
import type { FormValues, Questionnaire } from './form-values';

/**
 * The POST body for the form as filled: contact fields trimmed, the team size a number,
 * each answer in its question's kind (a value, an array, text), unanswered optional
 * questions left out, and the attribution and report choice alongside.
 */
export const buildRequestBody = (
  questionnaire: Questionnaire,
  values: FormValues,
  source: SubmissionSource
): SubmitIntake.Request['body'] => {
  const answers: Record<string, string | string[]> = {};
  for (const question of questionnaire.dimensions.flatMap((dimension) => dimension.questions)) {
    const value = values.answers[question.key];
    if (value === undefined) continue;
    if (question.kind === 'multi') {
      const picked = Array.isArray(value) ? value : [value];
      if (picked.length > 0) answers[question.key] = picked;
    } else {
      const text = Array.isArray(value) ? (value[0] ?? '') : value;
      if (text.trim() !== '') answers[question.key] = text;
    }
  }
  const contact = values.contact;
  return {
    data: {
      questionnaireVersion: questionnaire.version,
      formToken: questionnaire.formToken,
      contact: {
        name: contact.name.trim(),
        email: contact.email.trim(),
        company: contact.company.trim(),
        role: contact.role.trim(),
        teamSize: Number(contact.teamSize.trim()),
        timezone: contact.timezone.trim(),
      },
      answers,
      backlog: values.backlog,
      consent: values.consent,
      sendReport: values.sendReport,
      source,
      // The locale the server answered in, so the report and reading follow the form's language.
      ...(questionnaire.locale ? { locale: questionnaire.locale } : {}),
      // Sent only when a bot filled it, as the server reads any value as spam.
      ...(values.url !== '' ? { url: values.url } : {}),
    },
  };
};
