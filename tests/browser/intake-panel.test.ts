import { createHmac } from 'crypto';

import type { Browser, Page } from 'playwright-core';

import { DEFAULT_QUESTIONNAIRE } from 'strapi-plugin-readiness-intake/strapi-server';
import { demoOffices } from '../../src/seed/demo-offices';
import { loginAdminWithRole, loginConsultant, SUPER_ADMIN } from '../support/auth';
import { expectVisible, launchChromium, logInToAdmin, screenshot, startAdminApp } from '../support/browser';
import { answerAll, submitIntake, type PublicQuestionnaire } from '../support/intake';
import type { TestApp } from '../support/strapi';
import { startWebhookReceiver } from '../support/wait';

const SUBMISSION = 'plugin::readiness-intake.submission';
const CONSULTANT = { email: 'consultant@example.com', password: 'Consultant-2026' };
const MARKUP = '<script>window.__injected = true</script><img src=x onerror="window.__injected = true">';

let app: TestApp;
let baseUrl: string;
let browser: Browser;
let consultantPage: Page;
let adminPage: Page;

const injected = (page: Page) => page.evaluate(() => (window as { __injected?: boolean }).__injected);

const send = (questionnaire: PublicQuestionnaire, company: string, pick: 'first' | 'last', data: object = {}) =>
  submitIntake(app, questionnaire, { contact: { company }, pick, data: data as Record<string, unknown> });

beforeAll(async () => {
  // No SMTP_HOST: emails go through the log-only transport, and count as sent.
  ({ app, baseUrl } = await startAdminApp({ INTAKE_RATE_LIMIT_MAX: '1000', INTAKE_NOTIFY_TO: 'lead@asyncline.test' }));
  await app.strapi.service('admin::user').createFirstAdmin({ ...SUPER_ADMIN, firstname: 'Super', lastname: 'Admin' });
  await loginConsultant(app, CONSULTANT.email);
  for (const office of demoOffices) await app.strapi.documents('api::office.office').create({ data: office });

  const questionnaire: PublicQuestionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body.data;
  await send(questionnaire, 'Ready Co', 'last');
  await send(questionnaire, 'Middle Co', 'last');
  await send(questionnaire, 'Weak Co', 'first', {
    backlog: `${MARKUP}\nSecond line of the backlog.`,
    answers: { ...answerAll(questionnaire, 'first'), documentation_notes: `Docs? ${MARKUP}` },
  });

  browser = await launchChromium();
  consultantPage = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await logInToAdmin(consultantPage, baseUrl, CONSULTANT);
  adminPage = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await logInToAdmin(adminPage, baseUrl, SUPER_ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('a consultant triaging a submission', () => {
  it('finds it in the inbox by band and opens it from its row', async () => {
    const page = consultantPage;
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake`);
    await expectVisible(page.getByRole('link', { name: 'Ready Co' }));
    await page.getByRole('combobox', { name: 'Band' }).click();
    await page.getByRole('option', { name: 'Build the foundation first' }).click();
    await page.waitForURL(/band=foundation/);
    await page.getByRole('link', { name: 'Ready Co' }).waitFor({ state: 'detached', timeout: 15_000 });

    await page.getByRole('link', { name: 'Weak Co' }).click();
    await page.waitForURL(/\/admin\/plugins\/readiness-intake\/submissions\/\d+$/);
    await expectVisible(page.getByRole('heading', { name: 'Weak Co', level: 1 }));
  });

  it('shows the contact, the overlap, the chart, the flags and the answers with their points', async () => {
    const page = consultantPage;
    const stored = await app.strapi.db.query(SUBMISSION).findOne({ where: { company: 'Weak Co' } });
    await expectVisible(page.getByRole('region', { name: 'Contact' }).getByText('Mia Hansen'));
    const overlap = page.getByRole('region', { name: 'Working hours overlap' });
    await expectVisible(overlap.getByText('Copenhagen'));
    await expectVisible(overlap.getByText('Magelang'));
    // The contact works in Copenhagen's time zone: a whole shared day with that office.
    await expectVisible(overlap.getByText('8 h'));
    // The chart is drawn: recharts' SVG with one axis label per dimension (the bars of a
    // weak team may be zero wide), and its text alternative lists the six scores.
    const chart = page.locator('figure[aria-label="Score by dimension (0–100)"]');
    await expectVisible(chart.locator('svg.recharts-surface'));
    expect(await chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick').count()).toBe(6);
    expect(await chart.getByText(/^System documentation: \d+, Work specification: \d+/).innerText()).toMatch(
      /^System documentation: \d+, Work specification: \d+/
    );
    await expectVisible(page.getByRole('region', { name: `Flags (${stored.flagCount})` }));

    const documentation = page.getByRole('region', { name: 'System documentation' });
    const firstQuestion = DEFAULT_QUESTIONNAIRE.dimensions[0].questions[0];
    await expectVisible(documentation.getByText(firstQuestion.prompt));
    const docScore = stored.dimensionScores.find((score: { key: string }) => score.key === 'documentation');
    await expectVisible(documentation.getByText(`${docScore.points} of ${docScore.maxPoints} points · ${docScore.score}/100`));
    const emails = page.getByRole('region', { name: 'Emails' });
    await expectVisible(emails.getByText('lead@asyncline.test'));
    await expectVisible(emails.getByText('Sent', { exact: true }));
    await screenshot(page, 'submission');
  });

  it('shows markup in the backlog and in a text answer as text, and never runs it', async () => {
    const page = consultantPage;
    const backlog = page.getByTestId('backlog');
    expect(await backlog.innerText()).toContain(MARKUP);
    await expectVisible(page.getByRole('region', { name: 'System documentation' }).getByText(`Docs? ${MARKUP}`));
    expect(await page.locator('section img[src="x"]').count()).toBe(0);
    expect(await injected(page)).toBeUndefined();
  });

  it('overrides the band with a reason, adds a note, and sees both in the history', async () => {
    const page = consultantPage;
    // The consultant may not erase: the action is not offered.
    expect(await page.getByRole('button', { name: 'Erase' }).count()).toBe(0);

    const form = page.getByRole('form', { name: 'Override the band' });
    await form.getByRole('button', { name: 'Override band' }).click();
    await expectVisible(form.getByText('Pick a band'));

    await form.getByRole('combobox', { name: 'Consultant band' }).click();
    await page.getByRole('option', { name: 'Closer than you think' }).click();
    await form.getByRole('textbox', { name: 'Reason' }).fill('Their docs live in Notion; the form undersold them.');
    await form.getByRole('button', { name: 'Override band' }).click();
    const band = page.getByRole('region', { name: 'Band' });
    await expectVisible(band.getByText('Their docs live in Notion; the form undersold them.'));

    const notes = page.getByRole('form', { name: 'Add a note' });
    await notes.getByRole('textbox', { name: 'New note' }).fill(`Call booked for Tuesday. ${MARKUP}`);
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expectVisible(page.getByRole('region', { name: 'Notes' }).getByText(`Call booked for Tuesday. ${MARKUP}`));

    const history = page.getByRole('region', { name: 'History' });
    await expectVisible(
      history.getByText(
        'Casey Tester rated it “Closer than you think” (automatic: “Build the foundation first”): Their docs live in Notion; the form undersold them.'
      )
    );
    await expectVisible(history.getByText('Casey Tester added a note'));
    expect(await injected(page)).toBeUndefined();
    await screenshot(page, 'submission-rated');

    const stored = await app.strapi.db.query(SUBMISSION).findOne({ where: { company: 'Weak Co' } });
    expect([stored.band, stored.consultantBand]).toEqual(['foundation', 'close']);
  });

  it('sets the status and the assignee from the submission page, each audited', async () => {
    const page = consultantPage;
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'In review' }).click();
    const history = page.getByRole('region', { name: 'History' });
    await expectVisible(history.getByText('Casey Tester changed the status from New to In review'));
    await page.getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: 'Casey Tester' }).click();
    await expectVisible(history.getByText('Casey Tester assigned it to Casey Tester'));
  });
});

describe('the inbox', () => {
  it('changes the status and the assignee of a selection at once', async () => {
    const page = consultantPage;
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake?band=ready`);
    await expectVisible(page.getByRole('link', { name: 'Ready Co' }));
    await page
      .getByRole('row', { name: /Ready Co/ })
      .getByRole('checkbox')
      .check();
    await page
      .getByRole('row', { name: /Middle Co/ })
      .getByRole('checkbox')
      .check();
    await expectVisible(page.getByText('2 entries selected'));
    await screenshot(page, 'inbox-selection');

    await page.getByRole('combobox', { name: 'Set status' }).click();
    await page.getByRole('option', { name: 'Contacted' }).click();
    await expectVisible(page.getByText('2 of 2 submissions changed'));
    await page
      .getByRole('row', { name: /Ready Co/ })
      .getByText('Contacted')
      .waitFor({ timeout: 15_000 });

    const rows = await app.strapi.db.query(SUBMISSION).findMany({ where: { company: { $in: ['Ready Co', 'Middle Co'] } } });
    expect(rows.map((row: { status: string }) => row.status)).toEqual(['contacted', 'contacted']);
  });

  it('clears one filter and keeps the others', async () => {
    const page = consultantPage;
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake?band=ready&_q=Co&sort=company:ASC`);
    await expectVisible(page.getByRole('link', { name: 'Ready Co' }));
    await page.getByRole('combobox', { name: 'Band' }).click();
    await page.getByRole('option', { name: 'All bands' }).click();
    await page.waitForURL((url) => !url.searchParams.has('band'));
    const url = new URL(page.url());
    expect([url.searchParams.get('_q'), url.searchParams.get('sort')]).toEqual(['Co', 'company:ASC']);
    await expectVisible(page.getByRole('link', { name: 'Weak Co' }));
  });

  it('filters by received date through the URL', async () => {
    const page = consultantPage;
    const tomorrow = new Date(Date.now() + 86_400_000);
    const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake?from=${day}`);
    await expectVisible(page.getByText('No submissions match.', { exact: false }));
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake?to=${day}`);
    await expectVisible(page.getByRole('link', { name: 'Weak Co' }));
  });
});

/** The companies the table lists, once it has settled on exactly `expected`. */
const expectRows = async (page: Page, expected: string[]) => {
  const links = page.locator('tbody tr td a');
  await page.waitForFunction(
    (names) => {
      const shown = [...document.querySelectorAll('tbody tr td a')].map((link) => link.textContent?.trim()).sort();
      return JSON.stringify(shown) === JSON.stringify(names);
    },
    [...expected].sort(),
    { timeout: 15_000 }
  );
  expect((await links.allInnerTexts()).map((text) => text.trim()).sort()).toEqual([...expected].sort());
};

describe('the dimension filter and saved views', () => {
  const VIEW = 'plugin::readiness-intake.saved-view';
  const scoredBelow = async (below: number) =>
    (await app.strapi.db.query(SUBMISSION).findMany({ where: { scoreDocumentation: { $lt: below } }, select: ['company'] }))
      .map((row: { company: string }) => row.company)
      .sort();

  it('filters by a dimension below a score, held in the URL', async () => {
    const page = consultantPage;
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake`);
    await expectVisible(page.getByRole('link', { name: 'Ready Co' }));
    // The score is only offered once a dimension is picked
    expect(await page.getByRole('textbox', { name: 'Score below' }).or(page.getByLabel('Score below')).first().isDisabled()).toBe(
      true
    );

    // When the consultant picks a dimension, which starts at "below 50"
    await page.getByRole('combobox', { name: 'Dimension' }).click();
    await page.getByRole('option', { name: 'System documentation' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('dimension') === 'documentation' && url.searchParams.get('below') === '50'
    );

    // Then the table shows exactly the submissions scored below 50 there
    const weak = await scoredBelow(50);
    expect(weak).toEqual(['Weak Co']);
    await expectRows(page, weak);

    // And typing another score moves the URL and the rows with it
    const below = page.getByLabel('Score below');
    await below.fill('101');
    await below.press('Enter');
    await expectVisible(page.getByText('Something went wrong', { exact: false }));
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('below') === '50');
    await expectRows(page, weak);
    await screenshot(page, 'inbox-dimension-filter');
  });

  it('saves the filters as a view, picks it from a bare inbox, and deletes it', async () => {
    const page = consultantPage;
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake?dimension=documentation&below=50&sort=company:ASC`);
    await expectRows(page, await scoredBelow(50));

    // When the consultant saves the filters under a name
    await page.getByRole('button', { name: 'Save view' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Weak documentation');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expectVisible(page.getByText('Saved the view “Weak documentation”'));
    const [view] = await app.strapi.db.query(VIEW).findMany({});
    expect(view).toMatchObject({
      name: 'Weak documentation',
      filters: { dimension: 'documentation', below: '50', sort: 'company:ASC' },
    });

    // And opens the inbox without filters, then picks the view with the keyboard
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake`);
    await expectVisible(page.getByRole('link', { name: 'Ready Co' }));
    const picker = page.getByRole('combobox', { name: 'Saved views' });
    await picker.focus();
    await page.keyboard.press('Enter');
    await expectVisible(page.getByRole('option', { name: 'Weak documentation' }));
    await page.getByRole('option', { name: 'Weak documentation' }).focus();
    await page.keyboard.press('Enter');

    // Then the URL holds the view's filters and the table its rows, and a reload keeps both
    await page.waitForURL(
      (url) =>
        url.searchParams.get('dimension') === 'documentation' &&
        url.searchParams.get('below') === '50' &&
        url.searchParams.get('sort') === 'company:ASC'
    );
    await expectRows(page, await scoredBelow(50));
    await page.reload();
    await expectVisible(page.getByRole('combobox', { name: 'Saved views' }).getByText('Weak documentation'));
    await expectRows(page, await scoredBelow(50));
    await screenshot(page, 'inbox-saved-view');

    // When the consultant deletes it
    await page.getByRole('button', { name: 'Delete view' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(page.getByText('Deleted the view “Weak documentation”'));

    // Then it is gone, and the picker says there are none
    expect(await app.strapi.db.query(VIEW).count({})).toBe(0);
    await expectVisible(page.getByRole('combobox', { name: 'Saved views' }).getByText('No saved views yet'));
    expect(await page.getByRole('button', { name: 'Delete view' }).count()).toBe(0);
  });
});

describe('the home page widget', () => {
  const EDITOR = { email: 'strapi-editor@example.com', password: 'Role-admin-2026' };

  it('counts new, mine and overdue submissions, each a link to that inbox view', async () => {
    const page = consultantPage;
    const consultant = await app.strapi.db.query('admin::user').findOne({ where: { email: CONSULTANT.email } });
    // Given one submission assigned to the consultant and still new 30 hours after it
    // arrived, past the default 24-hour SLA
    const questionnaire: PublicQuestionnaire = (await app.http().get('/api/readiness-intake/questionnaire').expect(200)).body
      .data;
    await send(questionnaire, 'Overdue Co', 'last');
    const stillNew = await app.strapi.db.query(SUBMISSION).findOne({ where: { company: 'Overdue Co' } });
    await app.strapi.db.query(SUBMISSION).update({
      where: { id: stillNew.id },
      data: { receivedAt: new Date(Date.now() - 30 * 3_600_000), assignee: consultant.id },
    });
    const expected = {
      new: await app.strapi.db.query(SUBMISSION).count({ where: { status: 'new' } }),
      mine: await app.strapi.db.query(SUBMISSION).count({ where: { assignee: { id: consultant.id } } }),
      overdue: 1,
    };
    const mine = (
      await app.strapi.db.query(SUBMISSION).findMany({ where: { assignee: { id: consultant.id } }, select: ['company'] })
    ).map((row: { company: string }) => row.company);

    await page.goto(`${baseUrl}/admin`);
    const widget = page.getByTestId('readiness-intake-widget');
    await expectVisible(widget);
    for (const [view, count] of Object.entries(expected)) {
      await expectVisible(widget.locator(`[data-count="${view}"]`, { hasText: new RegExp(`^${count}$`) }));
    }
    await screenshot(page, 'home-widget');

    await widget.locator('[data-view="overdue"]').click();
    await page.waitForURL(/\/admin\/plugins\/readiness-intake\?overdue=true$/);
    // The table may still show the last list it held until the filtered one arrives.
    await expectRows(page, [stillNew.company]);
    expect(await page.getByRole('checkbox', { name: 'Overdue only' }).isChecked()).toBe(true);

    await page.goto(`${baseUrl}/admin`);
    await page.getByTestId('readiness-intake-widget').locator('[data-view="mine"]').click();
    await page.waitForURL(/assignee=me$/);
    await expectRows(page, mine);
    expect(mine).toHaveLength(expected.mine);
  });

  it('is not shown to a role without the read permission', async () => {
    await loginAdminWithRole(app, 'strapi-editor');
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await logInToAdmin(page, baseUrl, EDITOR);
    await page.goto(`${baseUrl}/admin`);
    // The home page has drawn its own widgets by the time its heading shows.
    await expectVisible(page.getByRole('heading', { level: 1 }));
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('readiness-intake-widget').count()).toBe(0);
    expect(await page.getByText('Assigned to me').count()).toBe(0);
    await page.context().close();
  });
});

describe('the dashboard', () => {
  it('shows the counts, the agreement rate and the charts', async () => {
    const page = consultantPage;
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake`);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.waitForURL(/\/readiness-intake\/dashboard/);
    // The three of beforeAll and the widget test's overdue one.
    await expectVisible(page.getByRole('region', { name: 'Submissions' }).getByText('4'));
    await expectVisible(page.getByRole('region', { name: 'Agreement with the automatic band' }).getByText('0%'));
    await expectVisible(page.locator('figure[aria-label="By band"] .recharts-bar-rectangle'));
    await expectVisible(page.locator('figure[aria-label="By status"] .recharts-bar-rectangle'));
    await expectVisible(page.locator('figure[aria-label="Submissions per day (UTC)"] .recharts-bar-rectangle'));
    await screenshot(page, 'dashboard');
  });
});

describe('the settings page', () => {
  it('is not offered to a consultant', async () => {
    const page = consultantPage;
    await page.goto(`${baseUrl}/admin/settings/readiness-intake`);
    await page.getByRole('heading', { name: 'Readiness intake settings' }).waitFor({ state: 'detached', timeout: 5_000 });
    expect(await page.getByRole('heading', { name: 'Readiness intake settings' }).count()).toBe(0);
  });

  it('saves the settings, naming a bad recipient under its field', async () => {
    const page = adminPage;
    await page.goto(`${baseUrl}/admin/settings`);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Readiness intake' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Readiness intake settings' }));

    const recipients = page.getByRole('textbox', { name: 'Notification recipients' });
    await recipients.fill('lead@example.com\nnot-an-address');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectVisible(page.getByText('not-an-address: must be an email address'));

    await recipients.fill('lead@example.com\nops@example.com');
    await page.getByLabel('Retention (days)').fill('90');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectVisible(page.getByText('Settings saved'));
    const settings = await app.strapi.plugin('readiness-intake').service('settings').get();
    expect(settings).toMatchObject({ notifyRecipients: ['lead@example.com', 'ops@example.com'], retentionDays: 90 });
  });

  it('imports a questionnaire version, listing each problem by path, then activates it', async () => {
    const page = adminPage;
    const broken = structuredClone(DEFAULT_QUESTIONNAIRE) as unknown as {
      version: number;
      dimensions: Array<{ title: unknown }>;
    };
    // The version after the one the plugin ships, which a fresh database has active.
    const next = DEFAULT_QUESTIONNAIRE.version + 1;
    broken.version = next;
    broken.dimensions[1].title = 42;
    await page.getByRole('button', { name: 'Import a version' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a questionnaire version' });
    await dialog.getByRole('textbox', { name: 'Questionnaire JSON' }).fill(JSON.stringify(broken));
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expectVisible(dialog.getByRole('alert').getByText('dimensions.1.title'));
    await screenshot(page, 'settings-import-errors');

    await dialog.getByRole('textbox', { name: 'Questionnaire JSON' }).fill(`{ "version": ${next}, `);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expectVisible(dialog.getByText('This is not JSON', { exact: false }));

    const fixed = { ...structuredClone(DEFAULT_QUESTIONNAIRE), version: next, title: 'Second edition' };
    await dialog.getByRole('textbox', { name: 'Questionnaire JSON' }).fill(JSON.stringify(fixed));
    await dialog.getByRole('button', { name: 'Import' }).click();
    const versionRow = page.getByRole('row', { name: /Second edition/ });
    await expectVisible(versionRow);

    await versionRow.getByRole('button', { name: 'View' }).click();
    await expectVisible(
      page.getByRole('dialog', { name: `Questionnaire version ${next}` }).getByText('“Second edition”', { exact: false })
    );
    await page
      .getByRole('dialog', { name: `Questionnaire version ${next}` })
      .getByRole('button', { name: 'Close modal' })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await versionRow.getByRole('button', { name: 'Activate' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
    await expectVisible(versionRow.getByText('Active since', { exact: false }));
    await screenshot(page, 'settings');
    const active = await app.http().get('/api/readiness-intake/questionnaire').expect(200);
    expect(active.body.data.version).toBe(next);
  });

  it('subscribes a URL, shows its secret once, sends a test, shows the delivery log and redelivers', async () => {
    const page = adminPage;
    const receiver = await startWebhookReceiver();
    try {
      await page.goto(`${baseUrl}/admin/settings/readiness-intake`);
      const form = page.getByRole('form', { name: 'Subscribe a URL' });
      await form.getByRole('textbox', { name: 'URL' }).fill(receiver.url);
      await form.getByRole('button', { name: 'Subscribe' }).click();

      // The secret, once
      const secretBox = page.getByRole('textbox', { name: 'Signing secret' });
      await expectVisible(secretBox);
      const secret = await secretBox.inputValue();
      expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
      await screenshot(page, 'settings-webhook-secret');
      await page.getByRole('button', { name: 'I have copied it' }).click();
      await page.reload();
      const item = page.getByRole('listitem', { name: receiver.url });
      await expectVisible(item);
      expect(await page.content()).not.toContain(secret);

      // A test send, signed with that secret, and its log
      await item.getByRole('button', { name: 'Send test' }).click();
      await expectVisible(page.getByText('Test event delivered'));
      const ping = await receiver.next((call) => call.headers['x-readiness-event'] === 'webhook.test');
      const { t, v1 } = Object.fromEntries(
        String(ping.headers['x-readiness-signature'])
          .split(',')
          .map((part) => part.split('='))
      );
      expect(createHmac('sha256', secret).update(`${t}.${ping.raw}`).digest('hex')).toBe(v1);
      const log = page.getByRole('region', { name: `Deliveries to ${receiver.url}` });
      const row = log.getByRole('row', { name: /webhook\.test/ });
      await expectVisible(row);
      await expectVisible(row.getByText('Delivered'));
      await expectVisible(row.getByText(String(ping.headers['x-readiness-delivery'])));

      // Redelivered, with the same delivery id
      await row.getByRole('button', { name: 'Redeliver' }).click();
      await expectVisible(page.getByText('Delivered again'));
      await expectVisible(row.getByText('2 tries', { exact: false }));
      const pings = receiver.calls.filter((call) => call.headers['x-readiness-event'] === 'webhook.test');
      expect(pings.map((call) => call.headers['x-readiness-delivery'])).toEqual([
        ping.headers['x-readiness-delivery'],
        ping.headers['x-readiness-delivery'],
      ]);
      await screenshot(page, 'settings-webhook-log');
    } finally {
      await receiver.close();
    }
  });

  it('lets an admin with the erase permission erase a submission from its page', async () => {
    const page = adminPage;
    const stored = await app.strapi.db.query(SUBMISSION).findOne({ where: { company: 'Middle Co' } });
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake/submissions/${stored.id}`);
    await page.getByRole('button', { name: 'Erase' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/plugins/readiness-intake'));
    expect(await app.strapi.db.query(SUBMISSION).count({ where: { id: stored.id } })).toBe(0);
  });
});

describe('the panel in Danish', () => {
  it('shows its own strings, the questions and the answers in the admin’s language', async () => {
    // Given a consultant who has picked Danish as the admin's language
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await logInToAdmin(page, baseUrl, CONSULTANT);
    await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'da'));

    // When they open the inbox and a submission answered in English
    await page.goto(`${baseUrl}/admin/plugins/readiness-intake`);
    await expectVisible(page.getByRole('heading', { name: 'Indsendelser' }));
    await page.getByRole('link', { name: 'Weak Co' }).click();

    // Then the page's labels, the dimension titles and the question prompts are Danish, and
    // it says which language the respondent answered in
    await expectVisible(page.getByText('Besvaret på'));
    await expectVisible(page.getByText('engelsk'));
    await expectVisible(page.getByText('Systemdokumentation').first());
    await expectVisible(
      page.getByText('Findes der en skriftlig beskrivelse af, hvordan jeres backend er bygget op', { exact: false }).first()
    );
    await screenshot(page, 'submission-danish');
    await context.close();
  });
});
