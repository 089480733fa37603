/**
 * A secret from the environment, with a fixed development-only fallback. In production a
 * missing secret stops the process at start: a well-known key would let anyone forge
 * admin sessions and API tokens.
 */
export const secretFromEnv = (name: string): string => {
  const value = process.env[name];
  if (value) return value;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(`${name} must be set in production (see .env.example)`);
  }
  return `insecure-development-only-${name.toLowerCase()}`;
};
