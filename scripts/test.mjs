#!/usr/bin/env node
// `npm test`: every step in turn, timed, and all of them run even when one fails – a failed
// typecheck does not hide what the browser suites would say. A step that needs the build is skipped
// (and counted as failed) when the build failed. Ends with a table of the steps and their times.
//
//   node scripts/test.mjs                  all steps
//   node scripts/test.mjs unit conformance only these (by name)
import { spawn } from 'node:child_process';

// Each step is one of package.json's scripts, so that it can be run on its own the same way.
const STEPS = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'unit', script: 'test:unit' },
  { name: 'build', script: 'build' },
  { name: 'package', script: 'test:package', needs: 'build' },
  { name: 'browser', script: 'test:browser', needs: 'build' },
  { name: 'conformance', script: 'test:conformance', needs: 'build' },
  { name: 'print', script: 'test:print', needs: 'build' },
  { name: 'storybook', script: 'test:storybook', needs: 'build' },
];

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !STEPS.some((step) => step.name === name));
if (unknown.length) {
  console.error(`unknown step: ${unknown.join(', ')} (the steps: ${STEPS.map((s) => s.name).join(', ')})`);
  process.exit(2);
}
const results = new Map();
const started = Date.now();
for (const step of STEPS.filter((s) => !chosen.length || chosen.includes(s.name))) {
  if (step.needs && results.get(step.needs)?.outcome === 'failed') {
    results.set(step.name, { outcome: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n::: ${step.name}: npm run ${step.script}`);
  const t0 = Date.now();
  const code = await run(['npm', 'run', step.script, '--silent']);
  const seconds = Math.round((Date.now() - t0) / 1000);
  results.set(step.name, { outcome: code === 0 ? 'passed' : 'failed', seconds });
  console.log(`::: ${step.name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s`);
}

console.log('\nnpm test, step by step:');
for (const [name, { outcome, seconds }] of results) {
  const note = outcome === 'skipped' ? `skipped: ${STEPS.find((s) => s.name === name).needs} failed` : outcome;
  console.log(`  ${name.padEnd(12)} ${String(seconds).padStart(4)} s  ${note}`);
}
const bad = [...results.values()].filter((r) => r.outcome !== 'passed').length;
console.log(`  ${'all'.padEnd(12)} ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s  ${bad ? `${bad} of ${results.size} steps did not pass` : 'every step passed'}`);
process.exit(bad ? 1 : 0);
