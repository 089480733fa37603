import { compileStrapi } from '@strapi/strapi';

/** Compiles the app once for the whole run; each test file then boots the compiled app. */
export default async function globalSetup() {
  const started = Date.now();
  process.stdout.write('\nCompiling the app for the API tests... ');
  await compileStrapi({ appDir: process.cwd() });
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
