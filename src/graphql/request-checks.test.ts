import fc from 'fast-check';

import { MAX_SELECTIONS, graphqlRequestErrors } from './request-checks';

describe('graphqlRequestErrors', () => {
  it('refuses fragments that spread each other, with graphql-js’s own error', () => {
    const errors = graphqlRequestErrors({
      query: 'fragment A on Article { ...B } fragment B on Article { ...A } { articles { ...A } }',
    });
    expect(errors?.[0]).toMatchObject({
      message: 'Cannot spread fragment "A" within itself via "B".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(errors?.[0].locations).toBeDefined();
  });

  it('refuses a spread of an unknown fragment', () => {
    expect(graphqlRequestErrors({ query: '{ articles { ...Nope } }' })?.[0].message).toBe('Unknown fragment "Nope".');
  });

  it('refuses a subscription, the operation type the schema lacks, and only when it is the one run', () => {
    const [error] = graphqlRequestErrors({ query: 'subscription { articles { title } }' }) ?? [];
    expect(error).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      message: expect.stringMatching(/no subscriptions/),
    });
    const both = 'query A { articles { title } } subscription B { articles { title } }';
    expect(graphqlRequestErrors({ query: both, operationName: 'A' })).toBeNull();
    expect(graphqlRequestErrors({ query: both, operationName: 'B' })).toHaveLength(1);
    expect(graphqlRequestErrors({ query: '{ articles { title } }' })).toBeNull();
  });

  it('refuses a string or number the database cannot compare with, in the document or the variables', () => {
    expect(graphqlRequestErrors({ query: '{ articles(filters: { title: { eq: "\\u0000" } }) { title } }' })?.[0]).toMatchObject({
      message: 'A string argument contains a NUL character (\\u0000)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(graphqlRequestErrors({ query: '{ articles(x: 1e400) { title } }' })?.[0].message).toMatch(/past the float range/);
    expect(graphqlRequestErrors({ query: 'query($t: String) { a(t: $t) }', variables: { t: 'x\ud800' } })?.[0].message).toBe(
      'variables.t contains a lone UTF-16 surrogate'
    );
    expect(graphqlRequestErrors({ query: 'query($t: String) { a(t: $t) }', variables: '{"t":"\\u0000"}' })?.[0].message).toMatch(
      /NUL/
    );
  });

  it.each([
    ['a valid query with fragments', { query: 'fragment F on Article { title } { articles { ...F author { name } } }' }],
    ['a query that does not parse (the server says why)', { query: '{ articles {' }],
    ['no query (a persisted query)', { extensions: { persistedQuery: {} } }],
    ['variables that are not JSON (the server says why)', { query: '{ a }', variables: '{' }],
  ])('lets %s through', (_, request) => {
    expect(graphqlRequestErrors(request)).toBeNull();
  });

  it('never throws, whatever the document', () => {
    const token = fc.constantFrom(
      '{',
      '}',
      '...',
      'fragment',
      'A',
      'B',
      'on',
      'Article',
      'articles',
      '(',
      ')',
      ':',
      '"x"',
      '1e400',
      '$v',
      'query'
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 30 }), fc.jsonValue(), (tokens, variables) => {
        graphqlRequestErrors({ query: tokens.join(' '), variables });
      })
    );
  });
});

describe('graphqlRequestErrors on a very wide selection', () => {
  it('refuses more fields in one selection set than the depth limit can count', () => {
    const query = `{ articles { ${'title '.repeat(MAX_SELECTIONS + 1)}} }`;
    expect(graphqlRequestErrors({ query })?.[0].message).toMatch(/more than 10000/);
    expect(graphqlRequestErrors({ query: `{ articles { ${'title '.repeat(100)}} }` })).toBeNull();
  });
});
