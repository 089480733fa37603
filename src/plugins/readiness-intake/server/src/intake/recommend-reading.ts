import type { Recommendation } from '../../../shared/contracts/public-form';
import type { DimensionScore } from '../../../shared/contracts/submissions';

/** A published article as the host stores it, with the dimensions it helps with. */
export type ReadingCandidate = {
  title: string;
  slug: string;
  summary?: string | null;
  readinessDimensions: string[] | null;
};

/**
 * Up to `limit` articles, one for each dimension that scored under 100, weakest first: the
 * first article (in the order given, newest first) that names the dimension and is not
 * picked yet. A team strong everywhere gets none.
 */
export const pickRecommendations = (
  dimensions: Array<Pick<DimensionScore, 'key' | 'score'>>,
  articles: ReadingCandidate[],
  limit = 3
): Recommendation[] => {
  const picked: Recommendation[] = [];
  const weakestFirst = dimensions.filter((dimension) => dimension.score < 100).sort((a, b) => a.score - b.score);
  for (const dimension of weakestFirst) {
    if (picked.length >= limit) break;
    const article = articles.find(
      (candidate) =>
        candidate.readinessDimensions?.includes(dimension.key) && !picked.some((chosen) => chosen.slug === candidate.slug)
    );
    if (article) picked.push({ title: article.title, slug: article.slug, summary: article.summary ?? null });
  }
  return picked;
};
