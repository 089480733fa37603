import path from 'path';

import { talliesSql } from './submission-tallies';

describe('the submission tallies SQL', () => {
  it('is the same in the plugin and in the host app migration that copies it', () => {
    // Given the migration an existing database runs (it cannot import the plugin)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const migration = require(
      path.resolve(__dirname, '../../../../../../../database/migrations/2026.12.03T00.00.01.readiness-submission-tallies.js')
    );

    // Then both create, backfill and trigger the tallies with the same statements
    const args = ['"intake"', '"intake"."readiness_submissions"'] as const;
    expect(migration.talliesSql(...args)).toEqual(talliesSql(...args));
  });

  it('backfills under a write lock taken before the count and released only with the triggers in place', () => {
    const statements = talliesSql('"public"', '"public"."readiness_submissions"');
    const at = (pattern: RegExp) => statements.findIndex((statement) => pattern.test(statement));
    expect(at(/^LOCK TABLE/)).toBeGreaterThan(-1);
    expect(at(/^LOCK TABLE/)).toBeLessThan(at(/^INSERT INTO .* SELECT k\.kind/s));
    expect(at(/^INSERT INTO .* SELECT k\.kind/s)).toBeLessThan(at(/^CREATE TRIGGER/));
  });
});
