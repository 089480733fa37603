import fc from 'fast-check';

import { graphqlCacheKey, isCacheableRestPath, restCacheKey } from './cache-key';

describe('restCacheKey', () => {
  it('does not depend on the order of distinct parameters', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z[\]]{1,12}$/), fc.string({ maxLength: 8 })), {
          selector: ([name]) => name,
          maxLength: 6,
        }),
        (pairs) => {
          const search = (list: typeof pairs) => new URLSearchParams(list).toString();
          expect(restCacheKey('/api/articles', search(pairs))).toBe(restCacheKey('/api/articles', search([...pairs].reverse())));
        }
      )
    );
  });

  it('tells apart paths, values, and the order of a repeated parameter', () => {
    const key = restCacheKey('/api/articles', 'sort=title&sort=publishedAt');
    expect(restCacheKey('/api/articles', 'sort=publishedAt&sort=title')).not.toBe(key);
    expect(restCacheKey('/api/authors', 'sort=title&sort=publishedAt')).not.toBe(key);
    expect(restCacheKey('/api/articles', 'sort=title')).not.toBe(key);
    expect(restCacheKey('/api/articles', 'a=1&b=2')).not.toBe(restCacheKey('/api/articles', 'a=12'));
  });
});

describe('isCacheableRestPath', () => {
  it('takes content reads and leaves out sign-in flows and the intake form', () => {
    expect(isCacheableRestPath('/api/articles')).toBe(true);
    expect(isCacheableRestPath('/api/articles/abc')).toBe(true);
    expect(isCacheableRestPath('/api/readiness-intake/questionnaire')).toBe(false);
    expect(isCacheableRestPath('/api/auth/local')).toBe(false);
    expect(isCacheableRestPath('/api/users/me')).toBe(false);
    expect(isCacheableRestPath('/admin/users')).toBe(false);
    expect(isCacheableRestPath('/api/authors')).toBe(true);
  });
});

describe('graphqlCacheKey', () => {
  const query = 'query Articles($limit: Int) { articles(pagination: { limit: $limit }) { title slug } }';

  it('ignores whitespace, comments and the order of variables', () => {
    const spaced = `# the list\n${query.replace(/ /g, '\n  ')}`;
    expect(graphqlCacheKey({ query: spaced, variables: { limit: 5, other: [1, 2] } })).toBe(
      graphqlCacheKey({ query, variables: { other: [1, 2], limit: 5 } })
    );
    expect(graphqlCacheKey({ query, variables: JSON.stringify({ limit: 5 }) })).toBe(
      graphqlCacheKey({ query, variables: { limit: 5 } })
    );
  });

  it('tells apart variables and operation names', () => {
    expect(graphqlCacheKey({ query, variables: { limit: 5 } })).not.toBe(graphqlCacheKey({ query, variables: { limit: 6 } }));
    expect(graphqlCacheKey({ query, operationName: 'Articles' })).not.toBe(graphqlCacheKey({ query }));
  });

  it('never keys a mutation, a subscription, or what does not parse', () => {
    expect(graphqlCacheKey({ query: 'mutation { createArticle(data: {}) { title } }' })).toBeNull();
    expect(graphqlCacheKey({ query: `${query} mutation M { x }` })).toBeNull();
    expect(graphqlCacheKey({ query: 'subscription { x }' })).toBeNull();
    expect(graphqlCacheKey({ query: '{ articles { ' })).toBeNull();
    expect(graphqlCacheKey({ query: undefined })).toBeNull();
    expect(graphqlCacheKey({ query, variables: '{not json' })).toBeNull();
  });
});
