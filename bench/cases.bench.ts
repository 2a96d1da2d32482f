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
 * Cases are generated on the fly and dropped after their evaluation, so the peak memory is that of
 * the evaluation, not of holding the city; a portal holds no more than the cases it evaluates either.
 * The case functions are pure and stateless: a portal spreads cases over as many processes as it needs.
 */
import type { Case, CaseDocument } from '../packages/core/src/index.js';
import { caseload, evaluateCase } from '../packages/cases/src/index.js';
import { getFormDefinition } from '../packages/forms/src/index.js';

const ASSISTANTS = 200;
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
  perCaseMs: number;
  totalMs: number;
  caseloadMs: number;
  peakMb: number;
  verdicts: number;
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function run(families: number): Run {
  globalThis.gc?.();
  let peak = heapMb();
  let verdicts = 0;
  const started = performance.now();
  for (let n = 0; n < families; n++) {
    const report = evaluateCase(makeCase(n), { asOf: '2025-12-31', profile: 'konstancin-jeziorna' });
    verdicts += report.verdicts.length;
    if (n % 50 === 0) peak = Math.max(peak, heapMb());
  }
  const totalMs = performance.now() - started;
  // caseload for each assistant over its own cases (a portal looks them up by assistant first).
  let caseloadMs = 0;
  for (let a = 0; a < ASSISTANTS; a++) {
    const cases: Case[] = [];
    for (let n = a; n < families; n += ASSISTANTS) cases.push(makeCase(n));
    const t = performance.now();
    caseload(cases, { assistant: `a${a}`, asOf: '2025-12-31', profile: 'konstancin-jeziorna' });
    caseloadMs += performance.now() - t;
    peak = Math.max(peak, heapMb());
  }
  return { families, perCaseMs: totalMs / families, totalMs, caseloadMs, peakMb: peak, verdicts };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
// Warm up the engines, validators and caches so the first size is not charged for them.
run(20);
console.log(`bench/cases – evaluateCase per case (28 documents, profile konstancin-jeziorna) and caseload for ${ASSISTANTS} assistants`);
console.log('families | total s | ms/case | caseload s (200 assistants) | peak heap MB | verdicts');
const runs: Run[] = [];
for (const families of SIZES) {
  const r = run(families);
  runs.push(r);
  console.log(`${String(families).padStart(8)} | ${fmt(r.totalMs / 1000, 2).padStart(7)} | ${fmt(r.perCaseMs, 2).padStart(7)} | ${fmt(r.caseloadMs / 1000, 2).padStart(27)} | ${fmt(r.peakMb).padStart(12)} | ${r.verdicts}`);
}
const first = runs[0]!;
const last = runs[runs.length - 1]!;
if (runs.length > 1) {
  const scale = last.families / first.families;
  const timeGrowth = last.totalMs / first.totalMs;
  const caseloadGrowth = last.caseloadMs / first.caseloadMs;
  const perCase = last.perCaseMs / first.perCaseMs;
  // Linear: the time per case stays within ±50 % across the sizes (the machine is shared and noisy).
  const linear = perCase < 1.5 && caseloadGrowth / scale < 1.5;
  console.log(
    `growth ${first.families} → ${last.families} families (×${fmt(scale, 1)}): total time ×${fmt(timeGrowth, 2)}, time per case ×${fmt(perCase, 2)}, caseload ×${fmt(caseloadGrowth, 2)}, peak heap ${fmt(first.peakMb)} → ${fmt(last.peakMb)} MB`,
  );
  console.log(linear ? 'linear: yes – time grows with the number of families, the time per case stays flat' : 'linear: NO – the time per case grows with the city; see the table');
}
