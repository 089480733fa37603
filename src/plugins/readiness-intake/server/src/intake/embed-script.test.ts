import fc from 'fast-check';

import { etagOf, matchesEtag } from './embed-script';

describe('the embed script ETag', () => {
  it('is a strong, quoted tag that differs for different bytes and not for the same', () => {
    fc.assert(
      fc.property(fc.uint8Array(), fc.uint8Array(), (a, b) => {
        expect(etagOf(a)).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
        expect(etagOf(a)).toBe(etagOf(Uint8Array.from(a)));
        if (Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0) expect(etagOf(a)).not.toBe(etagOf(b));
      })
    );
  });

  it('matches an If-None-Match naming it alone, in a list, weakly, or as *', () => {
    const etag = etagOf(Buffer.from('x'));
    expect(matchesEtag(etag, etag)).toBe(true);
    expect(matchesEtag(`"other", ${etag}`, etag)).toBe(true);
    expect(matchesEtag(`W/${etag}`, etag)).toBe(true);
    expect(matchesEtag('*', etag)).toBe(true);
  });

  it('does not match another tag, an absent header, or the tag without its quotes', () => {
    const etag = etagOf(Buffer.from('x'));
    expect(matchesEtag(undefined, etag)).toBe(false);
    expect(matchesEtag('', etag)).toBe(false);
    expect(matchesEtag('"other"', etag)).toBe(false);
    expect(matchesEtag(etag.slice(1, -1), etag)).toBe(false);
  });
});
