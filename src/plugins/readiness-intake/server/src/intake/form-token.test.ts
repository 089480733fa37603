import { createHmac } from 'crypto';

import fc from 'fast-check';

import { checkFormToken, formTokenSecret, issueFormToken, type FormTokenBounds } from './form-token';

const SECRET = 'form-token-test-secret';
const VERSION = 3;
const BOUNDS: FormTokenBounds = { minFillSeconds: 4, maxFormAgeHours: 24 };
const ISSUED_AT = Date.UTC(2026, 0, 15, 12, 0, 0);
const SECOND = 1_000;
const HOUR = 3_600_000;

const check = (token: string, now = ISSUED_AT + 60 * SECOND, version = VERSION) =>
  checkFormToken(SECRET, token, version, now, BOUNDS);

/** `text` with the character at `index` replaced by another base64url character. */
const alterAt = (text: string, index: number) => {
  const replacement = text[index] === 'A' ? 'B' : 'A';
  return text.slice(0, index) + replacement + text.slice(index + 1);
};

/** A token built by hand: any body, signed with `secret` as the module signs. */
const signedBody = (secret: string, body: string) => `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;

describe('issueFormToken and checkFormToken', () => {
  it('given a fresh token, when checked a minute later with the same secret and version, then it is ok', () => {
    expect(check(issueFormToken(SECRET, VERSION, ISSUED_AT))).toEqual({ ok: true });
  });

  it('given two tokens issued at the same instant, when compared, then they differ (each carries a nonce)', () => {
    expect(issueFormToken(SECRET, VERSION, ISSUED_AT)).not.toBe(issueFormToken(SECRET, VERSION, ISSUED_AT));
  });

  it('given a token, when checked one millisecond before minFillSeconds have passed, then it is too_fast', () => {
    const token = issueFormToken(SECRET, VERSION, ISSUED_AT);

    expect(check(token, ISSUED_AT + BOUNDS.minFillSeconds * SECOND - 1)).toEqual({ ok: false, reason: 'too_fast' });
  });

  it('given a token, when checked at the instant it was issued, then it is too_fast', () => {
    expect(check(issueFormToken(SECRET, VERSION, ISSUED_AT), ISSUED_AT)).toEqual({ ok: false, reason: 'too_fast' });
  });

  it('given a token, when checked exactly minFillSeconds after it was issued, then it is ok', () => {
    const token = issueFormToken(SECRET, VERSION, ISSUED_AT);

    expect(check(token, ISSUED_AT + BOUNDS.minFillSeconds * SECOND)).toEqual({ ok: true });
  });

  it('given a token, when checked exactly maxFormAgeHours after it was issued, then it is ok', () => {
    const token = issueFormToken(SECRET, VERSION, ISSUED_AT);

    expect(check(token, ISSUED_AT + BOUNDS.maxFormAgeHours * HOUR)).toEqual({ ok: true });
  });

  it('given a token, when checked one millisecond after maxFormAgeHours, then it is expired', () => {
    const token = issueFormToken(SECRET, VERSION, ISSUED_AT);

    expect(check(token, ISSUED_AT + BOUNDS.maxFormAgeHours * HOUR + 1)).toEqual({ ok: false, reason: 'expired' });
  });

  it('given a token issued for one questionnaire version, when checked against another, then it is wrong_version', () => {
    const token = issueFormToken(SECRET, VERSION, ISSUED_AT);

    expect(check(token, ISSUED_AT + 60 * SECOND, VERSION + 1)).toEqual({ ok: false, reason: 'wrong_version' });
  });

  it('given a token signed with another secret, when checked, then it is forged', () => {
    const token = issueFormToken('another-secret', VERSION, ISSUED_AT);

    expect(check(token)).toEqual({ ok: false, reason: 'forged' });
  });

  it('given a token whose body is altered by one character, when checked, then it is forged', () => {
    const token = issueFormToken(SECRET, VERSION, ISSUED_AT);
    const [body, signature] = token.split('.');

    for (const index of [0, Math.floor(body.length / 2), body.length - 1]) {
      expect(check(`${alterAt(body, index)}.${signature}`)).toEqual({ ok: false, reason: 'forged' });
    }
  });

  it('given a token whose signature is altered by one character, when checked, then it is forged', () => {
    const token = issueFormToken(SECRET, VERSION, ISSUED_AT);
    const [body, signature] = token.split('.');

    for (const index of [0, Math.floor(signature.length / 2), signature.length - 1]) {
      expect(check(`${body}.${alterAt(signature, index)}`)).toEqual({ ok: false, reason: 'forged' });
    }
  });

  it('given a token whose signature is cut short by one character, when checked, then it is forged', () => {
    const token = issueFormToken(SECRET, VERSION, ISSUED_AT);

    expect(check(token.slice(0, -1))).toEqual({ ok: false, reason: 'forged' });
  });

  it('given a valid token with a third part appended, when checked, then it is forged', () => {
    const token = issueFormToken(SECRET, VERSION, ISSUED_AT);

    expect(check(`${token}.extra`)).toEqual({ ok: false, reason: 'forged' });
    expect(check(`${token}.`)).toEqual({ ok: false, reason: 'forged' });
  });

  it.each([
    ['an empty string', ''],
    ['a lone dot', '.'],
    ['a body with no signature', 'eyJ2IjozfQ.'],
    ['a signature with no body', '.c2lnbmF0dXJl'],
    ['plain words', 'not a token at all'],
    ['a JWT-looking string', 'eyJhbGciOiJIUzI1NiJ9.eyJ2IjozfQ.c2lnbmF0dXJl'],
  ])('given %s, when checked, then it is forged', (_name, token) => {
    expect(check(token)).toEqual({ ok: false, reason: 'forged' });
  });

  it('given a body that is not JSON but is correctly signed, when checked, then it is forged', () => {
    const token = signedBody(SECRET, Buffer.from('not json').toString('base64url'));

    expect(check(token)).toEqual({ ok: false, reason: 'forged' });
  });

  it('given a correctly signed body whose iat is not a number, when checked, then it is forged', () => {
    const token = signedBody(SECRET, Buffer.from(JSON.stringify({ v: VERSION, iat: 'yesterday', n: 'x' })).toString('base64url'));

    expect(check(token)).toEqual({ ok: false, reason: 'forged' });
  });

  it('given any random string, when checked as a token, then it is never ok', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 2 ** 45 }), (token, now) => {
        expect(checkFormToken(SECRET, token, VERSION, now, BOUNDS).ok).toBe(false);
      })
    );
  });

  it('given any random two-part string of base64url characters, when checked as a token, then it is never ok', () => {
    const base64url = fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
      minLength: 1,
    });
    fc.assert(
      fc.property(base64url, base64url, (body, signature) => {
        expect(check(`${body}.${signature}`).ok).toBe(false);
      })
    );
  });

  it('given any version, issue time and check time within the bounds, when a token is issued and checked, then it is ok', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.integer({ min: 0, max: 2 ** 42 }),
        fc.integer({ min: BOUNDS.minFillSeconds * SECOND, max: BOUNDS.maxFormAgeHours * HOUR }),
        (version, issuedAt, age) => {
          const token = issueFormToken(SECRET, version, issuedAt);
          expect(checkFormToken(SECRET, token, version, issuedAt + age, BOUNDS)).toEqual({ ok: true });
        }
      )
    );
  });
});

describe('formTokenSecret', () => {
  it('given the same app keys twice, when derived, then it gives the same secret (every instance agrees)', () => {
    expect(formTokenSecret(['key-a', 'key-b'])).toBe(formTokenSecret(['key-a', 'key-b']));
  });

  it('given other app keys, when derived, then it gives another secret that does not contain them', () => {
    const secret = formTokenSecret(['key-a', 'key-b']);

    expect(formTokenSecret(['key-a', 'key-c'])).not.toBe(secret);
    expect(secret).not.toContain('key-a');
  });

  it.each([
    ['no keys at all', undefined],
    ['an empty list', []],
    ['a comma-separated string instead of a list', 'key-a,key-b'],
    ['a list holding an empty key', ['key-a', '']],
    ['a list holding a number', [42]],
  ])('given %s, when derived, then it refuses, naming server.app.keys', (_label, keys) => {
    expect(() => formTokenSecret(keys)).toThrow(/server\.app\.keys/);
  });
});
