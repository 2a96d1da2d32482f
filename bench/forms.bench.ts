/**
 * bench/forms – the time per keystroke-sized update of the form model against re-validating the whole
 * form with plain ajv + json-logic-js, in one run. Prints times and ratios; nothing is asserted.
 *
 *   npm run bench:forms            (add -- --quick for a short smoke run)
 */
import { Ajv } from 'ajv';
import jsonLogic from 'json-logic-js';
import { formats, withDomainDefinitions } from '../packages/core/src/index.js';
import { createFormModel, getFormDefinition } from '../packages/forms/src/index.js';

const quick = process.argv.includes('--quick');
const UPDATES = quick ? 300 : 3000;

function timeCard(rows: number) {
  return {
    assistant: 'Anna Kowalska',
    familyRepresentative: 'Maria Nowak',
    month: '2026-03',
    rows: Array.from({ length: rows }, (_, i) => ({
      date: `2026-03-${String(1 + (i % 31)).padStart(2, '0')}`,
      time: { from: '08:00', to: '08:45' },
      place: 'Dom rodziny',
      familySignature: true,
    })),
  };
}

/** The baseline a portal would write: one ajv validator and json-logic-js over the whole form. */
function naiveTimeCard() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  const definition = getFormDefinition('karta-czasu-pracy');
  const validate = ajv.compile(withDomainDefinitions(definition.schema));
  const rowMinutes = { '-': [{ var: 'to' }, { var: 'from' }] };
  const withinQuota = { '<=': [{ reduce: [{ var: 'rows' }, { '+': [{ var: 'accumulator' }, { var: 'current.minutes' }] }, 0] }, 360] };
  return (data: ReturnType<typeof timeCard>) => {
    const rows = data.rows.map((row) => {
      const [fh, fm] = row.time.from.split(':').map(Number) as [number, number];
      const [th, tm] = row.time.to.split(':').map(Number) as [number, number];
      return { ...row, minutes: jsonLogic.apply(rowMinutes as never, { from: fh * 60 + fm, to: th * 60 + tm }) as number };
    });
    const full = { ...data, rows };
    validate(full);
    // The per-row quota verdicts, as the form shows them.
    return rows.map((_, i) => jsonLogic.apply(withinQuota as never, { rows: rows.slice(0, i + 1) }));
  };
}

function measure(name: string, update: (i: number) => void): number {
  for (let i = 0; i < 50; i++) update(i); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < UPDATES; i++) update(i);
  const micros = Number(process.hrtime.bigint() - start) / 1e3 / UPDATES;
  console.log(`${name.padEnd(58)} ${micros.toFixed(1).padStart(8)} µs per update`);
  return micros;
}

console.log(`bench/forms: ${UPDATES} keystroke-sized updates (one field of one row changes)\n`);

const letters = 'abcdefghij';
for (const rows of [31]) {
  const base = timeCard(rows);
  const model = createFormModel('karta-czasu-pracy', { profile: 'konstancin-jeziorna', asOf: '2026-03-31', data: base });
  const ours = measure(`asysta model.setValue, ${rows}-row time card`, (i) => {
    model.setValue(`/rows/${i % rows}/place`, `Dom rodziny ${letters[i % 10]}`);
  });
  const oursWhole = measure(`asysta model.setData (whole data replaced), ${rows} rows`, (i) => {
    const data = structuredClone(base);
    data.rows[i % rows]!.place = `Dom rodziny ${letters[i % 10]}`;
    model.setData(data);
  });
  const naive = naiveTimeCard();
  const plain = measure(`plain ajv + json-logic-js, whole form, ${rows} rows`, (i) => {
    const data = structuredClone(base);
    data.rows[i % rows]!.place = `Dom rodziny ${letters[i % 10]}`;
    naive(data);
  });
  console.log(`\n  setValue is ${(plain / ours).toFixed(1)}× faster than re-validating the whole form (setData: ${(plain / oursWhole).toFixed(1)}×)\n`);
}

/** The family assessment with 12 members: incomes per person and source, derived totals. */
{
  const definition = getFormDefinition('ocena-sytuacji-rodziny');
  const example = definition.examples.valid[0]!.data as { members: Record<string, unknown>[] };
  const members: Record<string, unknown>[] = Array.from({ length: 12 }, (_, i) => {
    const { pesel: _pesel, ...member } = structuredClone(example.members[i % example.members.length]!);
    return { ...member, fullName: `Osoba ${i + 1}`, income: { wages: 100000, ...(member['income'] as object | undefined) } };
  });
  const base = { ...structuredClone(example), members };
  const model = createFormModel('ocena-sytuacji-rodziny', { asOf: '2026-03-31', data: base });
  const ours = measure('asysta model.setValue, 12-member assessment', (i) => {
    model.setValue(`/members/${i % 12}/income/wages`, 100000 + (i % 10) * 100);
  });
  const oursWhole = measure('asysta model.setData (whole data replaced), 12 members', (i) => {
    const data = structuredClone(base);
    (data.members[i % 12]!['income'] as Record<string, number>)['wages'] = 100000 + (i % 10) * 100;
    model.setData(data);
  });
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  const validate = ajv.compile(withDomainDefinitions(definition.schema));
  const memberTotal = { '+': [{ var: 'wages' }, { var: 'pension' }, { var: 'familyBenefits' }, { var: 'alimony' }, { var: 'socialAssistance' }, { var: 'other' }] };
  const plain = measure('plain ajv + json-logic-js, whole form, 12 members', (i) => {
    const data = structuredClone(base);
    (data.members[i % 12]!['income'] as Record<string, number>)['wages'] = 100000 + (i % 10) * 100;
    const withTotals = data.members.map((m) => ({ ...m, incomeTotal: jsonLogic.apply(memberTotal as never, { pension: 0, familyBenefits: 0, alimony: 0, socialAssistance: 0, other: 0, ...(m['income'] as object) }) }));
    validate({ ...data, members: withTotals });
  });
  console.log(`\n  setValue is ${(plain / ours).toFixed(1)}× faster than re-validating the whole form (setData: ${(plain / oursWhole).toFixed(1)}×)`);
}

/** The work plan with 40 actions in three lanes: a keystroke in an action of a nested array. */
{
  const definition = getFormDefinition('plan-pracy-z-rodzina');
  const example = definition.examples.valid[0]!;
  const action = (example.data as { schedule: { family: Record<string, unknown>[] } }).schedule.family[0]!;
  const lane = (n: number) => Array.from({ length: n }, (_, i) => ({ ...structuredClone(action), action: `Działanie ${i + 1}` }));
  const base = { ...structuredClone(example.data), schedule: { family: lane(14), assistant: lane(13), socialWorker: lane(13) } };
  const options = { profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31', data: base };
  const model = createFormModel('plan-pracy-z-rodzina', { ...options, layout: 'single' });
  const ours = measure('asysta model.setValue + getView, 40-action work plan', (i) => {
    model.setValue(`/schedule/socialWorker/${i % 13}/action`, `Działanie ${letters[i % 10]}`);
    model.getView();
  });
  // The same keystroke in the plan's lane step (the view narrowed to it, the summary by step).
  const stepped = createFormModel('plan-pracy-z-rodzina', options);
  stepped.goToStep('dzialania-pracownika');
  const inStep = measure('asysta model.setValue + getView, the same in steps', (i) => {
    stepped.setValue(`/schedule/socialWorker/${i % 13}/action`, `Działanie ${letters[i % 10]}`);
    stepped.getView();
  });
  console.log(`\n  in steps ÷ on one page: ${(inStep / ours).toFixed(2)}×`);
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  const validate = ajv.compile(withDomainDefinitions(definition.schema));
  const everyAction = { all: [{ var: 'actions' }, { and: [{ var: 'deadline' }, { var: 'expectedEffect' }] }] };
  const plain = measure('plain ajv + json-logic-js, whole form, 40 actions', (i) => {
    const data = structuredClone(base);
    data.schedule.socialWorker[i % 13]!['action'] = `Działanie ${letters[i % 10]}`;
    validate(data);
    for (const actions of Object.values(data.schedule)) jsonLogic.apply(everyAction as never, { actions });
  });
  console.log(`\n  asysta ÷ plain: ${(ours / plain).toFixed(2)}× (the model also derives values, runs the rules with their messages and builds the view)`);
}
