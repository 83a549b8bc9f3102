export {};
// `npm run bench` runs every benchmark; `npm run bench -- NAME` runs one. Each prints one JSON line with a `name`.
// Each benchmark lives in tests/bench/<name>.ts and exports `run(): Promise<object>`.
const benches: Record<string, () => Promise<{ run: () => Promise<Record<string, unknown>> }>> = {
  'xlsx-export-100k': () => import('./xlsx-export-100k'),
  extract: () => import('./extract'),
  'extract-large': () => import('./extract-large'),
  normalize: () => import('./normalize'),
  pdf: () => import('./pdf'),
  'open-100mb': () => import('./open-100mb'),
  'pivot-1m': () => import('./pivot-1m'),
  scorecard: () => import('./scorecard'),
  'forecast-calibration': () => import('./forecast-calibration'),
  'ui-20k': () => import('./ui-20k'),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((n) => !benches[n]);
if (unknown.length) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}\n`);
  process.exit(2);
}
for (const name of wanted.length ? wanted : Object.keys(benches)) {
  const result = await (await benches[name]!()).run();
  process.stdout.write(JSON.stringify({ name, ...result }) + '\n');
}
