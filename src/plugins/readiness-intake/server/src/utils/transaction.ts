import type { Core } from '@strapi/strapi';

/** What Strapi hands a transaction callback as `trx`: knex's transactor, of which two members matter here. */
type Transactor = { isCompleted?: () => boolean; executionPromise?: Promise<unknown> };

/**
 * `strapi.db.transaction`, except that a COMMIT the database refuses is thrown. Strapi ends
 * a transaction with knex's `trx.commit()`, which resolves even when the COMMIT fails: knex
 * reports that only on the transaction's own promise, which Strapi never reads. So a
 * connection lost at COMMIT (PostgreSQL shutting down) looked like a write that was stored,
 * and the intake answered 201 for a submission that was not. Nested calls join their
 * caller's transaction, which commits (and is checked) when the outermost one returns.
 */
export const inTransaction = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> => {
  let transactor: Transactor | undefined;
  const result = await strapi.db.transaction(async ({ trx }) => {
    transactor = trx as unknown as Transactor;
    return work();
  });
  // Completed means this call committed it; an open one belongs to a caller still running.
  if (transactor?.isCompleted?.() && transactor.executionPromise) await transactor.executionPromise;
  return result;
};
