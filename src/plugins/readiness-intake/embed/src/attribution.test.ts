import fc from 'fast-check';

import { normaliseSource, sourceBody } from '../../server/src/intake/validate-submission';
import { boundText, referrerOf, sourceOf, type PageContext } from './attribution';

const anyText = fc.string({ maxLength: 400, unit: 'binary' });
const page: fc.Arbitrary<PageContext> = fc.record({
  pathname: fc.oneof(fc.webPath(), anyText),
  search: fc.oneof(
    fc
      .dictionary(fc.constantFrom('utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'x'), anyText)
      .map((params) => `?${new URLSearchParams(params)}`),
    anyText
  ),
  referrer: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), anyText, fc.constant('')),
  articleSlug: fc.option(anyText),
  cta: fc.option(anyText),
});

describe('the attribution the form sends', () => {
  it('is always accepted by the server, which stores it as sent', () => {
    fc.assert(
      fc.property(page, (context) => {
        const source = sourceOf(context);
        const parsed = sourceBody.safeParse(source);
        expect(parsed.success).toBe(true);
        if (parsed.success) expect(normaliseSource(parsed.data) ?? {}).toEqual(source);
      }),
      { numRuns: 300 }
    );
  });

  it('reads the path, the article, the call to action, the referrer without its query, and the utm tags', () => {
    expect(
      sourceOf({
        pathname: '/articles/wellington',
        search: '?utm_campaign=spring&utm_source=newsletter&ref=x',
        referrer: 'https://news.example/post?id=4#top',
        articleSlug: 'wellington',
        cta: 'article-footer',
      })
    ).toEqual({
      page: '/articles/wellington',
      articleSlug: 'wellington',
      cta: 'article-footer',
      referrer: 'https://news.example/post',
      utm: { campaign: 'spring', source: 'newsletter' },
    });
  });

  it('leaves out what is blank or unusable', () => {
    expect(sourceOf({ pathname: '/', search: '?utm_campaign=', referrer: '', articleSlug: ' ', cta: null })).toEqual({
      page: '/',
    });
    expect(referrerOf('android-app://com.example')).toBeUndefined();
    expect(referrerOf(`https://a.example/${'x'.repeat(300)}`)).toBeUndefined();
  });

  it('cuts long text to 300 characters without splitting a surrogate pair', () => {
    expect(boundText(`${'a'.repeat(299)}😀`)).toBe('a'.repeat(299));
    expect(boundText('a'.repeat(500))).toHaveLength(300);
  });
});
