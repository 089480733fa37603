import { createHash } from 'crypto';

/** The built embeddable form, as the plugin's build writes it into dist/embed. */
export const EMBED_SCRIPT_FILE = 'readiness-intake-form.js';

/** A strong ETag for `bytes`: their SHA-256, so every build of other bytes gets another one. */
export const etagOf = (bytes: Uint8Array): string => `"${createHash('sha256').update(bytes).digest('base64url')}"`;

/**
 * Whether an If-None-Match header names `etag` (RFC 9110 13.1.2: a list of tags, or "*";
 * the weak comparison, so W/"x" matches "x").
 */
export const matchesEtag = (ifNoneMatch: string | undefined, etag: string): boolean => {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .includes(etag);
};
