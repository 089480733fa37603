import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';
import DataLoader from 'dataloader';

type Resolve = (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;
type Params = Record<string, unknown>;
type Row = { id: number | string } & Record<string, unknown>;
type Load = (uid: string, entity: unknown, fields: unknown, params?: Params) => Promise<unknown>;
type EntityManager = {
  load: Load;
  findMany(uid: string, params: Params): Promise<Row[]>;
};
type RelationAttribute = { type: string; relation?: string };

/** The relations a batch loads as the query engine's populate does; morph relations and media are loaded one by one. */
const BATCHED_RELATIONS = new Set(['oneToOne', 'manyToOne', 'oneToMany', 'manyToMany']);
const TO_MANY = new Set(['oneToMany', 'manyToMany']);

/** A request's loaders, one per relation and query: loads with the same key read the same rows for different parents. */
type Loaders = Map<string, DataLoader<number | string, unknown>>;

const requestLoaders = new AsyncLocalStorage<Loaders>();
const loadersOfContext = new WeakMap<object, Loaders>();

/**
 * The key of a load's query, or null when it holds something JSON cannot tell apart (a
 * function, a raw SQL fragment, a class instance): such a load is not batched.
 */
export const queryKey = (params: unknown): string | null => {
  try {
    return JSON.stringify(params ?? {}, function check(this: Record<string, unknown>, key, value) {
      const original = this[key];
      if (typeof original === 'function' || typeof original === 'symbol' || typeof original === 'bigint') throw new Error();
      if (original && typeof original === 'object' && !(original instanceof Date) && !Array.isArray(original)) {
        const prototype = Object.getPrototypeOf(original);
        if (prototype !== Object.prototype && prototype !== null) throw new Error();
      }
      return value;
    });
  } catch {
    return null;
  }
};

/** A non-negative integer, or undefined for "none" (absent, or Strapi's -1). */
const countOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

/**
 * The rows of one parent a single-parent load would have given: the batch reads every
 * parent's related rows in the load's order, and the page is cut here, per parent.
 */
export const pageOf = <T>(rows: T[], params: Params): T[] => {
  const offset = countOf(params.offset) ?? 0;
  const limit = countOf(params.limit);
  return limit === undefined ? rows.slice(offset) : rows.slice(offset, offset + limit);
};

/**
 * Loads relation `field` of the parents `ids` of `uid` in two statements, whatever their
 * number: the parents, then every related row of all of them, as a REST populate reads
 * them. The load's own limit and offset apply to each parent's rows.
 */
const loadMany = async (
  entityManager: EntityManager,
  uid: string,
  field: string,
  toMany: boolean,
  params: Params,
  ids: readonly (number | string)[]
): Promise<unknown[]> => {
  const { limit: _limit, offset: _offset, ...populate } = params;
  const parents = await entityManager.findMany(uid, {
    select: ['id'],
    where: { id: { $in: [...new Set(ids)] } },
    populate: { [field]: Object.keys(populate).length > 0 ? populate : true },
  });
  const byId = new Map(parents.map((parent) => [String(parent.id), parent[field]]));
  const given = new Set<string>();
  return ids.map((id) => {
    if (!byId.has(String(id))) return null;
    const related = byId.get(String(id));
    const value = toMany
      ? pageOf((related as unknown[] | null) ?? [], params)
      : (pageOf(related === null || related === undefined ? [] : [related], params)[0] ?? null);
    // The same parent twice in one batch (two fields of one query listing the same entries):
    // each answer gets rows of its own, as separate loads would give.
    if (given.has(String(id))) return structuredClone(value);
    given.add(String(id));
    return value;
  });
};

/**
 * Strapi's GraphQL plugin resolves a relation field once per parent: a list of 25 articles
 * with their author and links ran 100 SQL statements where the REST list runs 11, and the
 * statements were most of the request's time. Inside a relation field's resolver (see
 * loadRelationsInBatches), the query engine's `load` of one parent's relation is handed to
 * a DataLoader of the request, which gathers the loads of every parent with the same query
 * and runs them as one. The plugin's resolver is otherwise untouched: its permission
 * checks, sanitising, draft and publication filters and response shape all still apply.
 * Loads anywhere else, inside a transaction, of a morph relation, with a query a key cannot
 * be made of, or of several fields at once go to the query engine as before.
 */
export const batchRelationLoads = (strapi: Core.Strapi) => {
  const entityManager = strapi.db.entityManager as unknown as EntityManager;
  const loadOne = entityManager.load.bind(entityManager);

  entityManager.load = (uid, entity, fields, params) => {
    const loaders = requestLoaders.getStore();
    const id = (entity as { id?: unknown } | null)?.id;
    const attribute = (strapi.db.metadata.get(uid)?.attributes as Record<string, RelationAttribute> | undefined)?.[
      fields as string
    ];
    const key = loaders ? queryKey(params) : null;
    if (
      !loaders ||
      key === null ||
      typeof fields !== 'string' ||
      (typeof id !== 'number' && typeof id !== 'string') ||
      attribute?.type !== 'relation' ||
      !BATCHED_RELATIONS.has(attribute.relation ?? '') ||
      (params as { count?: unknown } | undefined)?.count === true ||
      strapi.db.inTransaction()
    ) {
      return loadOne(uid, entity, fields, params);
    }
    const loaderKey = `${uid}\u0000${fields}\u0000${key}`;
    let loader = loaders.get(loaderKey);
    if (!loader) {
      const toMany = TO_MANY.has(attribute.relation ?? '');
      loader = new DataLoader((ids) => loadMany(entityManager, uid, fields, toMany, params ?? {}, ids), {
        // Batching only: each field gets rows of its own, as the one-by-one loads gave.
        cache: false,
        // After every parent's resolver has reached its load: they get there through
        // permission checks and sanitising whose steps may wait on a tick, and DataLoader's
        // default (the end of the current ticks) then sent the batch with some of them only.
        batchScheduleFn: (dispatch) => setImmediate(dispatch),
      });
      loaders.set(loaderKey, loader);
    }
    return loader.load(id);
  };
};

/**
 * A GraphQL field middleware for relation fields: the field's resolver runs with the
 * request's loaders in reach, so its `load` joins the batch (see batchRelationLoads).
 */
export const loadRelationsInBatches = (
  resolve: Resolve,
  parent: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: unknown
) => {
  if (!context || typeof context !== 'object') return resolve(parent, args, context, info);
  let loaders = loadersOfContext.get(context);
  if (!loaders) {
    loaders = new Map();
    loadersOfContext.set(context, loaders);
  }
  return requestLoaders.run(loaders, () => resolve(parent, args, context, info));
};
