import type { DemoBlock } from './demo-content';

const text = (value: string) => ({ type: 'text' as const, text: value });

/** Blocks from plain strings: "## " starts a heading, "- " lines make a list, anything else a paragraph. */
export const prose = (...blocks: string[]): DemoBlock[] =>
  blocks.map((block): DemoBlock => {
    if (block.startsWith('## ')) return { type: 'heading', level: 2, children: [text(block.slice(3))] };
    if (block.startsWith('- ')) {
      const items = block.split('\n').map((line) => ({ type: 'list-item' as const, children: [text(line.slice(2))] }));
      return { type: 'list', format: 'unordered', children: items };
    }
    return { type: 'paragraph', children: [text(block)] };
  });
