/** Where a value sits in a request: `['data', 'title']`, `['filters', 'slug', '$eq']`. */
export type InputPath = string[];

export type Unstorable = { path: InputPath; reason: string };

/** Deeper than any content Strapi stores (blocks nest a handful of levels); a guard on the walk, not a format rule. */
export const MAX_INPUT_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL's text and jsonb would refuse this string, or null when they would store it. */
const unstorableText = (text: string): string | null => {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate';
  return null;
};

/**
 * The first string, key or number in a parsed JSON body, form or query string that the
 * database cannot store or compare with: text with a NUL character or a lone surrogate
 * (PostgreSQL's text and jsonb refuse both; SQLite stores what PostgreSQL would refuse, so
 * the same request would succeed on one and fail on the other), a number past the float
 * range (`1e400` parses to Infinity), or nesting deeper than MAX_INPUT_DEPTH. Null when
 * everything is storable. The walk is iterative, so a deeply nested body cannot overflow it.
 */
export const findUnstorable = (value: unknown, root: InputPath = []): Unstorable | null => {
  const pending: Array<{ value: unknown; path: InputPath; key?: string }> = [{ value, path: root }];
  while (pending.length > 0) {
    const { value: current, path, key } = pending.pop()!;
    const keyReason = key === undefined ? null : unstorableText(key);
    if (keyReason) return { path, reason: `has a key that ${keyReason}` };
    if (typeof current === 'string') {
      const reason = unstorableText(current);
      if (reason) return { path, reason };
    } else if (typeof current === 'number') {
      if (!Number.isFinite(current)) return { path, reason: 'is a number past the float range' };
    } else if (current !== null && typeof current === 'object') {
      if (path.length - root.length >= MAX_INPUT_DEPTH) {
        return { path, reason: `is nested deeper than ${MAX_INPUT_DEPTH} levels` };
      }
      const children = Array.isArray(current)
        ? current.map((item, index) => ({ value: item as unknown, path: [...path, String(index)] }))
        : Object.entries(current).map(([name, item]) => ({ value: item as unknown, path: [...path, name], key: name }));
      // Reversed onto the stack, so the first problem in reading order is the one reported.
      for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index]);
    }
  }
  return null;
};

/** `filters[slug][$eq]`: a path written the way a query string writes it. */
export const queryNotation = (path: InputPath) =>
  path.length === 0
    ? ''
    : `${path[0]}${path
        .slice(1)
        .map((key) => `[${key}]`)
        .join('')}`;

/** `data.title`: a path written the way a JSON body is read. */
export const dottedNotation = (path: InputPath) => path.join('.');
