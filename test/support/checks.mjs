// Named checks for the browser suites, with a watchdog that scales with the work: a check fails
// when it makes no progress for `stallSeconds` (a check that loops calls `progress()` at each step),
// never because the suite as a whole took long on a busy machine. A stalled check stops its suite
// (the page may be stuck in it): `CheckStalled` says which check and which step it was in.
//
//   const checks = createChecks({ suite: 'conformance' });
//   await checks.check('a name', async ({ progress }) => { … progress('row 3'); … });
//   checks.finish();   // prints `N passed, M failed` and sets the exit code

/** Seconds without progress before a check is given up (ASYSTA_CHECK_STALL_S overrides it). */
const DEFAULT_STALL_SECONDS = 90;

export class CheckStalled extends Error {
  constructor(suite, name, step, seconds) {
    super(`${suite}: stopped in the check «${name}»${step ? ` at «${step}»` : ''}: no progress for ${seconds} s`);
    this.name = 'CheckStalled';
  }
}

export function indent(text) {
  return String(text).replace(/^/gm, '    ');
}

export function createChecks({ suite, stallSeconds = Number(process.env.ASYSTA_CHECK_STALL_S) || DEFAULT_STALL_SECONDS }) {
  const counts = { passed: 0, failed: 0 };
  const suiteStarted = Date.now();

  /** Runs one named check; a failure is counted and printed, never thrown – except a stall. */
  async function check(name, fn) {
    const started = Date.now();
    let lastStep = '';
    let lastProgress = Date.now();
    let timer;
    const progress = (step = '') => {
      lastStep = step;
      lastProgress = Date.now();
    };
    const stalled = new Promise((_, reject) => {
      const wake = () => {
        const idle = Date.now() - lastProgress;
        if (idle >= stallSeconds * 1000) reject(new CheckStalled(suite, name, lastStep, stallSeconds));
        else timer = setTimeout(wake, stallSeconds * 1000 - idle);
      };
      timer = setTimeout(wake, stallSeconds * 1000);
    });
    try {
      await Promise.race([fn({ progress }), stalled]);
      counts.passed++;
      console.log(`✓ ${name} (${Date.now() - started} ms)`);
      return true;
    } catch (error) {
      counts.failed++;
      console.log(`✗ ${name}\n${indent(error instanceof Error ? error.message : error)}`);
      if (error instanceof CheckStalled) throw error;
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Records a verdict reached without a function of its own. */
  function record(name, ok, detail = '') {
    if (ok) counts.passed++;
    else counts.failed++;
    console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `\n${indent(detail)}`}`);
    return ok;
  }

  /** Counts a suite stopped early (or crashed outside a check) as one failure and says where. */
  function stopped(error) {
    counts.failed++;
    console.log(`✗ ${error instanceof CheckStalled ? error.message : `${suite} crashed outside a check\n${indent(error instanceof Error ? error.stack : error)}`}`);
  }

  function finish() {
    console.log(`\n${suite}: ${Math.round((Date.now() - suiteStarted) / 1000)} s`);
    console.log(`${counts.passed} passed, ${counts.failed} failed`);
    process.exitCode = counts.failed ? 1 : 0;
  }

  return {
    check,
    record,
    stopped,
    finish,
    get passed() {
      return counts.passed;
    },
    get failed() {
      return counts.failed;
    },
  };
}
