import type { Core } from '@strapi/strapi';

import { createResponseCache, type CacheConfig, type ResponseCache } from './response-cache';

const caches = new WeakMap<Core.Strapi, ResponseCache>();

/** The instance's response cache, made on first use from `config/cache.ts`. */
export const getResponseCache = (strapi: Core.Strapi): ResponseCache => {
  let cache = caches.get(strapi);
  if (!cache) {
    cache = createResponseCache(strapi, strapi.config.get('cache') as CacheConfig);
    caches.set(strapi, cache);
  }
  return cache;
};

/**
 * Models whose writes never change a public content response: the admin's own tables,
 * sessions and tokens, and the intake's private rows. Everything else may be in a cached
 * answer (content, components, media, locales, the Public role's permissions).
 */
const IGNORED_PREFIXES = [
  'admin::',
  'strapi::session',
  'strapi::api-token',
  'strapi::transfer-token',
  'strapi::history',
  'plugin::readiness-intake.',
];

const AFTER_WRITE = [
  'afterCreate',
  'afterCreateMany',
  'afterUpdate',
  'afterUpdateMany',
  'afterDelete',
  'afterDeleteMany',
] as const;

/**
 * Hands the intake plugin the cache's generation, which moves on every write to the content
 * it reads (offices, articles, locales, its settings in the core store) on any instance:
 * it keeps those reads, and its questionnaires, for as long as the generation lasts, and
 * bumps it when it writes its own. Nothing while the cache cannot vouch for the generation
 * (see `trustedVersion`): the plugin then reads the database.
 */
export const provideIntakeGeneration = (strapi: Core.Strapi) => {
  const intake = strapi.plugin('readiness-intake');
  if (!intake) return;
  const cache = getResponseCache(strapi);
  intake.service('content-generation').provide({
    current: () => cache.trustedVersion,
    bump: () => cache.bump(),
  });
};

/**
 * Bumps the cache generation after every write through the query engine, which every
 * write path reaches (admin, REST, GraphQL, Document Service, publish, relations,
 * permissions). A write inside a transaction bumps once when the transaction starts
 * writing and once when it ends, however many rows it writes: a read that ran between the
 * write and its commit cannot leave an old answer behind, and a publish touching many rows
 * costs two bumps, not two per row.
 */
export const invalidateOnWrites = (strapi: Core.Strapi) => {
  const cache = getResponseCache(strapi);
  const seen = new WeakSet<object>();
  const onWrite = async (event: { model: { uid: string } }) => {
    if (IGNORED_PREFIXES.some((prefix) => event.model.uid.startsWith(prefix))) return;
    if (!strapi.db.inTransaction()) {
      await cache.bump();
      return;
    }
    const transaction = (await strapi.db.transaction()).get() as object & { executionPromise?: Promise<unknown> };
    if (seen.has(transaction)) return;
    seen.add(transaction);
    await cache.bump();
    transaction.executionPromise?.then(
      () => cache.bump(),
      () => cache.bump()
    );
  };
  // An object subscriber with only the write hooks: Strapi does not call it for reads.
  strapi.db.lifecycles.subscribe(Object.fromEntries(AFTER_WRITE.map((action) => [action, onWrite])));
};
