import { z } from '@strapi/utils';

import type { InputPath } from './storable';

/** What is wrong with a query, and where: `param` is the top-level parameter, `path` starts with it. */
export type QueryProblem = { param: string; path: InputPath; message: string };

type Problem = { path: InputPath; message: string } | null;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A value as qs gives it: a string, or null for a key sent without `=`. */
const value = z.union([z.string(), z.null()], { error: 'must be a single value, not a list or an object' });
const valueOrList = z.union([value, z.array(value)], { error: 'must be a value or a list of values' });

/** What each attribute-level operator of Strapi's query engine takes (@strapi/utils operators, @strapi/database where). */
const OPERANDS: Record<string, z.ZodType | 'condition'> = {
  ...Object.fromEntries(
    [
      '$eq',
      '$eqi',
      '$ne',
      '$nei',
      '$lt',
      '$lte',
      '$gt',
      '$gte',
      '$in',
      '$notIn',
      '$contains',
      '$notContains',
      '$containsi',
      '$notContainsi',
      '$startsWith',
      '$startsWithi',
      '$endsWith',
      '$endsWithi',
    ].map((operator) => [operator, valueOrList])
  ),
  $null: value,
  $notNull: value,
  $between: z.array(value, { error: 'takes a list of two values' }).length(2, 'takes exactly two values'),
  $not: 'condition',
};

const GROUPS = new Set(['$and', '$or']);

const leafProblem = (schema: z.ZodType, input: unknown, path: InputPath): Problem => {
  const result = schema.safeParse(input);
  if (result.success) return null;
  const [issue] = result.error.issues;
  return { path: [...path, ...issue.path.map(String)], message: issue.message };
};

/** `$and` and `$or` combine whole conditions: a list of them (qs makes an object of a list past 100 items). */
const groupProblem = (operand: unknown, path: InputPath): Problem => {
  if (!Array.isArray(operand)) return { path, message: 'takes a list of conditions' };
  for (const [index, condition] of operand.entries()) {
    const problem = whereProblem(condition, [...path, String(index)]);
    if (problem) return problem;
  }
  return null;
};

/**
 * A condition on entries: attribute names (each holding a condition on that attribute),
 * combined with `$and`, `$or` and `$not`. Attribute-level operators (`$eq`) are not
 * allowed here: the query engine refuses them outside an attribute.
 */
function whereProblem(input: unknown, path: InputPath): Problem {
  if (!isPlainObject(input)) return { path, message: 'must be an object of attribute names' };
  for (const [key, operand] of Object.entries(input)) {
    const at = [...path, key];
    const problem = GROUPS.has(key)
      ? groupProblem(operand, at)
      : key === '$not'
        ? whereProblem(operand, at)
        : key in OPERANDS
          ? { path: at, message: 'compares one attribute: put it under an attribute name' }
          : key.startsWith('$')
            ? { path: at, message: 'is not an operator' }
            : attributeProblem(operand, at);
    if (problem) return problem;
  }
  return null;
}

/**
 * What an attribute name holds: a value or a list (an implicit `$eq`), an object of
 * operators, or, for a relation or a component, a condition on its own attributes. One
 * object cannot mix operators and attribute names.
 */
function attributeProblem(operand: unknown, path: InputPath): Problem {
  if (!isPlainObject(operand)) return leafProblem(valueOrList, operand, path);
  const keys = Object.keys(operand);
  const operators = keys.filter((key) => key.startsWith('$'));
  if (operators.length === 0) return whereProblem(operand, path);
  if (operators.length !== keys.length) return { path, message: 'mixes operators and attribute names' };
  for (const [operator, inner] of Object.entries(operand)) {
    const at = [...path, operator];
    const schema = OPERANDS[operator];
    const problem = GROUPS.has(operator)
      ? groupProblem(inner, at)
      : schema === 'condition'
        ? attributeProblem(inner, at)
        : schema
          ? leafProblem(schema, inner, at)
          : { path: at, message: operator === '$jsonSupersetOf' ? 'is for Strapi’s internal use' : 'is not an operator' };
    if (problem) return problem;
  }
  return null;
}

/** `fields=title,slug` or `fields[0]=title`: a name or a list of names, none of them empty. */
const fieldNames = z
  .union([z.string(), z.array(z.string())], { error: 'must be a name or a list of names' })
  .refine((names) => [names].flat().every((list) => list.split(',').every((name) => name.trim() !== '')), 'has an empty name');

/** `title:asc,author.name`: every comma-separated field a dotted path without an empty name (the query engine looks `''` up as an attribute). */
const sortText = z.string().refine(
  (text) =>
    text
      .split(',')
      .map((segment) => segment.trim())
      .filter((segment) => segment !== '')
      .every((segment) =>
        segment
          .split(':')[0]
          .split('.')
          .every((name) => name.trim() !== '')
      ),
  'has an empty name in a field path'
);
const sortEntry = z.union([sortText, z.record(z.string().min(1, 'has an empty name'), z.unknown())], {
  error: 'must be a name, name:order or an object',
});
const sort = z.union([sortEntry, z.array(sortEntry)], { error: 'must be a name, a list of names or an object' });

type PopulateSchema = z.ZodType<unknown>;
/** `populate=author`, `populate[0]=author`, `populate[author][populate]=avatar`, `populate[author][filters]...`. */
const populate: PopulateSchema = z.lazy(() =>
  z.union([z.string(), z.array(z.string()), z.record(z.string(), populateEntry)], {
    error: 'must be a name, a list of names or an object',
  })
);
const populateEntry: PopulateSchema = z.lazy(() =>
  z.union(
    [
      z.string(),
      z.looseObject({
        fields: fieldNames.optional(),
        sort: sort.optional(),
        populate: populate.optional(),
        on: z.record(z.string(), populateEntry).optional(),
        count: value.optional(),
      }),
    ],
    { error: 'must be true, * or an object of fields, filters, sort and populate' }
  )
);

/** The parameters Strapi's content API reads, as their shapes; any other parameter is left to the route. */
const contentApiQuery = z.looseObject({
  _q: value.optional(),
  fields: fieldNames.optional(),
  sort: sort.optional(),
  populate: populate.optional(),
  pagination: z.record(z.string(), value, { error: 'must be an object of page, pageSize, start, limit or withCount' }).optional(),
  status: value.optional(),
  locale: value.optional(),
});

/** The filters nested in a populate object, each with its path. */
function* populateFilters(entries: unknown, path: InputPath): Generator<[unknown, InputPath]> {
  if (!isPlainObject(entries)) return;
  for (const [name, entry] of Object.entries(entries)) {
    if (!isPlainObject(entry)) continue;
    if ('filters' in entry) yield [entry.filters, [...path, name, 'filters']];
    yield* populateFilters(entry.populate, [...path, name, 'populate']);
    if (isPlainObject(entry.on)) {
      for (const [component, fragment] of Object.entries(entry.on)) {
        yield* populateFilters({ [component]: fragment }, [...path, name, 'on']);
      }
    }
  }
}

/** A numeral that reads as Infinity (`1e400`): no column holds it, and the query engine throws on it. */
const NUMERAL = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?\s*$/i;

const numeralPastRange = (input: unknown, path: InputPath): Problem => {
  if (typeof input === 'string') {
    return NUMERAL.test(input) && !Number.isFinite(Number(input)) ? { path, message: 'is a number past the float range' } : null;
  }
  if (input === null || typeof input !== 'object') return null;
  for (const [key, item] of Object.entries(input)) {
    const problem = numeralPastRange(item, [...path, key]);
    if (problem) return problem;
  }
  return null;
};

/**
 * The first problem with the shape of a content-API query string, as qs parsed it, or
 * null when Strapi's query engine can run it. It checks the grammar Strapi's validators
 * leave to the database layer, which throws (a 500) on what it cannot read: `_q` as an
 * object, `filters` as a list or a value, `$and` holding a value, `$between` holding
 * one, an operator holding an operator, an empty field name, a number past the float range.
 * Attribute names and their types are checked later, against the model (filter-values.ts).
 */
export const contentApiQueryProblem = (query: Record<string, unknown>): QueryProblem | null => {
  const checks = [
    () => leafProblem(contentApiQuery, query, []),
    () => (query.filters === undefined ? null : whereProblem(query.filters, ['filters'])),
    ...[...populateFilters(query.populate, ['populate'])].map(
      ([filters, path]) =>
        () =>
          whereProblem(filters, path)
    ),
    ...Object.entries(query)
      .filter(([param]) => param !== '_q')
      .map(
        ([param, input]) =>
          () =>
            numeralPastRange(input, [param])
      ),
  ];
  for (const check of checks) {
    const problem = check();
    if (problem) return { param: problem.path[0] ?? '', ...problem };
  }
  return null;
};
