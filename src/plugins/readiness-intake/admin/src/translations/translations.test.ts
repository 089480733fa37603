import fs from 'fs';
import path from 'path';

import da from './da.json';
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

/**
 * A message's ICU skeleton: each argument with its type and, for plural and select, each
 * selector with its branch's own skeleton (`#` included), sorted so that word order may differ
 * between languages. The words are free to change in translation; the skeleton is not.
 */
const skeleton = (message: string): string[] => {
  let at = 0;
  const until = (stops: string) => {
    const start = at;
    while (at < message.length && !stops.includes(message[at])) at += 1;
    if (at >= message.length) throw new Error(`unclosed argument in "${message}"`);
    return message.slice(start, at).trim();
  };
  const argument = (): string => {
    const name = until(',}');
    if (message[at++] === '}') return `{${name}}`;
    const type = until(',}');
    if (message[at++] === '}') return `{${name}, ${type}}`;
    if (!['plural', 'select', 'selectordinal'].includes(type)) {
      const style = until('}');
      at += 1;
      return `{${name}, ${type}, ${style}}`;
    }
    const branches: string[] = [];
    for (let selector = until('{}'); message[at++] === '{'; selector = until('{}')) {
      branches.push(`${selector} {${text(true).join(' ')}}`);
      at += 1;
    }
    return `{${name}, ${type}, ${branches.sort().join(' ')}}`;
  };
  const text = (nested: boolean): string[] => {
    const parts: string[] = [];
    while (at < message.length && !(nested && message[at] === '}')) {
      const char = message[at++];
      if (char === '{') parts.push(argument());
      else if (char === '#' && nested) parts.push('#');
    }
    if (nested && at >= message.length) throw new Error(`unclosed branch in "${message}"`);
    return parts.sort();
  };
  return text(false);
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

  it('have a Danish entry for every English one, and none other', () => {
    const english = new Set(Object.keys(en));
    const danish = new Set(Object.keys(da));
    expect({
      missing: [...english].filter((id) => !danish.has(id)),
      extra: [...danish].filter((id) => !english.has(id)),
    }).toEqual({ missing: [], extra: [] });
  });

  it("keep each message's placeholders and plural structure in Danish", () => {
    const danish = da as Record<string, string>;
    const drift = Object.entries(en as Record<string, string>)
      .filter(([id]) => id in danish)
      .flatMap(([id, message]) => {
        if (danish[id].trim() === '') return [`${id}: empty`];
        const [english, translated] = [skeleton(message).join(' '), skeleton(danish[id]).join(' ')];
        return english === translated ? [] : [`${id}: ${english} in English, ${translated} in Danish`];
      });
    expect(drift).toEqual([]);
  });

  it('tell a renamed placeholder or a lost plural branch from a reworded message', () => {
    const plural = '{count, plural, one {# problem} other {# problems}}: nothing was imported';
    expect(skeleton('{count, plural, other {# problemer} one {# problem}}: intet blev importeret')).toEqual(skeleton(plural));
    expect(skeleton('{count, plural, other {# problemer}}: intet blev importeret')).not.toEqual(skeleton(plural));
    expect(skeleton('{total, plural, one {# problem} other {# problemer}}')).not.toEqual(skeleton(plural));
    expect(skeleton('{to} blev tildelt af {actor}')).toEqual(skeleton('{actor} assigned it to {to}'));
    expect(skeleton('{actor} tildelte den til {from}')).not.toEqual(skeleton('{actor} assigned it to {to}'));
  });
});
