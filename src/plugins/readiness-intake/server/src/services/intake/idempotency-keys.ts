import { createHash } from 'crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import stableStringify from 'safe-stable-stringify';

import { MODEL_UIDS } from '../../../../shared/constants';
import type { SubmitIntake } from '../../../../shared/contracts/public-form';
import { isDatabaseUnavailable } from '../../utils/database-errors';
import { insertRow } from '../../utils/insert-row';

/** How long the first answer to a key is replayed. */
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** How long a request that lost the race for a key waits for the winner's answer. */
const WINNER_WAIT_MS = 5000;
const WINNER_POLL_MS = 50;

type Answer = SubmitIntake.Response['data'];
type KeyRow = {
  id: number;
  key: string;
  bodyHash: string;
  status: number | null;
  response: Answer | null;
  expiresAt: string | Date;
};

/**
 * The key was sent before with another body: a 409 the client must not retry. Strapi answers
 * every ApplicationError it does not know with a 400, so the controller sends the status.
 */
export class IdempotencyConflictError extends errors.ApplicationError<'ConflictError'> {
  readonly status = 409;

  constructor(message = 'this Idempotency-Key was already used with another body') {
    super(message);
    this.name = 'ConflictError';
  }
}

/** Another request holds the key: thrown inside the submission's transaction, so it rolls back. */
export class IdempotencyKeyTakenError extends Error {
  constructor(readonly reason: unknown) {
    super('the Idempotency-Key is held by another request');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The answers stored under a client's Idempotency-Key, in the database so every instance
 * sees them. A key is claimed by inserting its row inside the submission's transaction:
 * the unique index lets one request win, and the row commits with the submission or not at all.
 */
const idempotencyKeys = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(MODEL_UIDS.idempotencyKey);

  return {
    hashBody: (body: unknown) =>
      createHash('sha256')
        // Keys sorted, so a body whose keys a client reorders on retry is still the same body.
        .update(stableStringify(body) ?? 'null')
        .digest('hex'),

    /** The live row for `key`; a lapsed one is deleted and counts as absent. */
    async find(key: string, now: number): Promise<KeyRow | null> {
      const row: KeyRow | null = await query().findOne({ where: { key } });
      if (!row) return null;
      if (new Date(row.expiresAt).getTime() > now) return row;
      await query().delete({ where: { id: row.id } });
      return null;
    },

    /** Takes `key` for this request; call inside the transaction that stores the answer. */
    async claim(key: string, bodyHash: string, now: number): Promise<number> {
      try {
        return await insertRow(strapi, MODEL_UIDS.idempotencyKey, {
          key,
          bodyHash,
          expiresAt: new Date(now + KEY_LIFETIME_MS),
        });
      } catch (error) {
        // The database going away is not another request holding the key: that is a 503.
        if (isDatabaseUnavailable(error)) throw error;
        throw new IdempotencyKeyTakenError(error);
      }
    },

    async record(id: number, status: number, response: Answer) {
      // updateMany: one UPDATE, where update would read the row before and after.
      await query().updateMany({ where: { id }, data: { status, response } });
    },

    /** The row a concurrent request committed for `key`, once it has; null if none shows up in time. */
    async awaitWinner(key: string): Promise<KeyRow | null> {
      for (const deadline = Date.now() + WINNER_WAIT_MS; Date.now() < deadline; await sleep(WINNER_POLL_MS)) {
        const row: KeyRow | null = await query().findOne({ where: { key, response: { $notNull: true } } });
        if (row) return row;
      }
      return null;
    },

    /** Deletes the keys past their 24 hours, which `find` would treat as absent anyway. */
    async removeExpired(now = new Date()) {
      await query().deleteMany({ where: { expiresAt: { $lte: now } } });
    },

    /** The stored answer for a repeat of the same body; a 409 for another body. */
    replay(row: KeyRow, bodyHash: string): Answer {
      if (row.bodyHash !== bodyHash || !row.response) throw new IdempotencyConflictError();
      return row.response;
    },
  };
};

export type IdempotencyKeysService = ReturnType<typeof idempotencyKeys>;
export default idempotencyKeys;
