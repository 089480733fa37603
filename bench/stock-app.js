'use strict';
/**
 * A stock Strapi 5 app with our content model and none of our code, for the bench's
 * "no slower than stock" rows: the same content types and components (custom fields
 * replaced by their underlying type, our plugin's options dropped, i18n's kept), core
 * routers, controllers and services, Strapi's default middlewares, GraphQL and
 * users-permissions enabled as Strapi's docs show. Its bootstrap does only what an
 * administrator would do by hand in a stock app's admin: create the content locales
 * and let the Public role read the content.
 *
 * writeStockApp(dir) writes it as plain JavaScript into `dir`, which must sit inside this
 * repository (the bench uses .tmp/) so that `@strapi/*` resolve from its node_modules.
 * Boot it with createStrapi({ appDir: dir, distDir: dir, serveAdminPanel: false }).
 */
const fs = require('fs/promises');
const path = require('path');

const REPO_DIR = path.resolve(__dirname, '..');
const OUR_PLUGIN = 'readiness-intake';

/** The underlying type of each custom field our plugin registers (its register.ts). */
const CUSTOM_FIELD_TYPES = {
  'plugin::readiness-intake.readiness-dimensions': 'json',
};

/** An attribute as a stock app without our plugin would declare it. */
const stockAttribute = (name, attribute) => {
  let result = { ...attribute };
  if (result.type === 'customField') {
    const type = CUSTOM_FIELD_TYPES[result.customField];
    if (!type) throw new Error(`${name}: no stock type known for custom field ${result.customField}`);
    const { customField, options, ...rest } = result;
    result = { ...rest, type };
  }
  if (result.pluginOptions) {
    const { [OUR_PLUGIN]: ours, ...kept } = result.pluginOptions;
    if (Object.keys(kept).length > 0) result.pluginOptions = kept;
    else delete result.pluginOptions;
  }
  return result;
};

const stockSchema = (schema) => {
  const result = {
    ...schema,
    attributes: Object.fromEntries(
      Object.entries(schema.attributes).map(([name, attribute]) => [name, stockAttribute(name, attribute)])
    ),
  };
  if (result.pluginOptions) {
    const { [OUR_PLUGIN]: ours, ...kept } = result.pluginOptions;
    result.pluginOptions = kept;
  }
  return result;
};

const write = async (file, text) => {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
};

const writeJson = (file, value) => write(file, `${JSON.stringify(value, null, 2)}\n`);

/** Every *.json under `dir`, relative to it. */
const jsonFilesUnder = async (dir) => {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)));
};

const CONFIG = {
  'server.js': `module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS', ['stock-bench-key-1', 'stock-bench-key-2']) },
});
`,
  'admin.js': `module.exports = ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'stock-bench-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'stock-bench-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'stock-bench-transfer-token-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'stock-bench-encryption-key') },
});
`,
  // The same limits as ours (config/api.ts), so both apps answer a list with the same page.
  'api.js': `module.exports = ({ env }) => ({
  rest: { defaultLimit: env.int('API_DEFAULT_LIMIT', 25), maxLimit: env.int('API_MAX_LIMIT', 100), withCount: true },
});
`,
  // The DATABASE_* names ours reads (config/database.ts), with create-strapi-app's shape.
  'database.js': `const path = require('path');

module.exports = ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const connections = {
    sqlite: {
      connection: { filename: path.resolve(__dirname, '..', env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
    },
    postgres: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'postgres'),
        password: env('DATABASE_PASSWORD', ''),
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
  };
  return { connection: { client, ...connections[client], acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000) } };
};
`,
  'middlewares.js': `module.exports = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
`,
  // GraphQL as Strapi's docs configure it, with our limits; i18n and users-permissions as installed.
  'plugins.js': `module.exports = ({ env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET', 'stock-bench-jwt-secret') } },
  graphql: {
    enabled: true,
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      landingPage: false,
      depthLimit: 7,
      defaultLimit: env.int('API_DEFAULT_LIMIT', 25),
      maxLimit: env.int('API_MAX_LIMIT', 100),
      apolloServer: { introspection: false },
    },
  },
});
`,
};

/**
 * What an administrator does once in a stock app's admin, done in code so a bench can
 * start it unattended: the content locales (CONTENT_LOCALES, first one the default, as
 * ours creates them) and the Public role's read permissions.
 */
const BOOTSTRAP = `const PUBLIC_READ_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::author.author.find',
  'api::author.author.findOne',
  'api::office.office.find',
  'api::office.office.findOne',
  'api::related-link.related-link.find',
  'api::related-link.related-link.findOne',
  'api::site-setting.site-setting.find',
];

const ensureLocales = async (strapi) => {
  const codes = (process.env.CONTENT_LOCALES || 'en,da,id').split(',').map((code) => code.trim()).filter(Boolean);
  const locales = strapi.plugin('i18n').service('locales');
  const names = Object.fromEntries(strapi.plugin('i18n').service('iso-locales').getIsoLocales().map((l) => [l.code, l.name]));
  const existing = new Set((await locales.find()).map((locale) => locale.code));
  for (const code of codes) {
    if (!existing.has(code)) await locales.create({ code, name: names[code] || code });
  }
  if ((await locales.getDefaultLocale()) !== codes[0]) await locales.setDefaultLocale({ code: codes[0] });
};

const grantPublicReads = async (strapi) => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const granted = await strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ select: ['action'], where: { role: role.id } });
  const have = new Set(granted.map((permission) => permission.action));
  for (const action of PUBLIC_READ_ACTIONS) {
    if (!have.has(action)) await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
};

module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    await ensureLocales(strapi);
    await grantPublicReads(strapi);
  },
};
`;

const coreFile = (factory, uid) => `const { factories } = require('@strapi/strapi');

module.exports = factories.${factory}('${uid}');
`;

const writeStockApp = async (dir) => {
  const target = path.resolve(dir);
  const relative = path.relative(REPO_DIR, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`writeStockApp: ${target} must be inside ${REPO_DIR} so that @strapi/* resolve`);
  }

  const ours = JSON.parse(await fs.readFile(path.join(REPO_DIR, 'package.json'), 'utf8'));
  const strapiDependencies = Object.fromEntries(
    ['@strapi/strapi', '@strapi/plugin-users-permissions', '@strapi/plugin-graphql', 'better-sqlite3', 'pg'].map((name) => [
      name,
      ours.dependencies[name],
    ])
  );
  await writeJson(path.join(target, 'package.json'), {
    name: 'stock-strapi-bench',
    private: true,
    version: '0.0.0',
    description: 'Stock Strapi with our content model, for the bench (bench/stock-app.js).',
    dependencies: strapiDependencies,
    strapi: { uuid: false, telemetryDisabled: true },
  });

  for (const [name, text] of Object.entries(CONFIG)) await write(path.join(target, 'config', name), text);
  await write(path.join(target, 'src', 'index.js'), BOOTSTRAP);
  await fs.mkdir(path.join(target, 'public', 'uploads'), { recursive: true });

  const apiDir = path.join(REPO_DIR, 'src', 'api');
  for (const api of await fs.readdir(apiDir)) {
    const typesDir = path.join(apiDir, api, 'content-types');
    for (const type of await fs.readdir(typesDir)) {
      const schema = JSON.parse(await fs.readFile(path.join(typesDir, type, 'schema.json'), 'utf8'));
      const uid = `api::${api}.${type}`;
      await writeJson(path.join(target, 'src', 'api', api, 'content-types', type, 'schema.json'), stockSchema(schema));
      await write(path.join(target, 'src', 'api', api, 'routes', `${type}.js`), coreFile('createCoreRouter', uid));
      await write(path.join(target, 'src', 'api', api, 'controllers', `${type}.js`), coreFile('createCoreController', uid));
      await write(path.join(target, 'src', 'api', api, 'services', `${type}.js`), coreFile('createCoreService', uid));
    }
  }

  const componentsDir = path.join(REPO_DIR, 'src', 'components');
  for (const file of await jsonFilesUnder(componentsDir)) {
    const schema = JSON.parse(await fs.readFile(path.join(componentsDir, file), 'utf8'));
    await writeJson(path.join(target, 'src', 'components', file), stockSchema(schema));
  }
  return target;
};

module.exports = { writeStockApp };
