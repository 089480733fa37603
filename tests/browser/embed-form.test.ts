import http from 'http';
import type { AddressInfo } from 'net';

import type { Browser, Page } from 'playwright-core';

import { createFullAccessToken, loginSuperAdmin } from '../support/auth';
import { expectVisible, launchChromium, screenshot } from '../support/browser';
import type { PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

const REFERRER = 'https://news.example/issue-12?subscriber=mia@startup.example';
const ARTICLES = [
  ['Write it down first', ['documentation']],
  ['Tickets that finish', ['specification']],
  ['Hand-offs without a call', ['handoff', 'async']],
] as const;

type FullQuestionnaire = PublicQuestionnaire & {
  dimensions: Array<{ key: string; questions: Array<{ options: Array<{ value: string; label: string }> }> }>;
};

let app: TestApp;
let strapiOrigin: string;
let site: http.Server;
let siteOrigin: string;
let browser: Browser;
let page: Page;
let questionnaire: FullQuestionnaire;

/** An article page of a website on another origin, embedding the form from the Strapi origin. */
const articlePage = (slug: string, locale?: string) => `<!doctype html>
<html lang="${locale ?? 'en'}"><head><meta charset="utf-8"><title>Hiring backend engineers in Wellington</title>
<script src="${strapiOrigin}/api/readiness-intake/embed.js" defer></script></head>
<body><article><h1>Hiring backend engineers in Wellington</h1><p>What a founder should know.</p></article>
<readiness-intake-form article-slug="${slug}" cta="article-footer" article-path="/articles/{slug}"${locale === 'da' ? ' locale="da"' : ''}></readiness-intake-form>
<script>
  document.addEventListener('readiness-intake:submitted', (event) => { window.__submitted = event.detail; });
</script></body></html>`;

beforeAll(async () => {
  // A minimum fill time longer than the form's own wait: the form must wait it out itself.
  app = await startApp({ INTAKE_MIN_FILL_SECONDS: '6', INTAKE_RATE_LIMIT_MAX: '1000' });
  await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  strapiOrigin = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}`;

  const token = await createFullAccessToken(app.strapi);
  for (const [title, readinessDimensions] of ARTICLES) {
    await app
      .http()
      .post('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title, summary: `${title}.`, readinessDimensions } })
      .expect(201);
  }
  questionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;

  site = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://site');
    const match = /^(?:\/(da|id))?\/articles\/([a-z0-9-]+)$/.exec(url.pathname);
    response.writeHead(match ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(match ? articlePage(match[2], match[1]) : 'not found');
  });
  // localhost, not 127.0.0.1: another host as well as another port.
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteOrigin = `http://localhost:${(site.address() as AddressInfo).port}`;

  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await app?.stop();
});

/** The `name` of the control focused inside the form's shadow root. */
const focusedName = () =>
  page.evaluate(() => {
    const host = document.activeElement;
    return host?.shadowRoot?.activeElement?.getAttribute('name') ?? host?.tagName.toLowerCase() ?? null;
  });

/** Presses Tab (only Tab) until the control named `name` has the focus. */
const tabTo = async (name: string) => {
  for (let presses = 0; presses < 200; presses += 1) {
    if ((await focusedName()) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${name}`);
};

/** The worst answer that is not "don't know" of each required question, as the option's index. */
const worstAnswers = () =>
  questionnaire.dimensions
    .flatMap(
      (dimension) =>
        dimension.questions as unknown as Array<{
          key: string;
          kind: string;
          required: boolean;
          options: Array<{ value: string }>;
        }>
    )
    .filter((question) => question.required)
    .map((question) => ({
      question,
      index: question.options.findIndex((option) => !/not_sure|dont_know|unsure/.test(option.value)),
    }));

const form = () => page.locator('readiness-intake-form');

describe('the embeddable form on another website', () => {
  it('is filled with the keyboard alone, shows the server’s error beside the field, then the result', async () => {
    // Given an article page on another origin, reached from a newsletter with a campaign tag
    await page.goto(`${siteOrigin}/articles/wellington?utm_campaign=spring-hiring&utm_source=newsletter`, {
      referer: REFERRER,
    });
    await expectVisible(form().locator('input[name="contact.name"]'));
    const browserZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(await form().locator('input[name="contact.timezone"]').inputValue()).toBe(browserZone);
    // Every control is labelled, the form is novalidate, the honeypot is out of reach.
    expect(await form().locator('form').getAttribute('novalidate')).not.toBeNull();
    expect(await form().locator('input[name="url"]').getAttribute('tabindex')).toBe('-1');
    expect(await form().locator('button[type="submit"]').count()).toBe(1);

    // When a person fills it in with Tab, typing and Space, with an address only the server refuses
    await tabTo('contact.name');
    await page.keyboard.type('Aroha Ngata');
    await tabTo('contact.email');
    await page.keyboard.type('aroha..ngata@fjord.example');
    await tabTo('contact.company');
    await page.keyboard.type('Fjord Labs');
    await tabTo('contact.role');
    await page.keyboard.type('CTO');
    await tabTo('contact.teamSize');
    await page.keyboard.type('8');
    for (const { question, index } of worstAnswers()) {
      await tabTo(`answers.${question.key}`);
      if (question.kind === 'single') {
        await page.keyboard.press('Space');
        for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
      } else if (question.kind === 'multi') {
        for (let step = 0; step < index; step += 1) await page.keyboard.press('Tab');
        await page.keyboard.press('Space');
      } else {
        await page.keyboard.type('We write very little down.');
      }
    }
    await tabTo('backlog');
    await page.keyboard.type('A Stripe billing integration & a <b>migration</b> off the cron box.');
    await tabTo('consent');
    await page.keyboard.press('Space');
    await tabTo('sendReport');
    await page.keyboard.press('Space');
    // The honeypot is skipped: the next stop is the one submit button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('type'))).toBe('submit');
    await page.keyboard.press('Enter');

    // Then the server's 400 is shown beside the email field, and in a summary that takes the focus
    const email = form().locator('input[name="contact.email"]');
    await expectVisible(form().locator('.summary a'));
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await email.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    expect(await form().locator(`[id="${errorId}"]`).textContent()).toBe('Must be an email address.');
    expect(await form().locator('.summary').getAttribute('aria-live')).toBe('assertive');
    expect(await form().locator('.summary a').textContent()).toContain('Work email');
    await screenshot(page, 'embed-form-server-error');

    // When the person follows the summary's link with the keyboard and corrects the address
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe('summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedName()).toBe('contact.email');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('aroha.ngata@fjord.example');
    const sentAt = Date.now();
    await page.keyboard.press('Enter');

    // Then the form waits out the token (6 s here, longer than its own 3 s) and shows the result
    const result = form().locator('[data-band]');
    await result.waitFor({ state: 'visible', timeout: 30_000 });
    expect(Date.now() - sentAt).toBeLessThan(25_000);
    const band = await result.getAttribute('data-band');
    expect(band).toBe('foundation');
    await expectVisible(result.getByText('Build the foundation first'));
    const meters = result.locator('[role="meter"]');
    expect(await meters.count()).toBe(6);
    for (const meter of await meters.all()) expect(Number(await meter.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    const links = result.locator('.recommendations a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) expect(await link.getAttribute('href')).toMatch(/^\/articles\/[a-z0-9-]+$/);
    expect(await links.first().textContent()).toBe('Write it down first');
    expect(await form().locator('form').isHidden()).toBe(true);
    await screenshot(page, 'embed-form-result');

    // And the host page heard about it
    const submitted = (await page.evaluate(() => (window as { __submitted?: unknown }).__submitted)) as {
      reference: string;
      result: { band: string; score: number };
    };
    expect(submitted.result.band).toBe(band);
    expect(await result.locator('.score').textContent()).toContain(String(submitted.result.score));

    // And the stored submission, read through the admin API, has the result and where it came from
    const submission = await app.strapi.db
      .query('plugin::readiness-intake.submission')
      .findOne({ where: { reference: submitted.reference } });
    const admin = await loginSuperAdmin(app);
    const detail = (
      await app.http().get(`/readiness-intake/submissions/${submission.id}`).set('Authorization', `Bearer ${admin}`).expect(200)
    ).body.data;
    expect(detail.band).toBe(band);
    expect(detail.overallScore).toBe(submitted.result.score);
    expect(detail.contactEmail).toBe('aroha.ngata@fjord.example');
    expect(detail.teamSize).toBe(8);
    expect(detail.timezone).toBe(browserZone);
    expect(detail.backlog).toBe('A Stripe billing integration & a <b>migration</b> off the cron box.');
    expect(detail.source).toEqual({
      page: '/articles/wellington',
      articleSlug: 'wellington',
      cta: 'article-footer',
      referrer: 'https://news.example/issue-12',
      utm: { campaign: 'spring-hiring', source: 'newsletter' },
    });
    expect(detail.reportRequested).toBe(true);
    // One submit stored once, though it was sent again while the token was too young.
    expect(await app.strapi.db.query('plugin::readiness-intake.submission').count()).toBe(1);
  });
});

describe('the embeddable form in Danish', () => {
  it('speaks Danish throughout: the questionnaire, its own words, its checks and the result, and the submission keeps the locale', async () => {
    // Given a Danish page that embeds the form with locale="da"
    const danish: FullQuestionnaire & { locale: string } = (
      await app.http().get('/api/readiness-intake/questionnaire?locale=da').expect(200)
    ).body.data;
    expect(danish.locale).toBe('da');
    await page.goto(`${siteOrigin}/da/articles/wellington`, { waitUntil: 'load' });
    await expectVisible(form().getByRole('heading', { name: danish.title }));
    const send = form().getByRole('button', { name: 'Send spørgeskemaet' });
    await expectVisible(send);

    // When the respondent sends it empty, the form's own checks answer in Danish
    await send.click();
    await expectVisible(form().getByText(/^Der er \d+ problemer i formularen$/));
    await expectVisible(form().getByText('Sæt hak for at give samtykke, så vi kan sende spørgeskemaet.').first());
    await screenshot(page, 'embed-form-danish-errors');

    // And when it is filled in and sent
    await form().locator('[name="contact.name"]').fill('Mette Holm');
    await form().locator('[name="contact.email"]').fill('mette.holm@fjord.example');
    await form().locator('[name="contact.company"]').fill('Fjord ApS');
    await form().locator('[name="contact.role"]').fill('CTO');
    await form().locator('[name="contact.teamSize"]').fill('6');
    await form().locator('[name="contact.timezone"]').fill('Europe/Copenhagen');
    for (const { question, index } of worstAnswers()) {
      if (question.kind === 'text') await form().locator(`[name="answers.${question.key}"]`).fill('Skrevet ned i wikien.');
      else await form().locator(`[name="answers.${question.key}"]`).nth(index).check();
    }
    await form().locator('[name="backlog"]').fill('En integration med e-conomic.');
    await form().locator('[name="consent"]').check();
    await send.click();

    // Then the result is in Danish, and the submission is stored with its locale
    const result = form().locator('[data-band]');
    await result.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await result.getAttribute('data-band')).toBe('foundation');
    await expectVisible(result.getByText('Byg fundamentet først'));
    await expectVisible(result.getByText('Tak: dit spørgeskema er sendt'));
    await screenshot(page, 'embed-form-danish-result');
    const stored = await app.strapi.db
      .query('plugin::readiness-intake.submission')
      .findOne({ where: { contactEmail: 'mette.holm@fjord.example' } });
    expect(stored).toMatchObject({ locale: 'da', company: 'Fjord ApS' });
  });

  it('takes its language from the page when the element names none', async () => {
    // Given an Indonesian page (<html lang="id">) whose form has no locale attribute
    await page.goto(`${siteOrigin}/id/articles/wellington`, { waitUntil: 'load' });
    // Then the questionnaire and the form's own words are Indonesian
    await expectVisible(form().getByRole('button', { name: 'Kirim kuesioner' }));
    await expectVisible(form().getByRole('group', { name: 'Tentang Anda dan tim Anda' }));
  });
});
