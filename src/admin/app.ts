import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // English is always there; Danish for the Copenhagen office, in which the readiness-intake
    // plugin's strings exist too. A plugin's strings fall back to English in any other language.
    locales: ['da'],
  },
  bootstrap(_app: StrapiApp) {},
};
