import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { TABLE_NAMES } from '../../../../shared/constants';
import type { Stats } from '../../../../shared/contracts/stats';
import type { Band, Status } from '../../../../shared/intake';

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The UTC day of `received_at` in SQL, per database; null where there is no expression for it. */
const utcDay = (client: string): string | null =>
  ({
    sqlite: `date(received_at / 1000, 'unixepoch')`,
    postgres: `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`,
    mysql: `DATE_FORMAT(CONVERT_TZ(received_at, @@session.time_zone, '+00:00'), '%Y-%m-%d')`,
  })[client] ?? null;

/**
 * Counts and rates over submissions received in a period, for the dashboard. The database
 * does the counting (GROUP BY), so "all time" over a busy year is one pass in SQL rather
 * than every row in memory; only triaged rows are read, for the median.
 */
const stats = ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary({ from, to }: { from?: Date; to?: Date }): Promise<Stats> {
    const knex = strapi.db.connection as Knex;
    const client = strapi.db.dialect.client as string;
    // SQLite keeps datetimes as epoch milliseconds; the others compare timestamps.
    const stored = (date: Date) => (client === 'sqlite' ? date.getTime() : date);
    const inPeriod = () => {
      const query = knex(TABLE_NAMES.submission);
      if (from) query.where('received_at', '>=', stored(from));
      if (to) query.where('received_at', '<=', stored(to));
      return query;
    };
    const countsBy = async <Key extends string>(column: 'band' | 'status'): Promise<Partial<Record<Key, number>>> => {
      const rows: Array<{ key: Key; n: number | string }> = await inPeriod()
        .select({ key: column })
        .count({ n: '*' })
        .groupBy(column);
      const counts: Partial<Record<Key, number>> = {};
      for (const row of rows) counts[row.key] = Number(row.n);
      return counts;
    };

    const day = utcDay(client);
    const [byBand, byStatus, agreementRows, triaged, dayRows, articleRows] = await Promise.all([
      countsBy<Band>('band'),
      countsBy<Status>('status'),
      inPeriod()
        .whereNotNull('consultant_band')
        .select(knex.raw('count(*) as rated'), knex.raw('sum(case when consultant_band = band then 1 else 0 end) as agreed')),
      inPeriod().whereNotNull('first_triaged_at').select({ receivedAt: 'received_at', firstTriagedAt: 'first_triaged_at' }),
      day
        ? inPeriod()
            .select({ day: knex.raw(day), band: 'band' })
            .count({ n: '*' })
            .groupByRaw(`${day}, band`)
        : inPeriod().select({ receivedAt: 'received_at', band: 'band' }),
      inPeriod()
        .whereNotNull('source_article_slug')
        .select({ slug: 'source_article_slug', band: 'band' })
        .count({ n: '*' })
        .groupBy('source_article_slug', 'band'),
    ]);

    const byDayMap = new Map<string, Record<Band, number>>();
    for (const row of dayRows as Array<{ day?: string; receivedAt?: string | number; band: Band; n?: number | string }>) {
      const key = row.day ?? new Date(row.receivedAt!).toISOString().slice(0, 10);
      const counts = byDayMap.get(key) ?? { ready: 0, close: 0, foundation: 0 };
      counts[row.band] = (counts[row.band] ?? 0) + Number(row.n ?? 1);
      byDayMap.set(key, counts);
    }
    const byDay = [...byDayMap.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, counts]) => ({ day: key, ...counts }));

    const byArticleMap = new Map<string, Stats['byArticle'][number]>();
    for (const row of articleRows as Array<{ slug: string; band: Band; n: number | string }>) {
      const article = byArticleMap.get(row.slug) ?? { slug: row.slug, count: 0, bands: { ready: 0, close: 0, foundation: 0 } };
      article.count += Number(row.n);
      article.bands[row.band] += Number(row.n);
      byArticleMap.set(row.slug, article);
    }
    // The articles that bring the most teams first; ties in slug order, so the order is stable.
    const byArticle = [...byArticleMap.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));

    const rated = Number(agreementRows[0]?.rated ?? 0);
    const agreed = Number(agreementRows[0]?.agreed ?? 0);
    const hoursToTriage = (triaged as Array<{ receivedAt: string | number; firstTriagedAt: string | number }>).map(
      (row) => (new Date(row.firstTriagedAt).getTime() - new Date(row.receivedAt).getTime()) / 3_600_000
    );
    const total = Object.values<number>(byBand).reduce((sum, n) => sum + n, 0);

    return {
      period: { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null },
      total,
      byBand,
      byStatus,
      byDay,
      byArticle,
      agreement: { rated, agreed, rate: rated ? agreed / rated : null },
      medianHoursToFirstTriage: median(hoursToTriage),
    };
  },
});

export type StatsService = ReturnType<typeof stats>;
export default stats;
