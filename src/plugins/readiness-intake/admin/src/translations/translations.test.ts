import fs from 'fs';
import path from 'path';

import en from './en.json';

const SOURCE_DIR = path.resolve(__dirname, '..');
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });

/** Every `t('id', 'default message')` in the admin source: the strings a consultant reads. */
const messages = () => {
  const calls = new Map<string, { defaultMessage: string; file: string }>();
  for (const file of sources(SOURCE_DIR)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([^']+)',\s*'((?:[^'\\]|\\.)*)'/g)) {
      calls.set(match[1], { defaultMessage: match[2].replace(/\\'/g, "'"), file: path.relative(SOURCE_DIR, file) });
    }
  }
  return calls;
};

describe('the admin translations', () => {
  it('have an English entry for every message the panel shows, equal to its default', () => {
    const calls = messages();
    expect(calls.size).toBeGreaterThan(100);
    const missing = [...calls].filter(([id, { defaultMessage }]) => (en as Record<string, string>)[id] !== defaultMessage);
    expect(missing.map(([id, { defaultMessage, file }]) => `${file}: ${id} = ${defaultMessage}`)).toEqual([]);
  });

  it('have no entry the panel no longer uses', () => {
    const used = new Set(messages().keys());
    const source = sources(SOURCE_DIR)
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    // Keys built at run time (band.*, status.*, dimension.*, a delivery's state and kind) and those given to getTranslation directly.
    const dynamic = (id: string) =>
      /^(band|status|dimension|detail\.deliveries\.(state|kind))\./.test(id) || source.includes(`'${id}'`);
    expect(Object.keys(en).filter((id) => !used.has(id) && !dynamic(id))).toEqual([]);
  });
});
