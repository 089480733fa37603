import type { Core } from '@strapi/strapi';

import { MODEL_UIDS } from '../../../../shared/constants';
import { getService } from '../../utils/get-service';
import { inTransaction } from '../../utils/transaction';

const BATCH = 200;

/**
 * Purges submissions older than the retention period (settings, default
 * INTAKE_RETENTION_DAYS), with their notes and emails. Each purged submission leaves one
 * audit entry: its reference, when, and the retention that applied; none of its data.
 * Lapsed idempotency keys and reminders older than the period go with them.
 */
const retention = ({ strapi }: { strapi: Core.Strapi }) => ({
  async purge(now = new Date()) {
    const { retentionDays } = await getService(strapi, 'settings').get();
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
    let purged = 0;
    for (;;) {
      const batch: Array<{ id: number; reference: string }> = await strapi.db.query(MODEL_UIDS.submission).findMany({
        select: ['id', 'reference'],
        where: { receivedAt: { $lt: cutoff } },
        orderBy: { id: 'asc' },
        limit: BATCH,
      });
      if (batch.length === 0) break;
      await inTransaction(strapi, () =>
        getService(strapi, 'erasure').remove(
          batch,
          'purge',
          { id: null, name: 'Retention purge' },
          { how: 'retention', retentionDays, receivedBefore: cutoff.toISOString() }
        )
      );
      purged += batch.length;
    }
    await getService(strapi, 'idempotency-keys').removeExpired(now);
    // A reminder about submissions since purged went with them; one older than that, with none left, goes here.
    await getService(strapi, 'outbox').removeRemindersBefore(cutoff);
    if (purged > 0) strapi.log.info(`readiness-intake: purged ${purged} submissions received before ${cutoff.toISOString()}`);
    return { purged, cutoff: cutoff.toISOString(), retentionDays };
  },
});

export type RetentionService = ReturnType<typeof retention>;
export default retention;
