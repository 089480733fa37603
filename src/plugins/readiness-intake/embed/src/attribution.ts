import type { SubmissionSource } from '../../shared/contracts/public-form';

/** The server's bound on every attribution value. */
const MAX = 300;

/** What the element reads from its page and its attributes to say where the respondent came from. */
export type PageContext = {
  pathname: string;
  search: string;
  referrer: string;
  articleSlug: string | null;
  cta: string | null;
};

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/**
 * `text` cut to the server's bound, without control characters, and never ending on half
 * of a surrogate pair; undefined when nothing is left, so blank keys are left out.
 */
export const boundText = (text: string | null | undefined): string | undefined => {
  if (text == null) return undefined;
  // eslint-disable-next-line no-control-regex
  let bounded = text.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (bounded.length > MAX) bounded = bounded.slice(0, MAX);
  bounded = bounded.replace(/[\ud800-\udbff]$/, '').replace(/(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  return bounded === '' ? undefined : bounded;
};

/** The referrer as the server stores it (an http(s) URL without query, fragment or credentials), or undefined. */
export const referrerOf = (referrer: string): string | undefined => {
  let url: URL;
  try {
    url = new URL(referrer);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return undefined;
  url.search = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  // A URL cut short would be another page: one too long is left out instead.
  return url.href.length <= MAX ? url.href : undefined;
};

/** The page's path without whitespace, as a path on the site the server accepts. */
const pageOf = (pathname: string): string | undefined => {
  const path = boundText(pathname.replace(/\s/g, ''));
  return path && path.startsWith('/') && !path.startsWith('//') ? path : undefined;
};

/** `data.source` for a submission from this page: only the keys that have a value. */
export const sourceOf = (page: PageContext): SubmissionSource => {
  const params = new URLSearchParams(page.search);
  const utm: NonNullable<SubmissionSource['utm']> = {};
  for (const key of UTM_KEYS) {
    const value = boundText(params.get(`utm_${key}`));
    if (value !== undefined) utm[key] = value;
  }
  const source: SubmissionSource = {};
  const set = <K extends keyof SubmissionSource>(key: K, value: SubmissionSource[K] | undefined) => {
    if (value !== undefined) source[key] = value;
  };
  set('page', pageOf(page.pathname));
  set('articleSlug', boundText(page.articleSlug));
  set('cta', boundText(page.cta));
  set('referrer', referrerOf(page.referrer));
  if (Object.keys(utm).length > 0) source.utm = utm;
  return source;
};
