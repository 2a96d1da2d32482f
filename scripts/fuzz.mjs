// `npm run fuzz -- --runs 100000 [--seed 12] [--time 600]`: the fuzz suite (test/fuzz) for longer
// than `npm test` runs it. --time is the seconds one surface may take (default: unbounded enough
// for the runs asked, 1 hour); each case keeps its own time bound.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '12' }, time: { type: 'string', default: '3600' } },
});
const env = {
  ...process.env,
  FUZZ_RUNS: values.runs,
  FUZZ_SEED: values.seed,
  FUZZ_TIME_MS: String(Number(values.time) * 1000),
};
const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz'], { stdio: 'inherit', env });
process.exitCode = result.status ?? 1;
