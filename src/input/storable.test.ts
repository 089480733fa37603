import fc from 'fast-check';

import { MAX_INPUT_DEPTH, dottedNotation, findUnstorable, queryNotation } from './storable';

/** Text PostgreSQL stores: well-formed UTF-16 without NUL. */
const storableText = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((text) => !text.includes('\u0000'));
const storableJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    storableText,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(storableText, tie('value'), { maxKeys: 4 })
  ),
})).value;

describe('findUnstorable', () => {
  it.each([
    ['a NUL in a string', { data: { title: 'a\u0000b' } }, ['data', 'title'], /NUL/],
    ['a lone high surrogate', { data: ['ok', 'x\ud800'] }, ['data', '1'], /lone UTF-16 surrogate/],
    ['a lone low surrogate', { q: '\udc00' }, ['q'], /lone UTF-16 surrogate/],
    ['a NUL in a key', { data: { 'a\u0000': 1 } }, ['data', 'a\u0000'], /key that contains a NUL/],
    ['Infinity from 1e400', JSON.parse('{"data":{"n":1e400}}'), ['data', 'n'], /past the float range/],
  ])('finds %s, with its path', (_, input, path, reason) => {
    const found = findUnstorable(input);
    expect(found?.path).toEqual(path);
    expect(found?.reason).toMatch(reason);
  });

  it('accepts a surrogate pair (an emoji) and ordinary content', () => {
    expect(findUnstorable({ data: { title: 'Async work 😀', tags: ['a', 'ß'], n: 1e308, ok: true, none: null } })).toBeNull();
  });

  it('reports the first problem in reading order', () => {
    expect(findUnstorable({ a: 'fine', b: '\u0000', c: '\ud800' })?.path).toEqual(['b']);
  });

  it('refuses nesting past the limit without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(findUnstorable(deep)?.reason).toMatch(`deeper than ${MAX_INPUT_DEPTH}`);
  });

  it('finds nothing in storable JSON', () => {
    fc.assert(fc.property(storableJson, (value) => findUnstorable(value) === null));
  });

  it('finds a NUL or a lone surrogate put anywhere in storable JSON, at the path it was put', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(storableText, fc.nat({ max: 5 }).map(String)), { maxLength: 5 }),
        storableText,
        fc.constantFrom('\u0000', '\ud800', '\udfff'),
        storableText,
        (path, before, bad, after) => {
          const input = path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), `${before}${bad}${after}`);
          expect(findUnstorable(input)).toMatchObject({ path });
        }
      )
    );
  });
});

describe('paths as text', () => {
  it('writes a query path with brackets and a body path with dots', () => {
    expect(queryNotation(['filters', 'slug', '$eq'])).toBe('filters[slug][$eq]');
    expect(dottedNotation(['data', 'seo', 'metaTitle'])).toBe('data.seo.metaTitle');
  });
});
