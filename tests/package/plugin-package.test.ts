import { execFileSync, spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

import { Client } from 'pg';

import { expectVisible, launchChromium, logInToAdmin, screenshot } from '../support/browser';
import { PLUGIN_DIR } from '../support/builds';
import { answerAll, DIMENSION_KEYS, validSubmission, type PublicQuestionnaire } from '../support/intake';
import { waitFor } from '../support/wait';

/*
 * The plugin as another team would use it: `npm pack` in its folder, the tarball installed
 * into a minimal Strapi 5.54 app written here, outside this repository (so nothing of ours
 * resolves from it), with no Article and no Office type. The app builds its admin, starts
 * in its own process, and is talked to over HTTP and in Chromium.
 *
 * The host runs on PostgreSQL: its driver is plain JavaScript, where better-sqlite3 would
 * be compiled from source again (two minutes here, no prebuilt binaries on this network).
 */

const STRAPI_VERSION = '5.54.0';
const ADMIN = { firstname: 'Host', lastname: 'Admin', email: 'host-admin@example.com', password: 'Host-admin-2026' };

const host = {
  dir: '',
  database: `strapi_package_${process.pid}_${Date.now().toString(36)}`,
  port: 0,
  server: undefined as ChildProcess | undefined,
  log: [] as string[],
};
const url = (route: string) => `http://127.0.0.1:${host.port}${route}`;

const postgres = async (sql: string) => {
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: 'postgres',
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const step = (message: string) => process.stdout.write(`\n[plugin-package] ${message} (${new Date().toLocaleTimeString()})\n`);

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, stdio: 'inherit' });

const HOST_FILES: Record<string, string> = {
  'config/database.js': `module.exports = ({ env }) => ({
  connection: {
    client: 'postgres',
    connection: {
      host: env('DATABASE_HOST', '127.0.0.1'),
      port: env.int('DATABASE_PORT', 5432),
      database: env('DATABASE_NAME'),
      user: env('DATABASE_USERNAME', 'postgres'),
      password: env('DATABASE_PASSWORD', ''),
    },
    pool: { min: 0, max: 5 },
  },
});
`,
  'config/server.js': `module.exports = ({ env }) => ({
  host: '127.0.0.1',
  port: env.int('PORT', 1337),
  app: { keys: ['package-test-key-a', 'package-test-key-b'] },
});
`,
  'config/admin.js': `module.exports = () => ({
  auth: { secret: 'package-test-admin-jwt-secret' },
  apiToken: { salt: 'package-test-api-token-salt' },
  transfer: { token: { salt: 'package-test-transfer-token-salt' } },
  secrets: { encryptionKey: 'package-test-encryption-key' },
});
`,
  // The README's install instructions, and one documented key: no wait before a submission.
  'config/plugins.js': `module.exports = () => ({
  'readiness-intake': { enabled: true, config: { minFillSeconds: 0 } },
});
`,
  'config/middlewares.js': `module.exports = [
  'strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy',
  'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public',
];
`,
  'src/index.js': 'module.exports = { register() {}, bootstrap() {} };\n',
  'public/uploads/.gitkeep': '',
};

const writeHostApp = (tarball: string) => {
  host.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-intake-host-'));
  const packageJson = {
    name: 'readiness-intake-host',
    private: true,
    version: '0.0.0',
    dependencies: {
      '@strapi/strapi': STRAPI_VERSION,
      pg: '8.16.3',
      react: '18.3.1',
      'react-dom': '18.3.1',
      'react-router-dom': '6.30.3',
      'styled-components': '6.1.19',
      'strapi-plugin-readiness-intake': `file:${tarball}`,
    },
  };
  fs.writeFileSync(path.join(host.dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  for (const [file, contents] of Object.entries(HOST_FILES)) {
    fs.mkdirSync(path.dirname(path.join(host.dir, file)), { recursive: true });
    fs.writeFileSync(path.join(host.dir, file), contents);
  }
};

const startHost = async () => {
  host.port = await freePort();
  host.server = spawn(path.join(host.dir, 'node_modules/.bin/strapi'), ['start'], {
    cwd: host.dir,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(host.port), DATABASE_NAME: host.database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [host.server.stdout!, host.server.stderr!]) {
    stream.on('data', (chunk: Buffer) => host.log.push(chunk.toString()));
  }
  await waitFor(
    async () => {
      if (host.server?.exitCode !== null) throw new Error(`the host app exited:\n${host.log.join('')}`);
      return fetch(url('/_health'))
        .then((response) => response.status === 204)
        .catch(() => false);
    },
    { timeoutMs: 120_000, intervalMs: 500, what: 'the host app to answer /_health' }
  );
};

const json = async (route: string, init: RequestInit & { token?: string } = {}) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const response = await fetch(url(route), { ...init, headers });
  return { status: response.status, body: await response.json().catch(() => null) };
};

beforeAll(async () => {
  step('Packing the plugin (npm pack)');
  const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-intake-pack-'));
  execFileSync('npm', ['pack', '--pack-destination', packDir, '--silent'], { cwd: PLUGIN_DIR });
  const [tarball] = fs.readdirSync(packDir).filter((file) => file.endsWith('.tgz'));

  writeHostApp(path.join(packDir, tarball));
  step(`Installing Strapi ${STRAPI_VERSION} and the tarball into ${host.dir} (npm install, a few minutes)`);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], host.dir);

  step('Building the host admin panel (strapi build)');
  run(path.join(host.dir, 'node_modules/.bin/strapi'), ['build'], host.dir);

  step('Starting the host app');
  await postgres(`CREATE DATABASE "${host.database}"`);
  await startHost();
}, 900_000);

afterAll(async () => {
  if (host.server && host.server.exitCode === null) {
    const exited = new Promise((resolve) => host.server!.once('exit', resolve));
    host.server.kill('SIGTERM');
    await exited;
  }
  await postgres(`DROP DATABASE IF EXISTS "${host.database}" WITH (FORCE)`).catch(() => undefined);
  if (host.dir) fs.rmSync(host.dir, { recursive: true, force: true });
});

describe('the packed plugin in an app with none of our content types', () => {
  let questionnaire: PublicQuestionnaire;
  let adminToken: string;
  let reference: string;

  it('installs only from its tarball: dist and README, no sources', () => {
    const installed = path.join(host.dir, 'node_modules/strapi-plugin-readiness-intake');
    expect(fs.realpathSync(installed).startsWith(fs.realpathSync(host.dir))).toBe(true);
    // npm nests a dependency there when the host's tree holds another major of it (lru-cache 11
    // beside Strapi's older ones): installed dependencies, not shipped files.
    const shipped = fs.readdirSync(installed).filter((name) => name !== 'node_modules');
    expect(shipped.sort()).toEqual(['README.md', 'dist', 'package.json']);
    const nested = path.join(installed, 'node_modules');
    if (fs.existsSync(nested)) {
      const packages = fs
        .readdirSync(nested)
        .filter((name) => !name.startsWith('.'))
        .flatMap((name) =>
          name.startsWith('@') ? fs.readdirSync(path.join(nested, name)).map((inner) => `${name}/${inner}`) : [name]
        );
      expect(packages.filter((name) => !fs.existsSync(path.join(nested, name, 'package.json')))).toEqual([]);
    }
  });

  it('serves the embeddable form from the installed package, the bytes it shipped', async () => {
    const shipped = fs.readFileSync(
      path.join(host.dir, 'node_modules/strapi-plugin-readiness-intake/dist/embed/readiness-intake-form.js')
    );
    const response = await fetch(url('/api/readiness-intake/embed.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), shipped)).toBe(0);
    const etag = response.headers.get('etag')!;
    expect((await fetch(url('/api/readiness-intake/embed.js'), { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('serves the questionnaire, without points or rules', async () => {
    const { status, body } = await json('/api/readiness-intake/questionnaire');
    expect(status).toBe(200);
    questionnaire = body.data;
    expect(questionnaire.dimensions.map((dimension) => dimension.key)).toEqual(DIMENSION_KEYS);
    expect(JSON.stringify(body)).not.toMatch(/"points"|"weights"/);
  });

  it('takes and scores a submission, with no recommendations and no office overlap to offer', async () => {
    const submission = validSubmission(questionnaire, questionnaire.formToken, { answers: answerAll(questionnaire, 'last') });
    const { status, body } = await json('/api/readiness-intake/submissions', {
      method: 'POST',
      body: JSON.stringify(submission),
    });
    expect(status).toBe(201);
    expect(body.data.result).toMatchObject({ band: 'ready', recommendations: [] });
    expect(body.data.result.dimensions).toHaveLength(6);
    reference = body.data.reference;
    // Said once at start, so a missing feature is never a silent one.
    const log = host.log.join('');
    expect(log).toContain('recommendations.contentType api::article.article does not exist');
    expect(log).toContain('offices.contentType api::office.office does not exist');
  });

  it('refuses a bad submission with a 400 in Strapi’s error shape', async () => {
    const submission = validSubmission(questionnaire, questionnaire.formToken, { consent: false });
    const { status, body } = await json('/api/readiness-intake/submissions', {
      method: 'POST',
      body: JSON.stringify(submission),
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } });
  });

  it('keeps its admin routes behind an admin session, and answers them for the first admin', async () => {
    expect((await json('/readiness-intake/submissions')).status).toBe(401);

    const registered = await json('/admin/register-admin', { method: 'POST', body: JSON.stringify(ADMIN) });
    expect(registered.status).toBe(200);
    adminToken = registered.body.data.token;

    const list = await json('/readiness-intake/submissions', { token: adminToken });
    expect(list.status).toBe(200);
    expect(list.body.results).toEqual([expect.objectContaining({ reference, band: 'ready' })]);

    const detail = await json(`/readiness-intake/submissions/${list.body.results[0].id}`, { token: adminToken });
    expect(detail.status).toBe(200);
    expect(detail.body.data.timezoneOverlap ?? []).toEqual([]);
    expect(detail.body.data.dimensionScores).toHaveLength(6);

    const active = await json('/readiness-intake/questionnaires/active', { token: adminToken });
    expect(active.status).toBe(200);
    expect(active.body.data.version).toBe(questionnaire.version);
  });

  it('creates the Consultant admin role on its own', async () => {
    const roles = await json('/admin/roles', { token: adminToken });
    expect(roles.status).toBe(200);
    expect(roles.body.data.map((role: { name: string }) => role.name)).toEqual(
      expect.arrayContaining(['Super Admin', 'Editor', 'Author', 'Consultant'])
    );
  });

  it('loads its admin panel: the inbox lists the submission', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await logInToAdmin(page, url(''), ADMIN);
      await page.goto(url('/admin/plugins/readiness-intake'));
      await expectVisible(page.getByRole('heading', { name: 'Intake submissions' }));
      await expectVisible(page.getByText('Fjord Labs'));
      await screenshot(page, 'package-host-inbox');
    } finally {
      await browser.close();
    }
  });
});
