import type { Core } from '@strapi/strapi';

import { callToAction } from './call-to-action';
import { demoArticles } from './demo-content';
import type { DemoTranslation } from './demo-translations';

/** The documentIds of the demo in its first locale, by demo key (cards by target key, external cards by URL). */
export type SeededIds = {
  authorIds: Map<string, string>;
  articleIds: Map<string, string>;
  cardIds: Map<string, string>;
  externalCardIds: Map<string, string>;
  settingsId: string;
};

/**
 * Adds `locale` versions to the seeded documents: an update naming a new locale creates
 * that version, and Strapi copies the unlocalized fields (name, company, dimensions) into
 * it. Relations are per locale, so a translated article links the same locale's author
 * and cards, and a card about an article exists only where that article is translated.
 */
export const seedTranslation = async (strapi: Core.Strapi, ids: SeededIds, locale: string, translation: DemoTranslation) => {
  for (const [key, author] of Object.entries(translation.authors)) {
    await strapi.documents('api::author.author').update({ documentId: ids.authorIds.get(key)!, locale, data: author });
  }

  const articles = demoArticles.filter((article) => translation.articles[article.key]);
  for (const article of articles) {
    const translated = translation.articles[article.key];
    await strapi.documents('api::article.article').update({
      documentId: ids.articleIds.get(article.key)!,
      locale,
      data: {
        title: translated.title,
        summary: translated.summary,
        market: translated.market ?? undefined,
        body: translated.body,
        author: ids.authorIds.get(article.authorKey),
        callToAction: callToAction(translated.cta),
        seo: translated.seo,
      },
      status: 'published',
    });
  }

  for (const article of articles) {
    const links: string[] = [];
    for (const key of article.relatedArticleKeys.filter((target) => translation.articles[target])) {
      const target = translation.articles[key];
      const documentId = ids.cardIds.get(key)!;
      await strapi.documents('api::related-link.related-link').update({
        documentId,
        locale,
        data: { title: target.title, summary: target.summary, article: ids.articleIds.get(key) },
      });
      links.push(documentId);
    }
    for (const external of article.externalLinks) {
      const documentId = ids.externalCardIds.get(external.url)!;
      const card = translation.articles[article.key].externalLinks[external.url] ?? external;
      await strapi.documents('api::related-link.related-link').update({
        documentId,
        locale,
        data: { ...card, url: external.url },
      });
      links.push(documentId);
    }
    await strapi.documents('api::article.article').update({
      documentId: ids.articleIds.get(article.key)!,
      locale,
      data: { relatedLinks: links },
      status: 'published',
    });
  }

  await strapi.documents('api::site-setting.site-setting').update({
    documentId: ids.settingsId,
    locale,
    data: { defaultCallToAction: callToAction(translation.defaultCta) },
  });
};
