import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

import { TABLE_NAMES } from '../../../../shared/constants';
import type { Stats } from '../../../../shared/contracts/stats';
import type { Band, Status } from '../../../../shared/intake';
import { getService } from '../../utils/get-service';

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
 * Counts and rates over submissions received in a period, for the dashboard. All time on
 * PostgreSQL reads the maintained tallies (a few hundred rows, whatever the table holds);
 * a period, and SQLite or MySQL, count in the database (GROUP BY), one pass over the
 * period's rows, reading only the triaged ones for the median.
 */
type Counted<Row> = Row & { n: number | string };
type Rows = {
  byBand: Partial<Record<Band, number>>;
  byStatus: Partial<Record<Status, number>>;
  dayRows: Array<{ day?: string; receivedAt?: string | number; band: Band; n?: number | string }>;
  articleRows: Array<Counted<{ slug: string; band: Band }>>;
  rated: number;
  agreed: number;
  medianHoursToFirstTriage: number | null;
};

const hours = (milliseconds: number) => milliseconds / 3_600_000;

const stats = ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary({ from, to }: { from?: Date; to?: Date }): Promise<Stats> {
    const tallies = getService(strapi, 'submission-tallies');
    // All time on PostgreSQL is the maintained rollup: a few hundred rows instead of every submission.
    const rows = !from && !to && tallies.ready() ? await this.tallied() : await this.aggregated({ from, to });
    return {
      period: { from: from?.toISOString() ?? null, to: to?.toISOString() ?? null },
      ...shape(rows),
    };
  },

  /** The numbers from the tallies (PostgreSQL, all time): see services/setup/submission-tallies.ts. */
  async tallied(): Promise<Rows> {
    const tallies = getService(strapi, 'submission-tallies');
    const rows = await tallies.read();
    const byBand: Partial<Record<Band, number>> = {};
    const byStatus: Partial<Record<Status, number>> = {};
    const dayRows: Rows['dayRows'] = [];
    const articleRows: Rows['articleRows'] = [];
    const buckets: Array<{ hour: number; n: number }> = [];
    let rated = 0;
    let agreed = 0;
    for (const { kind, key1, key2, n } of rows) {
      if (kind === 'band_status') {
        byBand[key1 as Band] = (byBand[key1 as Band] ?? 0) + n;
        byStatus[key2 as Status] = (byStatus[key2 as Status] ?? 0) + n;
      } else if (kind === 'day_band') dayRows.push({ day: key1, band: key2 as Band, n });
      else if (kind === 'article_band') articleRows.push({ slug: key1, band: key2 as Band, n });
      else if (kind === 'rated') {
        rated += n;
        if (key1 === 'agreed') agreed += n;
      } else if (kind === 'triage_hour') buckets.push({ hour: Number(key1), n });
    }
    // The median is the middle one (or the two middle ones) of the triaged submissions:
    // the tallies say which hour bucket holds it, the duration index reads only that one.
    const triaged = buckets.reduce((sum, bucket) => sum + bucket.n, 0);
    let medianHoursToFirstTriage: number | null = null;
    if (triaged > 0) {
      const middle = Math.floor(triaged / 2);
      const positions = triaged % 2 === 1 ? [middle] : [middle - 1, middle];
      const durations = await tallies.durationsAt(buckets, positions);
      medianHoursToFirstTriage = median(durations.map(hours));
    }
    return { byBand, byStatus, dayRows, articleRows, rated, agreed, medianHoursToFirstTriage };
  },

  /** The numbers counted from the submissions received in the period (GROUP BY in the database). */
  async aggregated({ from, to }: { from?: Date; to?: Date }): Promise<Rows> {
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

    const hoursToTriage = (triaged as Array<{ receivedAt: string | number; firstTriagedAt: string | number }>).map((row) =>
      hours(new Date(row.firstTriagedAt).getTime() - new Date(row.receivedAt).getTime())
    );
    return {
      byBand,
      byStatus,
      dayRows: dayRows as Rows['dayRows'],
      articleRows: articleRows as Rows['articleRows'],
      rated: Number(agreementRows[0]?.rated ?? 0),
      agreed: Number(agreementRows[0]?.agreed ?? 0),
      medianHoursToFirstTriage: median(hoursToTriage),
    };
  },
});

/** The response's shape from either source: days in order, articles by count, the agreement rate. */
const shape = ({ byBand, byStatus, dayRows, articleRows, rated, agreed, medianHoursToFirstTriage }: Rows) => {
  const byDayMap = new Map<string, Record<Band, number>>();
  for (const row of dayRows) {
    const key = row.day ?? new Date(row.receivedAt!).toISOString().slice(0, 10);
    const counts = byDayMap.get(key) ?? { ready: 0, close: 0, foundation: 0 };
    counts[row.band] = (counts[row.band] ?? 0) + Number(row.n ?? 1);
    byDayMap.set(key, counts);
  }
  const byDay = [...byDayMap.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, counts]) => ({ day: key, ...counts }));

  const byArticleMap = new Map<string, Stats['byArticle'][number]>();
  for (const row of articleRows) {
    const article = byArticleMap.get(row.slug) ?? { slug: row.slug, count: 0, bands: { ready: 0, close: 0, foundation: 0 } };
    article.count += Number(row.n);
    article.bands[row.band] += Number(row.n);
    byArticleMap.set(row.slug, article);
  }
  // The articles that bring the most teams first; ties in slug order, so the order is stable.
  const byArticle = [...byArticleMap.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
  const total = Object.values<number>(byBand).reduce((sum, n) => sum + n, 0);

  return {
    total,
    byBand,
    byStatus,
    byDay,
    byArticle,
    agreement: { rated, agreed, rate: rated ? agreed / rated : null },
    medianHoursToFirstTriage,
  };
};

export type StatsService = ReturnType<typeof stats>;
export default stats;
