/**
 * bench/rules – our closure compiler against the JSON rule engines a portal could use instead, on the
 * same rules and the same city-sized batch, in one run. Prints throughput and ratios; no thresholds
 * are asserted here (machines are noisy) – the targets are read off the printed ratios:
 *   ≥ 5× json-logic-js `apply`, and (issue 19) at least as fast as json-logic-engine's eval-built functions.
 *
 *   npm run bench:rules            (add -- --quick for a short smoke run)
 */
import jsonLogic from 'json-logic-js';
import { LogicEngine } from 'json-logic-engine';
import { Engine as RulesEngine } from 'json-rules-engine';
import { createLogicCompiler, createRulesEngine, type EvaluationContext } from '../packages/rules/src/index.js';

const quick = process.argv.includes('--quick');
const FAMILIES = quick ? 300 : 3000;
const MONTHS = 12;

/** A deterministic pseudo-random batch: one record per family and month, 2–31 meetings each (a time card's month). */
function makeBatch() {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const records = [];
  for (let family = 0; family < FAMILIES; family++) {
    for (let month = 1; month <= MONTHS; month++) {
      const rows = Array.from({ length: 2 + Math.floor(random() * 30) }, (_, i) => ({
        date: `2026-${String(month).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
        minutes: 5 + Math.floor(random() * 6) * 5,
        place: random() < 0.7 ? 'home' : 'school',
      }));
      records.push({
        family: `F${family}`,
        month: `2026-${String(month).padStart(2, '0')}`,
        rows,
        activeFamilies: 10 + Math.floor(random() * 8),
        basis: random() < 0.9 ? 'consent' : 'court-order',
        consentSigned: random() < 0.95,
      });
    }
  }
  return records;
}

/** The same rules in standard JSON Logic, which every JSON Logic engine runs unchanged. */
const RULES = {
  hoursPerMonth: { '<=': [{ reduce: [{ var: 'rows' }, { '+': [{ var: 'accumulator' }, { var: 'current.minutes' }] }, 0] }, 360] },
  familiesPerAssistant: { '<=': [{ var: 'activeFamilies' }, 15] },
  basisOfWork: {
    or: [
      { and: [{ '==': [{ var: 'basis' }, 'consent'] }, { '==': [{ var: 'consentSigned' }, true] }] },
      { '==': [{ var: 'basis' }, 'court-order'] },
    ],
  },
  meetingsAtHome: { '>=': [{ count: [{ filter: [{ var: 'rows' }, { '==': [{ var: 'place' }, 'home'] }] }] }, 1] },
};
// `count` is not standard JSON Logic: peers get the standard equivalent.
const STANDARD_RULES = {
  ...RULES,
  meetingsAtHome: { '>=': [{ reduce: [{ filter: [{ var: 'rows' }, { '==': [{ var: 'place' }, 'home'] }] }, { '+': [{ var: 'accumulator' }, 1] }, 0] }, 1] },
};

type Verdicts = boolean[];

function time(name: string, runs: number, body: () => Verdicts): { name: string; perSecond: number; verdicts: Verdicts } {
  body(); // warm up
  let verdicts: Verdicts = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) verdicts = body();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = (verdicts.length * runs) / seconds;
  return { name, perSecond, verdicts };
}

async function main() {
  const batch = makeBatch();
  const runs = quick ? 2 : 5;
  const ctx: EvaluationContext = { asOf: '2026-12-31', param: () => undefined };
  const ours = createLogicCompiler({
    count: { minArgs: 1, maxArgs: 1, evaluate: ([a]) => (Array.isArray(a) ? a.length : 0) },
  });
  const compiled = Object.values(RULES).map((rule) => ours.compile(rule as never));
  const standard = Object.values(STANDARD_RULES);
  const interpreted = new LogicEngine();
  const built = new LogicEngine();
  const builtRules = standard.map((rule) => built.build(rule) as (data: unknown) => unknown);

  console.log(`bench/rules: ${batch.length} records (${FAMILIES} families × ${MONTHS} months) × ${compiled.length} rules, ${runs} runs each`);

  const results = [
    time('asysta (compiled closures)', runs, () => batch.flatMap((r) => compiled.map((f) => Boolean(f(r, ctx))))),
    time('json-logic-js apply', runs, () => batch.flatMap((r) => standard.map((rule) => Boolean(jsonLogic.apply(rule as never, r))))),
    time('json-logic-engine run (interpreted)', runs, () => batch.flatMap((r) => standard.map((rule) => Boolean(interpreted.run(rule, r))))),
    time('json-logic-engine build (new Function)', runs, () => batch.flatMap((r) => builtRules.map((f) => Boolean(f(r))))),
  ];

  // json-rules-engine has no reduce/filter: the sums are facts computed in JS, the rest its own conditions.
  const rulesEngine = new RulesEngine([], { allowUndefinedFacts: true });
  rulesEngine.addRule({ name: 'hoursPerMonth', conditions: { all: [{ fact: 'totalMinutes', operator: 'lessThanInclusive', value: 360 }] }, event: { type: 'pass' } });
  rulesEngine.addRule({ name: 'familiesPerAssistant', conditions: { all: [{ fact: 'activeFamilies', operator: 'lessThanInclusive', value: 15 }] }, event: { type: 'pass' } });
  rulesEngine.addRule({
    name: 'basisOfWork',
    conditions: { any: [{ all: [{ fact: 'basis', operator: 'equal', value: 'consent' }, { fact: 'consentSigned', operator: 'equal', value: true }] }, { fact: 'basis', operator: 'equal', value: 'court-order' }] },
    event: { type: 'pass' },
  });
  rulesEngine.addRule({ name: 'meetingsAtHome', conditions: { all: [{ fact: 'homeMeetings', operator: 'greaterThanInclusive', value: 1 }] }, event: { type: 'pass' } });
  const jreSample = batch.slice(0, quick ? 600 : 6000);
  const jreStart = process.hrtime.bigint();
  const jreVerdicts: boolean[] = [];
  for (const r of jreSample) {
    const facts = {
      ...r,
      totalMinutes: r.rows.reduce((a, row) => a + row.minutes, 0),
      homeMeetings: r.rows.filter((row) => row.place === 'home').length,
    };
    const { results: passed } = await rulesEngine.run(facts);
    const names = new Set(passed.map((p) => p.name));
    jreVerdicts.push(...['hoursPerMonth', 'familiesPerAssistant', 'basisOfWork', 'meetingsAtHome'].map((n) => names.has(n)));
  }
  const jreSeconds = Number(process.hrtime.bigint() - jreStart) / 1e9;
  results.push({ name: `json-rules-engine (async, ${jreSample.length} records)`, perSecond: jreVerdicts.length / jreSeconds, verdicts: jreVerdicts });

  // Every engine must reach the same verdicts, or the comparison means nothing.
  const reference = results[0]!.verdicts;
  for (const r of results) {
    const same = r.verdicts.every((v, i) => v === reference[i]);
    if (!same) throw new Error(`${r.name} disagrees with asysta`);
  }

  const ourSpeed = results[0]!.perSecond;
  console.log('\nengine                                          verdicts/s    asysta is');
  for (const r of results) {
    const ratio = ourSpeed / r.perSecond;
    console.log(`${r.name.padEnd(46)} ${Math.round(r.perSecond).toLocaleString('en').padStart(12)}    ${r === results[0] ? '—' : `${ratio.toFixed(2)}×`}`);
  }
  const vsApply = ourSpeed / results[1]!.perSecond;
  const vsBuilt = results[3]!.perSecond / ourSpeed;
  console.log(`\ntarget ≥ 5× json-logic-js apply: ${vsApply.toFixed(1)}× ${vsApply >= 5 ? 'met' : 'NOT met'}`);
  console.log(`target ≥ 1× json-logic-engine build (issue 19): ours is ${(1 / vsBuilt).toFixed(2)}× it ${vsBuilt <= 1 ? 'met' : 'NOT met'}`);

  // The whole engine on the built-in packs: messages, values and references included.
  const engine = createRulesEngine({ profile: 'konstancin-jeziorna' });
  const cards = batch.map((r) => ({ month: r.month, rows: r.rows }));
  const start = process.hrtime.bigint();
  let verdicts = 0;
  for (const card of cards) verdicts += engine.evaluate(card, { recordKind: 'karta-czasu-pracy', asOf: '2026-12-31' }).results.length;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`\nfull engine, profile konstancin-jeziorna, ${cards.length} time cards: ${Math.round(verdicts / seconds).toLocaleString('en')} explained verdicts/s (${(seconds * 1000).toFixed(0)} ms)`);
}

await main();
