/** Pure modules are tested next to their code; everything touching Strapi lives in tests/api. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] };
// dist/ holds the compiled app, including a copy of the plugin's package.json.
const modulePathIgnorePatterns = ['<rootDir>/dist/', '<rootDir>/.tmp/'];

module.exports = {
  // Each API test file boots its own Strapi on its own database, so files run in parallel.
  maxWorkers: Number(process.env.JEST_WORKERS ?? 2),
  // Booting Strapi and migrating a fresh database takes seconds, more with files in parallel.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/src/**/*.test.ts'],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
    },
    {
      // Two instances on PostgreSQL and Redis: `npm run test:cluster`, not part of `npm test`.
      displayName: 'cluster',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/tests/cluster/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
    },
    {
      // Faults injected into a topology of the test's own (PostgreSQL restarted, an instance
      // killed, SMTP stalling): `npm run test:chaos`, not part of `npm test`.
      displayName: 'chaos',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/tests/chaos/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
    },
    {
      // npm pack, installed into a throwaway Strapi app: `npm run test:package`, not part of `npm test`.
      displayName: 'package',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/tests/package/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/package-global-setup.ts',
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/browser-global-setup.ts',
    },
  ],
};
