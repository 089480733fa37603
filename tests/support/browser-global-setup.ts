import { ensureAdminBuild } from './builds';
import { compileAppOnce } from './compile';

/** The browser tests need the compiled server and a current admin build. */
export default async function globalSetup() {
  ensureAdminBuild();
  await compileAppOnce();
}
