import { ensurePluginBuild } from './builds';
import { compileAppOnce } from './compile';

/** Builds the plugin package and compiles the app once for the whole run; each test file then boots them. */
export default async function globalSetup() {
  ensurePluginBuild();
  await compileAppOnce();
}
