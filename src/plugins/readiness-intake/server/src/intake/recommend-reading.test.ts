import fc from 'fast-check';

import { DIMENSION_KEYS, type DimensionKey } from '../../../shared/dimensions';
import { pickRecommendations, type ReadingCandidate } from './recommend-reading';

const article = (slug: string, ...dimensions: DimensionKey[]): ReadingCandidate => ({
  title: `Title of ${slug}`,
  slug,
  summary: `Summary of ${slug}`,
  readinessDimensions: dimensions,
});
const scores = (entries: Partial<Record<DimensionKey, number>>) =>
  Object.entries(entries).map(([key, score]) => ({ key: key as DimensionKey, score: score! }));

describe('pickRecommendations', () => {
  it('given three weak dimensions, when picked, then it gives one article for each, weakest dimension first', () => {
    // Given one article per dimension, and scores weakest in handoff, then documentation, then async
    const articles = [article('docs', 'documentation'), article('async', 'async'), article('handoff', 'handoff')];
    const dimensions = scores({ documentation: 40, async: 60, handoff: 20, ownership: 100 });

    // When picked
    const picked = pickRecommendations(dimensions, articles);

    // Then the order follows the scores, and the entry is the article's title, slug and summary
    expect(picked.map((entry) => entry.slug)).toEqual(['handoff', 'docs', 'async']);
    expect(picked[0]).toEqual({ title: 'Title of handoff', slug: 'handoff', summary: 'Summary of handoff' });
  });

  it('given one article for two weak dimensions, when picked, then it is recommended once and the next one serves the second', () => {
    const articles = [article('both', 'documentation', 'specification'), article('spec', 'specification')];

    const picked = pickRecommendations(scores({ documentation: 10, specification: 20 }), articles);

    expect(picked.map((entry) => entry.slug)).toEqual(['both', 'spec']);
  });

  it('given a dimension at 100, when picked, then nothing is recommended for it', () => {
    expect(pickRecommendations(scores({ documentation: 100 }), [article('docs', 'documentation')])).toEqual([]);
  });

  it('given an article without dimensions or summary, when picked, then it is never chosen and a summary is null otherwise', () => {
    const articles = [
      { title: 'Untagged', slug: 'untagged', readinessDimensions: null },
      { title: 'Bare', slug: 'bare', readinessDimensions: ['scoping'] },
    ];

    expect(pickRecommendations(scores({ scoping: 0 }), articles)).toEqual([{ title: 'Bare', slug: 'bare', summary: null }]);
  });

  it('given any scores and articles, when picked, then it gives at most `limit` distinct articles, each for a weak dimension', () => {
    const dimensionScores = fc.uniqueArray(
      fc.record({ key: fc.constantFrom(...DIMENSION_KEYS), score: fc.integer({ min: 0, max: 100 }) }),
      { selector: (entry) => entry.key }
    );
    const candidates = fc.array(
      fc.record({
        title: fc.string(),
        slug: fc.stringMatching(/^[a-z]{1,3}$/),
        summary: fc.option(fc.string()),
        readinessDimensions: fc.option(fc.subarray([...DIMENSION_KEYS])),
      })
    );
    fc.assert(
      fc.property(dimensionScores, candidates, fc.integer({ min: 0, max: 6 }), (dimensions, articles, limit) => {
        const picked = pickRecommendations(dimensions, articles, limit);
        const weak = new Set(dimensions.filter((dimension) => dimension.score < 100).map((dimension) => dimension.key));

        expect(picked.length).toBeLessThanOrEqual(Math.min(limit, weak.size));
        expect(new Set(picked.map((entry) => entry.slug)).size).toBe(picked.length);
        const helpsWithWeak = (slug: string) =>
          articles.some((candidate) => candidate.slug === slug && candidate.readinessDimensions?.some((key) => weak.has(key)));
        expect(picked.every((entry) => helpsWithWeak(entry.slug))).toBe(true);
      })
    );
  });
});
