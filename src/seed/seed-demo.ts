import type { Core } from '@strapi/strapi';

import { demoArticles, demoAuthors, demoSiteSettings, type DemoArticle } from './demo-content';
import { demoOffices } from './demo-offices';

type DemoConfig = { seed: boolean; adminEmail: string; adminPassword: string };

const SEEDED_TYPES = [
  'api::article.article',
  'api::author.author',
  'api::office.office',
  'api::related-link.related-link',
] as const;

const isContentEmpty = async (strapi: Core.Strapi) => {
  const counts = await Promise.all(SEEDED_TYPES.map((uid) => strapi.db.query(uid).count()));
  return counts.every((count) => count === 0);
};

const callToAction = (cta: DemoArticle['cta']) => ({
  heading: cta.heading,
  text: cta.text,
  sellingPoints: cta.sellingPoints.map((text) => ({ text })),
  buttonLabel: cta.buttonLabel,
  buttonTarget: demoSiteSettings.contactPath,
});

/**
 * Creates the demo authors, offices, articles and their "More articles" cards through the
 * Document Service, so the demo goes through the same slug, reading-time and validation
 * rules as an editor's work.
 */
const seedContent = async (strapi: Core.Strapi) => {
  const authorIds = new Map<string, string>();
  for (const author of demoAuthors) {
    const created = await strapi.documents('api::author.author').create({
      data: { name: author.name, role: author.role, company: author.company, bio: author.bio },
    });
    authorIds.set(author.key, created.documentId);
  }

  for (const office of demoOffices) {
    await strapi.documents('api::office.office').create({ data: office });
  }

  const articleIds = new Map<string, string>();
  for (const article of demoArticles) {
    const created = await strapi.documents('api::article.article').create({
      data: {
        title: article.title,
        summary: article.summary,
        market: article.market ?? undefined,
        body: article.body,
        author: authorIds.get(article.authorKey),
        readinessDimensions: article.readinessDimensions,
        callToAction: callToAction(article.cta),
        seo: article.seo,
      },
      status: 'published',
    });
    articleIds.set(article.key, created.documentId);
  }

  // Cards are created once the articles they point at are published, then attached in order.
  const cardIds = new Map<string, string>();
  const cardFor = async (key: string) => {
    if (!cardIds.has(key)) {
      const target = demoArticles.find((article) => article.key === key)!;
      const card = await strapi.documents('api::related-link.related-link').create({
        data: { title: target.title, summary: target.summary, article: articleIds.get(key) },
      });
      cardIds.set(key, card.documentId);
    }
    return cardIds.get(key)!;
  };

  for (const article of demoArticles) {
    const links: string[] = [];
    for (const key of article.relatedArticleKeys) links.push(await cardFor(key));
    for (const external of article.externalLinks) {
      const card = await strapi.documents('api::related-link.related-link').create({ data: external });
      links.push(card.documentId);
    }
    await strapi.documents('api::article.article').update({
      documentId: articleIds.get(article.key)!,
      data: { relatedLinks: links },
      status: 'published',
    });
  }

  await strapi.documents('api::site-setting.site-setting').create({
    data: {
      companyName: demoSiteSettings.companyName,
      contactPath: demoSiteSettings.contactPath,
      defaultCallToAction: callToAction(demoSiteSettings.defaultCta),
    },
  });

  return {
    authors: demoAuthors.length,
    offices: demoOffices.length,
    articles: demoArticles.length,
    relatedLinks: await strapi.db.query('api::related-link.related-link').count(),
  };
};

const ensureDemoAdmin = async (strapi: Core.Strapi, { adminEmail, adminPassword }: DemoConfig) => {
  if (await strapi.service('admin::user').exists()) return false;
  await strapi.service('admin::user').createFirstAdmin({
    email: adminEmail.toLowerCase(),
    firstname: 'Demo',
    lastname: 'Admin',
    password: adminPassword,
  });
  return true;
};

/**
 * Seeds demo content on a database without content, and a super admin on one without
 * admins. Runs only when SEED_DEMO is on (the default in development).
 */
export const seedDemo = async (strapi: Core.Strapi) => {
  const config = strapi.config.get('demo') as DemoConfig;
  if (!config.seed) return;

  if (await isContentEmpty(strapi)) {
    const counts = await seedContent(strapi);
    strapi.log.info(
      `Demo content created: ${counts.articles} articles, ${counts.authors} authors, ${counts.offices} offices, ${counts.relatedLinks} related links`
    );
  }
  const created = await ensureDemoAdmin(strapi, config);
  const submissions: number = await strapi
    .plugin('readiness-intake')
    .service('demo')
    .seedSubmissions({ adminEmail: config.adminEmail });
  if (submissions > 0) strapi.log.info(`Demo intake submissions created: ${submissions}`);
  const demoAdminExists = await strapi.db.query('admin::user').count({ where: { email: config.adminEmail.toLowerCase() } });
  if (demoAdminExists) {
    strapi.log.info(
      `Demo super admin ${created ? 'created' : 'ready'}: log in at /admin as ${config.adminEmail} / ${config.adminPassword} (SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD)`
    );
  }
};
