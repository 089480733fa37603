import { createHmac } from 'crypto';

import fc from 'fast-check';

import { signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('the webhook signature', () => {
  it('is t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">, as the README tells receivers', () => {
    // Given a secret, a body and a time
    const header = signWebhook('whsec_test', '{"a":1}', 1_700_000_000.9);

    // Then the header is the whole seconds and the HMAC of "<t>.<body>"
    const hmac = createHmac('sha256', 'whsec_test').update('1700000000.{"a":1}').digest('hex');
    expect(header).toBe(`t=1700000000,v1=${hmac}`);
  });

  it('verifies with its own secret and body, and with no other', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        fc.string(),
        fc.string(),
        fc.integer({ min: 0, max: 4_000_000_000 }),
        (secret, otherSecret, body, otherBody, t) => {
          const header = signWebhook(secret, body, t);
          expect(verifyWebhookSignature(secret, body, header, { nowSeconds: t })).toBe(true);
          if (otherSecret !== secret) expect(verifyWebhookSignature(otherSecret, body, header, { nowSeconds: t })).toBe(false);
          if (otherBody !== body) expect(verifyWebhookSignature(secret, otherBody, header, { nowSeconds: t })).toBe(false);
        }
      )
    );
  });

  it('is refused outside the tolerance on t, and when t is changed', () => {
    const header = signWebhook('s', 'body', 1000);
    expect(verifyWebhookSignature('s', 'body', header, { nowSeconds: 1300, toleranceSeconds: 300 })).toBe(true);
    expect(verifyWebhookSignature('s', 'body', header, { nowSeconds: 1301, toleranceSeconds: 300 })).toBe(false);
    expect(verifyWebhookSignature('s', 'body', header.replace('t=1000', 't=1001'), { nowSeconds: 1000 })).toBe(false);
  });

  it('refuses malformed headers without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        expect(typeof verifyWebhookSignature('s', 'body', header, { nowSeconds: 0 })).toBe('boolean');
      })
    );
    expect(verifyWebhookSignature('s', 'body', 't=0,v1=abc', { nowSeconds: 0 })).toBe(false);
  });
});
