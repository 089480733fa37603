import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';

import fc from 'fast-check';

import type { TestApp } from './strapi';

const SUMMARY_DIR = path.resolve(__dirname, '../../.tmp/reliability');

/**
 * One fuzz file's seed and scale: FUZZ_SEED reproduces a run (fast-check prints the seed and
 * the path of a failing case), FUZZ_RUNS multiplies every property's number of cases.
 */
export const fuzzSettings = (file: string) => {
  const given = process.env.FUZZ_SEED;
  const seed = given !== undefined && given !== '' ? Number(given) : Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not ${JSON.stringify(given)}`);
  const scale = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1;
  if (!(scale > 0)) throw new Error(`FUZZ_RUNS must be a positive number, not ${JSON.stringify(process.env.FUZZ_RUNS)}`);
  process.stdout.write(`${file}: FUZZ_SEED=${seed} FUZZ_RUNS=${scale}\n`);
  return {
    seed,
    /** fast-check's parameters for a property of `runs` cases at scale 1. */
    params: (runs: number): fc.Parameters<unknown> => ({ seed, numRuns: Math.max(1, Math.round(runs * scale)) }),
  };
};

/** What a fuzz file saw: cases and statuses per route, and how many stored-row checks it made. */
export const fuzzTally = () => {
  const routes: Record<string, { cases: number; statuses: Record<string, number> }> = {};
  let rowsChecked = 0;
  return {
    count(route: string, status: number) {
      const entry = (routes[route] ??= { cases: 0, statuses: {} });
      entry.cases += 1;
      entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
    },
    checkedRows(n = 1) {
      rowsChecked += n;
    },
    /** Writes `.tmp/reliability/<file>.json` and prints its one-line summary. */
    write(file: string, seed: number, extra: Record<string, unknown> = {}) {
      const cases = Object.values(routes).reduce((sum, route) => sum + route.cases, 0);
      const statuses: Record<string, number> = {};
      for (const route of Object.values(routes))
        for (const [status, n] of Object.entries(route.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
      const summary = {
        file,
        seed,
        runs: process.env.FUZZ_RUNS ?? '1',
        database: process.env.DATABASE_CLIENT ?? 'sqlite',
        cases,
        statuses,
        rowsChecked,
        routes,
        ...extra,
      };
      fs.mkdirSync(SUMMARY_DIR, { recursive: true });
      fs.writeFileSync(path.join(SUMMARY_DIR, `${file}.json`), `${JSON.stringify(summary, null, 2)}\n`);
      process.stdout.write(
        `${file}: seed ${seed}, ${cases} cases on ${summary.database}, statuses ${JSON.stringify(statuses)}, ${rowsChecked} row counts checked\n`
      );
    },
  };
};

/** Counts the rows of each named model, for comparing what a case stored. */
export const rowCounter =
  <Name extends string>(app: () => TestApp, models: Record<Name, string>) =>
  async (): Promise<Record<Name, number>> => {
    const entries = await Promise.all(
      Object.entries<string>(models).map(
        async ([name, uid]) =>
          [
            name,
            await app()
              .strapi.db.query(uid as never)
              .count(),
          ] as const
      )
    );
    return Object.fromEntries(entries) as Record<Name, number>;
  };

const ANSWER_TIMEOUT_MS = 20_000;

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; text: string; json: unknown };

/**
 * A client that sends exactly what it is given: the path and query unnormalised, the body
 * as bytes, any header. Supertest would encode, serialise and retry on our behalf.
 */
export const rawClient = async (app: TestApp) => {
  const server = app.strapi.server.httpServer;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

  return (request: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  }): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const body = request.body === undefined ? undefined : Buffer.from(request.body);
      const headers = { ...(body ? { 'Content-Length': String(body.length) } : {}), ...request.headers };
      const outgoing = http.request(
        { host: '127.0.0.1', port, method: request.method, path: request.path, headers, agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          // An aborted response (the server destroyed it mid-stream) is a failure of the case.
          response.on('aborted', () => reject(new Error(`${request.method} ${request.path}: the response was cut off`)));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let json: unknown;
            try {
              json = text === '' ? undefined : JSON.parse(text);
            } catch {
              json = undefined;
            }
            resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
          });
        }
      );
      outgoing.on('error', reject);
      // A response that never ends (a stream error nothing handled) fails the case, not the run.
      outgoing.setTimeout(ANSWER_TIMEOUT_MS, () =>
        outgoing.destroy(new Error(`${request.method} ${request.path}: no whole answer within ${ANSWER_TIMEOUT_MS} ms`))
      );
      outgoing.end(body);
    });
};

export type RawClient = Awaited<ReturnType<typeof rawClient>>;

/**
 * The properties every answer must have: no 5xx, and a 4xx in Strapi's error shape with
 * its own status. Throws with the request and the answer, for fast-check to report.
 */
export const expectNoServerError = (what: string, response: RawResponse) => {
  const fail = (reason: string) => {
    throw new Error(`${what}: ${reason}; got ${response.status} ${response.text.slice(0, 500)}`);
  };
  if (response.status >= 500) fail('a 5xx');
  // Node's HTTP parser answers a request line or headers over its 16 KB limit itself, with
  // no body, before any middleware runs: there is no Strapi to give it a shape.
  if (response.status === 431 && response.text === '') return;
  if (response.status >= 400) {
    const body = response.json as { data?: unknown; error?: Record<string, unknown> } | undefined;
    const error = body?.error;
    if (!body || body.data !== null || !error) fail('a 4xx not in the shape {data: null, error}');
    if (error!.status !== response.status) fail(`error.status ${String(error!.status)} differs from the HTTP status`);
    if (typeof error!.name !== 'string' || typeof error!.message !== 'string') fail('an error without a name or message');
    if (typeof error!.details !== 'object' || error!.details === null) fail('an error without details');
  }
};

/** JSON text of any value; JSON.stringify escapes lone surrogates and control characters, so the bytes are valid UTF-8. */
export const jsonOf = (value: unknown) => JSON.stringify(value) ?? 'null';

const LONE_SURROGATES = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/**
 * Strings a database or a parser finds hard: NUL, lone surrogates, control and
 * bidirectional characters, emoji, long runs, SQL and spreadsheet syntax, LIKE wildcards.
 */
export const nastyString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udfff',
      '\udc00\ud800',
      '\ud83d\ude00',
      '\u202e\u2066',
      '\u2028\u2029',
      '\ufeff',
      '\uffff',
      '\t\r\n',
      '%',
      '_',
      '\\',
      "'; DROP TABLE readiness_submissions; --",
      '=HYPERLINK("http://x")',
      '<script>alert(1)</script>',
      '__proto__',
      'constructor',
      'ÆØÅ æøå ß',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'
    ),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.tuple(fc.string({ maxLength: 10 }), LONE_SURROGATES, fc.string({ maxLength: 10 })).map((parts) => parts.join('')),
    fc
      .tuple(fc.constantFrom('a', 'é', '😀', ' '), fc.constantFrom(64, 101, 121, 161, 255, 256, 2001, 4001, 10_001, 20_001))
      .map(([unit, times]) => unit.repeat(times))
  );

/** Numbers at the edges of the types they are stored in. */
export const edgeNumber = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.constantFrom(
      0,
      -0,
      1,
      -1,
      0.5,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31),
      -(2 ** 31) - 1,
      2 ** 32,
      2 ** 53,
      2 ** 53 + 2,
      1e21,
      1e308,
      -1e308,
      5e-324
    ),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true })
  );

/** Any JSON value, with nasty strings and edge numbers among the leaves. */
export const nastyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: nastyString() },
    { weight: 2, arbitrary: edgeNumber() },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) }
  );

type Json = unknown;
export type JsonPath = Array<string | number>;

/** Every path in a JSON value, the root included, in a stable order. */
export const pathsOf = (value: Json, at: JsonPath = []): JsonPath[] => {
  const children = Array.isArray(value)
    ? value.flatMap((item, index) => pathsOf(item, [...at, index]))
    : value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))
      : [];
  return [at, ...children];
};

const clone = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/** One change to a JSON document at one of its paths: replace, delete, add an unknown key, wrap, or turn into text. */
export type Mutation = {
  pick: number;
  op: 'replace' | 'delete' | 'add-key' | 'wrap' | 'stringify' | 'duplicate';
  value: Json;
  key: string;
};

export const mutation = (): fc.Arbitrary<Mutation> =>
  fc.record({
    pick: fc.nat(),
    op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add-key', 'wrap', 'stringify', 'duplicate'),
    value: nastyJson(),
    key: fc.oneof(fc.constantFrom('unknown', '__proto__', 'constructor', ''), nastyString()),
  });

/** `document` with `mutations` applied in turn, each at the path its `pick` selects among the paths under `under`. */
export const applyMutations = (document: Json, mutations: Mutation[], under: JsonPath = []): Json => {
  let result = clone(document);
  for (const change of mutations) {
    const candidates = pathsOf(result).filter((p) => under.every((part, i) => p[i] === part));
    if (candidates.length === 0) continue;
    const target = candidates[change.pick % candidates.length];
    const parentPath = target.slice(0, -1);
    const last = target[target.length - 1];
    const parent = parentPath.reduce<any>((node, part) => node?.[part], result);
    const current = target.length === 0 ? result : parent?.[last];
    const next = (() => {
      switch (change.op) {
        case 'replace':
          return change.value;
        case 'wrap':
          return [current];
        case 'stringify':
          return typeof current === 'string' ? current : jsonOf(current);
        case 'duplicate':
          return Array.isArray(current) ? [...current, ...current] : current;
        case 'add-key':
          return current && typeof current === 'object' && !Array.isArray(current)
            ? Object.defineProperty({ ...current }, change.key, {
                value: change.value,
                enumerable: true,
                writable: true,
                configurable: true,
              })
            : current;
        default:
          return current;
      }
    })();
    if (target.length === 0) {
      result = change.op === 'delete' ? undefined : next;
    } else if (change.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else {
      parent[last] = next;
    }
  }
  return result;
};

/** Header values Node's client will send: tab, printable ASCII and Latin-1, never CR, LF or DEL. */
export const headerValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 120 }),
    fc.string({
      unit: fc.oneof(
        fc.constant('\t'),
        // Everything but DEL, which Node's client refuses to send.
        fc.integer({ min: 0x20, max: 0xfe }).map((code) => String.fromCharCode(code === 0x7f ? 0xff : code))
      ),
      maxLength: 40,
    }),
    fc.constantFrom('', ' ', 'a'.repeat(100), 'a'.repeat(101), `${'k'.repeat(98)} !`)
  );

/** Bytes as they may appear in a query string: encoded UTF-8, raw percent sequences good and broken. */
export const queryText = (): fc.Arbitrary<string> =>
  fc.oneof(
    nastyString().map(encodeURIComponentLoose),
    fc.constantFrom('%00', '%ED%A0%80', '%C0%80', '%FF', '%', '%zz', '%E2%82', '+', '%2B', '&', '=', '[]', '[0]', '[a][b]', '..'),
    fc.string({ unit: fc.constantFrom(..."abcXYZ019-._~!$'()*,;:@/?".split('')), maxLength: 20 })
  );

/** encodeURIComponent, except that a lone surrogate (which it refuses) becomes its CESU-8 bytes. */
export function encodeURIComponentLoose(text: string): string {
  let encoded = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      encoded += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
        .join('');
    } else encoded += encodeURIComponent(char);
  }
  return encoded;
}
