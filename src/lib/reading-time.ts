/** Words a reader gets through per minute in long-form prose on screen. */
export const WORDS_PER_MINUTE = 225;

type BlockNode = { type?: unknown; text?: unknown; children?: unknown; code?: unknown };

const isInline = (node: unknown) => {
  const { type, text } = (node ?? {}) as BlockNode;
  return typeof text === 'string' || type === 'link';
};

/**
 * The text of a blocks node. Inline siblings (text runs, links) are joined as they are, so
 * a word split across a bold and a plain run stays one word; blocks are joined with a space.
 */
const textOf = (node: unknown): string => {
  if (Array.isArray(node)) return node.map(textOf).join(node.every(isInline) ? '' : ' ');
  if (!node || typeof node !== 'object') return '';
  const { text, children } = node as BlockNode;
  if (typeof text === 'string') return text;
  return children ? textOf(children) : '';
};

/**
 * Words in a Strapi blocks value: text leaves only, so markup and link URLs do not count.
 * The top level of a body is a list of blocks, so its items are always separate words.
 */
export const countWords = (blocks: unknown): number =>
  (Array.isArray(blocks) ? blocks.map(textOf).join(' ') : textOf(blocks))
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Minutes to read a blocks body, rounded up; 0 for an empty body. */
export const readingTimeMinutes = (blocks: unknown, wordsPerMinute = WORDS_PER_MINUTE): number =>
  Math.ceil(countWords(blocks) / wordsPerMinute);
