import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const APP_DIR = path.resolve(__dirname, '../..');
export const PLUGIN_DIR = path.join(APP_DIR, 'src/plugins/readiness-intake');
const PLUGIN_BUILD = path.join(PLUGIN_DIR, 'dist/server/index.js');
const ADMIN_BUILD_INDEX = path.join(APP_DIR, 'dist/build/index.html');

const PLUGIN_SOURCES = ['admin/src', 'server/src', 'shared', 'embed', 'package.json'].map((source) =>
  path.join(PLUGIN_DIR, source)
);
const ADMIN_SOURCES = [
  'src/admin',
  'config',
  'package-lock.json',
  // The admin panel bundles the plugin's built admin half, not its sources.
  'src/plugins/readiness-intake/dist/admin',
].map((source) => path.join(APP_DIR, source));

const newestMtime = (target: string): number => {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
};

const builtAfterSources = (built: string, sources: string[]) =>
  fs.existsSync(built) && fs.statSync(built).mtimeMs > Math.max(...sources.map(newestMtime));

/**
 * Builds the plugin package (`strapi-plugin build`) when it has no build or its sources
 * changed since: the app loads the plugin from its dist/, as an installed package.
 */
export const ensurePluginBuild = () => {
  if (builtAfterSources(PLUGIN_BUILD, PLUGIN_SOURCES)) return;
  process.stdout.write('\nBuilding the readiness-intake plugin package (about 30 s)...\n');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: PLUGIN_DIR, stdio: 'inherit' });
};

/** Builds the admin panel when there is no build, or when its sources changed since the last one. */
export const ensureAdminBuild = () => {
  ensurePluginBuild();
  if (builtAfterSources(ADMIN_BUILD_INDEX, ADMIN_SOURCES)) return;
  process.stdout.write('\nBuilding the admin panel for the browser tests (about a minute)...\n');
  execFileSync('npx', ['strapi', 'build'], { cwd: APP_DIR, stdio: 'inherit' });
};
