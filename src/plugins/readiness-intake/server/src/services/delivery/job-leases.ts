import type { Core } from '@strapi/strapi';

import { MODEL_UIDS } from '../../../../shared/constants';
import { getService } from '../../utils/get-service';

/**
 * Leases that make a scheduled job run on one instance at a time: a row per job, taken
 * with a compare-and-set UPDATE (no holder, or a lapsed lease), atomic on every database
 * Strapi supports. A lease is held for the job's whole period, so "every hour" means once
 * an hour across all instances, however many run the timer.
 */
const jobLeases = ({ strapi }: { strapi: Core.Strapi }) => ({
  async acquire(job: string, holdSeconds: number, now = new Date()): Promise<boolean> {
    if (!(await strapi.db.query(MODEL_UIDS.jobLease).findOne({ where: { job }, select: ['id'] }))) {
      // Two instances may both see no row; the unique index lets one insert win.
      await strapi.db
        .query(MODEL_UIDS.jobLease)
        .create({ data: { job } })
        .catch(() => undefined);
    }
    const { count } = await strapi.db.query(MODEL_UIDS.jobLease).updateMany({
      where: { job, $or: [{ leasedUntil: { $null: true } }, { leasedUntil: { $lte: now } }] },
      data: {
        holder: getService(strapi, 'outbox').instance,
        leasedUntil: new Date(now.getTime() + holdSeconds * 1000),
        lastRunAt: now,
      },
    });
    return count === 1;
  },
});

export type JobLeasesService = ReturnType<typeof jobLeases>;
export default jobLeases;
