import type { Core } from '@strapi/strapi';

const SUBMISSION = 'plugin::readiness-intake.submission';

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Counts and rates over submissions received in a period, for the dashboard. */
const stats = ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary({ from, to }: { from?: Date; to?: Date }) {
    const where = {
      ...(from || to ? { receivedAt: { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } } : {}),
    };
    const rows: Array<{
      band: string;
      status: string;
      consultantBand: string | null;
      receivedAt: string;
      firstTriagedAt: string | null;
    }> = await strapi.db
      .query(SUBMISSION)
      .findMany({ select: ['band', 'status', 'consultantBand', 'receivedAt', 'firstTriagedAt'], where });

    const countBy = (key: 'band' | 'status') =>
      rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row[key]]: (counts[row[key]] ?? 0) + 1 }), {});
    const rated = rows.filter((row) => row.consultantBand);
    const agreed = rated.filter((row) => row.consultantBand === row.band);
    const hoursToTriage = rows
      .filter((row) => row.firstTriagedAt)
      .map((row) => (new Date(row.firstTriagedAt!).getTime() - new Date(row.receivedAt).getTime()) / 3_600_000);

    // Days in UTC: the dashboard draws them as they come; a consultant's "today" may differ by one.
    const days = new Map<string, Record<string, number>>();
    for (const row of rows) {
      const day = new Date(row.receivedAt).toISOString().slice(0, 10);
      const counts = days.get(day) ?? { ready: 0, close: 0, foundation: 0 };
      counts[row.band] = (counts[row.band] ?? 0) + 1;
      days.set(day, counts);
    }
    const byDay = [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, counts]) => ({ day, ...counts }));

    return {
      period: { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null },
      total: rows.length,
      byBand: countBy('band'),
      byStatus: countBy('status'),
      byDay,
      agreement: { rated: rated.length, agreed: agreed.length, rate: rated.length ? agreed.length / rated.length : null },
      medianHoursToFirstTriage: median(hoursToTriage),
    };
  },
});

export type StatsService = ReturnType<typeof stats>;
export default stats;
