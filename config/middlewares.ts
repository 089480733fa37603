export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // After the body parser (GraphQL queries arrive as POST bodies), before sessions and routing.
  'global::public-cache',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
