import type { Core } from '@strapi/strapi';

import { officeRule } from './office';
import { publishedOnlyForPublic } from './public-reads';
import { readingTimeRule } from './reading-time';
import { relatedLinkTargetRule } from './related-link-target';
import { slugRule } from './slugs';

/** Registers the content model's rules as Document Service middlewares. */
export const registerContentRules = (strapi: Core.Strapi) => {
  strapi.documents.use(publishedOnlyForPublic(strapi));
  strapi.documents.use(slugRule(strapi));
  strapi.documents.use(readingTimeRule(strapi));
  strapi.documents.use(relatedLinkTargetRule(strapi));
  strapi.documents.use(officeRule(strapi));
};
