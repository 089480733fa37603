import fs from 'fs';
import path from 'path';

import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../.tmp/screenshots');

/** Debian's Chromium, headless, with the flags that keep it off this machine's closed network. */
export const launchChromium = async (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's "chromium" package (.ci/run does) or set CHROMIUM_PATH`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
};

export const screenshot = async (page: Page, name: string) => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
};

/** Waits until the first element the locator finds is visible. */
export const expectVisible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: 15_000 });

/** Logs in through the admin's own login form. */
export const logInToAdmin = async (page: Page, baseUrl: string, credentials: { email: string; password: string }) => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/login'));
};

/** Starts a Strapi instance that serves the built admin panel on a loopback port. */
export const startAdminApp = async (env: Record<string, string> = {}) => {
  const { startApp } = await import('./strapi');
  const app = await startApp(env, { serveAdminPanel: true });
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.strapi.server.httpServer.address() as { port: number };
  return { app, baseUrl: `http://127.0.0.1:${port}` };
};
