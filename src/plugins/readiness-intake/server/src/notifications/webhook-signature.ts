import { createHmac, timingSafeEqual } from 'crypto';

/**
 * `X-Readiness-Signature` of a webhook post: `t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>" with the subscription's secret>`. The time is signed with the body, so a
 * receiver that refuses an old `t` also refuses a captured post replayed later.
 */
export const signWebhook = (secret: string, rawBody: string, unixSeconds: number): string => {
  const t = Math.floor(unixSeconds);
  const v1 = createHmac('sha256', secret).update(`${t}.${rawBody}`, 'utf8').digest('hex');
  return `t=${t},v1=${v1}`;
};

/**
 * Whether `header` signs `rawBody` with `secret` within `toleranceSeconds` of `nowSeconds`:
 * what a receiver checks, here for the tests and as the README's reference. Compared in
 * constant time; any `v1` that matches is enough, so a receiver can accept several.
 */
export const verifyWebhookSignature = (
  secret: string,
  rawBody: string,
  header: string,
  { nowSeconds = Date.now() / 1000, toleranceSeconds = 300 }: { nowSeconds?: number; toleranceSeconds?: number } = {}
): boolean => {
  const parts = header.split(',').map((part) => part.trim().split('='));
  const t = Number(parts.find(([key]) => key === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, rawBody, t).split('v1=')[1], 'hex');
  return parts
    .filter(([key, value]) => key === 'v1' && /^[0-9a-f]{64}$/i.test(value ?? ''))
    .some(([, value]) => timingSafeEqual(Buffer.from(value, 'hex'), expected));
};
