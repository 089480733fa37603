import type { PublicQuestionnaire } from '../../shared/contracts/public-form';

export type ContactKey = 'name' | 'email' | 'company' | 'role' | 'teamSize' | 'timezone';

/** What the respondent has entered, as the form's controls hold it (all text until sent). */
export type FormValues = {
  contact: Record<ContactKey, string>;
  answers: Record<string, string | string[]>;
  backlog: string;
  consent: boolean;
  sendReport: boolean;
  /** The honeypot: hidden, and filled only by bots. */
  url: string;
};

/** A problem with one control, named by the control's `name` (`contact.email`, `answers.docs_where`). */
export type FieldError = { name: string; message: string };

/** The form as the server sent it; `locale` is absent from a server older than locales. */
export type Questionnaire = PublicQuestionnaire & { formToken: string; locale?: string };

export const CONTACT_KEYS: ContactKey[] = ['name', 'email', 'company', 'role', 'teamSize', 'timezone'];

/** An empty form for `questionnaire`, with the time zone preset. */
export const emptyValues = (timezone: string): FormValues => ({
  contact: { name: '', email: '', company: '', role: '', teamSize: '', timezone },
  answers: {},
  backlog: '',
  consent: false,
  sendReport: false,
  url: '',
});
