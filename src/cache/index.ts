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

const AFTER_WRITE = new Set([
  'afterCreate',
  'afterCreateMany',
  'afterUpdate',
  'afterUpdateMany',
  'afterDelete',
  'afterDeleteMany',
]);

/**
 * Bumps the cache generation after every write through the query engine, which every
 * write path reaches (admin, REST, GraphQL, Document Service, publish, relations,
 * permissions). Inside a transaction it bumps again when the transaction ends, so a read
 * that ran between the write and its commit cannot leave an old answer behind.
 */
export const invalidateOnWrites = (strapi: Core.Strapi) => {
  const cache = getResponseCache(strapi);
  strapi.db.lifecycles.subscribe(async (event) => {
    if (!AFTER_WRITE.has(event.action) || IGNORED_PREFIXES.some((prefix) => event.model.uid.startsWith(prefix))) return;
    await cache.bump();
    if (strapi.db.inTransaction()) {
      const transaction = (await strapi.db.transaction()).get() as { executionPromise?: Promise<unknown> };
      transaction.executionPromise?.then(
        () => cache.bump(),
        () => cache.bump()
      );
    }
  });
};
