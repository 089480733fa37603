import fc from 'fast-check';

import type { QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import { DEFAULT_QUESTIONNAIRE } from '../questionnaire/default-questionnaire';
import { issuesOf as zodIssuesOf, type Issue } from '../utils/issues';
import { checkSubmission, submissionBody } from './validate-submission';

/** Both checks in the order a request meets them: the body's shape in the controller, the questionnaire in the service. */
const validateSubmission = (questionnaire: QuestionnaireDocument, body: unknown) => {
  const parsed = submissionBody.safeParse(body);
  if (!parsed.success) return { ok: false as const, issues: zodIssuesOf(parsed.error) };
  return checkSubmission(questionnaire, parsed.data.data);
};

const QUESTIONS = DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) => dimension.questions);
const REQUIRED_SINGLE = QUESTIONS.filter((question) => question.kind === 'single' && question.required);

/** The best option of every required single question: a complete, valid set of answers. */
const BEST_REQUIRED_ANSWERS: Record<string, string> = Object.fromEntries(
  REQUIRED_SINGLE.map((question) => [
    question.key,
    question.options.reduce((best, option) => (option.points > best.points ? option : best)).value,
  ])
);

/** A fresh valid body, loosely typed so a test can break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const validBody = (): any => ({
  data: {
    questionnaireVersion: DEFAULT_QUESTIONNAIRE.version,
    formToken: 'eyJ2IjoxfQ.signature',
    contact: {
      name: 'Ada Lovelace',
      email: 'Ada.Lovelace@Example.COM',
      company: 'Analytical Engines Ltd',
      role: 'CTO',
      teamSize: 6,
      timezone: 'europe/copenhagen',
    },
    answers: { ...BEST_REQUIRED_ANSWERS },
    backlog: 'A billing service that replaces the spreadsheet.',
    consent: true,
  },
});

const issuesOf = (body: unknown, questionnaire: QuestionnaireDocument = DEFAULT_QUESTIONNAIRE): Issue[] => {
  const result = validateSubmission(questionnaire, body);
  if (result.ok) throw new Error('expected the submission to be refused');
  return result.issues;
};
const pathsOf = (body: unknown) => issuesOf(body).map((issue) => issue.path);

describe('validateSubmission with the default questionnaire', () => {
  it('given a complete valid body, when validated, then it is ok with the email lower-cased and the time zone canonicalised', () => {
    const result = validateSubmission(DEFAULT_QUESTIONNAIRE, validBody());

    expect(result).toEqual({
      ok: true,
      input: {
        questionnaireVersion: DEFAULT_QUESTIONNAIRE.version,
        formToken: 'eyJ2IjoxfQ.signature',
        contact: {
          name: 'Ada Lovelace',
          email: 'ada.lovelace@example.com',
          company: 'Analytical Engines Ltd',
          role: 'CTO',
          teamSize: 6,
          timezone: 'Europe/Copenhagen',
        },
        answers: BEST_REQUIRED_ANSWERS,
        backlog: 'A billing service that replaces the spreadsheet.',
        consent: true,
        url: '',
        source: null,
        sendReport: false,
        locale: 'en',
      },
    });
  });

  it('given an email and a name with surrounding spaces, when validated, then both are trimmed', () => {
    const body = validBody();
    body.data.contact.email = '  ada@example.com ';
    body.data.contact.name = '  Ada ';

    const result = validateSubmission(DEFAULT_QUESTIONNAIRE, body);

    expect(result.ok && result.input.contact).toMatchObject({ email: 'ada@example.com', name: 'Ada' });
  });

  it('given no backlog and no honeypot, when validated, then both default to empty strings', () => {
    const body = validBody();
    delete body.data.backlog;

    const result = validateSubmission(DEFAULT_QUESTIONNAIRE, body);

    expect(result.ok && { backlog: result.input.backlog, url: result.input.url }).toEqual({ backlog: '', url: '' });
  });

  it('given optional multi and text answers, when validated, then they are kept', () => {
    const body = validBody();
    body.data.answers.documentation_artifacts = ['runbooks', 'data_model'];
    body.data.answers.documentation_notes = 'Docs live in the repository.';

    const result = validateSubmission(DEFAULT_QUESTIONNAIRE, body);

    expect(result.ok && result.input.answers).toMatchObject({
      documentation_artifacts: ['runbooks', 'data_model'],
      documentation_notes: 'Docs live in the repository.',
    });
  });

  it('given the honeypot filled in, when validated, then it is passed on for the caller to judge', () => {
    const body = validBody();
    body.data.url = 'https://spam.example';

    const result = validateSubmission(DEFAULT_QUESTIONNAIRE, body);

    expect(result.ok && result.input.url).toBe('https://spam.example');
  });

  type BadInput = [name: string, mutate: (body: any) => unknown, path: Array<string | number>];

  const badInputs: BadInput[] = [
    ['an unknown top-level key', (body) => (body.extra = true), []],
    ['an unknown key in data', (body) => (body.data.referrer = 'google'), ['data']],
    ['an unknown key in contact', (body) => (body.data.contact.phone = '+45 12345678'), ['data', 'contact']],
    ['a missing contact field', (body) => delete body.data.contact.company, ['data', 'contact', 'company']],
    ['a blank contact field', (body) => (body.data.contact.role = '   '), ['data', 'contact', 'role']],
    ['teamSize as a string', (body) => (body.data.contact.teamSize = '6'), ['data', 'contact', 'teamSize']],
    ['teamSize 0', (body) => (body.data.contact.teamSize = 0), ['data', 'contact', 'teamSize']],
    ['teamSize 2.5', (body) => (body.data.contact.teamSize = 2.5), ['data', 'contact', 'teamSize']],
    ['a bad email', (body) => (body.data.contact.email = 'ada-at-example.com'), ['data', 'contact', 'email']],
    ['an unknown time zone', (body) => (body.data.contact.timezone = 'Mars/Olympus_Mons'), ['data', 'contact', 'timezone']],
    ['a UTC offset for a time zone', (body) => (body.data.contact.timezone = '+01:00'), ['data', 'contact', 'timezone']],
    ['consent false', (body) => (body.data.consent = false), ['data', 'consent']],
    ['consent missing', (body) => delete body.data.consent, ['data', 'consent']],
    [
      'a wrong questionnaireVersion',
      (body) => (body.data.questionnaireVersion = DEFAULT_QUESTIONNAIRE.version + 1),
      ['data', 'questionnaireVersion'],
    ],
    ['an unknown question key', (body) => (body.data.answers.vibes_overall = 'good'), ['data', 'answers', 'vibes_overall']],
    [
      'an unknown option value for a single question',
      (body) => (body.data.answers.async_decisions = 'carved_in_stone'),
      ['data', 'answers', 'async_decisions'],
    ],
    [
      'an array for a single question',
      (body) => (body.data.answers.async_decisions = ['decision_log']),
      ['data', 'answers', 'async_decisions'],
    ],
    [
      'a string for a multi question',
      (body) => (body.data.answers.handoff_day_one = 'test_data'),
      ['data', 'answers', 'handoff_day_one'],
    ],
    [
      'an unknown value inside a multi array',
      (body) => (body.data.answers.handoff_day_one = ['test_data', 'free_lunch', 'owner_list']),
      ['data', 'answers', 'handoff_day_one', 1],
    ],
    [
      'the same value twice in a multi array',
      (body) => (body.data.answers.handoff_day_one = ['test_data', 'test_data']),
      ['data', 'answers', 'handoff_day_one'],
    ],
    [
      'an array for a text question',
      (body) => (body.data.answers.documentation_notes = ['notes']),
      ['data', 'answers', 'documentation_notes'],
    ],
    [
      'a required question missing',
      (body) => delete body.data.answers.ownership_reviewer,
      ['data', 'answers', 'ownership_reviewer'],
    ],
    ['a backlog over 4000 characters', (body) => (body.data.backlog = 'x'.repeat(4001)), ['data', 'backlog']],
    [
      'a text answer over 4000 characters',
      (body) => (body.data.answers.documentation_notes = 'x'.repeat(4001)),
      ['data', 'answers', 'documentation_notes'],
    ],
    ['data missing', (body) => delete body.data, ['data']],
    ['answers missing', (body) => delete body.data.answers, ['data', 'answers']],
  ];

  it.each(badInputs)(
    'given %s, when validated, then it is refused with exactly one issue at that path',
    (_name, mutate, path) => {
      const body = validBody();
      mutate(body);

      const issues = issuesOf(body);

      expect(issues.map((issue) => issue.path)).toEqual([path]);
      expect(issues[0].message).toEqual(expect.any(String));
      expect(issues[0].message.length).toBeGreaterThan(0);
    }
  );

  it('given a required question answered with a blank string, when validated, then it is refused as required at that question', () => {
    const body = validBody();
    body.data.answers.ownership_reviewer = '  ';

    const issues = issuesOf(body);

    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining([['data', 'answers', 'ownership_reviewer']]));
    expect(issues).toContainEqual({ path: ['data', 'answers', 'ownership_reviewer'], message: 'is required' });
    expect(issues.every((issue) => issue.path.join('.') === 'data.answers.ownership_reviewer')).toBe(true);
  });

  it('given a backlog of exactly 4000 characters, when validated, then it is ok', () => {
    const body = validBody();
    body.data.backlog = 'x'.repeat(4000);

    expect(validateSubmission(DEFAULT_QUESTIONNAIRE, body).ok).toBe(true);
  });

  it('given an unknown key in contact, when validated, then the message names the key', () => {
    const body = validBody();
    body.data.contact.phone = '+45 12345678';

    expect(issuesOf(body)).toEqual([{ path: ['data', 'contact'], message: expect.stringContaining('phone') }]);
  });

  it('given an unknown option value, when validated, then the message names the value', () => {
    const body = validBody();
    body.data.answers.async_decisions = 'carved_in_stone';

    expect(issuesOf(body)).toEqual([
      { path: ['data', 'answers', 'async_decisions'], message: expect.stringContaining('carved_in_stone') },
    ]);
  });

  it.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['an array', [validBody()]],
    ['undefined', undefined],
  ])('given a body that is %s, when validated, then it is refused at the root', (_name, body) => {
    expect(pathsOf(body)).toEqual([[]]);
  });

  it('given several problems in contact, when validated, then every one is reported', () => {
    const body = validBody();
    body.data.contact.email = 'not-an-email';
    body.data.contact.teamSize = 0;
    delete body.data.contact.name;

    const paths = pathsOf(body);

    expect(paths).toHaveLength(3);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['data', 'contact', 'email'],
        ['data', 'contact', 'teamSize'],
        ['data', 'contact', 'name'],
      ])
    );
  });

  it('given several problems past the shape check, when validated, then every one is reported', () => {
    const body = validBody();
    body.data.questionnaireVersion = 99;
    body.data.contact.timezone = 'Atlantis/Capital';
    body.data.consent = false;
    body.data.backlog = 'x'.repeat(4001);
    body.data.answers.vibes_overall = 'good';
    body.data.answers.handoff_day_one = ['free_lunch'];
    delete body.data.answers.async_decisions;

    const paths = pathsOf(body);

    expect(paths).toHaveLength(7);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['data', 'questionnaireVersion'],
        ['data', 'contact', 'timezone'],
        ['data', 'consent'],
        ['data', 'backlog'],
        ['data', 'answers', 'vibes_overall'],
        ['data', 'answers', 'handoff_day_one', 0],
        ['data', 'answers', 'async_decisions'],
      ])
    );
  });

  it('given no answers at all, when validated, then every required question is reported', () => {
    const body = validBody();
    body.data.answers = {};

    const paths = pathsOf(body);

    expect(paths).toHaveLength(REQUIRED_SINGLE.length);
    expect(paths).toEqual(expect.arrayContaining(REQUIRED_SINGLE.map((question) => ['data', 'answers', question.key])));
  });

  it('given a questionnaire that requires the backlog, when the backlog is blank, then it is refused at data.backlog', () => {
    const questionnaire: QuestionnaireDocument = {
      ...DEFAULT_QUESTIONNAIRE,
      backlogPrompt: { ...DEFAULT_QUESTIONNAIRE.backlogPrompt, required: true },
    };
    const body = validBody();
    body.data.backlog = '   ';

    expect(issuesOf(body, questionnaire).map((issue) => issue.path)).toEqual([['data', 'backlog']]);
  });

  it('given any random JSON body, when validated, then it never throws and is refused', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        const result = validateSubmission(DEFAULT_QUESTIONNAIRE, body);
        expect(result.ok).toBe(false);
      })
    );
  });

  it('given a valid body with random JSON in place of data, contact or answers, when validated, then it never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom('data', 'contact', 'answers', 'backlog', 'consent'), fc.jsonValue(), (field, value) => {
        const body = validBody();
        if (field === 'data') body.data = value;
        else body.data[field] = value;
        const result = validateSubmission(DEFAULT_QUESTIONNAIRE, body);
        expect(typeof result.ok).toBe('boolean');
      })
    );
  });

  it('given random answers keyed by real question keys, when validated, then it never throws and any issue points into data.answers', () => {
    const keys = QUESTIONS.map((question) => question.key);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()), (answers) => {
        const body = validBody();
        body.data.answers = answers;
        const result = validateSubmission(DEFAULT_QUESTIONNAIRE, body);
        if (!result.ok) for (const issue of result.issues) expect(issue.path.slice(0, 2)).toEqual(['data', 'answers']);
      })
    );
  });
});

describe('validateSubmission and what a database can store', () => {
  const UNSTORABLE = ['a\u0000b', 'x\ud800', '\udfffy'];
  const TEXT_QUESTION = QUESTIONS.find((question) => question.kind === 'text')!;
  const FIELDS: Array<[string[], (body: ReturnType<typeof validBody>, text: string) => void]> = [
    [['data', 'contact', 'name'], (body, text) => (body.data.contact.name = text)],
    [['data', 'contact', 'company'], (body, text) => (body.data.contact.company = text)],
    [['data', 'contact', 'role'], (body, text) => (body.data.contact.role = text)],
    [['data', 'contact', 'email'], (body, text) => (body.data.contact.email = `a${text}@example.com`)],
    [['data', 'backlog'], (body, text) => (body.data.backlog = text)],
    [['data', 'answers', TEXT_QUESTION.key], (body, text) => (body.data.answers[TEXT_QUESTION.key] = text)],
  ];

  it.each(
    FIELDS.flatMap(([path, set]) => UNSTORABLE.map((text) => [path.join('.'), JSON.stringify(text), path, set, text] as const))
  )('given %s holding %s, when validated, then it is refused at that path', (_, __, path, set, text) => {
    const body = validBody();
    set(body, text);
    expect(pathsOf(body)).toContainEqual(path);
  });

  it('given an answer key with a NUL, when validated, then it is refused at that key, saying why', () => {
    const body = validBody();
    body.data.answers['doc_\u0000'] = 'x';
    expect(issuesOf(body)).toContainEqual({
      path: ['data', 'answers', 'doc_\u0000'],
      message: 'has a key that contains a NUL character or a lone surrogate, which cannot be stored',
    });
  });

  it('given a questionnaire version past the int4 range, when validated, then it is refused at its path', () => {
    const body = validBody();
    body.data.questionnaireVersion = 2 ** 31;
    expect(pathsOf(body)).toEqual([['data', 'questionnaireVersion']]);
  });

  it('given any well-formed name without a NUL, when validated, then it is never refused as unstorable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (name) => {
        const body = validBody();
        body.data.contact.name = name;
        const result = validateSubmission(DEFAULT_QUESTIONNAIRE, body);
        const unstorable = !result.ok && result.issues.some((issue) => /cannot be stored/.test(issue.message));
        expect(unstorable).toBe(name.includes('\u0000'));
      })
    );
  });
});

describe('validateSubmission and data.source', () => {
  const withSource = (source: unknown) => {
    const body = validBody();
    body.data.source = source;
    return body;
  };
  const accepted = (body: unknown) => {
    const result = validateSubmission(DEFAULT_QUESTIONNAIRE, body);
    if (!result.ok) throw new Error(`expected the submission to pass, got ${JSON.stringify(result.issues)}`);
    return result.input;
  };

  it('given every key of source, when validated, then it is kept, the referrer without its query string, fragment or password', () => {
    const input = accepted(
      withSource({
        page: '/articles/wellington-hiring',
        articleSlug: 'wellington-hiring',
        cta: 'article-footer',
        referrer: 'https://user:secret@News.Example.com/item?id=42&email=ada%40example.com#comments',
        utm: { source: 'newsletter', medium: 'email', campaign: 'q3-founders', term: 'async', content: 'hero' },
      })
    );

    expect(input.source).toEqual({
      page: '/articles/wellington-hiring',
      articleSlug: 'wellington-hiring',
      cta: 'article-footer',
      referrer: 'https://news.example.com/item',
      utm: { source: 'newsletter', medium: 'email', campaign: 'q3-founders', term: 'async', content: 'hero' },
    });
  });

  it('given no source, or one whose values are all blank, when validated, then no source is stored', () => {
    expect(accepted(validBody()).source).toBeNull();
    expect(accepted(withSource({})).source).toBeNull();
    expect(accepted(withSource({ referrer: '', utm: { campaign: '  ' } })).source).toBeNull();
  });

  it('given a page with a query string and fragment, when validated, then the page is kept without them', () => {
    expect(accepted(withSource({ page: '/contact?email=ada@example.com#form' })).source).toEqual({ page: '/contact' });
  });

  it('given a value of exactly 300 characters, when validated, then it is kept', () => {
    expect(accepted(withSource({ cta: 'x'.repeat(300) })).source).toEqual({ cta: 'x'.repeat(300) });
  });

  it('given sendReport, when validated, then it is passed on, false when absent', () => {
    const body = validBody();
    expect(accepted(body).sendReport).toBe(false);
    body.data.sendReport = true;
    expect(accepted(body).sendReport).toBe(true);
  });

  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['ID', 'id'],
    ['fr', 'en'],
    ['pt-BR', 'en'],
    [undefined, 'en'],
  ])('given locale %p, when validated, then the questionnaire locale %p serves it', (locale, expected) => {
    const body = validBody();
    body.data.locale = locale;
    expect(accepted(body).locale).toBe(expected);
  });

  it.each([['da_DK'], ['english please'], [''], ['x'.repeat(36)], [42], [['da']], [null], ['d\u0000a']])(
    'given a malformed locale %p, when validated, then it is refused at data.locale',
    (locale) => {
      const body = validBody();
      body.data.locale = locale;
      expect(pathsOf(body)).toEqual([['data', 'locale']]);
    }
  );

  type BadSource = [name: string, body: () => unknown, path: string];
  const badSources: BadSource[] = [
    ['an unknown key in source', () => withSource({ page: '/', gclid: 'abc' }), 'data.source'],
    ['an unknown key in utm', () => withSource({ utm: { foo: 'bar' } }), 'data.source.utm'],
    ['source as a string', () => withSource('/articles/x'), 'data.source'],
    ['utm as an array', () => withSource({ utm: ['newsletter'] }), 'data.source.utm'],
    ['a number for cta', () => withSource({ cta: 3 }), 'data.source.cta'],
    ['null for articleSlug', () => withSource({ articleSlug: null }), 'data.source.articleSlug'],
    ['an array for utm.campaign', () => withSource({ utm: { campaign: ['a'] } }), 'data.source.utm.campaign'],
    ['a page of 301 characters', () => withSource({ page: `/${'x'.repeat(300)}` }), 'data.source.page'],
    ['an articleSlug of 301 characters', () => withSource({ articleSlug: 'x'.repeat(301) }), 'data.source.articleSlug'],
    ['a utm.term of 301 characters', () => withSource({ utm: { term: 'x'.repeat(301) } }), 'data.source.utm.term'],
    ['a page that is a URL', () => withSource({ page: 'https://example.com/contact' }), 'data.source.page'],
    ['a page without a leading slash', () => withSource({ page: 'contact' }), 'data.source.page'],
    ['a protocol-relative page', () => withSource({ page: '//evil.example/contact' }), 'data.source.page'],
    ['a page with a space inside', () => withSource({ page: '/con tact' }), 'data.source.page'],
    ['a referrer that is not a URL', () => withSource({ referrer: 'google' }), 'data.source.referrer'],
    ['a javascript: referrer', () => withSource({ referrer: 'javascript:alert(1)' }), 'data.source.referrer'],
    ['an ftp referrer', () => withSource({ referrer: 'ftp://files.example.com/' }), 'data.source.referrer'],
    [
      'a referrer of 301 characters',
      () => withSource({ referrer: `https://example.com/${'x'.repeat(281)}` }),
      'data.source.referrer',
    ],
    ['a NUL in cta', () => withSource({ cta: 'a\u0000b' }), 'data.source.cta'],
    ['a lone surrogate in utm.source', () => withSource({ utm: { source: 'x\ud800' } }), 'data.source.utm.source'],
    [
      'sendReport as a string',
      () => {
        const body = validBody();
        body.data.sendReport = 'yes';
        return body;
      },
      'data.sendReport',
    ],
  ];

  it.each(badSources)('given %s, when validated, then it is refused with one issue at %s', (_name, body, path) => {
    const issues = issuesOf(body());
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });

  it('given an unknown key in utm, when validated, then the message names the key', () => {
    expect(issuesOf(withSource({ utm: { foo: 'bar' } }))).toEqual([
      { path: ['data', 'source', 'utm'], message: 'unknown keys: foo' },
    ]);
  });

  it('given a referrer whose normalised form outgrows 300 characters, when validated, then it is refused at the referrer', () => {
    // 100 characters that each become six once percent-encoded (%C3%A9).
    const issues = issuesOf(withSource({ referrer: `https://example.com/${'é'.repeat(100)}` }));
    expect(issues).toEqual([{ path: ['data', 'source', 'referrer'], message: expect.stringContaining('300') }]);
  });

  const sourceValue = fc.oneof(fc.string({ maxLength: 320 }), fc.webUrl(), fc.jsonValue());
  const sourceLike = fc.record(
    {
      page: sourceValue,
      articleSlug: sourceValue,
      cta: sourceValue,
      referrer: sourceValue,
      utm: fc.oneof(
        fc.record(
          { source: sourceValue, medium: sourceValue, campaign: sourceValue, term: sourceValue, content: sourceValue },
          { requiredKeys: [] }
        ),
        fc.jsonValue()
      ),
    },
    { requiredKeys: [] }
  );

  it('given random source values, when validated, then it never throws, issues point into data.source, and what is kept is bounded', () => {
    fc.assert(
      fc.property(sourceLike, (source) => {
        const result = validateSubmission(DEFAULT_QUESTIONNAIRE, withSource(source));
        if (!result.ok) {
          for (const issue of result.issues) expect(issue.path.slice(0, 2)).toEqual(['data', 'source']);
          return;
        }
        const stored = result.input.source;
        if (stored === null) return;
        const { utm, ...top } = stored;
        for (const value of [...Object.values(top), ...Object.values(utm ?? {})]) {
          expect(typeof value).toBe('string');
          expect(value.length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(300);
        }
        if (stored.page !== undefined) expect(stored.page).toMatch(/^\/(?!\/)[^?#\s]*$/);
        if (stored.referrer !== undefined) {
          const referrer = new URL(stored.referrer);
          expect(['http:', 'https:']).toContain(referrer.protocol);
          expect(referrer.search + referrer.hash + referrer.username + referrer.password).toBe('');
        }
      })
    );
  });
});
