import type { Core } from '@strapi/strapi';

import { readContentLocales } from '../i18n/ensure-locales';
import { callToAction } from './call-to-action';
import { demoArticles, demoAuthors, demoSiteSettings } from './demo-content';
import { demoOffices } from './demo-offices';
import { demoTranslations } from './demo-translations';
import { seedTranslation, type SeededIds } from './seed-translations';

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

/**
 * Creates the demo authors, offices, articles and their "More articles" cards through the
 * Document Service, so the demo goes through the same slug, reading-time and validation
 * rules as an editor's work.
 */
const seedContent = async (strapi: Core.Strapi, locale: string): Promise<SeededIds> => {
  const authorIds = new Map<string, string>();
  for (const author of demoAuthors) {
    const created = await strapi.documents('api::author.author').create({
      locale,
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
      locale,
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
  const externalCardIds = new Map<string, string>();
  const cardFor = async (key: string) => {
    if (!cardIds.has(key)) {
      const target = demoArticles.find((article) => article.key === key)!;
      const card = await strapi.documents('api::related-link.related-link').create({
        locale,
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
      const card = await strapi.documents('api::related-link.related-link').create({ locale, data: external });
      externalCardIds.set(external.url, card.documentId);
      links.push(card.documentId);
    }
    await strapi.documents('api::article.article').update({
      documentId: articleIds.get(article.key)!,
      locale,
      data: { relatedLinks: links },
      status: 'published',
    });
  }

  const settings = await strapi.documents('api::site-setting.site-setting').create({
    locale,
    data: {
      companyName: demoSiteSettings.companyName,
      contactPath: demoSiteSettings.contactPath,
      defaultCallToAction: callToAction(demoSiteSettings.defaultCta),
    },
  });

  return { authorIds, articleIds, cardIds, externalCardIds, settingsId: settings.documentId };
};

/**
 * The English demo goes into `en` when it is configured, else into the default locale;
 * each other configured locale with a translation gets its part of the demo.
 */
const seedAllLocales = async (strapi: Core.Strapi) => {
  const { codes, defaultLocale } = readContentLocales(strapi);
  const baseLocale = codes.includes('en') ? 'en' : defaultLocale;
  const ids = await seedContent(strapi, baseLocale);
  const translated = codes.filter((code) => code !== baseLocale && demoTranslations[code]);
  for (const locale of translated) await seedTranslation(strapi, ids, locale, demoTranslations[locale]);
  return { locales: [baseLocale, ...translated], articles: await strapi.db.query('api::article.article').count() };
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
    const { locales, articles } = await seedAllLocales(strapi);
    strapi.log.info(`Demo content created in ${locales.join(', ')}: ${articles} article rows (drafts and published)`);
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
