import { parseContentLocales } from './content-locales';

const ISO = [
  { code: 'en', name: 'English (en)' },
  { code: 'da', name: 'Danish (da)' },
  { code: 'id', name: 'Indonesian (id)' },
  { code: 'pt-BR', name: 'Portuguese (Brazil) (pt-BR)' },
];

describe('parseContentLocales', () => {
  it('takes the first code as the default and names each from the ISO list', () => {
    expect(parseContentLocales(' da, en ,da,', ISO)).toEqual({
      codes: ['da', 'en'],
      defaultLocale: 'da',
      names: { da: 'Danish (da)', en: 'English (en)' },
    });
  });

  it('refuses an empty list', () => {
    expect(() => parseContentLocales(' , ', ISO)).toThrow(/at least one locale/);
  });

  it('refuses codes Strapi does not know, suggesting its spelling', () => {
    expect(() => parseContentLocales('en,pt_br,xx', ISO)).toThrow(/"pt_br" \(did you mean "pt-BR"\?\), "xx"/);
  });
});
