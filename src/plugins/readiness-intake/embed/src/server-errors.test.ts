import { controlNameOf, isTooSoon, retryAfterSeconds, serverErrorsOf } from './server-errors';

const badRequest = (errors: Array<{ path: unknown[]; message: string }>) => ({
  data: null,
  error: { status: 400, name: 'ValidationError', message: `${errors.length} errors`, details: { errors } },
});

describe('a 400 from the server, shown on the form', () => {
  it('maps each path to the control that holds it', () => {
    expect(controlNameOf(['data', 'contact', 'email'])).toBe('contact.email');
    expect(controlNameOf(['data', 'answers', 'spec_tickets', 1])).toBe('answers.spec_tickets');
    expect(controlNameOf(['data', 'consent'])).toBe('consent');
    expect(controlNameOf(['data', 'backlog'])).toBe('backlog');
    expect(controlNameOf(['data', 'formToken'])).toBeNull();
    expect(controlNameOf(['data', 'source', 'page'])).toBeNull();
    expect(controlNameOf(['headers', 'idempotency-key'])).toBeNull();
    expect(controlNameOf('data.contact.email')).toBeNull();
  });

  it('puts a message beside each control it names, once, and the rest in the summary', () => {
    const body = badRequest([
      { path: ['data', 'contact', 'email'], message: 'must be an email address' },
      { path: ['data', 'contact', 'email'], message: 'is longer than 254 characters' },
      { path: ['data', 'questionnaireVersion'], message: 'the form is for version 1: reload it' },
      { path: ['data', 'answers', 'gone'], message: 'is not a question of this questionnaire' },
    ]);
    expect(serverErrorsOf(body, new Set(['contact.email']))).toEqual({
      fields: [{ name: 'contact.email', message: 'Must be an email address.' }],
      general: ['The form is for version 1: reload it.', 'Is not a question of this questionnaire.'],
    });
  });

  it('falls back to the error message, or a sentence of its own, for a body without paths', () => {
    expect(serverErrorsOf({ error: { message: 'Bad request' } }, new Set())).toEqual({ fields: [], general: ['Bad request.'] });
    expect(serverErrorsOf('not json', new Set())).toEqual({ fields: [], general: ['The form could not be sent.'] });
  });

  it('knows a form sent before the minimum fill time, and nothing else, as worth sending again', () => {
    expect(isTooSoon(badRequest([{ path: ['data', 'formToken'], message: 'was sent too soon after the form was loaded' }]))).toBe(
      true
    );
    expect(isTooSoon(badRequest([{ path: ['data', 'formToken'], message: 'has expired: reload the form' }]))).toBe(false);
    expect(
      isTooSoon(
        badRequest([
          { path: ['data', 'formToken'], message: 'was sent too soon after the form was loaded' },
          { path: ['data', 'consent'], message: 'must be given' },
        ])
      )
    ).toBe(false);
    expect(isTooSoon(null)).toBe(false);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, at least a second', () => {
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('0', now)).toBe(1);
    expect(retryAfterSeconds('Wed, 02 Dec 2026 12:01:30 GMT', now)).toBe(90);
    expect(retryAfterSeconds(null, now)).toBeNull();
    expect(retryAfterSeconds('soon', now)).toBeNull();
  });
});
