/**
 * bench/cases – a generated city: N families, each with a year of documents (referral, two
 * assessments, a plan, an evaluation, 12 time cards and 12 monthly reports); `evaluateCase` for every
 * case and `caseload` for 200 assistants. Prints time per case, total, peak memory, and how they grow
 * from the smallest city to the largest – and says whether the growth is linear. Not part of `npm test`.
 *
 *   npm run bench:cases                  (300, 3,000 and 10,000 families)
 *   npm run bench:cases -- --quick       (300 and 1,000)
 *   npm run bench:cases -- 500 5000      (any sizes)
 *
 * Cases are generated in batches of BATCH, outside the time measured, and dropped after their
 * evaluation, so the peak memory is that of the evaluation, not of holding the city. Times are CPU
 * time of the process (process.cpuUsage: user + system, the garbage collector's threads included),
 * the goal of issue 19 is 3,000 families (evaluateCase for all, caseload for 200 assistants) in ≤ 5 s.
 * The incremental line: a case evaluated again after one new document (its December monthly report),
 * with `since` the report before it, against a fresh evaluation of the same case; the reports must
 * be the same, or the bench stops.
 */
import os from 'node:os';
import type { Case, CaseDocument } from '../packages/core/src/index.js';
import { caseload, evaluateCase, type CaseReport } from '../packages/cases/src/index.js';
import { isDeepStrictEqual } from 'node:util';
import { getFormDefinition } from '../packages/forms/src/index.js';

const ASSISTANTS = 200;
const BATCH = 100;
const GOAL_FAMILIES = 3000;
const GOAL_SECONDS = 5;
const OPTIONS = { asOf: '2025-12-31', profile: 'konstancin-jeziorna' } as const;
const args = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const SIZES = args.length ? args : process.argv.includes('--quick') ? [300, 1000] : [300, 3000, 10_000];

const version = (form: string) => getFormDefinition(form).version;
const pad = (n: number) => String(n).padStart(2, '0');
const plan = structuredClone(getFormDefinition('plan-pracy-z-rodzina').examples.valid[0]!.data) as Record<string, unknown>;
const referral = structuredClone(getFormDefinition('skierowanie-i-podstawa').examples.valid[0]!.data) as Record<string, unknown>;
const assessment = structuredClone(getFormDefinition('ocena-sytuacji-rodziny').examples.valid[0]!.data) as Record<string, unknown>;
const evaluation = structuredClone(getFormDefinition('ocena-planu-pracy').examples.valid[0]!.data) as Record<string, unknown>;

function document(form: string, data: Record<string, unknown>, created: string): CaseDocument {
  return { form, version: version(form), status: 'accepted', created, submitted: created, accepted: created, data };
}

/** One family's year (2025), deterministic from its number; family n works with assistant n mod 200. */
function makeCase(n: number): Case {
  let seed = n * 7919 + 1;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const documents: CaseDocument[] = [
    document('skierowanie-i-podstawa', { ...referral, request: { socialWorker: 'Joanna Kwiatkowska', date: '2025-01-02', reason: 'Trudności opiekuńczo-wychowawcze.' }, consent: { signed: true, date: '2025-01-03', signedBy: 'Maria Nowak' }, firstContact: { date: '2025-01-03', socialWorkerPresent: true } }, '2025-01-03'),
    document('ocena-sytuacji-rodziny', { ...assessment, assessmentType: 'initial', assessmentDate: '2025-01-10' }, '2025-01-10'),
    document('plan-pracy-z-rodzina', { ...plan, drawnUpOn: '2025-01-20', evaluationDate: '2025-06-20' }, '2025-01-20'),
    document('ocena-sytuacji-rodziny', { ...assessment, assessmentType: 'periodic', assessmentDate: '2025-07-05' }, '2025-07-05'),
    document('ocena-planu-pracy', { ...evaluation, meetingDate: '2025-06-20', planDate: '2025-01-20' }, '2025-06-20'),
  ];
  for (let month = 1; month <= 12; month++) {
    const m = `2025-${pad(month)}`;
    const days = Array.from({ length: 2 + Math.floor(random() * 5) }, (_v, i) => `${m}-${pad(2 + i * 6)}`);
    documents.push(
      document('karta-czasu-pracy', {
        assistant: 'Anna Kowalska',
        familyRepresentative: 'Maria Nowak',
        month: m,
        rows: days.map((date) => ({ date, time: { from: '10:00', to: random() < 0.5 ? '11:00' : '12:30' }, place: 'Dom rodziny', familySignature: true })),
        assistantSignature: { signed: true, date: `${m}-28` },
      }, `${m}-28`),
      document('sprawozdanie-miesieczne', {
        assistant: 'Anna Kowalska',
        familyRepresentative: 'Maria Nowak',
        month: m,
        visits: days.map((date) => ({ date, actions: 'Rozmowa o budżecie domowym i nauce dzieci.' })),
        partialGoals: [],
      }, `${m}-28`),
    );
  }
  return {
    id: `sprawa-${n}`,
    family: { id: `rodzina-${n}`, name: 'Nowakowie', zaZyciem: n % 25 === 0, members: [{ id: 'm1', name: 'Maria Nowak', role: 'parent', representative: true }] },
    assistants: [{ id: `a${n % ASSISTANTS}`, name: 'Anna Kowalska', from: '2025-01-02', to: null, qualifications: { education: 'degree-relevant' } }],
    documents,
  };
}

interface Run {
  families: number;
  /** CPU milliseconds of evaluateCase for every case. */
  evaluateMs: number;
  /** CPU milliseconds of caseload for every assistant. */
  caseloadMs: number;
  peakMb: number;
  verdicts: number;
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** CPU milliseconds (user + system) since `start`. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function run(families: number): Run {
  globalThis.gc?.();
  let peak = heapMb();
  let verdicts = 0;
  let evaluateMs = 0;
  for (let first = 0; first < families; first += BATCH) {
    const cases: Case[] = [];
    for (let n = first; n < Math.min(families, first + BATCH); n++) cases.push(makeCase(n));
    const start = process.cpuUsage();
    for (const kase of cases) verdicts += evaluateCase(kase, OPTIONS).verdicts.length;
    evaluateMs += cpuMsSince(start);
    peak = Math.max(peak, heapMb());
  }
  // caseload for each assistant over its own cases (a portal looks them up by assistant first).
  let caseloadMs = 0;
  for (let a = 0; a < ASSISTANTS; a++) {
    const cases: Case[] = [];
    for (let n = a; n < families; n += ASSISTANTS) cases.push(makeCase(n));
    const start = process.cpuUsage();
    caseload(cases, { ...OPTIONS, assistant: `a${a}` });
    caseloadMs += cpuMsSince(start);
    peak = Math.max(peak, heapMb());
  }
  return { families, evaluateMs, caseloadMs, peakMb: peak, verdicts };
}

/** A case evaluated again after one new document (`since`), against a fresh evaluation of it. */
function incremental(families: number): { freshMs: number; againMs: number } {
  let freshMs = 0;
  let againMs = 0;
  for (let n = 0; n < families; n++) {
    const kase = makeCase(n);
    const before = { ...kase, documents: kase.documents.slice(0, -1) };
    const since = evaluateCase(before, OPTIONS);
    let start = process.cpuUsage();
    const again = evaluateCase(kase, { ...OPTIONS, since });
    againMs += cpuMsSince(start);
    start = process.cpuUsage();
    const fresh: CaseReport = evaluateCase(kase, OPTIONS);
    freshMs += cpuMsSince(start);
    if (!isDeepStrictEqual(again, fresh)) throw new Error(`case ${n}: evaluated again after a new document, the report differs from a fresh evaluation`);
  }
  return { freshMs: freshMs / families, againMs: againMs / families };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const totalMs = (r: Run) => r.evaluateMs + r.caseloadMs;
const perCaseMs = (r: Run) => r.evaluateMs / r.families;
// Warm up the engines, validators and caches so the first size is not charged for them.
run(20);
incremental(20);
console.log(`bench/cases – evaluateCase per case (${makeCase(0).documents.length} documents, profile ${OPTIONS.profile}) and caseload for ${ASSISTANTS} assistants; CPU time`);
console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} cores`);
console.log('families | total CPU s | evaluateCase s | ms/case | caseload s (200 assistants) | peak heap MB | verdicts');
const runs: Run[] = [];
for (const families of SIZES) {
  const r = run(families);
  runs.push(r);
  console.log(
    `${String(families).padStart(8)} | ${fmt(totalMs(r) / 1000, 2).padStart(11)} | ${fmt(r.evaluateMs / 1000, 2).padStart(14)} | ${fmt(perCaseMs(r), 3).padStart(7)} | ${fmt(r.caseloadMs / 1000, 2).padStart(27)} | ${fmt(r.peakMb).padStart(12)} | ${r.verdicts}`,
  );
}
// The goal, scaled to the size nearest 3,000 families when 3,000 itself was not run.
const goalRun = runs.reduce((best, r) => (Math.abs(r.families - GOAL_FAMILIES) < Math.abs(best.families - GOAL_FAMILIES) ? r : best));
const goalMs = ((GOAL_SECONDS * 1000) / GOAL_FAMILIES) * goalRun.families;
const goalRatio = totalMs(goalRun) / goalMs;
console.log(
  `goal ≤ ${fmt((goalMs / 1000), goalRun.families === GOAL_FAMILIES ? 0 : 2)} s CPU for ${goalRun.families.toLocaleString('en')} families (5 s per 3,000): ${fmt(totalMs(goalRun) / 1000, 2)} s = ${fmt(goalRatio, 2)}× the goal – ${goalRatio <= 1 ? 'met' : 'NOT met'}`,
);
const first = runs[0]!;
const last = runs[runs.length - 1]!;
if (runs.length > 1) {
  const scale = last.families / first.families;
  const perCase = perCaseMs(last) / perCaseMs(first);
  const caseloadGrowth = last.caseloadMs / first.caseloadMs;
  // Linear: the time per case stays within ±50 % across the sizes (the machine is shared and noisy).
  const linear = perCase < 1.5 && caseloadGrowth / scale < 1.5;
  console.log(
    `growth ${first.families} → ${last.families} families (×${fmt(scale, 1)}): total CPU ×${fmt(totalMs(last) / totalMs(first), 2)}, time per case ${fmt(perCaseMs(first), 3)} → ${fmt(perCaseMs(last), 3)} ms (×${fmt(perCase, 2)}), caseload ×${fmt(caseloadGrowth, 2)}, peak heap ${fmt(first.peakMb)} → ${fmt(last.peakMb)} MB`,
  );
  console.log(linear ? 'linear: yes – time grows with the number of families, the time per case stays flat' : 'linear: NO – the time per case grows with the city; see the table');
}
const sample = Math.min(first.families, 300);
const again = incremental(sample);
console.log(
  `incremental (${sample} cases): after one new document ${fmt(again.againMs, 3)} ms/case with \`since\` vs ${fmt(again.freshMs, 3)} ms fresh – ${fmt(again.freshMs / again.againMs, 1)}× less, the same report`,
);
