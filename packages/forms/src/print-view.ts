/**
 * The print view: the form as its paper template prints it, decided once here so that every renderer
 * prints the same page. Answers are text (dates in words, tak/nie, złoty, hours), lists are tables in
 * the paper's columns (numbered, padded with blank rows to `print.emptyRows`, with their totals), lists
 * named as lanes stand side by side, and the signature lines close the page. A form with no answer
 * prints as the blank template an assistant fills in by hand: every part (conditional ones too),
 * blank lines, boxes to tick, the blank rows.
 */
import {
  escapePointerToken,
  formatDate,
  formatDuration,
  formatDurationShort,
  formatMoney,
  formatMonth,
  formatNumber,
  isDate,
  isMonth,
  localize,
  translate,
  type Locale,
  type LocalizedText,
  type PrintColumn,
  type PrintLayout,
  type PrintTable as PrintTableLayout,
} from '@asysta/core';
import { formatInput } from './inputs.js';
import { patternTokens } from './paths.js';
import type { PreparedForm } from './prepare.js';
import { makeBlueprint, type Blueprint } from './view-tree.js';

/** A heading with what is under it: a group of the form ("Adres", "Warunki mieszkaniowe"). */
export interface PrintSection {
  readonly kind: 'section';
  readonly pointer: string;
  readonly label: string;
  /** Heading level (3 for the form's sections, one more per level below; the title is 2). */
  readonly level: number;
  readonly blocks: readonly PrintBlock[];
}

/** One answer as text, or a line (a box for long text, boxes to tick for choices) to fill by hand. */
export interface PrintAnswer {
  readonly kind: 'answer';
  readonly pointer: string;
  readonly label: string;
  /** The answer as text ("5 marca 2026", "tak", "1200,00 zł"); "" when there is none. */
  readonly text: string;
  /** No answer: printed as a line (or box) to write on. */
  readonly blank: boolean;
  /** Long text: the answer keeps its line breaks; a blank one is a box of several lines. */
  readonly long: boolean;
  /** For a blank choice (a select, radio or checkbox): the options, each with a box to tick. */
  readonly choices?: readonly string[] | undefined;
}

/** A lane heading over its columns (the plan's "1. Rodzina", "2. Asystent rodziny"…). */
export interface PrintLane {
  readonly label: string;
  /** The number of columns under it. */
  readonly span: number;
}

export interface PrintRow {
  /** "1", "2"… when the table is numbered (blank rows too); "" otherwise. */
  readonly number: string;
  /** One entry per column: the lines of the cell (one per field it shows); none in a blank cell. */
  readonly cells: readonly (readonly string[])[];
}

/** A total under a table: the label fills the cells before its column, the value is under it. */
export interface PrintTotal {
  readonly label: string;
  /** Cells the label spans, the "Lp." cell included (0: the label goes with the value). */
  readonly span: number;
  readonly text: string;
  /** Empty cells after the value. */
  readonly after: number;
}

export interface PrintTable {
  readonly kind: 'table';
  /** The list's pointer (the first lane's for lanes). */
  readonly pointer: string;
  /** The caption ("" for none). */
  readonly label: string;
  /** Lanes side by side, over the columns; absent for one list. */
  readonly lanes?: readonly PrintLane[] | undefined;
  /** A first "Lp." column. */
  readonly numbered: boolean;
  /** The heading of the "Lp." column. */
  readonly numberLabel: string;
  /** Column headings, left to right (every lane's in turn). */
  readonly columns: readonly string[];
  readonly rows: readonly PrintRow[];
  readonly totals: readonly PrintTotal[];
}

export type PrintBlock = PrintSection | PrintAnswer | PrintTable;

export interface PrintSignature {
  readonly label: string;
  /** What the data says of it, e.g. "Data podpisu: 31 marca 2026"; none on a blank form. */
  readonly notes: readonly string[];
}

export interface PrintView {
  readonly locale: Locale;
  readonly title: string;
  /** The centre's name from the profile ("Ośrodek Pomocy Społecznej w Milanówku"), when it has one. */
  readonly organisation?: string | undefined;
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  /** Nothing answered yet: the blank paper template. */
  readonly blank: boolean;
  /** The accessible name of the print view ("Wersja do druku: …"). */
  readonly label: string;
  /** The print button's text. */
  readonly printLabel: string;
  readonly blocks: readonly PrintBlock[];
  readonly signatures: readonly PrintSignature[];
}

export interface PrintInput {
  /** Everything typed plus derived values (the model's `draft`). */
  draft: unknown;
  /** Patterns of the conditional parts hidden now (they do not print, except on a blank form). */
  hidden: readonly string[];
  organisation?: LocalizedText | undefined;
}

type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);
const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

function child(bp: Blueprint | undefined, name: string): Blueprint | undefined {
  if (!bp) return undefined;
  if (bp.kind === 'array') return name === '*' ? bp.item : undefined;
  return bp.children.find((c) => c.name === name)?.blueprint;
}

/** The blueprint at a pattern relative to `bp` ("time", "income/wages", "*"). */
function blueprintAt(bp: Blueprint | undefined, relative: string): Blueprint | undefined {
  let node = bp;
  for (const token of relative.split('/')) node = token === '' ? node : child(node, token);
  return node;
}

function valueAt(value: unknown, relative: string): unknown {
  let node = value;
  for (const token of relative.split('/')) {
    if (token === '') continue;
    node = isRecord(node) ? node[token] : Array.isArray(node) && /^\d+$/.test(token) ? node[Number(token)] : undefined;
  }
  return node;
}

/** Anything typed (not computed) in this part of the data? */
function answered(bp: Blueprint, value: unknown): boolean {
  if (bp.concealed || bp.kind === 'derived') return false;
  if (bp.kind === 'field') return !isEmpty(value);
  if (bp.kind === 'array') return Array.isArray(value) && value.some((item) => (bp.item ? answered(bp.item, item) : false));
  return isRecord(value) && bp.children.some((c) => answered(c.blueprint, value[c.name]));
}

/** Builds print views of one form in one locale. */
export class PrintBuilder {
  private readonly blueprint: Blueprint;
  private readonly layout: PrintLayout | undefined;
  private readonly t: (key: Parameters<typeof translate>[0]) => string;

  constructor(
    private readonly form: PreparedForm,
    readonly locale: Locale,
  ) {
    this.blueprint = makeBlueprint(form, locale);
    this.layout = form.definition.print;
    this.t = (key) => translate(key, locale);
  }

  build(input: PrintInput): PrintView {
    const { definition } = this.form;
    const { locale } = this;
    const layout = this.layout;
    const blank = !answered(this.blueprint, input.draft);
    // What prints elsewhere than among the answers: a signature's part by its line, a total under its table.
    const elsewhere = new Set<string>([...(layout?.signatures ?? []).flatMap((s) => (s.path ? [s.path] : [])), ...(layout?.tables ?? []).flatMap((t) => ('totals' in t ? (t.totals ?? []).map((total) => total.path) : []))]);
    const context: WalkContext = { draft: input.draft, hidden: new Set(blank ? [] : input.hidden), elsewhere, blank };
    const title = localize(definition.title, locale);
    return {
      locale,
      title,
      ...(input.organisation ? { organisation: localize(input.organisation, locale) } : {}),
      paper: 'A4',
      orientation: layout?.orientation ?? 'portrait',
      blank,
      label: translate('print.region', locale, { title }),
      printLabel: this.t('print.button'),
      blocks: this.blocks(this.blueprint, '', input.draft, 3, context),
      signatures: (layout?.signatures ?? []).map((signature) => ({
        label: localize(signature.label, locale),
        notes: signature.path && !blank ? this.notes(signature.path, input.draft) : [],
      })),
    };
  }

  private blocks(bp: Blueprint, pointer: string, value: unknown, level: number, context: WalkContext): PrintBlock[] {
    const out: PrintBlock[] = [];
    const record = isRecord(value) ? value : undefined;
    for (const { name, blueprint } of bp.children) {
      const at = `${pointer}/${escapePointerToken(name)}`;
      const { pattern } = blueprint;
      if (blueprint.concealed || context.hidden.has(pattern) || context.elsewhere.has(pattern)) continue;
      const childValue = record?.[name];
      if (blueprint.kind === 'array') {
        const tables = this.tablesOf(pattern);
        if (tables.length) out.push(...tables.map((table) => this.table(table, context)));
        // A list of a lane table prints with its first lane; the other lanes are in it already.
        else if (!this.inLanes(pattern)) out.push(this.table({ path: pattern }, context));
      } else if (blueprint.kind === 'group' && blueprint.widget !== 'timeRange') {
        const blocks = this.blocks(blueprint, at, childValue, level + 1, context);
        if (blocks.length) out.push({ kind: 'section', pointer: at, label: blueprint.label, level: Math.min(level, 6), blocks });
      } else {
        out.push(this.answer(blueprint, at, childValue, context));
      }
    }
    return out;
  }

  /** The tables of the layout whose list (or first lane) is `pattern`. */
  private tablesOf(pattern: string): PrintTableLayout[] {
    return (this.layout?.tables ?? []).filter((table) => ('lanes' in table ? table.lanes[0]?.path : table.path) === pattern);
  }

  private inLanes(pattern: string): boolean {
    return (this.layout?.tables ?? []).some((table) => 'lanes' in table && table.lanes.some((lane) => lane.path === pattern));
  }

  private answer(bp: Blueprint, pointer: string, value: unknown, context: WalkContext): PrintAnswer {
    const text = context.blank && bp.kind === 'derived' ? '' : this.text(bp, value, false);
    const blank = text === '';
    const choices = blank && bp.kind === 'field' ? this.choices(bp) : undefined;
    return { kind: 'answer', pointer, label: bp.label, text, blank, long: bp.widget === 'textarea', ...(choices ? { choices } : {}) };
  }

  private choices(bp: Blueprint): string[] | undefined {
    if (bp.options?.length) return bp.options.map((option) => option.label);
    if (bp.widget === 'checkbox') return [this.t('print.yes'), this.t('print.no')];
    return undefined;
  }

  /** A value as the paper shows it; in a table (`short`) dates as DD.MM.RRRR and hours abbreviated. */
  private text(bp: Blueprint, value: unknown, short: boolean): string {
    if (isEmpty(value)) return '';
    const { locale } = this;
    if (bp.kind === 'group') {
      if (!isRecord(value)) return String(value);
      if (bp.widget === 'timeRange') {
        const [from, to] = [value['from'], value['to']].map((v) => (isEmpty(v) ? '' : String(v)));
        return from || to ? `${from}–${to}` : '';
      }
      return bp.children
        .map((c) => this.text(c.blueprint, value[c.name], short))
        .filter(Boolean)
        .join(', ');
    }
    if (bp.kind === 'array') {
      if (!Array.isArray(value) || !bp.item) return String(value);
      const item = bp.item;
      return value
        .map((v) => this.text(item, v, short))
        .filter(Boolean)
        .join(item.kind === 'group' ? '; ' : ', ');
    }
    const option = bp.options?.find((o) => o.value === value);
    if (option) return option.label;
    if (typeof value === 'boolean') return this.t(value ? 'print.yes' : 'print.no');
    if (typeof value === 'string') {
      if (bp.widget === 'date' && isDate(value)) return short ? formatInput('date', value, locale) : formatDate(value, locale);
      if (bp.widget === 'month' && isMonth(value)) return formatMonth(value, locale);
      return value;
    }
    if (typeof value === 'number' && Number.isFinite(value)) {
      if (bp.widget === 'duration') return short ? formatDurationShort(value, locale) : formatDuration(value, locale);
      if (bp.widget === 'money') return formatMoney(value, locale);
      return formatNumber(value, locale);
    }
    return String(value);
  }

  /** The lines of one cell: each field's text; a group's (not a time range) as "label: text" lines. */
  private cell(item: Blueprint | undefined, value: unknown, column: ColumnPlan): string[] {
    if (column.handwritten || !item) return [];
    if (!column.fields.length) {
      const text = this.text(item, value, true);
      return text ? [text] : [];
    }
    const lines: string[] = [];
    for (const field of column.fields) {
      const bp = blueprintAt(item, field);
      if (!bp) continue;
      const fieldValue = valueAt(value, field);
      if (bp.kind === 'group' && bp.widget !== 'timeRange') {
        for (const c of bp.children) {
          const text = isRecord(fieldValue) ? this.text(c.blueprint, fieldValue[c.name], true) : '';
          if (text) lines.push(`${c.blueprint.label}: ${text}`);
        }
      } else {
        const text = this.text(bp, fieldValue, true);
        if (text) lines.push(text);
      }
    }
    return lines;
  }

  /** The columns of a list: the layout's, or one per field of its items (the value, for plain items). */
  private columns(list: Blueprint, given: readonly PrintColumn[] | undefined, fallback: string): ColumnPlan[] {
    const item = list.item;
    const { locale } = this;
    if (given?.length) {
      return given.map((column) => {
        const fields = column.fields ?? [];
        const label = column.label
          ? localize(column.label, locale)
          : fields.length
            ? fields.map((field) => blueprintAt(item, field)?.label ?? field).join(', ')
            : fallback;
        return { label, fields, handwritten: column.handwritten === true };
      });
    }
    if (item?.kind === 'group' && item.widget !== 'timeRange') {
      return item.children.filter((c) => !c.blueprint.concealed).map((c) => ({ label: c.blueprint.label, fields: [c.name], handwritten: false }));
    }
    return [{ label: fallback, fields: [], handwritten: false }];
  }

  private table(table: PrintTableLayout, context: WalkContext): PrintTable {
    const { locale } = this;
    const lanes = 'lanes' in table ? table.lanes : [{ path: table.path }];
    const plans = lanes.map((lane) => {
      const list = blueprintAt(this.blueprint, patternTokens(lane.path).join('/'));
      const label = lane.label ? localize(lane.label, locale) : (list?.label ?? lane.path);
      const items = context.blank ? [] : valueAt(context.draft, lane.path.slice(1));
      return { label, list, items: Array.isArray(items) ? items : [], columns: list ? this.columns(list, table.columns, label) : [] };
    });
    const first = plans[0]!;
    const numbered = !('lanes' in table) && table.numbered !== false;
    const emptyRows = table.emptyRows ?? this.layout?.emptyRows ?? 0;
    const count = Math.max(emptyRows, ...plans.map((plan) => plan.items.length));
    const rows: PrintRow[] = [];
    for (let i = 0; i < count; i++) {
      rows.push({
        number: numbered ? String(i + 1) : '',
        cells: plans.flatMap((plan) => plan.columns.map((column) => (i < plan.items.length ? this.cell(plan.list?.item, plan.items[i], column) : []))),
      });
    }
    // One column per lane (lists of plain values): the lane's name is the column's heading.
    const laneRow = 'lanes' in table && plans.some((plan) => plan.columns.length > 1 || table.columns !== undefined);
    const columns = plans.flatMap((plan) => plan.columns.map((column) => column.label));
    const cellCount = columns.length + (numbered ? 1 : 0);
    const totals = ('totals' in table ? (table.totals ?? []) : []).map((total): PrintTotal => {
      const index = first.columns.findIndex((column) => column.fields.includes(total.column));
      const at = (numbered ? 1 : 0) + Math.max(index, 0);
      const bp = blueprintAt(this.blueprint, patternTokens(total.path).join('/'));
      const text = context.blank || !bp ? '' : this.text(bp, valueAt(context.draft, total.path.slice(1)), true);
      return { label: localize(total.label, locale), span: at, text, after: cellCount - at - 1 };
    });
    return {
      kind: 'table',
      pointer: lanes[0]!.path,
      // Lanes carry their own headings: no caption unless the layout gives one.
      label: table.label ? localize(table.label, locale) : 'lanes' in table ? '' : first.label,
      ...(laneRow ? { lanes: plans.map((plan) => ({ label: plan.label, span: plan.columns.length })) } : {}),
      numbered,
      numberLabel: this.t('print.ordinal'),
      columns,
      rows,
      totals,
    };
  }

  /** What the data says of a signature: its part's answers ("Data podpisu: …"), the tick itself aside. */
  private notes(path: string, draft: unknown): string[] {
    const bp = blueprintAt(this.blueprint, patternTokens(path).join('/'));
    if (!bp) return [];
    const value = valueAt(draft, path.slice(1));
    const parts = bp.kind === 'group' && bp.widget !== 'timeRange' ? bp.children.map((c) => ({ bp: c.blueprint, value: isRecord(value) ? value[c.name] : undefined })) : [{ bp, value }];
    return parts.flatMap((part) => {
      if (part.bp.widget === 'checkbox' || typeof part.value === 'boolean') return [];
      const text = this.text(part.bp, part.value, false);
      return text ? [`${part.bp.label}: ${text}`] : [];
    });
  }
}

interface WalkContext {
  draft: unknown;
  hidden: ReadonlySet<string>;
  elsewhere: ReadonlySet<string>;
  blank: boolean;
}

interface ColumnPlan {
  label: string;
  fields: readonly string[];
  handwritten: boolean;
}
