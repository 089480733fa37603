import fc from 'fast-check';

import { filterValueProblem, type ModelAttributes } from './filter-values';

const models: Record<string, ModelAttributes> = {
  'api::article.article': {
    attributes: {
      title: { type: 'string' },
      readingTimeMinutes: { type: 'integer' },
      views: { type: 'biginteger' },
      score: { type: 'float' },
      body: { type: 'blocks' },
      readinessDimensions: { type: 'json' },
      publishedAt: { type: 'datetime' },
      author: { type: 'relation', target: 'api::author.author' },
      cover: { type: 'media' },
      seo: { type: 'component', component: 'shared.seo' },
      sections: { type: 'dynamiczone' },
    },
  },
  'api::author.author': {
    attributes: { name: { type: 'string' }, articles: { type: 'relation', target: 'api::article.article' } },
  },
  'plugin::upload.file': { attributes: { name: { type: 'string' }, size: { type: 'decimal' } } },
  'shared.seo': { attributes: { metaTitle: { type: 'string' } } },
};
const getModel = (uid: string) => models[uid];
const article = models['api::article.article'];
const check = (query: { filters?: unknown; sort?: unknown; populate?: unknown }) => filterValueProblem(query, article, getModel);

describe('filterValueProblem', () => {
  it.each([
    { title: { $eq: 'x', $containsi: 'y' } },
    { readingTimeMinutes: { $gte: '1', $lte: 10 } },
    { readingTimeMinutes: ['1', '2'] },
    { readingTimeMinutes: { $between: ['1', '5'] } },
    { readingTimeMinutes: { $eqi: 'abc', $null: 'true' } },
    { id: { $in: ['1', 2] } },
    { views: { $gt: '9223372036854775807' } },
    { score: { $lt: '1.5' } },
    { body: { $containsi: 'remote', $notNull: true } },
    { author: { name: { $contains: 'K' } } },
    { author: '3' },
    { author: { $in: ['1', '2'] } },
    { author: { $or: [{ name: 'a' }, { articles: { title: 'b' } }] } },
    { cover: { name: { $endsWith: '.png' } } },
    { seo: { metaTitle: { $null: true } } },
    { $or: [{ title: 'a' }, { $not: { readingTimeMinutes: 3 } }] },
    { unknownName: { $eq: 'left to Strapi’s validator' } },
  ])('accepts %j', (filters) => {
    expect(check({ filters })).toBeNull();
  });

  it.each([
    [{ readingTimeMinutes: { $gt: 'abc' } }, ['filters', 'readingTimeMinutes', '$gt'], /whole number/],
    [{ readingTimeMinutes: { $eq: '99999999999' } }, ['filters', 'readingTimeMinutes', '$eq'], /between/],
    [{ readingTimeMinutes: 'Infinity' }, ['filters', 'readingTimeMinutes'], /whole number/],
    [{ readingTimeMinutes: { $in: ['1', 'x'] } }, ['filters', 'readingTimeMinutes', '$in', '1'], /whole number/],
    [
      { readingTimeMinutes: { $contains: '1' } },
      ['filters', 'readingTimeMinutes', '$contains'],
      /compares text.*integer.*\$containsi/,
    ],
    [{ readingTimeMinutes: { $between: ['1'] } }, ['filters', 'readingTimeMinutes', '$between'], /two values/],
    [{ views: { $eq: '9223372036854775808' } }, ['filters', 'views', '$eq'], /between/],
    [{ score: { $eq: 'x' } }, ['filters', 'score', '$eq'], /a number/],
    [{ id: { $eq: 'abc' } }, ['filters', 'id', '$eq'], /whole number/],
    [{ id: { $contains: '1' } }, ['filters', 'id', '$contains'], /compares text/],
    [{ publishedAt: { $startsWith: '2' } }, ['filters', 'publishedAt', '$startsWith'], /compares text/],
    [{ body: { $eq: 'x' } }, ['filters', 'body', '$eq'], /cannot compare JSON/],
    [{ readinessDimensions: 'x' }, ['filters', 'readinessDimensions'], /cannot compare JSON/],
    [{ title: { $and: ['x'] } }, ['filters', 'title', '$and'], /whole conditions/],
    [{ author: 'abc' }, ['filters', 'author'], /whole number/],
    [{ author: { $eq: '1', $ne: '2' } }, ['filters', 'author'], /one operator/],
    [{ author: { name: 'x', $or: [] } }, ['filters', 'author'], /mixes/],
    [{ seo: { $eq: 'x' } }, ['filters', 'seo', '$eq'], /whole number/],
    [{ sections: { $null: true } }, ['filters', 'sections'], /cannot be filtered/],
    [{ $and: { title: 'x' } }, ['filters', '$and'], /list of conditions/],
    [
      { author: { articles: { readingTimeMinutes: { $lt: 'soon' } } } },
      ['filters', 'author', 'articles', 'readingTimeMinutes', '$lt'],
      /whole number/,
    ],
  ])('refuses %j at %j', (filters, path, message) => {
    const problem = check({ filters });
    expect(problem?.path).toEqual(path);
    expect(problem?.message).toMatch(message);
  });

  it('checks the filters in a populate object against the populated model', () => {
    expect(check({ populate: { author: { populate: { articles: { filters: { readingTimeMinutes: 'x' } } } } } })?.path).toEqual([
      'populate',
      'author',
      'populate',
      'articles',
      'filters',
      'readingTimeMinutes',
    ]);
    expect(check({ populate: { author: { filters: { name: { $contains: 'x' } } } } })).toBeNull();
    expect(check({ populate: '*' })).toBeNull();
  });

  it('checks a sort against the model', () => {
    for (const sort of [
      'title:asc',
      'author.name:desc,title',
      ['title'],
      { author: { name: 'asc' } },
      [{ seo: { metaTitle: 'desc' } }],
    ]) {
      expect(check({ sort })).toBeNull();
    }
    expect(check({ sort: { title: { name: 'asc' } } })).toMatchObject({
      path: ['sort', 'title'],
      message: expect.stringMatching(/asc or desc/),
    });
    expect(check({ sort: { author: 'asc' } })).toMatchObject({ path: ['sort', 'author'] });
    expect(check({ sort: 'title.name:asc' })).toMatchObject({
      path: ['sort'],
      message: expect.stringMatching(/title has no attributes/),
    });
    for (const sort of ['.', 'author.', '.title:asc', ['title', ' . :desc']]) {
      expect(check({ sort })).toMatchObject({ message: expect.stringMatching(/empty name/) });
    }
    expect(check({ sort: 'title:asc,' })).toBeNull();
    expect(check({ populate: { author: { sort: { name: { x: 'asc' } } } } })?.path).toEqual([
      'populate',
      'author',
      'sort',
      'name',
    ]);
  });

  it('knows documentId as a string column, which no attribute lists', () => {
    expect(check({ filters: { documentId: { $eq: 'abc' } } })).toBeNull();
    expect(check({ filters: { documentId: { id: 'body' } } })).toMatchObject({
      path: ['filters', 'documentId', 'id'],
      message: 'is not an attribute of a value',
    });
    expect(check({ filters: { author: { documentId: ['a', { x: 1 }] } } })?.path).toEqual([
      'filters',
      'author',
      'documentId',
      '1',
    ]);
  });

  it('never throws, whatever the filters hold', () => {
    const names = fc.constantFrom(
      ...Object.keys(article.attributes),
      'id',
      '$and',
      '$or',
      '$not',
      '$eq',
      '$in',
      '$between',
      '$contains',
      '$x'
    );
    const filters = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(names, tie('node'), { maxKeys: 3 })
      ),
    })).node;
    fc.assert(fc.property(filters, filters, filters, (f, s, p) => void check({ filters: f, sort: s, populate: p })));
  });
});
