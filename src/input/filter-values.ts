import type { InputPath } from './storable';

/** The part of a Strapi model this check reads: its attributes, by name. */
export type ModelAttributes = { attributes: Record<string, Attribute> };
type Attribute = { type: string; target?: string; component?: string };
export type GetModel = (uid: string) => ModelAttributes | undefined;

export type FilterProblem = { path: InputPath; message: string };
type Problem = FilterProblem | null;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** PostgreSQL's int4 and int8: an integer column, and the ids every relation joins on. */
const INT4 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const INT8 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'uid', 'email', 'enumeration', 'password']);
const JSON_TYPES = new Set(['json', 'blocks']);

/** Operators the query engine casts its operand to the column's type for (`CAST_OPERATORS` in @strapi/utils). */
const CAST = new Set(['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between']);
/** `column LIKE ?`: on PostgreSQL only a text column has LIKE, so a number, a date or JSON fails. */
const LIKE = new Set(['$contains', '$notContains', '$startsWith', '$endsWith']);
/** `LOWER(CAST(column AS VARCHAR)) ...`: text of any column, on every database. */
const TEXT_OF_ANY = new Set(['$eqi', '$nei', '$containsi', '$notContainsi', '$startsWithi', '$endsWithi']);
const NULL_CHECKS = new Set(['$null', '$notNull']);
const GROUPS = new Set(['$and', '$or']);

/** How a value reads as a number, the way the query engine's NumberField casts it (trimmed, then `Number`). */
const numberOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return Number(value.trim());
};

/** Why `value` cannot be cast to the column of `attribute`, or null when it can. */
const castProblem = (attribute: Attribute, value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  switch (attribute.type) {
    case 'increments':
    case 'integer': {
      const number = numberOf(value);
      if (number === null || !Number.isInteger(number)) return 'must be a whole number';
      return number < INT4.min || number > INT4.max ? `must be between ${INT4.min} and ${INT4.max}` : null;
    }
    case 'biginteger': {
      const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
      if (!/^-?\d+$/.test(text)) return 'must be a whole number';
      const big = BigInt(text);
      return big < INT8.min || big > INT8.max ? `must be between ${INT8.min} and ${INT8.max}` : null;
    }
    case 'float':
    case 'decimal': {
      const number = numberOf(value);
      return number === null || !Number.isFinite(number) ? 'must be a number' : null;
    }
    default:
      return Array.isArray(value) || isPlainObject(value) ? 'must be a single value' : null;
  }
};

/** The model a relation, a media field or a component joins to, or null for one that cannot be filtered on. */
const targetOf = (attribute: Attribute): string | null => {
  if (attribute.type === 'media') return 'plugin::upload.file';
  if (attribute.type === 'component') return attribute.component ?? null;
  if (attribute.type === 'relation') return attribute.target ?? null;
  return null;
};

const isJoined = (attribute: Attribute) => ['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type);

/**
 * Every filterable attribute of a model, with the two columns the schema leaves out and a
 * content type's table has: `id`, and `documentId`, a string column (`documentId[id]=x`
 * went to PostgreSQL as a path into a string, a 500).
 */
const attributeOf = (model: ModelAttributes, name: string): Attribute | undefined =>
  Object.prototype.hasOwnProperty.call(model.attributes, name)
    ? model.attributes[name]
    : name === 'id'
      ? { type: 'increments' }
      : name === 'documentId'
        ? { type: 'string' }
        : undefined;

const valuesOf = (operand: unknown): unknown[] => (Array.isArray(operand) ? operand : [operand]);

const firstProblem = (candidates: Array<() => Problem>): Problem => {
  for (const candidate of candidates) {
    const problem = candidate();
    if (problem) return problem;
  }
  return null;
};

/** A value or a list of values the column must be able to hold. */
const valuesProblem = (attribute: Attribute, operand: unknown, path: InputPath): Problem => {
  for (const [index, value] of valuesOf(operand).entries()) {
    const message = castProblem(attribute, value);
    if (message) return { path: Array.isArray(operand) ? [...path, String(index)] : path, message };
  }
  return null;
};

/** One operator on a column of `attribute`. */
const operatorProblem = (attribute: Attribute, operator: string, operand: unknown, path: InputPath): Problem => {
  if (NULL_CHECKS.has(operator)) return null;
  if (operator === '$not') return columnProblem(attribute, operand, path);
  if (GROUPS.has(operator)) return { path, message: 'combines whole conditions: put it above the attribute, not under it' };
  const isJson = JSON_TYPES.has(attribute.type);
  if (TEXT_OF_ANY.has(operator)) return null;
  if (LIKE.has(operator)) {
    if (TEXT_TYPES.has(attribute.type)) return null;
    return { path, message: `compares text, and this attribute is ${attribute.type}: use ${operator}i` };
  }
  if (!CAST.has(operator)) return { path, message: 'is not an operator' };
  if (isJson)
    return { path, message: `cannot compare JSON: use $null, $notNull or a case-insensitive text operator such as $containsi` };
  if (operator === '$between' && (!Array.isArray(operand) || operand.length !== 2))
    return { path, message: 'takes exactly two values' };
  return valuesProblem(attribute, operand, path);
};

/** What a scalar attribute holds: a value, a list (an implicit `$in`) or an object of operators. */
const columnProblem = (attribute: Attribute, operand: unknown, path: InputPath): Problem => {
  if (!isPlainObject(operand)) {
    if (JSON_TYPES.has(attribute.type) && operand !== null) {
      return { path, message: 'cannot compare JSON: use $null, $notNull or a case-insensitive text operator such as $containsi' };
    }
    return valuesProblem(attribute, operand, path);
  }
  return firstProblem(
    Object.entries(operand).map(([operator, inner]) => () => {
      if (!operator.startsWith('$')) return { path: [...path, operator], message: 'is not an attribute of a value' };
      return operatorProblem(attribute, operator, inner, [...path, operator]);
    })
  );
};

/**
 * What a relation, a media field or a component holds: a condition on the target's own
 * attributes, or ids (a value, a list, or one operator on them; the query engine compares
 * the joined id and refuses two operators at once).
 */
const joinProblem = (attribute: Attribute, operand: unknown, path: InputPath, getModel: GetModel): Problem => {
  const targetUid = targetOf(attribute);
  const target = targetUid ? getModel(targetUid) : undefined;
  if (!target) return { path, message: `cannot be filtered on (a ${attribute.type} without one target)` };
  const id: Attribute = { type: 'increments' };
  if (!isPlainObject(operand)) return valuesProblem(id, operand, path);
  const keys = Object.keys(operand);
  const operators = keys.filter((key) => key.startsWith('$'));
  if (operators.length === 0) return whereProblem(operand, target, path, getModel);
  if (operators.length !== keys.length) return { path, message: 'mixes operators and attribute names' };
  if (operators.length > 1) return { path, message: 'takes one operator at a time on a relation' };
  const [operator] = operators;
  const at = [...path, operator];
  if (GROUPS.has(operator)) return groupProblem(operand[operator], target, at, getModel);
  return operatorProblem(id, operator, operand[operator], at);
};

function groupProblem(operand: unknown, model: ModelAttributes, path: InputPath, getModel: GetModel): Problem {
  if (!Array.isArray(operand)) return { path, message: 'takes a list of conditions' };
  return firstProblem(
    operand.map((condition, index) => () => whereProblem(condition, model, [...path, String(index)], getModel))
  );
}

function whereProblem(input: unknown, model: ModelAttributes, path: InputPath, getModel: GetModel): Problem {
  if (Array.isArray(input)) return groupProblem(input, model, path, getModel);
  if (!isPlainObject(input)) return { path, message: 'must be an object of attribute names' };
  return firstProblem(
    Object.entries(input).map(([key, operand]) => () => {
      const at = [...path, key];
      if (GROUPS.has(key)) return groupProblem(operand, model, at, getModel);
      if (key === '$not') return whereProblem(operand, model, at, getModel);
      if (key.startsWith('$')) return { path: at, message: 'compares one attribute: put it under an attribute name' };
      const attribute = attributeOf(model, key);
      // An unknown name is Strapi's own validator's to refuse (it runs first and names it).
      if (!attribute) return null;
      return isJoined(attribute) ? joinProblem(attribute, operand, at, getModel) : columnProblem(attribute, operand, at);
    })
  );
}

/** The filters and sorts in a populate object (`populate[author][filters]`), with the model each applies to. */
const populateProblem = (populate: unknown, model: ModelAttributes, path: InputPath, getModel: GetModel): Problem => {
  if (!isPlainObject(populate)) return null;
  return firstProblem(
    Object.entries(populate).map(([name, entry]) => () => {
      const attribute = attributeOf(model, name);
      const targetUid = attribute && targetOf(attribute);
      const target = targetUid ? getModel(targetUid) : undefined;
      if (!target || !isPlainObject(entry)) return null;
      const at = [...path, name];
      return (
        (entry.filters === undefined ? null : whereProblem(entry.filters, target, [...at, 'filters'], getModel)) ??
        sortProblem(entry.sort, target, [...at, 'sort'], getModel) ??
        populateProblem(entry.populate, target, [...at, 'populate'], getModel)
      );
    })
  );
};

/**
 * A sort (`title:asc`, `author.name:desc`, `[{ title: 'asc' }]`, `{ author: { name: 'asc' } }`):
 * an order for an attribute that has a column, a nested sort for a relation or a component.
 * The query engine throws on an order nested under a column, or a column named under one.
 */
const sortProblem = (sort: unknown, model: ModelAttributes, path: InputPath, getModel: GetModel): Problem => {
  if (Array.isArray(sort))
    return firstProblem(sort.map((entry, index) => () => sortProblem(entry, model, [...path, String(index)], getModel)));
  if (typeof sort === 'string') {
    return firstProblem(
      sort.split(',').map((entry) => () => {
        if (entry.trim() === '') return null;
        const names = entry.split(':')[0].trim().split('.');
        // The query engine looks an empty name up as an attribute and throws (`sort: ["."]` over GraphQL).
        if (names.some((name) => name.trim() === ''))
          return { path, message: `sorts by ${entry.trim()}, which has an empty name` };
        let current: ModelAttributes | undefined = model;
        for (const [index, name] of names.entries()) {
          const attribute: Attribute | undefined = current && attributeOf(current, name);
          if (!attribute || index === names.length - 1) return null;
          const targetUid = targetOf(attribute);
          if (!targetUid)
            return { path, message: `sorts by ${names.slice(0, index + 2).join('.')}, but ${name} has no attributes` };
          current = getModel(targetUid);
        }
        return null;
      })
    );
  }
  if (!isPlainObject(sort)) return null;
  return firstProblem(
    Object.entries(sort).map(([name, order]) => () => {
      const attribute = attributeOf(model, name);
      if (!attribute) return null;
      const at = [...path, name];
      const targetUid = targetOf(attribute);
      if (!targetUid) return typeof order === 'string' ? null : { path: at, message: 'takes an order, asc or desc' };
      const target = getModel(targetUid);
      if (typeof order === 'string' || !target)
        return { path: at, message: 'sorts by an attribute of its own: name one under it' };
      return sortProblem(order, target, at, getModel);
    })
  );
};

/**
 * The first filter in a content-API query (REST `filters` and `populate[...][filters]`,
 * GraphQL `filters` after the plugin turned `eq` into `$eq`) whose value the database of
 * `model` cannot compare, or null. Strapi's validators check the attribute names and leave
 * the values to the database, which throws on what it cannot cast (a 500): `abc` or
 * `99999999999` for an integer, `$contains` on a number, a date or JSON on PostgreSQL, two
 * operators on one relation, `$between` with one value, `$and` under an attribute. The
 * answer is the same on SQLite, which would have run some of these.
 */
export const filterValueProblem = (
  query: { filters?: unknown; sort?: unknown; populate?: unknown },
  model: ModelAttributes,
  getModel: GetModel
): FilterProblem | null =>
  (query.filters === undefined || query.filters === null ? null : whereProblem(query.filters, model, ['filters'], getModel)) ??
  sortProblem(query.sort, model, ['sort'], getModel) ??
  populateProblem(query.populate, model, ['populate'], getModel);
