import fc from 'fast-check';

import { DIMENSION_KEYS } from '../../../shared/dimensions';
import { normaliseDimensions } from './readiness-dimensions';

/** Every key of `subset` at least once, some repeated, in a random order. */
const pickedWithRepeats = (subset: string[]) =>
  subset.length === 0
    ? fc.constant<string[]>([])
    : fc
        .array(fc.constantFrom(...subset), { maxLength: 12 })
        .chain((extra) => fc.shuffledSubarray([...subset, ...extra], { minLength: subset.length + extra.length }));

describe('normaliseDimensions', () => {
  it('gives ok null when the value is null', () => {
    expect(normaliseDimensions(null)).toEqual({ ok: true, value: null });
  });

  it('gives ok [] when the value is an empty array', () => {
    expect(normaliseDimensions([])).toEqual({ ok: true, value: [] });
  });

  it('gives the keys in canonical order when they are picked out of order', () => {
    expect(normaliseDimensions(['ownership', 'documentation', 'async'])).toEqual({
      ok: true,
      value: ['documentation', 'async', 'ownership'],
    });
  });

  it('gives each key once when the value repeats keys', () => {
    expect(normaliseDimensions(['handoff', 'scoping', 'handoff', 'scoping', 'handoff'])).toEqual({
      ok: true,
      value: ['handoff', 'scoping'],
    });
  });

  it('gives all six keys in canonical order when every key is picked in reverse', () => {
    expect(normaliseDimensions([...DIMENSION_KEYS].reverse())).toEqual({ ok: true, value: [...DIMENSION_KEYS] });
    expect(DIMENSION_KEYS).toEqual(['documentation', 'specification', 'handoff', 'scoping', 'async', 'ownership']);
  });

  it('gives ok false naming the bad key when the value holds an unknown key', () => {
    const result = normaliseDimensions(['documentation', 'vibes']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('"vibes"');
    expect(result.message).not.toContain('"documentation"');
    expect(result.message).toContain(DIMENSION_KEYS.join(', '));
  });

  it('gives ok false naming the key when a key differs only in case', () => {
    const result = normaliseDimensions(['Documentation']);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('"Documentation"') });
  });

  it('gives ok false naming every bad value when the array holds several', () => {
    const result = normaliseDimensions(['vibes', 'async', 'mood']);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('"vibes", "mood"') });
  });

  it.each([
    ['a number', 3, '3'],
    ['null', null, 'null'],
    ['an object', { key: 'async' }, '{"key":"async"}'],
    ['a nested array', ['async'], '["async"]'],
    ['a boolean', true, 'true'],
  ])('gives ok false naming the item when the array holds %s', (_label, item, shown) => {
    const result = normaliseDimensions(['async', item]);
    expect(result).toEqual({ ok: false, message: expect.stringContaining(shown) });
  });

  it.each([
    ['a string', 'documentation'],
    ['a comma-separated string', 'documentation,async'],
    ['an object', { documentation: true }],
    ['a number', 5],
    ['undefined', undefined],
  ])('gives ok false with a message asking for an array when the value is %s', (_label, value) => {
    const result = normaliseDimensions(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('must be an array of dimension keys');
    expect(result.message).toContain(DIMENSION_KEYS.join(', '));
  });

  it('gives DIMENSION_KEYS filtered to the picked keys when given any shuffled subset with repeats', () => {
    fc.assert(
      fc.property(
        fc.subarray([...DIMENSION_KEYS]).chain((subset) => fc.tuple(fc.constant(subset), pickedWithRepeats(subset))),
        ([subset, picked]) => {
          expect(normaliseDimensions(picked)).toEqual({
            ok: true,
            value: DIMENSION_KEYS.filter((key) => subset.includes(key)),
          });
        }
      )
    );
  });

  it('gives ok false when given any array holding a string that is not a key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...DIMENSION_KEYS)),
        fc.string().filter((s) => !(DIMENSION_KEYS as readonly string[]).includes(s)),
        fc.nat(),
        (keys, bad, at) => {
          const value = [...keys];
          value.splice(at % (keys.length + 1), 0, bad);
          const result = normaliseDimensions(value);
          expect(result).toEqual({ ok: false, message: expect.stringContaining(JSON.stringify(bad)) });
        }
      )
    );
  });
});
