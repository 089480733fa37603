import type { DemoArticle, DemoAuthor } from './demo-content';
import { danish } from './demo-content-da';
import { indonesian } from './demo-content-id';

type Cta = DemoArticle['cta'];

export type DemoArticleTranslation = Pick<DemoArticle, 'title' | 'summary' | 'market' | 'body' | 'cta' | 'seo'> & {
  /** The external cards of the English article, by URL, in this language. */
  externalLinks: Record<string, { title: string; summary: string }>;
};

/** One language's version of part of the demo: articles by key (at least two), every author, the settings. */
export type DemoTranslation = {
  authors: Record<string, Pick<DemoAuthor, 'role' | 'bio'>>;
  articles: Record<string, DemoArticleTranslation>;
  defaultCta: Cta;
};

/** Translations by locale code; a configured locale without one gets no demo content. */
export const demoTranslations: Record<string, DemoTranslation> = { da: danish, id: indonesian };
