import config from '.';

const valid = () => structuredClone(config.default);

describe('the plugin config validator', () => {
  it('accepts the defaults', () => {
    expect(() => config.validator(valid())).not.toThrow();
  });

  it.each(Object.keys(config.default.outbox))('refuses an outbox %s that is not positive', (field) => {
    const settings = valid();
    (settings.outbox as Record<string, number>)[field] = 0;
    expect(() => config.validator(settings)).toThrow(/outbox/);
  });

  it('refuses job intervals that are not positive', () => {
    const settings = valid();
    settings.jobs.outboxIntervalSeconds = 0;
    expect(() => config.validator(settings)).toThrow(/outboxIntervalSeconds/);
  });

  it.each(['recommendations', 'offices'] as const)('refuses a %s.contentType that is not a content type uid', (key) => {
    // Given a content type named without its namespace
    const settings = valid();
    settings[key].contentType = 'article';

    // Then the config is refused, naming the key
    expect(() => config.validator(settings)).toThrow(`${key}.contentType`);
  });

  it.each([
    ['recommendations', 'plugin::blog.post'],
    ['offices', 'api::location.location'],
  ] as const)('accepts %s.contentType %j', (key, uid) => {
    const settings = valid();
    settings[key].contentType = uid;
    expect(() => config.validator(settings)).not.toThrow();
  });

  it.each([
    ['articleContentType', 'recommendations.contentType'],
    ['officeContentType', 'offices.contentType'],
  ])('refuses the renamed key %s, naming %s', (old, replacement) => {
    // Given a host config still setting the key an earlier version read
    const settings = { ...valid(), [old]: 'api::article.article' };

    // Then the config is refused with the new key's name rather than ignored
    expect(() => config.validator(settings)).toThrow(`${old} is now ${replacement}`);
  });

  it.each([
    ['siteUrl', 'www.example.com', 'report.siteUrl'],
    ['siteUrl', 'ftp://example.com', 'report.siteUrl'],
    ['siteUrl', 'https://example.com/blog?x=1', 'report.siteUrl'],
    ['articlePath', 'articles/{slug}', 'report.articlePath'],
    ['articlePath', '/articles/', 'report.articlePath'],
    ['maxPerDay', -1, 'report.maxPerDay'],
    ['maxPerDay', 2.5, 'report.maxPerDay'],
  ] as const)('refuses a report.%s of %j', (field, value, message) => {
    const settings = valid();
    (settings.report as Record<string, unknown>)[field] = value;
    expect(() => config.validator(settings)).toThrow(message);
  });

  it.each([
    ['siteUrl', 'https://www.asyncline.example/'],
    ['articlePath', '/blog/{slug}/'],
    ['maxPerDay', 0],
  ] as const)('accepts a report.%s of %j', (field, value) => {
    const settings = valid();
    (settings.report as Record<string, unknown>)[field] = value;
    expect(() => config.validator(settings)).not.toThrow();
  });
});
