/** A Strapi blocks body of `words` words, in paragraphs of at most 50. */
export const blocksOfWords = (words: number) => {
  const paragraphs = [];
  for (let written = 0; written < words; written += 50) {
    const count = Math.min(50, words - written);
    paragraphs.push({
      type: 'paragraph',
      children: [{ type: 'text', text: Array.from({ length: count }, (_, i) => `word${written + i}`).join(' ') }],
    });
  }
  return paragraphs;
};
