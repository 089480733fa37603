'use strict';
/**
 * The load generator, in a process of its own so it never takes CPU from a server it
 * measures inside that server's process. The orchestrator forks it once per row with a
 * JSON spec as its argument and gets the result back over IPC:
 *
 * - `load`: autocannon for `seconds` with `connections`; several urls spread the
 *   connections over them (one per instance). Prints autocannon's progress bar.
 * - `sequential`: `count` requests one at a time, round robin over the urls, for the
 *   p50/p95/p99 autocannon does not report (it has no p95).
 * - `download`: one GET streamed to the end, counting bytes and CSV records.
 */
const autocannon = require('autocannon');
const { parse } = require('csv-parse');

const spec = JSON.parse(process.argv[2]);

const percentile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const load = () =>
  new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.urls.length === 1 ? spec.urls[0] : spec.urls,
        connections: spec.connections,
        duration: spec.seconds,
        method: spec.method ?? 'GET',
        headers: spec.headers,
        body: spec.body,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          rps: result.requests.average,
          total: result.requests.total,
          seconds: result.duration,
          p50: result.latency.p50,
          p99: result.latency.p99,
          non2xx: result.non2xx,
          errors: result.errors + result.timeouts,
          statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
        });
      }
    );
    autocannon.track(instance, { renderProgressBar: true, renderResultsTable: false, renderLatencyTable: false });
  });

const sequential = async () => {
  const times = [];
  let non2xx = 0;
  for (let i = 0; i < spec.count; i += 1) {
    const started = process.hrtime.bigint();
    const response = await fetch(spec.urls[i % spec.urls.length], {
      method: spec.method ?? 'GET',
      headers: spec.headers,
      body: spec.body,
    });
    await response.arrayBuffer();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (response.status < 200 || response.status > 299) non2xx += 1;
    if (i % 20 === 0 || i === spec.count - 1) process.stderr.write(`\r  ${i + 1} / ${spec.count}`);
  }
  process.stderr.write('\n');
  const sorted = times.sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    non2xx,
    count: spec.count,
  };
};

const download = async () => {
  const started = process.hrtime.bigint();
  const response = await fetch(spec.urls[0], { headers: spec.headers });
  let bytes = 0;
  let records = 0;
  const parser = parse({ relax_column_count: true });
  parser.on('data', () => {
    records += 1;
  });
  const parsed = new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
  for await (const chunk of response.body) {
    bytes += chunk.length;
    if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
  }
  parser.end();
  await parsed;
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // The first record is the header line.
  return { status: response.status, bytes, rows: Math.max(0, records - 1), ms };
};

const modes = { load, sequential, download };

modes[spec.mode]().then(
  (result) => {
    process.send(result, () => process.exit(0));
  },
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
