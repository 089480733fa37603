import type { Core } from '@strapi/strapi';

/** CORS_ORIGINS: comma-separated origins allowed to call the content API from a browser; `*` (the default) allows any. */
const corsOrigins = (value: string): string[] | '*' => {
  const origins = value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return origins.length === 0 || origins.includes('*') ? '*' : origins;
};

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'strapi::logger',
  'strapi::errors',
  // CORS before the cache: its headers depend on the caller's Origin, so they are computed
  // for every request, hit or miss.
  {
    name: 'strapi::cors',
    config: {
      origin: corsOrigins(env('CORS_ORIGINS', '*')),
      // Stock headers, plus the embeddable form's Idempotency-Key (a retried POST is stored once).
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Idempotency-Key'],
      // What a cross-origin page must read: how long to wait after a 429 or a 503, and whether a POST was replayed.
      expose: ['Retry-After', 'Idempotent-Replayed'],
    },
  },
  // Before the security headers: helmet costs more than the whole cache hit (measured: 5.4k
  // vs 11.7k hits/s). Its headers do not vary by request, so the cache stores the ones a
  // miss was given and sends them again with every hit. Query and body parsing, sessions
  // and routing are skipped on a hit too: a hit reads the raw query string, and the cache
  // parses a GraphQL body itself.
  'global::public-cache',
  // After the cache, which answers a read it holds when this turns a database outage into
  // a 503; inside strapi::errors, which would make it a 500. Covers every route, the
  // admin's authentication included; the plugin's own routes carry it as well.
  'plugin::readiness-intake.database-faults',
  'strapi::security',
  'strapi::poweredBy',
  'strapi::query',
  // Extended in src/index.ts (extendBodyParser): a body that cannot be read or parsed is
  // the client's error (400, 413, 415), not a 500; it parses the GraphQL endpoint's too.
  'strapi::body',
  // What Strapi's query engine and the database would fail on with a 500, refused with a
  // 400 naming where: unstorable text anywhere, a GraphQL fragment cycle, a query string
  // in a shape the engine cannot run.
  'global::storable-input',
  'global::graphql-request',
  'global::content-api-query',
  // The router's bare 405 and 501 (a method a route lacks, or an unknown one) in Strapi's shape.
  'global::method-not-allowed',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
