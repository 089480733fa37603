export type BackoffPolicy = { baseSeconds: number; maxSeconds: number };

/**
 * Seconds to wait before the next attempt after `failedAttempts` failures: base, 2×base,
 * 4×base, ... capped at maxSeconds. Deterministic on purpose: every message retries on
 * its own schedule from its own failure time, so there is no herd to spread out.
 */
export const retryDelaySeconds = (failedAttempts: number, { baseSeconds, maxSeconds }: BackoffPolicy): number => {
  if (failedAttempts < 1) return 0;
  // 2 ** 60 is already far past any cap; stopping there keeps the arithmetic finite.
  return Math.min(maxSeconds, baseSeconds * 2 ** Math.min(failedAttempts - 1, 60));
};
