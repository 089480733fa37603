import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const APP_DIR = path.resolve(__dirname, '../..');
export const ADMIN_BUILD_INDEX = path.join(APP_DIR, 'dist/build/index.html');

const ADMIN_SOURCES = [
  'src/admin',
  'src/plugins/readiness-intake/admin',
  'src/plugins/readiness-intake/shared',
  'config',
  'package-lock.json',
];

const newestMtime = (target: string): number => {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
};

/** Builds the admin panel when there is no build, or when its sources changed since the last one. */
export const ensureAdminBuild = () => {
  const builtAt = fs.existsSync(ADMIN_BUILD_INDEX) ? fs.statSync(ADMIN_BUILD_INDEX).mtimeMs : 0;
  const changedAt = Math.max(...ADMIN_SOURCES.map((source) => newestMtime(path.join(APP_DIR, source))));
  if (builtAt > changedAt) return;
  process.stdout.write('\nBuilding the admin panel for the browser tests (about a minute)...\n');
  execFileSync('npx', ['strapi', 'build'], { cwd: APP_DIR, stdio: 'inherit' });
};
