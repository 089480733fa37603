/** Words a reader gets through per minute in long-form prose on screen. */
export const WORDS_PER_MINUTE = 225;

type BlockNode = { type?: unknown; text?: unknown; children?: unknown; code?: unknown };

const collectText = (node: unknown, into: string[]): void => {
  if (Array.isArray(node)) {
    node.forEach((child) => collectText(child, into));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const { text, children } = node as BlockNode;
  if (typeof text === 'string') into.push(text);
  if (children) collectText(children, into);
};

/** Words in a Strapi blocks value: text leaves only, so markup and link URLs do not count. */
export const countWords = (blocks: unknown): number => {
  const texts: string[] = [];
  collectText(blocks, texts);
  return texts.join(' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
};

/** Minutes to read a blocks body, rounded up; 0 for an empty body. */
export const readingTimeMinutes = (blocks: unknown, wordsPerMinute = WORDS_PER_MINUTE): number =>
  Math.ceil(countWords(blocks) / wordsPerMinute);
