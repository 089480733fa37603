/** Every secret the app reads; production refuses to start unless each is set. */
export const SECRET_NAMES = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
] as const;

type SecretName = (typeof SECRET_NAMES)[number];

const isProduction = () => process.env.NODE_ENV === 'production';

/**
 * A secret from the environment, with a fixed development-only fallback. In production a
 * missing secret is left unset rather than thrown here: the config is also loaded by
 * `strapi build`, which must work without secrets (a Docker image is built without them).
 * `assertSecretsForStart` refuses the start instead.
 */
export const secretFromEnv = (name: SecretName): string | undefined => {
  const value = process.env[name];
  if (value) return value;
  return isProduction() ? undefined : `insecure-development-only-${name.toLowerCase()}`;
};

/** The secrets a production start lacks. */
export const missingProductionSecrets = (): SecretName[] =>
  isProduction() ? SECRET_NAMES.filter((name) => !process.env[name]) : [];

/**
 * Stops a production start that lacks a secret, naming every missing one at once: a
 * well-known key would let anyone forge admin sessions and API tokens.
 */
export const assertSecretsForStart = () => {
  const missing = missingProductionSecrets();
  if (missing.length === 0) return;
  throw new Error(
    `Refusing to start in production: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. ` +
      'Set each in the environment (see .env.example); `npm run build` needs none of them.'
  );
};
