import fs from 'fs';
import path from 'path';

/** Where the last chaos run's figures are kept, one JSON file per test, for the README to quote. */
const RELIABILITY_DIR = path.resolve(__dirname, '../../.tmp/reliability');

/** Writes a chaos test's figures to .tmp/reliability/<test>.json and prints them as one line. */
export const recordFigures = (test: string, figures: Record<string, unknown>) => {
  fs.mkdirSync(RELIABILITY_DIR, { recursive: true });
  const record = { test, finishedAt: new Date().toISOString(), ...figures };
  fs.writeFileSync(path.join(RELIABILITY_DIR, `${test}.json`), `${JSON.stringify(record, null, 2)}\n`);
  const line = Object.entries(figures)
    .filter(([, value]) => typeof value !== 'object' || value === null)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  process.stdout.write(`\n[chaos:${test}] ${line}\n`);
};

/** A progress line during a long wait; written straight to stdout so it shows while the test runs. */
export const progress = (test: string, message: string) => process.stdout.write(`[chaos:${test}] ${message}\n`);

/**
 * An instance's output, kept out of the test's own (a database outage makes every instance
 * log an error per failed query) and written to .tmp/reliability/<test>-<name>.log, where
 * a failing run can be read.
 */
export const instanceLog = (test: string, name: string) => {
  fs.mkdirSync(RELIABILITY_DIR, { recursive: true });
  const file = path.join(RELIABILITY_DIR, `${test}-${name}.log`);
  fs.writeFileSync(file, '');
  let text = '';
  return {
    file,
    write(chunk: string) {
      text += chunk;
      fs.appendFileSync(file, chunk);
    },
    get text() {
      return text;
    },
    /** Lines that mean the process itself was in trouble, not one request. */
    troubleLines: () =>
      text.split('\n').filter((line) => /unhandled|uncaught|FATAL|heap out of memory|ERR_UNHANDLED_REJECTION/i.test(line)),
  };
};
