import fc from 'fast-check';
import qs from 'qs';

import { contentApiQueryProblem } from './query-shape';

/** The query as Strapi's strapi::query middleware parses it. */
const parse = (search: string) =>
  qs.parse(search, { strictNullHandling: true, arrayLimit: 100, depth: 20 }) as Record<string, unknown>;

describe('contentApiQueryProblem', () => {
  it.each([
    'filters[slug][$eq]=async-work',
    'filters[title][$containsi]=remote&filters[readingTimeMinutes][$lte]=10',
    'filters[$or][0][title][$eq]=a&filters[$or][1][author][name][$startsWith]=K',
    'filters[$and][0][author][$or][0][name]=x',
    'filters[$not][title][$null]=true',
    'filters[title][$not][$eq]=x',
    'filters[title][$in][0]=a&filters[title][$in][1]=b',
    'filters[readingTimeMinutes][$between][0]=1&filters[readingTimeMinutes][$between][1]=5',
    'filters[title]=x',
    'filters[title][$null]',
    '_q=remote',
    'fields=title,slug',
    'fields[0]=title',
    'sort=title:asc,slug',
    'sort=author.name:desc,,title',
    'sort[0][title]=desc',
    'populate=*',
    'populate[author][populate]=avatar&populate[author][fields][0]=name',
    'populate[relatedLinks][filters][title][$containsi]=x',
    'pagination[page]=2&pagination[pageSize]=10',
    'status=published&locale=en',
    'something[we][do][not][read]=1',
  ])('runs %s', (search) => {
    expect(contentApiQueryProblem(parse(search))).toBeNull();
  });

  it.each([
    ['_q[a]=b', ['_q'], /single value/],
    ['filters[0][title]=x', ['filters'], /object of attribute names/],
    ['filters=abc', ['filters'], /object of attribute names/],
    ['filters[$and]=x', ['filters', '$and'], /list of conditions/],
    ['filters[$and][0]=x', ['filters', '$and', '0'], /object of attribute names/],
    ['filters[$or][a][title]=x', ['filters', '$or'], /list of conditions/],
    ['filters[$not]=x', ['filters', '$not'], /object of attribute names/],
    ['filters[$eq]=x', ['filters', '$eq'], /under an attribute name/],
    ['filters[$nope]=x', ['filters', '$nope'], /not an operator/],
    ['filters[title][$eq][$eq]=x', ['filters', 'title', '$eq'], /value or a list of values/],
    ['filters[title][$nope]=x', ['filters', 'title', '$nope'], /not an operator/],
    ['filters[title][$jsonSupersetOf]=x', ['filters', 'title', '$jsonSupersetOf'], /internal/],
    ['filters[title][$between]=x', ['filters', 'title', '$between'], /two values/],
    ['filters[title][$between][0]=x', ['filters', 'title', '$between'], /two values/],
    ['filters[title][$null][a]=x', ['filters', 'title', '$null'], /single value/],
    ['filters[author][name]=x&filters[author][$or][0][name]=y', ['filters', 'author'], /mixes operators/],
    ['filters[readingTimeMinutes][$eq]=1e400', ['filters', 'readingTimeMinutes', '$eq'], /past the float range/],
    ['filters[id][$in][0]=-1e999', ['filters', 'id', '$in', '0'], /past the float range/],
    ['pagination[page]=1e400', ['pagination', 'page'], /past the float range/],
    ['populate[author][filters][$and]=x', ['populate', 'author', 'filters', '$and'], /list of conditions/],
    [
      'populate[author][populate][avatar][filters][$eq]=x',
      ['populate', 'author', 'populate', 'avatar', 'filters', '$eq'],
      /attribute name/,
    ],
    ['fields=', ['fields'], /empty name/],
    ['fields=title,', ['fields'], /empty name/],
    ['fields[0][a]=b', ['fields'], /name or a list of names/],
    ['pagination=x', ['pagination'], /object of page/],
    ['status[a]=b', ['status'], /single value/],
    ['sort=.', ['sort'], /empty name/],
    ['sort=title,author.:asc', ['sort'], /empty name/],
    ['sort[0]=.title', ['sort', '0'], /empty name/],
  ])('refuses %s, naming %j', (search, path, message) => {
    const problem = contentApiQueryProblem(parse(search));
    expect(problem).toMatchObject({ param: path[0], path });
    expect(problem?.message).toMatch(message);
  });

  it('never throws, whatever qs makes of a query string', () => {
    const part = fc.oneof(
      fc.constantFrom(
        'filters',
        '_q',
        'fields',
        'sort',
        'populate',
        'pagination',
        '$and',
        '$or',
        '$not',
        '$eq',
        '$in',
        '$between',
        'title',
        '0',
        ''
      ),
      fc.string({ maxLength: 6 })
    );
    const key = fc
      .array(part, { minLength: 1, maxLength: 6 })
      .map(([head, ...rest]) => `${head}${rest.map((k) => `[${k}]`).join('')}`);
    const search = fc
      .array(fc.tuple(key, fc.option(fc.string({ maxLength: 8 }))), { maxLength: 6 })
      .map((pairs) => pairs.map(([k, v]) => (v === null ? encodeURI(k) : `${encodeURI(k)}=${encodeURIComponent(v)}`)).join('&'));
    fc.assert(fc.property(search, (text) => void contentApiQueryProblem(parse(text))));
  });
});
