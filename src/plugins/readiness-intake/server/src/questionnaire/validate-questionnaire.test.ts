import fc from 'fast-check';

import type { QuestionnaireDocument } from '../../../shared/contracts/questionnaires';
import type { Issue } from '../utils/issues';
import { DEFAULT_QUESTIONNAIRE, QUESTIONNAIRE_V1, QUESTIONNAIRE_V2, SHIPPED_QUESTIONNAIRES } from './default-questionnaire';
import { validateQuestionnaire } from './validate-questionnaire';

/** A deep clone of the default questionnaire, loosely typed so a test can break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cloneDefault = (): any => structuredClone(DEFAULT_QUESTIONNAIRE);

/** The same without its translations, for rules of the document's own text alone. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cloneUntranslated = (): any => structuredClone(QUESTIONNAIRE_V2);

const issuesOf = (input: unknown): Issue[] => {
  const result = validateQuestionnaire(input);
  if (result.ok) throw new Error('expected the questionnaire to be refused');
  return result.issues;
};

/** Position of a question in the default questionnaire, as [dimension index, question index]. */
const at = (key: string): [number, number] => {
  for (const [d, dimension] of DEFAULT_QUESTIONNAIRE.dimensions.entries()) {
    const q = dimension.questions.findIndex((question) => question.key === key);
    if (q >= 0) return [d, q];
  }
  throw new Error(`no question ${key}`);
};

describe('validateQuestionnaire', () => {
  it('given the default questionnaire, when validated, then it is ok and returned unchanged', () => {
    const result = validateQuestionnaire(cloneDefault());

    expect(result).toEqual({ ok: true, document: DEFAULT_QUESTIONNAIRE });
  });

  it('given the default questionnaire, then it carries a reading for every band and advice for every dimension', () => {
    const { report } = DEFAULT_QUESTIONNAIRE;
    expect(Object.keys(report!.bandReadings).sort()).toEqual(['close', 'foundation', 'ready']);
    expect(Object.keys(report!.advice).sort()).toEqual(DEFAULT_QUESTIONNAIRE.dimensions.map((d) => d.key).sort());
  });

  it('given version 1 as shipped, without a report, when validated, then it is ok: the report is optional', () => {
    expect(validateQuestionnaire(structuredClone(QUESTIONNAIRE_V1))).toEqual({ ok: true, document: QUESTIONNAIRE_V1 });
    expect(QUESTIONNAIRE_V1.report).toBeUndefined();
  });

  it('given the shipped versions, then the newest is the default and each adds to the last only its report, then its translations', () => {
    expect(SHIPPED_QUESTIONNAIRES.at(-1)).toBe(DEFAULT_QUESTIONNAIRE);
    const [v1, v2, v3] = SHIPPED_QUESTIONNAIRES;
    const { report: _report, version: _version, ...v2Rest } = v2;
    const { version: _v1Version, ...v1Rest } = v1;
    expect(v2Rest).toEqual(v1Rest);
    const { translations, defaultLocale, version: _v3Version, ...v3Rest } = v3;
    const { version: _v2Version, ...v2Whole } = v2;
    expect(v3Rest).toEqual(v2Whole);
    expect([defaultLocale, Object.keys(translations!)]).toEqual(['en', ['da', 'id']]);
    expect(SHIPPED_QUESTIONNAIRES.map((shipped) => shipped.version)).toEqual([1, 2, 3]);
  });

  it('given the default questionnaire, when validated, then the input is not modified', () => {
    const input = cloneDefault();

    validateQuestionnaire(input);

    expect(input).toEqual(DEFAULT_QUESTIONNAIRE);
  });

  type Mutation = [name: string, mutate: (document: any) => void, path: Array<string | number>];

  const [architectureD, architectureQ] = at('documentation_architecture');
  const [setupD, setupQ] = at('handoff_local_setup');
  const [notesD, notesQ] = at('documentation_notes');
  const specificationIndex = DEFAULT_QUESTIONNAIRE.dimensions.findIndex((dimension) => dimension.key === 'specification');
  const dontKnowIndex = DEFAULT_QUESTIONNAIRE.dimensions[architectureD].questions[architectureQ].options.findIndex(
    (option) => option.dontKnow
  );
  const option0 = ['dimensions', architectureD, 'questions', architectureQ, 'options', 0];

  const mutations: Mutation[] = [
    ['an unknown top-level key', (document) => (document.theme = 'dark'), []],
    [
      'an unknown key inside an option',
      (document) => (document.dimensions[architectureD].questions[architectureQ].options[0].weight = 2),
      option0,
    ],
    [
      'an option worth 5 points',
      (document) => (document.dimensions[architectureD].questions[architectureQ].options[0].points = 5),
      [...option0, 'points'],
    ],
    [
      'an option worth -1 points',
      (document) => (document.dimensions[architectureD].questions[architectureQ].options[0].points = -1),
      [...option0, 'points'],
    ],
    [
      'a "don\u2019t know" option worth 2 points',
      (document) => (document.dimensions[architectureD].questions[architectureQ].options[dontKnowIndex].points = 2),
      ['dimensions', architectureD, 'questions', architectureQ, 'options', dontKnowIndex, 'points'],
    ],
    [
      'a question key used in two dimensions',
      (document) =>
        document.dimensions[specificationIndex].questions.push(structuredClone(document.dimensions[notesD].questions[notesQ])),
      [
        'dimensions',
        specificationIndex,
        'questions',
        DEFAULT_QUESTIONNAIRE.dimensions[specificationIndex].questions.length,
        'key',
      ],
    ],
    [
      'an option value used twice in one question',
      (document) => {
        const options = document.dimensions[setupD].questions[setupQ].options;
        options[1].value = options[0].value;
      },
      ['dimensions', setupD, 'questions', setupQ, 'options', 1, 'value'],
    ],
    [
      'a text question with options',
      (document) => (document.dimensions[notesD].questions[notesQ].options = [{ value: 'yes', label: 'Yes', points: 4 }]),
      ['dimensions', notesD, 'questions', notesQ, 'options'],
    ],
    [
      'a single question with one option',
      (document) => document.dimensions[setupD].questions[setupQ].options.splice(1),
      ['dimensions', setupD, 'questions', setupQ, 'options'],
    ],
    ['only five dimensions', (document) => document.dimensions.pop(), ['dimensions']],
    [
      'a dimension listed twice',
      (document) => (document.dimensions[5].key = document.dimensions[4].key),
      ['dimensions', 5, 'key'],
    ],
    [
      'a contradiction naming an unknown question',
      (document) => (document.scoring.contradictions[0].when[0].question = 'specification_vibes'),
      ['scoring', 'contradictions', 0, 'when', 0, 'question'],
    ],
    [
      'a contradiction naming an unknown option value',
      (document) => (document.scoring.contradictions[1].when[1].anyOf = ['pairing_with_one_person', 'osmosis']),
      ['scoring', 'contradictions', 1, 'when', 1, 'anyOf', 1],
    ],
    ['a missing weight', (document) => delete document.scoring.weights.async, ['scoring', 'weights', 'async']],
    [
      'all weights 0',
      (document) => {
        for (const key of Object.keys(document.scoring.weights)) document.scoring.weights[key] = 0;
      },
      ['scoring', 'weights'],
    ],
    [
      'a close band starting above the ready band',
      (document) => (document.scoring.bands.close.minOverall = 80),
      ['scoring', 'bands', 'close', 'minOverall'],
    ],
    [
      'no email contact field',
      (document) => (document.contactFields = document.contactFields.filter((field: { key: string }) => field.key !== 'email')),
      ['contactFields'],
    ],
    ['an unknown key in the report', (document) => (document.report.footer = 'Thanks'), ['report']],
    ['a band reading missing', (document) => delete document.report.bandReadings.close, ['report', 'bandReadings', 'close']],
    ['a blank band reading', (document) => (document.report.bandReadings.ready = '  '), ['report', 'bandReadings', 'ready']],
    ['advice for an unknown dimension', (document) => (document.report.advice.vibes = 'Relax.'), ['report', 'advice', 'vibes']],
    ['advice that is not text', (document) => (document.report.advice.async = 42), ['report', 'advice', 'async']],
    ['a low-score threshold over 100', (document) => (document.report.lowScoreBelow = 101), ['report', 'lowScoreBelow']],
    [
      'a band reading with a NUL',
      (document) => (document.report.bandReadings.foundation = 'a\u0000b'),
      ['report', 'bandReadings', 'foundation'],
    ],
    ['version 0', (document) => (document.version = 0), ['version']],
    ['version 1.5', (document) => (document.version = 1.5), ['version']],
  ];

  it.each(mutations)(
    'given the default questionnaire with %s, when validated, then it is refused with an issue at that path',
    (_name, mutate, path) => {
      const document = cloneDefault();
      mutate(document);

      const issues = issuesOf(document);

      expect(issues.map((issue) => issue.path)).toContainEqual(path);
      for (const issue of issues) expect(issue.message).toEqual(expect.any(String));
    }
  );

  it('given an unknown top-level key, when validated, then the issue names the key', () => {
    const document = cloneDefault();
    document.theme = 'dark';

    expect(issuesOf(document)).toEqual([{ path: [], message: expect.stringContaining('theme') }]);
  });

  it('given a missing email contact field, when validated, then the issue says the email field is required', () => {
    const document = cloneUntranslated();
    document.contactFields = document.contactFields.filter((field: { key: string }) => field.key !== 'email');

    expect(issuesOf(document)).toEqual([{ path: ['contactFields'], message: expect.stringContaining('email') }]);
  });

  it('given a missing name contact field, when validated, then it is refused at contactFields', () => {
    const document = cloneUntranslated();
    document.contactFields = document.contactFields.filter((field: { key: string }) => field.key !== 'name');

    expect(issuesOf(document)).toEqual([{ path: ['contactFields'], message: expect.stringContaining('name') }]);
  });

  it('given a contradiction declared twice, when validated, then the second one is refused at its key', () => {
    const document = cloneDefault();
    document.scoring.contradictions.push(structuredClone(document.scoring.contradictions[0]));
    const last = document.scoring.contradictions.length - 1;

    expect(issuesOf(document).map((issue) => issue.path)).toEqual([['scoring', 'contradictions', last, 'key']]);
  });

  it('given close.minOverall equal to ready.minOverall, when validated, then it is ok', () => {
    const document = cloneDefault();
    document.scoring.bands.close.minOverall = document.scoring.bands.ready.minOverall;

    expect(validateQuestionnaire(document).ok).toBe(true);
  });

  it('given a single weight above 0 and the rest 0, when validated, then it is ok', () => {
    const document: QuestionnaireDocument = cloneDefault();
    document.scoring.weights = { documentation: 1, specification: 0, handoff: 0, scoping: 0, async: 0, ownership: 0 };

    expect(validateQuestionnaire(document).ok).toBe(true);
  });

  it('given several mutations at once, when validated, then every one is reported', () => {
    const document = cloneDefault();
    document.version = 0;
    document.dimensions[architectureD].questions[architectureQ].options[0].points = 5;

    const paths = issuesOf(document).map((issue) => issue.path);

    expect(paths).toContainEqual(['version']);
    expect(paths).toContainEqual([...option0, 'points']);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an array', []],
    ['a string', 'questionnaire'],
    ['an empty object', {}],
  ])('given %s, when validated, then it is refused without throwing', (_name, input) => {
    expect(validateQuestionnaire(input).ok).toBe(false);
  });

  it('given any random JSON value, when validated, then it never throws and is refused', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validateQuestionnaire(input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
      })
    );
  });

  it('given the default questionnaire with one random field replaced by a random JSON value, when validated, then it never throws', () => {
    const paths: Array<Array<string | number>> = [
      ['version'],
      ['dimensions'],
      ['dimensions', 0],
      ['dimensions', 0, 'questions'],
      ['dimensions', 0, 'questions', 0, 'options'],
      ['dimensions', 0, 'questions', 0, 'options', 0],
      ['contactFields'],
      ['scoring'],
      ['scoring', 'weights'],
      ['scoring', 'bands'],
      ['scoring', 'contradictions'],
      ['scoring', 'contradictions', 0, 'when'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const document = cloneDefault();
        let parent = document;
        for (const part of path.slice(0, -1)) parent = parent[part];
        parent[path[path.length - 1]] = value;
        const result = validateQuestionnaire(document);
        expect(typeof result.ok).toBe('boolean');
      })
    );
  });
});

describe('validateQuestionnaire and what a json column can store', () => {
  it.each([
    ['the title', (document: any) => (document.title = 'Readiness\u0000'), ['title']],
    ['the intro', (document: any) => (document.intro = 'x\ud800'), ['intro']],
    [
      'a help text',
      (document: any) => (document.dimensions[0].questions[0].help = '\udc00'),
      ['dimensions', 0, 'questions', 0, 'help'],
    ],
    [
      'a contradiction condition',
      (document: any) => (document.scoring.contradictions[0].when[0].question = 'a\u0000'),
      ['scoring', 'contradictions', 0, 'when', 0, 'question'],
    ],
  ])('given a NUL or a lone surrogate in %s, when validated, then it is refused at that path', (_, change, path) => {
    const document = cloneDefault();
    change(document);
    expect(issuesOf(document).map((issue) => issue.path)).toContainEqual(path);
  });

  it('given a version past the int4 range, when validated, then it is refused at version', () => {
    expect(issuesOf({ ...cloneDefault(), version: 2 ** 31 }).map((issue) => issue.path)).toEqual([['version']]);
  });
});
