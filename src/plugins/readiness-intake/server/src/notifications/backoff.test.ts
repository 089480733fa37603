import fc from 'fast-check';

import { retryDelaySeconds } from './backoff';

const policy = { baseSeconds: 30, maxSeconds: 3600 };

describe('retryDelaySeconds', () => {
  it('doubles from the base after each failure, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelaySeconds(n, policy))).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600]);
    expect(retryDelaySeconds(0, policy)).toBe(0);
  });

  it('never decreases, never passes the cap, and stays finite for any count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 86_400 }),
        (attempts, baseSeconds, maxSeconds) => {
          const next = retryDelaySeconds(attempts + 1, { baseSeconds, maxSeconds });
          const current = retryDelaySeconds(attempts, { baseSeconds, maxSeconds });
          expect(Number.isFinite(next)).toBe(true);
          expect(next).toBeGreaterThanOrEqual(current);
          expect(next).toBeLessThanOrEqual(Math.max(maxSeconds, 0));
        }
      )
    );
  });
});
