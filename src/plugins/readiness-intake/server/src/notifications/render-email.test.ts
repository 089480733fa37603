import fc from 'fast-check';

import { DEFAULT_REPORT_TEXTS } from '../questionnaire/default-report-texts';
import { renderConfirmation, renderNotification, renderReport, type NotificationInput, type ReportInput } from './render-email';

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
