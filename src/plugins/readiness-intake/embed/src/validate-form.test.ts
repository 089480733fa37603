import fc from 'fast-check';

import { checkSubmission, submissionBody } from '../../server/src/intake/validate-submission';
import { DEFAULT_QUESTIONNAIRE } from '../../server/src/questionnaire/default-questionnaire';
import { toPublicQuestionnaire } from '../../server/src/questionnaire/public-view';
import { issuesOf } from '../../server/src/utils/issues';
import type { FormValues, Questionnaire } from './form-values';
import { FORM_MESSAGES } from './messages';
import { buildRequestBody } from './request-body';
import { controlNameOf } from './server-errors';
import { validateForm } from './validate-form';

const QUESTIONNAIRE: Questionnaire = { ...toPublicQuestionnaire(DEFAULT_QUESTIONNAIRE), formToken: 'token' };
const QUESTIONS = QUESTIONNAIRE.dimensions.flatMap((dimension) => dimension.questions);

/** What the server says of a body, as control names (the same mapping the element uses for a 400). */
const serverRefuses = (values: FormValues): string[] => {
  const body = buildRequestBody(QUESTIONNAIRE, values, { page: '/contact/' });
  const parsed = submissionBody.safeParse(body);
  const issues = parsed.success
    ? (() => {
        const checked = checkSubmission(DEFAULT_QUESTIONNAIRE, parsed.data.data);
        return checked.ok ? [] : checked.issues;
      })()
    : issuesOf(parsed.error);
  return issues.map((issue) => controlNameOf(issue.path) ?? issue.path.join('.'));
};

const line = (max: number) =>
  fc
    .string({ minLength: 1, maxLength: max, unit: fc.constantFrom('a', 'B', 'ø', ' ', '-', '7', 'é') })
    .filter((text) => text.trim() !== '');
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]{1,20}([._+-][a-z0-9]{1,10})?$/),
    fc.stringMatching(/^[a-z0-9]{1,15}(-[a-z0-9]{1,8})?$/),
    fc.constantFrom('com', 'dk', 'example', 'co.id')
  )
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

/** A form a person could fill in fully and correctly. */
const filledForm: fc.Arbitrary<FormValues> = fc.record({
  contact: fc.record({
    name: line(120),
    email,
    company: line(160),
    role: line(120),
    teamSize: fc.integer({ min: 1, max: 1_000_000 }).map((size) => ` ${size}`),
    timezone: fc.constantFrom('Europe/Copenhagen', 'Asia/Jakarta', 'America/Chicago', 'Pacific/Auckland', 'UTC'),
  }),
  answers: fc.record(
    Object.fromEntries(
      QUESTIONS.map((question) => [
        question.key,
        question.kind === 'text'
          ? fc.string({ maxLength: 200 })
          : question.kind === 'single'
            ? fc.constantFrom(...question.options.map((option) => option.value))
            : fc.subarray(
                question.options.map((option) => option.value),
                { minLength: question.required ? 1 : 0 }
              ),
      ])
    )
  ),
  backlog: fc.string({ maxLength: 300 }),
  consent: fc.constant(true),
  sendReport: fc.boolean(),
  url: fc.constant(''),
});

describe('the form checks what the server checks', () => {
  it('finds nothing wrong with a correctly filled form, and the server accepts its body', () => {
    fc.assert(
      fc.property(filledForm, (values) => {
        expect(validateForm(QUESTIONNAIRE, values)).toEqual([]);
        expect(serverRefuses(values)).toEqual([]);
      })
    );
  });

  it('names exactly the controls left blank (or consent not given), and the server refuses nothing else', () => {
    const required = [
      ...QUESTIONNAIRE.contactFields.map((field) => `contact.${field.key}`),
      ...QUESTIONS.filter((question) => question.required).map((question) => `answers.${question.key}`),
      'consent',
    ];
    fc.assert(
      fc.property(filledForm, fc.subarray(required, { minLength: 1 }), (filled, blanked) => {
        // fast-check replays generated values while shrinking: change a copy.
        const values = structuredClone(filled);
        for (const name of blanked) {
          const [group, key] = name.split('.');
          if (name === 'consent') values.consent = false;
          else if (group === 'contact') values.contact[key as keyof FormValues['contact']] = '  ';
          else delete values.answers[key];
        }
        const client = validateForm(QUESTIONNAIRE, values).map((error) => error.name);
        expect(new Set(client)).toEqual(new Set(blanked));
        // The server refuses it too, and only for controls the form has already named (it
        // checks in two stages, so it may name fewer at once).
        const server = serverRefuses(values);
        expect(server.length).toBeGreaterThan(0);
        for (const name of server) expect(blanked).toContain(name);
      })
    );
  });

  it('refuses a team size that is not a whole number in the server range, with its own message', () => {
    const values = fc.sample(filledForm, 1)[0];
    for (const teamSize of ['0', '2.5', 'six', '1e3', '-4', '1000001']) {
      values.contact.teamSize = teamSize;
      expect(validateForm(QUESTIONNAIRE, values)).toEqual([
        { name: 'contact.teamSize', message: 'Enter a whole number from 1 to 1,000,000.' },
      ]);
    }
  });

  it('says it in the form’s language', () => {
    const values = fc.sample(filledForm, 1)[0];
    values.contact.teamSize = 'six';
    values.consent = false;
    expect(validateForm(QUESTIONNAIRE, values, FORM_MESSAGES.da)).toEqual([
      { name: 'contact.teamSize', message: 'Skriv et helt tal fra 1 til 1.000.000.' },
      { name: 'consent', message: 'Sæt hak for at give samtykke, så vi kan sende spørgeskemaet.' },
    ]);
  });

  it('catches an address without an @ or a domain, and leaves finer points to the server', () => {
    const values = fc.sample(filledForm, 1)[0];
    for (const address of ['mia', 'mia@', 'mia@fjord', 'mia hansen@fjord.example', '@fjord.example']) {
      values.contact.email = address;
      expect(validateForm(QUESTIONNAIRE, values).map((error) => error.name)).toEqual(['contact.email']);
    }
    // Two dots in a row pass the shape check; the server's stricter rule refuses it by path.
    values.contact.email = 'mia..hansen@fjord.example';
    expect(validateForm(QUESTIONNAIRE, values)).toEqual([]);
    expect(serverRefuses(values)).toEqual(['contact.email']);
  });

  it('refuses an unknown time zone and a text over the server bound', () => {
    const values = fc.sample(filledForm, 1)[0];
    values.contact.timezone = 'Mars/Olympus_Mons';
    expect(validateForm(QUESTIONNAIRE, values).map((error) => error.name)).toEqual(['contact.timezone']);
    expect(serverRefuses(values)).toEqual(['contact.timezone']);
    values.contact.timezone = 'UTC';
    values.contact.name = 'x'.repeat(121);
    expect(validateForm(QUESTIONNAIRE, values).map((error) => error.name)).toEqual(['contact.name']);
    expect(serverRefuses(values)).toEqual(['contact.name']);
  });
});

describe('the request body', () => {
  it('sends each answer in its question kind, leaves blank optional answers out, and sends the honeypot only when filled', () => {
    const values = fc.sample(filledForm, 1)[0];
    const text = QUESTIONS.find((question) => question.kind === 'text' && !question.required);
    if (text) values.answers[text.key] = '   ';
    const body = buildRequestBody(QUESTIONNAIRE, values, { articleSlug: 'wellington' });
    expect(body.data.contact.teamSize).toBe(Number(values.contact.teamSize));
    if (text) expect(body.data.answers).not.toHaveProperty(text.key);
    for (const question of QUESTIONS.filter((question) => question.kind === 'multi')) {
      const answer = body.data.answers[question.key];
      if (answer !== undefined) expect(Array.isArray(answer)).toBe(true);
    }
    expect(body.data).not.toHaveProperty('url');
    expect(body.data.source).toEqual({ articleSlug: 'wellington' });
    expect(buildRequestBody(QUESTIONNAIRE, { ...values, url: 'http://spam.example' }, {}).data.url).toBe('http://spam.example');
  });

  it('sends the locale the server answered in, which the server accepts, and none when it named none', () => {
    const values = fc.sample(filledForm, 1)[0];
    const body = buildRequestBody({ ...QUESTIONNAIRE, locale: 'da' }, values, {});
    expect(body.data.locale).toBe('da');
    const parsed = submissionBody.safeParse(body);
    expect(parsed.success && checkSubmission(DEFAULT_QUESTIONNAIRE, parsed.data.data)).toMatchObject({
      ok: true,
      input: { locale: 'da' },
    });
    expect(buildRequestBody(QUESTIONNAIRE, values, {}).data).not.toHaveProperty('locale');
  });
});
