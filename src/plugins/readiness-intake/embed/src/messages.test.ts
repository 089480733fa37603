import { BANDS } from '../../shared/intake';
import { EN, FORM_MESSAGES, formMessagesFor } from './messages';

/** Every message of a catalogue as text, functions called with sample arguments. */
const rendered = (messages: typeof EN) =>
  Object.entries(messages).map(([key, value]) => {
    if (key === 'bands') return [key, BANDS.map((band) => (value as Record<string, string>)[band]).join('|')];
    if (typeof value !== 'function') return [key, value as string];
    const sample = {
      problems: 2,
      tooMany: 30,
      sendFailed: 500,
      reference: 'RI-1',
      enter: 'Email',
      wholeNumber: 1_000_000,
      atMost: 120,
    };
    return [key, (value as (argument: unknown) => string)(sample[key as keyof typeof sample])];
  });

describe("the form's own words", () => {
  it('exist in every language for every message, none empty and none left in English', () => {
    const english = new Map(rendered(EN));
    for (const [locale, messages] of Object.entries(FORM_MESSAGES)) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(EN).sort());
      for (const [key, text] of rendered(messages)) {
        expect(text.trim()).not.toBe('');
        // "Backlog" and the like may stay; a whole sentence the same as the English is a missed translation.
        if (locale !== 'en' && text.split(' ').length > 3) expect([key, text]).not.toEqual([key, english.get(key)]);
      }
    }
  });

  it('are picked by the locale the server answered in, a region served by its language, English otherwise', () => {
    expect(formMessagesFor('da')).toBe(FORM_MESSAGES.da);
    expect(formMessagesFor('da-DK')).toBe(FORM_MESSAGES.da);
    expect(formMessagesFor('ID')).toBe(FORM_MESSAGES.id);
    expect(formMessagesFor('de')).toBe(EN);
    expect(formMessagesFor(null)).toBe(EN);
  });

  it('count problems and waits in words of their own language', () => {
    expect(FORM_MESSAGES.da.problems(1)).toBe('Der er et problem i formularen');
    expect(FORM_MESSAGES.da.problems(3)).toBe('Der er 3 problemer i formularen');
    expect(EN.tooMany(300)).toMatch(/in 5 minutes\.$/);
    expect(FORM_MESSAGES.id.tooMany(45)).toMatch(/45 detik\.$/);
    expect(FORM_MESSAGES.da.wholeNumber(1_000_000)).toContain('1.000.000');
  });
});
