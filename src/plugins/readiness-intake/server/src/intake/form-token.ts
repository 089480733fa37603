import { createHash, createHmac, randomBytes, timingSafeEqual } from 'crypto';

export type FormTokenBounds = { minFillSeconds: number; maxFormAgeHours: number };

type Payload = { v: number; iat: number; n: string };

/**
 * The form-token secret, derived from the app keys every instance shares, so a token from
 * one instance is accepted by all of them, and a leaked form token says nothing about the
 * keys. Without keys there is nothing to derive from: that is a setup error, said plainly.
 */
export const formTokenSecret = (appKeys: unknown): string => {
  const usable = Array.isArray(appKeys) && appKeys.length > 0 && appKeys.every((key) => typeof key === 'string' && key !== '');
  if (!usable) {
    throw new Error(
      'readiness-intake: server.app.keys must be a non-empty list of keys (APP_KEYS in a standard Strapi app): form tokens are signed with a secret derived from them'
    );
  }
  return createHash('sha256')
    .update(`readiness-intake form token\0${(appKeys as string[]).join('\0')}`)
    .digest('hex');
};

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

/**
 * A signed, stateless token handed out with the form: the questionnaire version and the
 * time it was loaded. Any instance sharing the secret can check it; nothing is stored.
 */
export const issueFormToken = (secret: string, version: number, now: number): string => {
  const body = Buffer.from(
    JSON.stringify({ v: version, iat: now, n: randomBytes(6).toString('base64url') } satisfies Payload)
  ).toString('base64url');
  return `${body}.${sign(secret, body)}`;
};

export type FormTokenCheck = { ok: true } | { ok: false; reason: 'forged' | 'too_fast' | 'expired' | 'wrong_version' };

/** Checks a token's signature, its questionnaire version and how long ago the form was loaded. */
export const checkFormToken = (
  secret: string,
  token: string,
  version: number,
  now: number,
  bounds: FormTokenBounds
): FormTokenCheck => {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return { ok: false, reason: 'forged' };
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' };

  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'forged' };
  }
  if (typeof payload?.iat !== 'number' || typeof payload.v !== 'number') return { ok: false, reason: 'forged' };
  if (payload.v !== version) return { ok: false, reason: 'wrong_version' };
  const ageMs = now - payload.iat;
  if (ageMs < bounds.minFillSeconds * 1000) return { ok: false, reason: 'too_fast' };
  if (ageMs > bounds.maxFormAgeHours * 3_600_000) return { ok: false, reason: 'expired' };
  return { ok: true };
};
