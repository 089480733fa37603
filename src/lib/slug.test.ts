import fc from 'fast-check';

import { firstFreeSlug, toSlug } from './slug';

const SLUG_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Any unicode text, including astral-plane characters, emoji and lone surrogates. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

/** A slug as toSlug would produce it: lower-case ASCII words joined by single hyphens. */
const slugArb = fc.array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 8 }).map((words) => words.join('-'));

describe('toSlug', () => {
  it.each([
    ['Hello, World!', 'hello-world'],
    ['What? Why! How.', 'what-why-how'],
    ['Tom & Jerry', 'tom-and-jerry'],
    ["Don't stop", 'dont-stop'],
    ['Don\u2019t stop', 'dont-stop'],
    ['Søren Kierkegaard', 'soren-kierkegaard'],
    ['Über Müller', 'uber-muller'],
    ['Tōkyō', 'tokyo'],
    ['--Hello--', 'hello'],
    ['  spaced   out  ', 'spaced-out'],
    ['already-a-slug', 'already-a-slug'],
    ['Async Work, 2024 Edition', 'async-work-2024-edition'],
  ])('gives %j -> %j', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
  });

  it('gives an empty string when the input is only emoji', () => {
    expect(toSlug('🎉🚀')).toBe('');
  });

  it('gives an empty string when the input is only punctuation and separators', () => {
    expect(toSlug(' -- !? -- ')).toBe('');
  });

  it('gives an empty string when the input is empty', () => {
    expect(toSlug('')).toBe('');
  });

  it('gives a slug cut to maxLength when the title is longer', () => {
    expect(toSlug('abcdefghij klm', 5)).toBe('abcde');
  });

  it('gives a slug without a trailing hyphen when the cut falls on a separator', () => {
    // "hello-world" cut to 6 characters is "hello-".
    expect(toSlug('Hello World', 6)).toBe('hello');
  });

  it('gives a slug of at most 120 characters by default when the title is very long', () => {
    const slug = toSlug('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(120);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('word-word')).toBe(true);
  });

  it('gives a lower-case ASCII slug or an empty string when given any unicode text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const slug = toSlug(text);
        expect(slug === '' || SLUG_SHAPE.test(slug)).toBe(true);
      }),
      { numRuns: 500 }
    );
  });

  it('gives a slug no longer than maxLength and never ending in a hyphen when given any text and any limit', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 200 }), (text, maxLength) => {
        const slug = toSlug(text, maxLength);
        expect(slug.length).toBeLessThanOrEqual(maxLength);
        expect(slug === '' || SLUG_SHAPE.test(slug)).toBe(true);
      }),
      { numRuns: 500 }
    );
  });

  it('gives the same slug when applied to its own output', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = toSlug(text);
        expect(toSlug(once)).toBe(once);
      }),
      { numRuns: 500 }
    );
  });

  it('gives a slug that is a prefix of the unlimited slug when a limit is set', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 60 }), (text, maxLength) => {
        expect(toSlug(text, 10_000).startsWith(toSlug(text, maxLength))).toBe(true);
      })
    );
  });
});

describe('firstFreeSlug', () => {
  it('gives the base when the base is free', () => {
    expect(firstFreeSlug('async-work', new Set(['other', 'async-work-2']))).toBe('async-work');
  });

  it('gives base-2 when only the base is taken', () => {
    expect(firstFreeSlug('async-work', new Set(['async-work']))).toBe('async-work-2');
  });

  it('gives base-(k+1) when the base and base-2..base-k are taken', () => {
    for (const k of [2, 3, 9, 10, 25]) {
      const taken = new Set(['post', ...Array.from({ length: k - 1 }, (_, i) => `post-${i + 2}`)]);
      expect(firstFreeSlug('post', taken)).toBe(`post-${k + 1}`);
    }
  });

  it('gives the first gap when the taken suffixes are not contiguous', () => {
    expect(firstFreeSlug('post', new Set(['post', 'post-2', 'post-4']))).toBe('post-3');
  });

  it('gives a shortened base with the suffix kept when the base fills maxLength', () => {
    const base = 'a'.repeat(120);
    const result = firstFreeSlug(base, new Set([base]));
    expect(result).toBe(`${'a'.repeat(118)}-2`);
    expect(result.length).toBe(120);
  });

  it('gives a result within maxLength when the suffix grows to more digits', () => {
    const base = 'b'.repeat(10);
    const taken = new Set([base, ...Array.from({ length: 8 }, (_, i) => `${'b'.repeat(8)}-${i + 2}`)]);
    const result = firstFreeSlug(base, taken, 10);
    expect(result).toBe(`${'b'.repeat(7)}-10`);
    expect(result.length).toBe(10);
  });

  it('gives a candidate without a doubled hyphen when the shortened base ends at a separator', () => {
    // "abcd-ef" shortened to 5 characters for "-2" is "abcd-", which loses its hyphen.
    expect(firstFreeSlug('abcd-efgh', new Set(['abcd-ef']), 7)).toBe('abcd-2');
  });

  it('gives a free base shortened to maxLength', () => {
    expect(firstFreeSlug('abcd-efgh', new Set(), 7)).toBe('abcd-ef');
    expect(firstFreeSlug('abcd-efgh', new Set(), 5)).toBe('abcd');
  });

  it('gives a result outside taken when given a random base and taken set', () => {
    fc.assert(
      fc.property(
        slugArb,
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 20 }),
        fc.nat({ max: 15 }),
        fc.boolean(),
        (base, noise, k, baseTaken) => {
          const suffixed = Array.from({ length: k }, (_, i) => `${base}-${i + 2}`);
          const taken = new Set([...noise, ...suffixed, ...(baseTaken ? [base] : [])]);
          const result = firstFreeSlug(base, taken);
          expect(taken.has(result)).toBe(false);
        }
      )
    );
  });

  it('gives the base or a shortened base plus -n within maxLength when given random taken sets', () => {
    fc.assert(
      fc.property(
        slugArb,
        fc.integer({ min: 8, max: 40 }),
        fc.array(fc.string({ maxLength: 45 }), { maxLength: 10 }),
        fc.nat({ max: 120 }),
        (rawBase, maxLength, noise, k) => {
          const base = toSlug(rawBase, maxLength);
          fc.pre(base !== '');
          const candidates = [base];
          for (let n = 2; n <= k; n += 1) {
            const suffix = `-${n}`;
            candidates.push(`${base.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`);
          }
          const taken = new Set([...noise, ...candidates]);
          const result = firstFreeSlug(base, taken, maxLength);

          expect(taken.has(result)).toBe(false);
          expect(result.length).toBeLessThanOrEqual(maxLength);
          if (result !== base) {
            const match = /^(.*)-(\d+)$/.exec(result);
            expect(match).not.toBeNull();
            const [, prefix, n] = match!;
            expect(Number(n)).toBeGreaterThanOrEqual(2);
            expect(prefix.length).toBeGreaterThan(0);
            expect(base.startsWith(prefix)).toBe(true);
            expect(SLUG_SHAPE.test(result)).toBe(true);
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
