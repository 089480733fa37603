import type { FieldError, FormValues, Questionnaire } from './form-values';
import { EN, type FormMessages } from './messages';

/**
 * The shape every address has (something@domain.tld, no spaces): enough to catch a typo
 * before sending. The server's rule is stricter (zod's email pattern) and is the authority;
 * what it refuses beyond this comes back as a 400 shown next to the field.
 */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** The server's bounds on each contact field (validate-submission.ts). */
const MAX_LENGTH = { name: 120, email: 254, company: 160, role: 120, timezone: 64 } as const;
const TEAM_SIZE_MAX = 1_000_000;
const TEXT_ANSWER_MAX = 4000;

/** Whether `name` is a time zone this browser's Intl knows; the server checks it against its own list. */
export const isKnownTimezone = (name: string): boolean => {
  if (name.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

const blank = (value: string | string[] | undefined) =>
  value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);

/**
 * Checks what the server checks before anything is sent: required fields and answers,
 * the email's shape, the team size as a whole number, the time zone, the lengths, and
 * consent. Each problem names its control, in the order the form shows them, in the
 * form's language.
 */
export const validateForm = (questionnaire: Questionnaire, values: FormValues, messages: FormMessages = EN): FieldError[] => {
  const errors: FieldError[] = [];
  const add = (name: string, message: string) => errors.push({ name, message });

  for (const field of questionnaire.contactFields) {
    const name = `contact.${field.key}`;
    const value = values.contact[field.key].trim();
    // Every contact field is required by the server's schema, whatever the document says.
    if (value === '') {
      add(name, messages.enter(field.label));
      continue;
    }
    if (field.key === 'teamSize') {
      const size = Number(value);
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(size) || size < 1 || size > TEAM_SIZE_MAX) {
        add(name, messages.wholeNumber(TEAM_SIZE_MAX));
      }
      continue;
    }
    const max = MAX_LENGTH[field.key];
    if (value.length > max) add(name, messages.atMost(max));
    else if (field.key === 'email' && !EMAIL.test(value)) add(name, messages.email);
    else if (field.key === 'timezone' && !isKnownTimezone(value)) add(name, messages.timezone);
  }

  for (const dimension of questionnaire.dimensions) {
    for (const question of dimension.questions) {
      const value = values.answers[question.key];
      const name = `answers.${question.key}`;
      if (question.required && blank(value)) add(name, question.kind === 'text' ? messages.writeAnswer : messages.chooseAnswer);
      else if (question.kind === 'text' && typeof value === 'string' && value.length > TEXT_ANSWER_MAX) {
        add(name, messages.atMost(TEXT_ANSWER_MAX));
      }
    }
  }

  if (questionnaire.backlog.required && values.backlog.trim() === '') add('backlog', messages.describeBacklog);
  else if (values.backlog.length > questionnaire.backlog.maxLength) {
    add('backlog', messages.atMost(questionnaire.backlog.maxLength));
  }
  if (!values.consent) add('consent', messages.consent);
  return errors;
};
