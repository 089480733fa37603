import { compileStrapi } from '@strapi/strapi';

/**
 * Compiles the app once per jest run, however many projects ask: global setups run in the
 * parent process, so an environment flag tells the second one the work is done.
 */
export const compileAppOnce = async () => {
  if (process.env.APP_COMPILED_FOR_TESTS === '1') return;
  const started = Date.now();
  process.stdout.write('\nCompiling the app for the tests... ');
  await compileStrapi({ appDir: process.cwd() });
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.env.APP_COMPILED_FOR_TESTS = '1';
};
