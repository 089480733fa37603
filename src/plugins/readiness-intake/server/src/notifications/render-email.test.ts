import fc from 'fast-check';

import { BANDS } from '../../../shared/intake';
import { DEFAULT_REPORT_TEXTS } from '../questionnaire/default-report-texts';
import { REPORT_STRINGS } from './report-strings';
import {
  renderAssignment,
  renderConfirmation,
  renderNotification,
  renderReminder,
  renderReport,
  type NotificationInput,
  type NudgeItem,
  type ReportInput,
} from './render-email';

const input: NotificationInput = {
  reference: 'RI-ABC123',
  company: 'Fjord Labs',
  contactName: 'Mia Hansen',
  contactEmail: 'mia@startup.example',
  role: 'CTO',
  teamSize: 6,
  overallScore: 81,
  band: 'ready',
  dimensions: [
    { key: 'documentation', score: 75 },
    { key: 'specification', score: 88 },
  ],
  flags: [
    {
      kind: 'contradiction',
      contradiction: 'x',
      questions: ['a', 'b'],
      message: 'Docs are said to be current, yet nobody reads them.',
    },
  ],
  submissionUrl: 'https://cms.example/admin/plugins/readiness-intake/submissions/7',
};

describe('renderNotification', () => {
  it('carries the company, contact, band label, scores, flags and the admin link in both parts', () => {
    const email = renderNotification(input);
    expect(email.subject).toBe('New readiness intake: Fjord Labs — Ready now (81/100)');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('Fjord Labs');
      expect(part).toContain('Mia Hansen');
      expect(part).toContain('mia@startup.example');
      expect(part).toContain('Ready now');
      expect(part).toContain('81/100');
      expect(part).toContain('System documentation');
      expect(part).toContain('Work specification');
      expect(part).toContain('Docs are said to be current, yet nobody reads them.');
      expect(part).toContain(input.submissionUrl);
    }
  });

  it('names each band by its label', () => {
    expect(renderNotification({ ...input, band: 'close' }).text).toContain('Band: Closer than you think');
    expect(renderNotification({ ...input, band: 'foundation' }).text).toContain('Band: Build the foundation first');
  });

  it('escapes every submitted value in the HTML part, and keeps line breaks out of the subject', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (company, name, flag) => {
        const email = renderNotification({
          ...input,
          company: `<script>${company}</script>`,
          contactName: `<b onmouseover="x">${name}`,
          flags: [{ kind: 'dont_know', question: 'q', dimension: 'documentation', message: `<img src=x>${flag}` }],
        });
        expect(email.html).not.toMatch(/<script|<b |<img/);
        expect(email.subject).not.toMatch(/[\r\n]/);
      })
    );
  });
});

describe('renderConfirmation', () => {
  it('thanks the respondent with their reference and no scores, escaped in HTML', () => {
    const email = renderConfirmation({
      contactName: 'Mia <3',
      company: 'Fjord & Co',
      reference: 'RI-1',
      companyName: 'Asyncline',
    });
    expect(email.text).toContain('RI-1');
    expect(email.text).not.toMatch(/score|band/i);
    expect(email.html).toContain('Mia &lt;3');
    expect(email.html).toContain('Fjord &amp; Co');
  });
});

const report: ReportInput = {
  contactName: 'Mia Hansen',
  company: 'Fjord Labs',
  reference: 'RI-ABC123',
  companyName: 'Asyncline',
  band: 'close',
  overallScore: 58,
  dimensions: [
    { key: 'documentation', title: 'System documentation', score: 40 },
    { key: 'specification', title: 'Work specification', score: 75 },
    { key: 'ownership', title: 'Roles around documentation and process', score: 59 },
  ],
  texts: DEFAULT_REPORT_TEXTS,
  articles: [
    { title: 'Write it down', summary: 'Docs that stay current.', url: 'https://www.asyncline.example/articles/write-it-down' },
  ],
};

describe('renderReport', () => {
  it('carries the band label and reading, every score, advice for the low ones only, and the article links in both parts', () => {
    const email = renderReport(report);
    expect(email.subject).toBe('Your readiness report: Closer than you think (58/100)');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('Mia Hansen');
      expect(part).toContain('Closer than you think');
      expect(part).toContain('58/100');
      expect(part).toContain('System documentation');
      expect(part).toContain('Work specification');
      expect(part).toContain('https://www.asyncline.example/articles/write-it-down');
      expect(part).toContain('Write it down');
      expect(part).toContain('Docs that stay current.');
    }
    // The reading and advice hold apostrophes and quotes: compare the text part, where nothing is escaped.
    expect(email.text).toContain(DEFAULT_REPORT_TEXTS.bandReadings.close);
    expect(email.text).toContain(DEFAULT_REPORT_TEXTS.advice.documentation!);
    expect(email.text).toContain(DEFAULT_REPORT_TEXTS.advice.ownership!);
    expect(email.text).not.toContain(DEFAULT_REPORT_TEXTS.advice.specification!);
    expect(email.html).toContain('<a href="https://www.asyncline.example/articles/write-it-down">Write it down</a>');
  });

  it.each([
    ['da', 'Jeres parathedsrapport: Tættere på, end I tror (58/100)', 'Hej Mia Hansen,', 'Det kan I gøre'],
    ['id', 'Laporan kesiapan Anda: Lebih dekat dari yang Anda kira (58/100)', 'Halo Mia Hansen,', 'Yang perlu dilakukan'],
    ['da-DK', 'Jeres parathedsrapport: Tættere på, end I tror (58/100)', 'Hej Mia Hansen,', 'Det kan I gøre'],
    ['fr', 'Your readiness report: Closer than you think (58/100)', 'Hello Mia Hansen,', 'What to do'],
  ])('in locale %s, carries the band label, greeting and headings in that language', (locale, subject, hello, whatToDo) => {
    const email = renderReport({ ...report, locale });
    expect(email.subject).toBe(subject);
    expect(email.text.startsWith(hello)).toBe(true);
    expect(email.text).toContain(`${whatToDo}: `);
    expect(email.html).toContain(`<th align="left">${whatToDo}</th>`);
  });

  it('has its own words in every locale for every band', () => {
    for (const strings of Object.values(REPORT_STRINGS)) {
      expect(Object.keys(strings.bandLabels).sort()).toEqual([...BANDS].sort());
    }
  });

  it('without the questionnaire texts, carries the scores and links and no advice', () => {
    const email = renderReport({ ...report, texts: undefined });
    expect(email.text).toContain('System documentation: 40/100');
    expect(email.text).not.toContain('What to do');
    expect(email.text).not.toContain(DEFAULT_REPORT_TEXTS.bandReadings.close);
  });

  it('without recommended articles, leaves the reading list out', () => {
    const email = renderReport({ ...report, articles: [] });
    expect(email.text).not.toContain('Reading for');
    expect(email.html).not.toContain('<ul>');
  });

  it("escapes every value in the HTML part, the respondent's and the questionnaire's, and keeps line breaks out of the subject", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (name, company, advice, title) => {
        const email = renderReport({
          ...report,
          contactName: `<script>${name}</script>`,
          company: `<b onmouseover="x">${company}`,
          dimensions: [{ key: 'documentation', title: `<i>${title}`, score: 10 }],
          texts: { ...DEFAULT_REPORT_TEXTS, advice: { documentation: `<img src=x>${advice}` } },
          articles: [{ title: `<svg onload=x>${title}`, summary: `<u>${advice}`, url: 'https://x.example/a?b="c"&d=<e>' }],
        });
        expect(email.html).not.toMatch(/<script|<b |<img|<i>|<svg|<u>/);
        expect(email.html).toContain('&lt;script&gt;');
        expect(email.html).not.toContain('"c"');
        expect(email.subject).not.toMatch(/[\r\n]/);
      })
    );
  });
});

const NOW = new Date('2026-12-02T12:00:00Z');
const item = (reference: string, company: string, hoursAgo: number): NudgeItem => ({
  reference,
  company,
  band: 'close',
  overallScore: 64,
  receivedAt: new Date(NOW.getTime() - hoursAgo * 3_600_000),
  url: `https://cms.example/admin/plugins/readiness-intake/submissions/${reference}`,
});

describe('renderAssignment', () => {
  it('names who assigned what, with a link to the submission and to the assignee’s inbox, in both parts', () => {
    const email = renderAssignment({
      assigneeName: 'Alex Doe',
      assignedBy: 'Casey Lead',
      submissions: [item('RI-ONE', 'Fjord Labs', 2)],
      inboxUrl: 'https://cms.example/admin/plugins/readiness-intake?assignee=me',
    });
    expect(email.subject).toBe('Casey Lead assigned you Fjord Labs (RI-ONE)');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('Alex Doe');
      expect(part).toContain('Fjord Labs');
      expect(part).toContain('https://cms.example/admin/plugins/readiness-intake/submissions/RI-ONE');
      expect(part).toContain('assignee=me');
      expect(part).toContain('Close');
    }
  });

  it('lists every submission of a bulk assignment in one email, counted in the subject', () => {
    const email = renderAssignment({
      assigneeName: 'Alex',
      assignedBy: 'Casey',
      submissions: [item('RI-ONE', 'One Co', 1), item('RI-TWO', 'Two Co', 1), item('RI-THREE', 'Three Co', 1)],
      inboxUrl: '/admin/plugins/readiness-intake?assignee=me',
    });
    expect(email.subject).toBe('Casey assigned you 3 readiness intakes');
    for (const reference of ['RI-ONE', 'RI-TWO', 'RI-THREE']) expect(email.text).toContain(reference);
  });

  it('escapes every value in the HTML part and keeps line breaks out of the subject', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (company, by) => {
        const email = renderAssignment({
          assigneeName: '<b>x</b>',
          assignedBy: `${by}\r\nBcc: evil@example.com`,
          submissions: [{ ...item('RI-X', company, 1), company: `<script>${company}` }],
          inboxUrl: '/admin',
        });
        expect(email.subject).not.toMatch(/[\r\n]/);
        expect(email.html).not.toContain('<script>');
        expect(email.html).not.toContain('<b>x</b>');
      })
    );
  });
});

describe('renderReminder', () => {
  it('lists the overdue submissions with their ages and links, and the overdue inbox', () => {
    const email = renderReminder({
      triageSlaHours: 24,
      submissions: [item('RI-OLD', 'Old Co', 80), item('RI-LATE', 'Late Co', 30)],
      total: 2,
      inboxUrl: 'https://cms.example/admin/plugins/readiness-intake?overdue=true',
      now: NOW,
    });
    expect(email.subject).toBe('2 readiness intakes waiting for triage over 24 hours');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('Old Co');
      expect(part).toContain('received 3 days ago');
      expect(part).toContain('received 30 hours ago');
      expect(part).toContain('overdue=true');
      expect(part).toContain('https://cms.example/admin/plugins/readiness-intake/submissions/RI-LATE');
      expect(part).not.toContain('more.');
    }
  });

  it('says how many more the inbox holds when the list is cut short', () => {
    const email = renderReminder({ triageSlaHours: 1, submissions: [item('RI-A', 'A', 2)], total: 51, inboxUrl: '/i', now: NOW });
    expect(email.subject).toBe('51 readiness intakes waiting for triage over 1 hour');
    expect(email.text).toContain('And 50 more.');
    expect(email.html).toContain('And 50 more.');
  });

  it('escapes the companies in the HTML part', () => {
    const email = renderReminder({
      triageSlaHours: 24,
      submissions: [{ ...item('RI-A', 'A', 30), company: '<img src=x onerror=alert(1)>' }],
      total: 1,
      inboxUrl: '/i',
      now: NOW,
    });
    expect(email.html).not.toContain('<img');
    expect(email.text).toContain('1 submission is still new more than 24 hours');
  });
});
