// The top functions of a --cpu-prof profile by self and by total time, counting only the
// samples of its last `seconds` before `skip` seconds from its end (the load, not the boot).
//
//   node bench/cpu-top.js FILE.cpuprofile [--seconds 20] [--skip 1] [--top 25]
const fs = require('fs');

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const profile = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const seconds = option('seconds', 20);
const skip = option('skip', 1);
const top = option('top', 25);

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const nameOf = ({ callFrame: { functionName, url, lineNumber } }) =>
  `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/wt-intake\//, '')}:${lineNumber + 1}`;

const end = profile.endTime - skip * 1e6;
const start = end - seconds * 1e6;
const self = new Map();
const total = new Map();
let counted = 0;
let idle = 0;
let at = profile.startTime;
profile.samples.forEach((id, index) => {
  at += profile.timeDeltas[index];
  if (at < start || at > end) return;
  counted += 1;
  const node = nodes.get(id);
  if (node.callFrame.functionName === '(idle)') idle += 1;
  const name = nameOf(node);
  self.set(name, (self.get(name) ?? 0) + 1);
  const seen = new Set();
  for (let current = id; current !== undefined; current = parent.get(current)) seen.add(nameOf(nodes.get(current)));
  for (const name of seen) total.set(name, (total.get(name) ?? 0) + 1);
});

const pct = (n) => `${((100 * n) / counted).toFixed(1).padStart(5)}%`;
console.log(`${counted} samples in the window, ${pct(idle)} idle`);
for (const [title, table] of [
  ['self', self],
  ['total', total],
]) {
  console.log(`\ntop ${top} by ${title}:`);
  [...table.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, n]) => console.log(`${pct(n)}  ${name}`));
}
