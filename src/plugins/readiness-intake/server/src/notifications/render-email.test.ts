import fc from 'fast-check';

import { renderConfirmation, renderNotification, type NotificationInput } from './render-email';

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
