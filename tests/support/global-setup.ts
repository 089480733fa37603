import { compileAppOnce } from './compile';

/** Compiles the app once for the whole run; each test file then boots the compiled app. */
export default async function globalSetup() {
  await compileAppOnce();
}
