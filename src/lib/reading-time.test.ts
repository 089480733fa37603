import fc from 'fast-check';

import { countWords, readingTimeMinutes, WORDS_PER_MINUTE } from './reading-time';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });
const paragraph = (...values: string[]) => ({ type: 'paragraph', children: values.map((value) => text(value)) });
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/** A Strapi blocks body: nested nodes with `type`, `children` and text leaves. */
const blockNode = fc.letrec((tie) => ({
  leaf: fc.record({ type: fc.constant('text'), text: fc.string({ maxLength: 40 }), bold: fc.boolean() }),
  node: fc.record({
    type: fc.constantFrom('paragraph', 'heading', 'list', 'list-item', 'quote', 'link', 'code'),
    children: fc.array(fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('node')), { maxLength: 4 }),
  }),
})).node;
const blocksBody = fc.array(blockNode, { maxLength: 6 });

describe('countWords', () => {
  it('gives the words of every text leaf when the body nests paragraph, heading, list, quote and code blocks', () => {
    const body = [
      { type: 'heading', level: 2, children: [text('Why async works')] },
      { type: 'paragraph', children: [text('Teams that write '), text('things down', { bold: true }), text(' ship.')] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('first point')] },
          { type: 'list-item', children: [text('second point')] },
        ],
      },
      { type: 'quote', children: [text('Write it down.')] },
      { type: 'code', language: 'ts', children: [text('const answer = 42;')] },
    ];
    // 3 + 6 + 2 + 2 + 3 + 3 ("=" and ";" alone are not words)
    expect(countWords(body)).toBe(19);
  });

  it('gives the words of a link text but not its url when the paragraph holds a link', () => {
    const body = [
      {
        type: 'paragraph',
        children: [
          text('Read '),
          { type: 'link', url: 'https://example.com/a long url with spaces', children: [text('the guide')] },
          text(' today'),
        ],
      },
    ];
    expect(countWords(body)).toBe(4);
  });

  it('gives only letter and digit tokens when the text has punctuation-only tokens', () => {
    expect(countWords([paragraph('Hello — world ... ! ? -- 2024 (draft)')])).toBe(4);
  });

  it('gives 0 when the text is only punctuation and whitespace', () => {
    expect(countWords([paragraph(' — ... !!! \n\t -- ')])).toBe(0);
  });

  it('gives words in non-Latin scripts when the text is not English', () => {
    expect(countWords([paragraph('Ærlig talt, ça va très bien; привет мир')])).toBe(8);
  });

  it('gives separate words when two paragraphs touch without whitespace', () => {
    expect(countWords([paragraph('end'), paragraph('start')])).toBe(2);
  });

  it('ignores non-string text and node fields other than text and children when given odd leaves', () => {
    const body = [{ type: 'paragraph', title: 'not counted', children: [{ type: 'text', text: 42 }, text('one')] }];
    expect(countWords(body)).toBe(1);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an empty array', []],
    ['an empty string', ''],
    ['a string', 'plain words are not blocks'],
    ['a number', 12],
    ['a boolean', true],
    ['an empty object', {}],
    ['an array of nulls', [null, null]],
    ['a node whose children is a string', [{ type: 'paragraph', children: 'words here' }]],
    ['a node whose children is a number', [{ type: 'paragraph', children: 3 }]],
  ])('gives 0 without throwing when given %s', (_label, input) => {
    expect(countWords(input)).toBe(0);
    expect(readingTimeMinutes(input)).toBe(0);
  });

  it('never throws and gives a whole number of at least 0 when given arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const count = countWords(value);
        expect(Number.isInteger(count)).toBe(true);
        expect(count).toBeGreaterThanOrEqual(0);
        expect(readingTimeMinutes(value)).toBe(Math.ceil(count / WORDS_PER_MINUTE));
      }),
      { numRuns: 500 }
    );
  });

  it('never gives a lower count when a paragraph is added to a body', () => {
    fc.assert(
      fc.property(blocksBody, fc.string({ maxLength: 60 }), fc.nat({ max: 6 }), (body, extra, at) => {
        const position = Math.min(at, body.length);
        const longer = [...body.slice(0, position), paragraph(extra), ...body.slice(position)];
        expect(countWords(longer)).toBeGreaterThanOrEqual(countWords(body));
      }),
      { numRuns: 500 }
    );
  });

  it('gives the sum of the parts when two bodies are concatenated', () => {
    fc.assert(
      fc.property(blocksBody, blocksBody, (a, b) => {
        expect(countWords([...a, ...b])).toBe(countWords(a) + countWords(b));
      })
    );
  });
});

describe('readingTimeMinutes', () => {
  it.each([
    [0, 0],
    [1, 1],
    [224, 1],
    [225, 1],
    [226, 2],
    [450, 2],
    [451, 3],
  ])('gives %i words -> %i minutes when rounding up at 225 words a minute', (count, minutes) => {
    expect(readingTimeMinutes([paragraph(words(count))])).toBe(minutes);
  });

  it('gives minutes at the given pace when a words-per-minute rate is passed', () => {
    expect(readingTimeMinutes([paragraph(words(101))], 100)).toBe(2);
    expect(readingTimeMinutes([paragraph(words(100))], 100)).toBe(1);
  });

  it('uses 225 words per minute as the default pace', () => {
    expect(WORDS_PER_MINUTE).toBe(225);
  });
});
