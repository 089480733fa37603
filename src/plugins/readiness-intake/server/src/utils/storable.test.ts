import fc from 'fast-check';

import {
  boundedCount,
  boundedDate,
  INT4_MAX,
  isStorableText,
  parseBoundedDate,
  storableId,
  storableIdText,
  storableString,
} from './storable';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

describe('isStorableText', () => {
  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone high surrogate', 'x\ud800'],
    ['a lone low surrogate', '\udc00x'],
    ['a pair in the wrong order', '\udc00\ud800'],
  ])('given %s, then it is not storable', (_, text) => {
    expect(isStorableText(text)).toBe(false);
  });

  it.each([
    ['plain text', 'Fjord Labs'],
    ['an emoji (a surrogate pair)', 'ship it \ud83d\ude80'],
    ['other control characters', '\t\r\n\u0001\u007f'],
    ['the empty string', ''],
  ])('given %s, then it is storable', (_, text) => {
    expect(isStorableText(text)).toBe(true);
  });

  it('given any well-formed text, then it is storable exactly when it has no NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (text) => {
        expect(isStorableText(text)).toBe(!text.includes('\u0000'));
      })
    );
  });

  it('given any text with a lone surrogate or a NUL inserted, then it is not storable', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-ascii' }),
        fc.oneof(loneSurrogate, fc.constant('\u0000')),
        fc.string({ unit: 'grapheme-ascii' }),
        (before, bad, after) => {
          expect(isStorableText(`${before}${bad}${after}`)).toBe(false);
        }
      )
    );
  });

  it('given any text, then it is storable exactly when it encodes to UTF-8 and back unchanged, without a NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const roundTrips = Buffer.from(text, 'utf8').toString('utf8') === text;
        expect(isStorableText(text)).toBe(roundTrips && !text.includes('\u0000'));
      })
    );
  });
});

describe('storableString', () => {
  it('given unstorable text, when parsed with trim and max, then the one issue says why', () => {
    const result = storableString().trim().min(1).max(10).safeParse(' a\u0000 ');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'contains a NUL character or a lone surrogate, which cannot be stored',
    ]);
  });

  it('given storable text, when parsed with trim, then it is trimmed as a plain string would be', () => {
    expect(storableString().trim().parse('  Fjord  ')).toBe('Fjord');
  });
});

describe('storableId and storableIdText', () => {
  it('given the int4 range, then 1 and INT4_MAX pass and 0, INT4_MAX + 1 and 1.5 do not', () => {
    expect(storableId().safeParse(1).success).toBe(true);
    expect(storableId().safeParse(INT4_MAX).success).toBe(true);
    for (const value of [0, -1, INT4_MAX + 1, 1.5, 2 ** 53, Number.NaN])
      expect(storableId().safeParse(value).success).toBe(false);
  });

  it.each(['0', '01', '-1', '1.0', '1e3', '0x2a', ' 42', '42 ', '', String(INT4_MAX + 1), '9'.repeat(40)])(
    'given %j as text, then it is refused',
    (text) => {
      expect(storableIdText().safeParse(text).success).toBe(false);
    }
  );

  it('given any integer, then its decimal text passes exactly when it is from 1 to INT4_MAX, as that number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger()), (n) => {
        const result = storableIdText().safeParse(String(n));
        expect(result.success).toBe(n >= 1 && n <= INT4_MAX);
        if (result.success) expect(result.data).toBe(n);
      })
    );
  });

  it('given anything that is not a string, then the text form refuses it', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((value) => typeof value !== 'string'),
        (value) => {
          expect(storableIdText().safeParse(value).success).toBe(false);
        }
      )
    );
  });
});

describe('boundedCount', () => {
  it('given a query string number, then it is read within 1 to its maximum', () => {
    expect(boundedCount(100).parse('25')).toBe(25);
    expect(boundedCount(100).safeParse('101').success).toBe(false);
    expect(boundedCount().safeParse(String(INT4_MAX + 1)).success).toBe(false);
    expect(boundedCount().safeParse('0').success).toBe(false);
  });
});

describe('parseBoundedDate and boundedDate', () => {
  it.each([
    ['a date, as UTC midnight', '2026-01-31', '2026-01-31T00:00:00.000Z'],
    ['toISOString', '2026-01-31T09:30:15.123Z', '2026-01-31T09:30:15.123Z'],
    ['an offset', '2026-01-31T09:30+02:00', '2026-01-31T07:30:00.000Z'],
    ['no zone, as UTC', '2026-01-31T09:30:00', '2026-01-31T09:30:00.000Z'],
    ['the first year', '1000-01-01', '1000-01-01T00:00:00.000Z'],
    ['the last instant', '9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['a leap day', '2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('given %s, then it is that instant', (_, text, iso) => {
    expect(parseBoundedDate(text)?.toISOString()).toBe(iso);
  });

  it.each([
    ['year 999', '0999-12-31'],
    ['year 10000', '+010000-01-01'],
    ['an expanded year', '+275760-09-13'],
    ['a year in five digits', '10000-01-01'],
    ['31 February', '2026-02-31'],
    ['29 February of a common year', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['hour 24', '2026-01-01T24:00:00Z'],
    ['a number', '0'],
    ['epoch milliseconds', '1767225600000'],
    ['a date in words', 'Jan 1 2026'],
    ['an offset past the last year', '9999-12-31T23:00-14:00'],
    ['an offset before the first year', '1000-01-01T00:00+14:00'],
    ['surrounding spaces', ' 2026-01-01'],
    ['the empty string', ''],
  ])('given %s, then it is refused', (_, text) => {
    expect(parseBoundedDate(text)).toBeNull();
  });

  it('given any instant in the years 1000 to 9999, then its toISOString is read back as the same instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }),
        (date) => {
          expect(parseBoundedDate(date.toISOString())?.getTime()).toBe(date.getTime());
        }
      )
    );
  });

  it('given any string, then a date is returned only for the years 1000 to 9999, never an invalid one', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString())
        ),
        (text) => {
          const date = parseBoundedDate(text);
          if (date === null) return;
          expect(Number.isNaN(date.getTime())).toBe(false);
          expect(date.getUTCFullYear()).toBeGreaterThanOrEqual(1000);
          expect(date.getUTCFullYear()).toBeLessThanOrEqual(9999);
        }
      )
    );
  });

  it('given a refused date, when parsed by the schema, then the issue says what a date looks like', () => {
    const result = boundedDate().safeParse('99999');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/ISO 8601 date.*1000 to 9999/);
  });
});
