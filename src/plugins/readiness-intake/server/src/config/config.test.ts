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
});
