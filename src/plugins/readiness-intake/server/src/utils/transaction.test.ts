import type { Core } from '@strapi/strapi';

import { inTransaction } from './transaction';

/**
 * A stand-in for Strapi's `db.transaction` over knex, as it behaves: the callback's result
 * is returned once `trx.commit()` resolves, and a refused COMMIT shows only on
 * `trx.executionPromise`. `nested` hands the callback a transaction its caller still holds.
 */
const strapiWhoseCommit = (outcome: 'succeeds' | 'fails' | 'nested') => {
  let completed = false;
  const executionPromise =
    outcome === 'fails' ? Promise.reject(new Error('terminating connection due to administrator command')) : Promise.resolve();
  // knex handles the rejection itself; so does this stand-in, or the test would see it as unhandled.
  executionPromise.catch(() => undefined);
  const trx = { isCompleted: () => completed, executionPromise };
  const transaction = async (callback: (params: { trx: unknown }) => Promise<unknown>) => {
    const result = await callback({ trx });
    if (outcome !== 'nested') completed = true;
    return result;
  };
  return { db: { transaction } } as unknown as Core.Strapi;
};

describe('inTransaction', () => {
  it('given a COMMIT that succeeds, then it returns what the work returned', async () => {
    await expect(inTransaction(strapiWhoseCommit('succeeds'), async () => 'stored')).resolves.toBe('stored');
  });

  it('given a COMMIT the database refuses, then it throws the refusal instead of returning', async () => {
    await expect(inTransaction(strapiWhoseCommit('fails'), async () => 'stored')).rejects.toThrow(
      'terminating connection due to administrator command'
    );
  });

  it('given a transaction its caller still holds, then it returns without waiting for a commit that has not happened', async () => {
    await expect(inTransaction(strapiWhoseCommit('nested'), async () => 'joined')).resolves.toBe('joined');
  });

  it('given work that throws, then the error is the work’s', async () => {
    await expect(
      inTransaction(strapiWhoseCommit('succeeds'), async () => {
        throw new Error('bad input');
      })
    ).rejects.toThrow('bad input');
  });
});
