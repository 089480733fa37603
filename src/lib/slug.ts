import slugify from 'slugify';

/** Lower-case ASCII words joined by hyphens: what a URL segment carries without escaping. */
const SLUG_OPTIONS = { lower: true, strict: true, trim: true, locale: 'en' } as const;

/**
 * The URL-safe form of a title or a name: lower case, ASCII, words joined by hyphens.
 * An input with no letters or digits (an emoji, punctuation) gives an empty string.
 */
export const toSlug = (text: string, maxLength = 120): string =>
  slugify(text, SLUG_OPTIONS).slice(0, maxLength).replace(/-+$/, '');

/**
 * The first of `base`, `base-2`, `base-3`, ... that is not in `taken`, kept within
 * `maxLength` by shortening the base rather than dropping the suffix.
 */
export const firstFreeSlug = (slug: string, taken: ReadonlySet<string>, maxLength = 120): string => {
  const base = slug.slice(0, maxLength).replace(/-+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, Math.max(1, maxLength - suffix.length)).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
};
