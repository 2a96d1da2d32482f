/**
 * The print view: each form as its paper template prints it – answers as text, lists as tables in
 * the paper's columns padded with numbered blank rows, totals, signature lines – and the blank
 * template of an empty form. Print layouts that name what the form does not have fail at load.
 */
import { describe, expect, it } from 'vitest';
import { createFormModel, getFormDefinition, listForms, type FormDefinition, type PrintBlock, type PrintTable, type PrintView } from '@asysta/forms';
import { catchAsystaError } from '../../../test/support/catch-asysta-error.js';

function firstValid(id: string) {
  const example = getFormDefinition(id).examples.valid[0]!;
  return { data: example.data, profile: example.profile ?? 'milanowek', asOf: example.asOf ?? '2026-03-31' };
}

function printOf(id: string, options: { blank?: boolean; locale?: 'pl' | 'en'; profile?: string; data?: unknown } = {}): PrintView {
  const example = firstValid(id);
  const data = options.blank ? undefined : (options.data ?? example.data);
  return createFormModel(id, { profile: options.profile ?? example.profile, asOf: example.asOf, locale: options.locale ?? 'pl', ...(data === undefined ? {} : { data }) }).getPrintView();
}

function allBlocks(blocks: readonly PrintBlock[]): PrintBlock[] {
  return blocks.flatMap((block) => (block.kind === 'section' ? [block, ...allBlocks(block.blocks)] : [block]));
}

const tables = (view: PrintView) => allBlocks(view.blocks).filter((block): block is PrintTable => block.kind === 'table');
const answer = (view: PrintView, pointer: string) => {
  const found = allBlocks(view.blocks).find((block) => block.kind === 'answer' && block.pointer === pointer);
  if (!found || found.kind !== 'answer') throw new Error(`no answer at ${pointer}`);
  return found;
};
const pointers = (view: PrintView) => allBlocks(view.blocks).map((block) => block.pointer);
const TIME_CARD_COLUMNS = ['Data', 'Godzina od… do…', 'Ilość godzin', 'Miejsce spotkania', 'Podpis przedstawiciela rodziny'];

describe('the time card in print', () => {
  it('has the header, the answers as text and the meetings in the paper\'s columns with 12 numbered rows', () => {
    const view = printOf('karta-czasu-pracy');
    expect(view).toMatchObject({
      title: 'Miesięczna karta czasu pracy asystenta rodziny',
      organisation: 'Ośrodek Pomocy Społecznej w Konstancinie-Jeziornie',
      paper: 'A4',
      orientation: 'portrait',
      blank: false,
      printLabel: 'Drukuj',
    });
    expect(answer(view, '/assistant').text).toBe('Anna Kowalska');
    expect(answer(view, '/month').text).toBe('marzec 2026');
    const [table] = tables(view);
    expect(table).toMatchObject({ pointer: '/rows', numbered: true, numberLabel: 'Lp.', columns: TIME_CARD_COLUMNS });
    expect(table!.rows.map((row) => row.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    // The family signs each row by hand: the cell stays empty even when the row was ticked as signed.
    expect(table!.rows[1]!.cells).toEqual([['10.03.2026'], ['15:30–17:00'], ['1 godz. 30 min'], ['Szkoła Podstawowa nr 2'], []]);
    expect(table!.rows.slice(3).every((row) => row.cells.every((cell) => cell.length === 0))).toBe(true);
    expect(table!.totals).toEqual([{ label: 'razem ilość godzin:', span: 3, text: '4 godz. 30 min', after: 2 }]);
  });

  it('prints the total and the signatures in their places only, with what the data says of each signature', () => {
    const view = printOf('karta-czasu-pracy');
    expect(pointers(view)).not.toContain('/totalMinutes');
    expect(pointers(view)).not.toContain('/assistantSignature');
    expect(pointers(view)).not.toContain('/case');
    expect(view.signatures).toEqual([
      { label: 'Podpis asystenta rodziny', notes: ['Data podpisu: 31 marca 2026'] },
      { label: 'Akceptacja koordynatora', notes: [] },
    ]);
  });

  it('prints every row when there are more meetings than blank rows', () => {
    const { data } = firstValid('karta-czasu-pracy');
    const rows = Array.from({ length: 14 }, (_, i) => ({ date: `2026-03-${String(i + 1).padStart(2, '0')}`, time: { from: '08:00', to: '08:30' }, place: 'Dom rodziny' }));
    const view = printOf('karta-czasu-pracy', { data: { ...data, rows } });
    const [table] = tables(view);
    expect(table!.rows).toHaveLength(14);
    expect(table!.rows[13]!.cells[0]).toEqual(['14.03.2026']);
    expect(table!.totals[0]!.text).toBe('7 godz.');
  });

  it('is the blank paper template when nothing is filled in', () => {
    const view = printOf('karta-czasu-pracy', { blank: true });
    expect(view.blank).toBe(true);
    const answers = allBlocks(view.blocks).filter((block) => block.kind === 'answer');
    expect(answers.map((block) => block.pointer)).toEqual(['/assistant', '/familyRepresentative', '/month']);
    expect(answers.every((block) => block.kind === 'answer' && block.blank && block.text === '')).toBe(true);
    const [table] = tables(view);
    expect(table!.columns).toEqual(TIME_CARD_COLUMNS);
    expect(table!.rows).toHaveLength(12);
    expect(table!.rows.every((row) => row.cells.every((cell) => cell.length === 0))).toBe(true);
    // The computed total (0 minutes) is left for the hand too.
    expect(table!.totals).toEqual([{ label: 'razem ilość godzin:', span: 3, text: '', after: 2 }]);
    expect(view.signatures).toEqual([
      { label: 'Podpis asystenta rodziny', notes: [] },
      { label: 'Akceptacja koordynatora', notes: [] },
    ]);
  });

  it('follows the language, and a profile without a centre name has none in the header', () => {
    const view = printOf('karta-czasu-pracy', { locale: 'en', profile: 'default' });
    expect(view.organisation).toBeUndefined();
    expect(view.title).toBe("Family assistant's monthly time card");
    expect(answer(view, '/month').text).toBe('March 2026');
    expect(tables(view)[0]!.rows[0]!.cells[0]).toEqual(['03/03/2026']);
    expect(view.signatures[0]!.notes).toEqual(['Date of signature: March 31, 2026']);
  });

  it('is rebuilt after a change and kept while nothing changes', () => {
    const { data, profile, asOf } = firstValid('karta-czasu-pracy');
    const model = createFormModel('karta-czasu-pracy', { data, profile, asOf });
    const first = model.getPrintView();
    expect(model.getPrintView()).toBe(first);
    model.setValue('/rows/0/place', 'Ośrodek');
    const next = model.getPrintView();
    expect(next).not.toBe(first);
    expect(tables(next)[0]!.rows[0]!.cells[3]).toEqual(['Ośrodek']);
    model.setLocale('en');
    expect(model.getPrintView().locale).toBe('en');
  });
});

describe('the other forms in print', () => {
  it('prints the service card in its four columns, several fields to a cell', () => {
    const view = printOf('karta-realizacji-uslugi');
    expect(view.orientation).toBe('landscape');
    const [table] = tables(view);
    expect(table!.numbered).toBe(false);
    expect(table!.columns).toEqual([
      'Data, godzina / łącznie czas trwania',
      'Osoby biorące udział / miejsce spotkania',
      'Podjęte działania',
      'Przebieg, tematyka spotkania/rozmowy tel.',
    ]);
    expect(table!.rows[0]!.cells[0]).toHaveLength(3);
    expect(table!.rows[0]!.cells[0]![1]).toMatch(/^\d\d:\d\d–\d\d:\d\d$/);
    // The total sits in the first column: its label goes with the value.
    expect(table!.totals[0]).toMatchObject({ span: 0, after: 3 });
  });

  it('prints the plan\'s three lanes side by side and the SWOT analysis as two tables of two', () => {
    const view = printOf('plan-pracy-z-rodzina');
    const all = tables(view);
    const schedule = all.find((table) => table.pointer === '/schedule/family')!;
    expect(schedule.lanes).toEqual([
      { label: '1. Rodzina', span: 2 },
      { label: '2. Asystent rodziny', span: 2 },
      { label: '3. Pracownik socjalny', span: 2 },
    ]);
    expect(schedule.label).toBe('');
    expect(schedule.columns).toEqual(['Działanie (przewidywany efekt)', 'W terminie', 'Działanie (przewidywany efekt)', 'W terminie', 'Działanie (przewidywany efekt)', 'W terminie']);
    expect(schedule.rows).toHaveLength(6);
    // Three actions of the social worker's lane are fewer than the others': its cells of row 3 are blank.
    expect(schedule.rows[2]!.cells[4]).toEqual([]);
    expect(schedule.rows[0]!.cells[1]).toEqual(['28.02.2026']);
    const swot = all.filter((table) => table.pointer.startsWith('/swot/'));
    expect(swot.map((table) => [table.lanes, table.columns])).toEqual([
      [undefined, ['Mocne strony', 'Słabe strony']],
      [undefined, ['Szanse', 'Zagrożenia']],
    ]);
    expect(all.map((table) => table.pointer)).not.toContain('/schedule/assistant');
  });

  it('prints booleans as tak/nie, choices by their label, money in złoty and long text as it was written', () => {
    const view = printOf('ocena-sytuacji-rodziny');
    expect(answer(view, '/housing/centralHeating').text).toBe('nie');
    expect(answer(view, '/housing/hotWater').text).toBe('tak');
    expect(answer(view, '/housing/ownership').text).toBe('Najem komunalny');
    expect(answer(view, '/incomePerPerson').text).toMatch(/^1731,60\szł$/);
    expect(answer(view, '/functioning/upbringing').long).toBe(true);
    const income = tables(view).find((table) => table.label === 'Wysokość i źródła dochodów')!;
    expect(income.rows[1]!.cells[6]).toEqual([expect.stringMatching(/^1658,00\szł$/), 'Zasiłek dla bezrobotnych']);
    expect(income.totals[0]).toMatchObject({ label: 'Dochód rodziny razem:', span: 8, after: 0 });
    expect(pointers(view)).not.toContain('/totalIncome');
  });

  it('gives unanswered choices boxes to tick, and prints conditional parts on the blank template only', () => {
    const blank = printOf('skierowanie-i-podstawa', { blank: true });
    expect(answer(blank, '/basis').choices).toHaveLength(3);
    expect(answer(blank, '/firstContact/socialWorkerPresent').choices).toEqual(['tak', 'nie']);
    expect(pointers(blank)).toContain('/courtOrder');
    const filled = printOf('skierowanie-i-podstawa');
    const hidden = createFormModel('skierowanie-i-podstawa', { ...firstValid('skierowanie-i-podstawa') }).getState().hidden;
    expect(hidden.length).toBeGreaterThan(0);
    for (const part of hidden) expect(pointers(filled)).not.toContain(part);
  });

  it('prints every built-in form, filled and blank, with its signature lines', () => {
    for (const { id } of listForms()) {
      const definition = getFormDefinition(id);
      for (const view of [printOf(id), printOf(id, { blank: true })]) {
        expect(view.signatures.map((s) => s.label)).toEqual((definition.print?.signatures ?? []).map((s) => s.label.pl));
        expect(view.blocks.length).toBeGreaterThan(0);
        // Text only: nothing that looks like markup or an unformatted ISO date in answers.
        for (const block of allBlocks(view.blocks)) {
          if (block.kind === 'answer') expect(block.text).not.toMatch(/^\d{4}-\d{2}-\d{2}$|</);
        }
      }
    }
  });

  it('prints a list the layout does not name with one column per field of its items', () => {
    const definition = structuredClone(getFormDefinition('karta-czasu-pracy')) as FormDefinition;
    delete definition.print!.tables;
    const { data, profile, asOf } = firstValid('karta-czasu-pracy');
    const [table] = tables(createFormModel(definition, { data, profile, asOf }).getPrintView());
    expect(table!.columns).toEqual(['Data', 'Godzina od… do…', 'Liczba godzin', 'Miejsce spotkania', 'Podpis przedstawiciela rodziny']);
    expect(table!.rows[0]!.cells[4]).toEqual(['tak']);
    expect(table!.totals).toEqual([]);
  });
});

describe('print layouts that name what the form does not have', () => {
  const broken = (change: (print: NonNullable<FormDefinition['print']>) => void) => {
    const definition = structuredClone(getFormDefinition('karta-czasu-pracy')) as FormDefinition;
    change(definition.print!);
    const error = catchAsystaError(() => createFormModel(definition, { locale: 'en' }));
    return error.details.map((detail) => `${detail.path}: ${detail.message}`);
  };

  it('fail at load with the path of each problem', () => {
    expect(
      broken((print) => {
        const table = print.tables![0]!;
        if (!('path' in table)) throw new Error('expected a table of one list');
        table.columns![0]!.fields = ['day'];
        table.columns![4] = { handwritten: true };
        table.totals![0]!.path = '/total';
        table.totals![0]!.column = 'duration';
        print.signatures![1]!.path = '/coordinator';
      }),
    ).toEqual([
      '/print/signatures/1/path: "/coordinator" is not a field of the schema',
      '/print/tables/0/columns/0/fields/0: "day" is not a field of the items of "/rows"',
      '/print/tables/0/columns/4: a column without fields needs a label',
      '/print/tables/0/totals/0/path: "/total" is not a field of the schema',
      '/print/tables/0/totals/0/column: "duration" is not a field of any column of this table',
    ]);
  });

  it('refuse a table of something that is not a list, fields of plain values, and a value printed twice', () => {
    expect(
      broken((print) => {
        print.tables!.push({ path: '/month' }, { lanes: [{ path: '/rows' }, { path: '/nothing' }] });
        print.signatures!.push({ label: { pl: 'Suma', en: 'Total' }, path: '/totalMinutes' });
      }),
    ).toEqual([
      '/print/tables/0/totals/0/path: "/totalMinutes" is already printed by /print/signatures/2/path',
      '/print/tables/1/path: "/month" is not a list of the form',
      '/print/tables/2/lanes/1/path: "/nothing" is not a list of the form',
    ]);
    const plan = structuredClone(getFormDefinition('plan-pracy-z-rodzina')) as FormDefinition;
    plan.print!.tables![0] = { lanes: [{ path: '/swot/strengths' }, { path: '/swot/weaknesses' }], columns: [{ fields: ['text'] }] };
    const error = catchAsystaError(() => createFormModel(plan, { locale: 'pl' }));
    expect(error.details.map((detail) => detail.path)).toEqual(['/print/tables/0/columns/0/fields', '/print/tables/0/columns/0/fields']);
    expect(error.details[0]!.message).toBe('elementy listy „/swot/strengths” są pojedynczymi wartościami: kolumna pokazuje wartość i nie wymienia pól');
  });

  it('are refused by the format when a table names a list inside a list', () => {
    const definition = structuredClone(getFormDefinition('karta-czasu-pracy')) as FormDefinition;
    definition.print!.tables!.push({ path: '/rows/*/time' });
    const error = catchAsystaError(() => createFormModel(definition, { locale: 'en' }));
    expect(error.details.some((detail) => detail.path.startsWith('/print/tables/1'))).toBe(true);
  });
});
