/**
 * A vitest reporter that prints the ten slowest tests after the run, so that a test drifting
 * towards its timeout on a busy machine is seen before it fails.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SlowestReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const tests: { name: string; ms: number }[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const ms = test.diagnostic()?.duration;
        if (ms !== undefined) tests.push({ name: `${module.relativeModuleId} › ${test.fullName}`, ms });
      }
    }
    if (!tests.length) return;
    tests.sort((a, b) => b.ms - a.ms);
    const lines = tests.slice(0, 10).map((t) => `${String(Math.round(t.ms)).padStart(7)} ms  ${t.name}`);
    process.stdout.write(`\nSlowest tests:\n${lines.join('\n')}\n`);
  }
}
