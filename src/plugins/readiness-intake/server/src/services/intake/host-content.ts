import type { Core, UID } from '@strapi/strapi';

import type { Recommendation } from '../../../../shared/contracts/public-form';
import type { DimensionScore, OfficeOverlap } from '../../../../shared/contracts/submissions';
import { HOST_CONTRACT, hostContentProblem, type HostNeed } from '../../intake/host-contract';
import { pickRecommendations, type ReadingCandidate } from '../../intake/recommend-reading';
import { officeOverlaps, type OfficeHours } from '../../intake/timezone-overlap';
import { getConfig } from '../../utils/get-config';
import { keptRead, keptReadBy } from '../setup/content-generation';

/**
 * What intake reads from the host app: published articles to recommend and offices to
 * compare time zones with, from the content types the config names. A type that is missing,
 * or lacks an attribute the contract needs, is left out: the plugin still takes submissions.
 * Every submission reads them, so the rows are kept while the host's generation lasts
 * (services/setup/content-generation.ts): a publish anywhere moves it on.
 */
const hostContent = ({ strapi }: { strapi: Core.Strapi }) => {
  const uidOf = (need: HostNeed) => getConfig(strapi)[need].contentType as UID.ContentType;
  const contentTypeOf = (need: HostNeed) =>
    strapi.contentTypes[uidOf(need)] as Core.Strapi['contentTypes'][UID.ContentType] | undefined;
  const problemOf = (need: HostNeed) => hostContentProblem(need, uidOf(need), contentTypeOf(need));
  const isLocalized = (uid: UID.ContentType) =>
    (strapi.getModel(uid)?.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;

  /** The candidates in one locale ('' for all), newest first. */
  const readArticles = async (contentLocale: string) =>
    // The query engine, where the Document Service would wrap the one SELECT in a
    // transaction of its own: a published article is a row with publishedAt set.
    (await strapi.db.query(uidOf('recommendations')).findMany({
      select: [...HOST_CONTRACT.recommendations.attributes],
      where: {
        publishedAt: { $notNull: true },
        readinessDimensions: { $notNull: true },
        ...(contentLocale && { locale: contentLocale }),
      },
      orderBy: { publishedAt: 'desc' },
      limit: 200,
    })) as unknown as ReadingCandidate[];

  const readOffices = async () => {
    // The display order when the host's offices have one; it is not part of the contract.
    const ordered = 'displayOrder' in contentTypeOf('offices')!.attributes;
    return (await strapi.db.query(uidOf('offices')).findMany({
      select: [...HOST_CONTRACT.offices.attributes],
      orderBy: [...(ordered ? [{ displayOrder: 'asc' as const }] : []), { id: 'asc' as const }],
    })) as OfficeHours[];
  };

  const readDefaultLocale = async (): Promise<string | undefined> => strapi.plugin('i18n')?.service('locales').getDefaultLocale();

  const kept = {
    articles: keptReadBy(strapi, readArticles),
    offices: keptRead(strapi, readOffices),
    defaultLocale: keptRead(strapi, readDefaultLocale),
  };

  return {
    /** One warning at bootstrap naming whatever the host lacks, so a missing feature is never a silent one. */
    check() {
      const problems = (Object.keys(HOST_CONTRACT) as HostNeed[]).map(problemOf).filter(Boolean);
      if (problems.length > 0) strapi.log.warn(`readiness-intake: ${problems.join('; ')}`);
    },

    /**
     * Up to `limit` published articles for the weakest dimensions; none when the host has no
     * such type. When the type is localized, the articles are in `locale`, or in the content's
     * default locale when none in `locale` fits (a language with few articles yet still gets
     * reading); an unlocalized type is read as it is.
     */
    async recommend(dimensions: DimensionScore[], locale?: string, limit = 3): Promise<Recommendation[]> {
      if (problemOf('recommendations')) return [];
      const uid = uidOf('recommendations');
      const pickIn = async (contentLocale?: string) =>
        pickRecommendations(dimensions, await kept.articles(contentLocale ?? ''), limit);
      if (!isLocalized(uid)) return pickIn();

      // A locale the host's content lacks finds no article, and falls back like one with too few.
      const inLocale = locale ? await pickIn(locale) : [];
      if (inLocale.length > 0) return inLocale;
      const fallback = await kept.defaultLocale();
      return !fallback || locale === fallback ? inLocale : pickIn(fallback);
    },

    /** Working-hour overlap between the team's time zone and each office, on the day received. */
    async officeOverlap(timezone: string, at: number): Promise<OfficeOverlap[]> {
      if (problemOf('offices')) return [];
      return officeOverlaps(await kept.offices(), timezone, at);
    },
  };
};

export type HostContentService = ReturnType<typeof hostContent>;
export default hostContent;
