// Preloaded (node -r) into an instance by bench/intake-cluster.js --count: counts the SQL
// statements knex sends and the Redis commands ioredis sends, by kind, and writes the counts
// to BENCH_COUNT_FILE when the bench disconnects. Patches the prototypes so no app code changes.
const fs = require('fs');

const Client = require('knex/lib/client');
const Redis = require('ioredis');

const sql = {};
const redis = {};
const bump = (table, key) => {
  table[key] = (table[key] ?? 0) + 1;
};

const querying = Client.prototype.query;
Client.prototype.query = function query(connection, queryParam) {
  const text = (typeof queryParam === 'string' ? queryParam : (queryParam?.sql ?? '')).trim();
  const verb = text.split(/\s+/, 1)[0].toLowerCase();
  const table = /\b(?:from|into|update)\s+(?:"?\w+"?\.)?"?(\w+)"?/i.exec(text)?.[1] ?? '';
  bump(sql, `${verb} ${table}`.trim());
  if (process.env.BENCH_COUNT_LOG) fs.appendFileSync(process.env.BENCH_COUNT_LOG, `${process.pid} ${text.slice(0, 300)}\n`);
  return querying.apply(this, arguments);
};

const sending = Redis.prototype.sendCommand;
Redis.prototype.sendCommand = function sendCommand(command) {
  bump(redis, command?.name ?? '?');
  return sending.apply(this, arguments);
};

// The bench resets the counts once both instances have booted, so boot's statements stay out.
process.on('message', (message) => {
  if (message?.benchCount !== 'reset') return;
  for (const table of [sql, redis]) for (const key of Object.keys(table)) delete table[key];
});

// On disconnect, which is how the bench stops an instance: Strapi's shutdown exits in ways that skip 'exit' listeners.
process.on('disconnect', () => {
  if (process.env.BENCH_COUNT_FILE) fs.writeFileSync(process.env.BENCH_COUNT_FILE, JSON.stringify({ sql, redis }));
});
