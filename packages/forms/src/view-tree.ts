/**
 * Building the view tree from the definition, the data and the issues to show.
 *
 * A blueprint per field pattern is made once per locale (labels, widgets, order, choices); each update
 * walks it over the data and reuses every node of the last tree whose content did not change, so an
 * unchanged row keeps its identity and a renderer skips it.
 */
import { escapePointerToken as escape, formatDuration, formatMoney, getAtPointer, localize, translate, unescapePointerToken, type Issue, type Locale } from '@asysta/core';
import { formatInput, inputPattern, type InputWidget } from './inputs.js';
import { deref, patternTokens, type Schema } from './paths.js';
import type { SaveState } from './interaction.js';
import type { PreparedForm } from './prepare.js';
import type {
  ArrayNode,
  DerivedNode,
  DerivedWidget,
  FieldNode,
  FieldWidget,
  FocusRequest,
  FormViewTree,
  GroupNode,
  ItemNode,
  SummaryEntry,
  ViewNode,
} from './view-types.js';

/** What the form shows at one field pattern in one locale (the view tree and the print view read it). */
export interface Blueprint {
  pattern: string;
  kind: 'field' | 'derived' | 'group' | 'array';
  widget: string | undefined;
  label: string;
  hint: string | undefined;
  readOnly: boolean;
  /** `"ui:widget": "hidden"`: kept in the data, never drawn (e.g. the case reference). */
  concealed: boolean;
  options?: { value: unknown; label: string }[];
  maxLength?: number;
  minItems: number;
  maxItems: number;
  /** Children of a group, in the UI schema's order, with whether each is required. */
  children: { name: string; required: boolean; blueprint: Blueprint }[];
  item?: Blueprint;
  /** "Spotkanie" for the items of an array. */
  itemLabel?: string;
}

const INPUT_WIDGETS = new Set<string>(['text', 'textarea', 'date', 'month', 'time', 'number', 'money']);
const FIELD_WIDGETS = new Set<string>([...INPUT_WIDGETS, 'checkbox', 'select', 'radio', 'hidden']);
const EMPTY: readonly never[] = Object.freeze([]);

function defaultWidget(schema: Schema): string {
  if (Array.isArray(schema['enum'])) return 'select';
  switch (schema['type']) {
    case 'boolean':
      return 'checkbox';
    case 'integer':
    case 'number':
      return 'number';
  }
  const format = schema['format'];
  return format === 'date' || format === 'month' || format === 'time' ? format : 'text';
}

function uiChild(ui: Schema | undefined, key: string): Schema | undefined {
  const child = ui?.[key];
  return child && typeof child === 'object' && !Array.isArray(child) ? (child as Schema) : undefined;
}

/** The blueprint of a form in one locale. */
export function makeBlueprint(form: PreparedForm, locale: Locale): Blueprint {
  const { definition, schema: root } = form;
  const derived = new Set(form.derived.map((field) => field.pattern));
  const make = (input: Schema, ui: Schema | undefined, pattern: string, depth: number): Blueprint => {
    const schema = deref(input, root);
    const label = definition.labels[pattern];
    const uiWidget = typeof ui?.['ui:widget'] === 'string' ? (ui['ui:widget'] as string) : undefined;
    const readOnly = schema['readOnly'] === true || ui?.['ui:readonly'] === true || derived.has(pattern);
    const common = {
      pattern,
      label: label ? localize(label.title, locale) : (patternTokens(pattern).at(-1) ?? ''),
      hint: label?.help ? localize(label.help, locale) : undefined,
      readOnly,
      concealed: uiWidget === 'hidden',
      minItems: typeof schema['minItems'] === 'number' ? schema['minItems'] : 0,
      maxItems: typeof schema['maxItems'] === 'number' ? schema['maxItems'] : Number.POSITIVE_INFINITY,
      children: [] as Blueprint['children'],
    };
    const properties = schema['properties'];
    if (schema['type'] === 'object' || (properties && typeof properties === 'object')) {
      const props = (properties ?? {}) as Record<string, Schema>;
      const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
      const order = Array.isArray(ui?.['ui:order']) ? (ui['ui:order'] as string[]) : [];
      const names = Object.keys(props);
      const ordered = [...order.filter((name) => name !== '*' && names.includes(name)), ...names.filter((name) => !order.includes(name))];
      const children =
        depth > 16
          ? []
          : ordered.map((name) => ({ name, required: required.has(name), blueprint: make(props[name]!, uiChild(ui, name), `${pattern}/${name}`, depth + 1) }));
      return { ...common, kind: 'group', widget: ui?.['ui:field'] === 'timeRange' ? 'timeRange' : undefined, children };
    }
    const items = schema['items'];
    if (schema['type'] === 'array' && items && typeof items === 'object' && !Array.isArray(items) && depth <= 16) {
      const item = make(items as Schema, uiChild(ui, 'items'), `${pattern}/*`, depth + 1);
      const itemText = definition.labels[`${pattern}/*`];
      return { ...common, kind: 'array', widget: undefined, item, ...(itemText ? { itemLabel: localize(itemText.title, locale) } : {}) };
    }
    const widget = uiWidget ?? defaultWidget(schema);
    const enumValues = Array.isArray(schema['enum']) ? (schema['enum'] as unknown[]) : undefined;
    return {
      ...common,
      kind: readOnly ? 'derived' : 'field',
      widget,
      ...(enumValues
        ? {
            options: enumValues.map((value) => {
              const text = label?.enum?.[String(value)];
              return { value, label: text ? localize(text, locale) : String(value) };
            }),
          }
        : {}),
      ...(typeof schema['maxLength'] === 'number' ? { maxLength: schema['maxLength'] } : {}),
    };
  };
  return make(root, definition.uiSchema as Schema, '', 0);
}

/** A DOM-safe id of a pointer: "/rows/3/date" → "_rows_3_date"; other characters as -hex-. */
export function idOfPointer(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((token) => `_${token === '' ? '-' : unescapePointerToken(token).replace(/[^A-Za-z0-9-]/g, (c) => `-${c.codePointAt(0)!.toString(16)}-`)}`)
    .join('');
}

const SUMMARY_ID = '__summary';

function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((issue, i) => {
    const other = b[i]!;
    return issue.path === other.path && issue.code === other.code && issue.message === other.message && issue.severity === other.severity;
  });
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/** The last node when the new one says the same (children compared by identity). */
function keep<T extends ViewNode>(next: T, previous: ViewNode | undefined): T {
  if (!previous || previous.kind !== next.kind) return next;
  for (const key of Object.keys(next) as (keyof T)[]) {
    const a = next[key];
    const b = (previous as T)[key];
    if (a === b) continue;
    if (key === 'issues') {
      if (!sameIssues(a as readonly Issue[], b as readonly Issue[])) return next;
    } else if (key === 'children' || key === 'items' || key === 'options') {
      if (!Array.isArray(b) || !sameList(a as readonly unknown[], b)) return next;
    } else return next;
  }
  return Object.keys(previous).length === Object.keys(next).length ? (previous as T) : next;
}

function derivedText(widget: DerivedWidget, value: unknown, locale: Locale): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (widget === 'duration') return formatDuration(value, locale);
    if (widget === 'money') return formatMoney(value, locale);
  }
  return String(value);
}

/** Format errors of inputs that read text speak of what a person types ("DD.MM.RRRR"), not of the data's format. */
function forInput(issue: Issue, widget: string, locale: Locale): Issue {
  if (issue.source !== 'schema' || (widget !== 'date' && widget !== 'month' && widget !== 'time')) return issue;
  if (issue.code !== `format.${widget}`) return issue;
  return { ...issue, message: translate(`input.${widget}`, locale) };
}

export interface ViewInput {
  draft: unknown;
  hidden: readonly string[];
  /** The issues to show now, by path. */
  shown: Readonly<Record<string, readonly Issue[]>>;
  /** The same issues in document order (for the summary). */
  shownErrors: readonly Issue[];
  shownWarnings: readonly Issue[];
  submitted: boolean;
  save: SaveState;
  disabled: boolean;
  focus: FocusRequest | undefined;
}

/** The status line's message for each state of a valid submit. */
const SAVE_MESSAGES = { 'handed-over': 'ui.handedOver', saving: 'ui.saving', saved: 'ui.saved', failed: 'ui.saveFailed' } as const;

/** Builds trees for one form in one locale, reusing the nodes of the tree before. */
export class ViewBuilder {
  /** The last tree's nodes by kind and pointer, and the value each was built from. */
  private readonly nodes = new Map<string, ViewNode>();
  private readonly values = new Map<string, unknown>();
  /** The issues shown at each pointer last time, and the hidden parts (and disabled state) then. */
  private lastShown: Record<string, readonly Issue[]> = {};
  private lastHidden: string | undefined;
  /** Pointers whose subtree shows other issues than last time (with their ancestors). */
  private dirty = new Set<string>();
  private readonly blueprint: Blueprint;
  /**
   * The summary's entries by issue, and the last summary: an issue kept from the last run keeps its
   * entry, and unchanged entries keep the summary, so a renderer skips it. Forgotten when the form's
   * shape changes (a list's length, the hidden parts): an entry's target depends on it.
   */
  private entries = new Map<Issue, SummaryEntry>();
  private lastSummary: FormViewTree['summary'] | undefined;
  private shapeChanged = false;
  /** Texts that depend only on the locale (and a row's number), made once. */
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly form: PreparedForm,
    readonly locale: Locale,
  ) {
    this.blueprint = makeBlueprint(form, locale);
  }

  build(input: ViewInput): FormViewTree {
    const { locale, form } = this;
    const t = (key: Parameters<typeof translate>[0], params?: Record<string, string | number>) => translate(key, locale, params);
    const hidden = new Set(input.hidden);
    // Errors on a group or a list show at its first field: that is what the summary links to and
    // what gets aria-invalid. A list without items keeps them (the link goes to its add button).
    const shown: Record<string, Issue[]> = Object.create(null) as Record<string, Issue[]>;
    const relocated = new Map<Issue, string>();
    for (const [path, issues] of Object.entries(input.shown)) {
      // A place the form has no field for (an unknown property) shows on the nearest part it has.
      const known = this.nearestKnown(path);
      for (const issue of issues) {
        let at = known;
        if (issue.severity === 'error' && known === path) {
          const first = this.firstField(path, input.draft);
          if (first !== undefined) at = first;
        }
        if (at !== path) relocated.set(issue, at);
        (shown[at] ??= []).push(issue);
      }
    }

    // A subtree is reused as it is when its value is the same object as last time and none of its
    // issues changed: a keystroke rebuilds its field, its item, its list and the root, nothing else.
    const hiddenKey = `${input.disabled}|${input.hidden.join('|')}`;
    this.shapeChanged = false;
    if (hiddenKey !== this.lastHidden) {
      this.nodes.clear();
      this.values.clear();
      this.lastHidden = hiddenKey;
      this.shapeChanged = true;
    }
    this.dirty = new Set();
    for (const path of new Set([...Object.keys(shown), ...Object.keys(this.lastShown)])) {
      if (sameIssues(shown[path] ?? EMPTY, this.lastShown[path] ?? EMPTY)) continue;
      for (let p = path; !this.dirty.has(p); p = p.slice(0, p.lastIndexOf('/'))) {
        this.dirty.add(p);
        if (p === '') break;
      }
    }
    this.lastShown = shown;
    const root = this.group(this.blueprint, '', input.draft, { required: true, visible: true, level: 2, hidden, shown, disabled: input.disabled, force: false });

    if (this.shapeChanged) this.entries.clear();
    const entries = new Map<Issue, SummaryEntry>();
    const entry = (issue: Issue): SummaryEntry => {
      const at = relocated.get(issue) ?? issue.path;
      // Where an issue shows and what its link targets depend on the form's shape alone.
      let found = this.entries.get(issue);
      if (!found) {
        const node = this.nodeAt(at);
        const targetId = node?.kind === 'array' && node.items.length === 0 ? node.addId : node ? node.id : idOfPointer(at);
        const widget = node && 'widget' in node ? String(node.widget) : '';
        found = { issue, label: this.labelAt(at), message: forInput(issue, widget, locale).message, targetId };
      }
      entries.set(issue, found);
      return found;
    };
    const errors = input.shownErrors.map(entry);
    const warnings = input.shownWarnings.map(entry);
    this.entries = entries;
    const alert = input.submitted && errors.length > 0;
    const last = this.lastSummary;
    const summary =
      last && last.alert === alert && sameList(last.errors, errors) && sameList(last.warnings, warnings)
        ? last
        : { id: SUMMARY_ID, title: errors.length ? t('ui.errorSummary.title') : t('ui.warningSummary.title'), errors, warnings, alert };
    this.lastSummary = summary;
    const { definition } = form;
    return {
      locale,
      title: localize(definition.title, locale),
      ...(definition.description ? { description: localize(definition.description, locale) } : {}),
      root,
      summary,
      submitLabel: t('ui.submit'),
      status: input.save === 'none' ? '' : t(SAVE_MESSAGES[input.save]),
      save: input.save,
      focus: input.focus,
      orientation: definition.print?.orientation ?? 'portrait',
      signatures: (definition.print?.signatures ?? []).map((signature) => localize(signature.label, locale)),
    };
  }

  /** The id of the summary element, for focus requests. */
  static readonly summaryId = SUMMARY_ID;

  static itemId(pointer: string): string {
    return idOfPointer(pointer);
  }

  static addId(arrayPointer: string): string {
    return `${idOfPointer(arrayPointer)}__add`;
  }

  /** The id of the control of a field (a plain value in a list has its item's pointer, and a suffix). */
  fieldId(pointer: string): string {
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    return idOfPointer(pointer) + (pointer !== '' && this.blueprintAt(parent)?.kind === 'array' ? '__value' : '');
  }

  private readonly blueprints = new Map<string, Blueprint | undefined>();
  private readonly labels = new Map<string, string>();

  /** The blueprint at a concrete pointer ("/rows/3/date"), or undefined outside the schema. */
  blueprintAt(pointer: string): Blueprint | undefined {
    if (this.blueprints.has(pointer)) return this.blueprints.get(pointer);
    const found = this.findBlueprint(pointer);
    // Pointers come from the form's own data: a bounded set, looked up on every update.
    if (this.blueprints.size < 100_000) this.blueprints.set(pointer, found);
    return found;
  }

  private findBlueprint(pointer: string): Blueprint | undefined {
    let node: Blueprint | undefined = this.blueprint;
    for (const token of pointer === '' ? [] : pointer.slice(1).split('/')) {
      if (!node) return undefined;
      const name = unescapePointerToken(token);
      node = node.kind === 'array' ? (/^\d+$/.test(token) ? node.item : undefined) : node.children.find((child) => child.name === name)?.blueprint;
    }
    return node;
  }

  /** `pointer`, or its nearest ancestor that the form draws. */
  private nearestKnown(pointer: string): string {
    let at = pointer;
    while (at !== '' && !this.blueprintAt(at)) at = at.slice(0, at.lastIndexOf('/'));
    return at;
  }

  /** The pointer of the first field inside a group, item or list (undefined for a field, or when none). */
  firstField(pointer: string, draft: unknown): string | undefined {
    const start = this.blueprintAt(pointer);
    if (!start || start.kind === 'field' || start.kind === 'derived') return undefined;
    const value = getAtPointer(draft, pointer);
    const find = (bp: Blueprint, at: string, data: unknown): string | undefined => {
      if (bp.kind === 'field') return at;
      if (bp.kind === 'group') {
        for (const child of bp.children) {
          const found = find(child.blueprint, `${at}/${escape(child.name)}`, isRecord(data) ? data[child.name] : undefined);
          if (found !== undefined) return found;
        }
        return undefined;
      }
      if (bp.kind === 'array' && bp.item && Array.isArray(data) && data.length) return find(bp.item, `${at}/0`, data[0]);
      return undefined;
    };
    return find(start, pointer, value);
  }

  /** "Spotkanie 3 – Data": the last two names on the way to a pointer, with the nearest item when they skip it. */
  labelAt(pointer: string): string {
    let label = this.labels.get(pointer);
    if (label === undefined) {
      label = this.findLabel(pointer);
      if (this.labels.size < 100_000) this.labels.set(pointer, label);
    }
    return label;
  }

  private findLabel(pointer: string): string {
    const names: string[] = [];
    let item = -1;
    let node: Blueprint | undefined = this.blueprint;
    for (const token of pointer === '' ? [] : pointer.slice(1).split('/')) {
      if (!node) break;
      if (node.kind === 'array' && /^\d+$/.test(token)) {
        names.push(this.itemLabel(node, Number(token)));
        item = names.length - 1;
        node = node.item;
      } else {
        const name = unescapePointerToken(token);
        node = node.children.find((child) => child.name === name)?.blueprint;
        names.push(node?.label ?? name);
      }
    }
    if (!names.length) return localize(this.form.definition.title, this.locale);
    const start = Math.max(0, names.length - 2);
    const shown = item >= 0 && item < start ? [names[item]!, ...names.slice(start)] : names.slice(start);
    return shown.join(' – ');
  }

  /** Forgets the nodes of the items of `array` from `length` on (they were removed). */
  private forgetBelow(array: string, length: number): void {
    for (const map of [this.nodes, this.values] as Map<string, unknown>[]) {
      for (const key of map.keys()) {
        const pointer = key.slice(key.indexOf(':') + 1);
        if (!pointer.startsWith(`${array}/`)) continue;
        const index = Number(pointer.slice(array.length + 1).split('/')[0]);
        if (index >= length) map.delete(key);
      }
    }
  }

  private text(key: 'ui.addRow' | 'ui.noRows' | 'ui.removeRow', n?: number): string {
    const id = n === undefined ? key : `${key}|${n}`;
    let text = this.texts.get(id);
    if (text === undefined) {
      text = translate(key, this.locale, n === undefined ? {} : { n });
      // Row numbers are bounded by the lists' maxItems, and the data's limits.
      if (this.texts.size < 10_000) this.texts.set(id, text);
    }
    return text;
  }

  private itemLabel(array: Blueprint, index: number): string {
    return array.itemLabel ? `${array.itemLabel} ${index + 1}` : translate('ui.row', this.locale, { n: index + 1 });
  }

  /** Nodes are remembered by kind and pointer: a list of plain values has an item and a field at one pointer. */
  private remember<T extends ViewNode>(node: T): T {
    const key = `${node.kind}:${node.pointer}`;
    const kept = keep(node, this.nodes.get(key));
    this.nodes.set(key, kept);
    return kept;
  }

  /** The node an issue at `pointer` is shown on: a field before the item or list at the same place. */
  private nodeAt(pointer: string): ViewNode | undefined {
    for (const kind of ['field', 'derived', 'array', 'group', 'item']) {
      const node = this.nodes.get(`${kind}:${pointer}`);
      if (node) return node;
    }
    return undefined;
  }

  private base(bp: Blueprint, pointer: string, ctx: Context, label = bp.label, idSuffix = '') {
    const visible = ctx.visible && !bp.concealed && !ctx.hidden.has(bp.pattern) && !ctx.hidden.has(pointer);
    const issues: readonly Issue[] = visible ? (ctx.shown[pointer] ?? EMPTY) : EMPTY;
    return {
      pointer,
      id: idOfPointer(pointer) + idSuffix,
      label,
      hint: bp.hint,
      required: ctx.required,
      visible,
      disabled: ctx.disabled || bp.readOnly,
      issues,
      invalid: issues.some((issue) => issue.severity === 'error'),
    };
  }

  /** The last node at `key`, when it was built from the same value and shows the same issues. */
  private reusable(key: string, pointer: string, value: unknown, ctx: Context): ViewNode | undefined {
    if (ctx.force || this.dirty.has(pointer) || this.values.get(key) !== value) return undefined;
    return this.nodes.get(key);
  }

  private node(bp: Blueprint, pointer: string, value: unknown, ctx: Context, label?: string, idSuffix?: string): ViewNode {
    const key = `${bp.kind}:${pointer}`;
    const reused = this.reusable(key, pointer, value, ctx);
    if (reused) return reused;
    this.values.set(key, value);
    switch (bp.kind) {
      case 'group':
        return this.group(bp, pointer, value, ctx, label);
      case 'array':
        return this.array(bp, pointer, value, ctx);
      case 'derived':
        return this.derived(bp, pointer, value, ctx, label, idSuffix);
      default:
        return this.field(bp, pointer, value, ctx, label, idSuffix);
    }
  }

  private group(bp: Blueprint, pointer: string, value: unknown, ctx: Context, label?: string): GroupNode {
    const base = this.base(bp, pointer, ctx, label);
    const record = isRecord(value) ? value : undefined;
    const level = Math.min(ctx.level, 6);
    const children = bp.children.map((child) => {
      const at = `${pointer}/${escape(child.name)}`;
      // The parts of a hidden part are built too (not visible), so that showing it again is cheap.
      return this.node(child.blueprint, at, record?.[child.name], { ...ctx, required: ctx.required && child.required, level: level + 1, visible: base.visible });
    });
    return this.remember<GroupNode>({ kind: 'group', ...base, level, widget: bp.widget === 'timeRange' ? 'timeRange' : undefined, children });
  }

  private array(bp: Blueprint, pointer: string, value: unknown, ctx: Context): ArrayNode {
    const base = this.base(bp, pointer, ctx);
    const list = Array.isArray(value) ? value : [];
    const level = Math.min(ctx.level, 6);
    const editable = !base.disabled;
    // Items know the list's length (whether they can be removed): a new length rebuilds them all,
    // and forgets the nodes of items that are gone.
    const lengthKey = `length:${pointer}`;
    const lastLength = this.values.get(lengthKey) as number | undefined;
    const force = ctx.force || lastLength !== list.length;
    if (lastLength !== list.length) this.shapeChanged = true;
    if (lastLength !== undefined && lastLength > list.length) this.forgetBelow(pointer, list.length);
    this.values.set(lengthKey, list.length);
    // One context for every item (a keystroke rebuilds one of them and checks the rest).
    const itemCtx = { ...ctx, required: true, level: level + 2, force };
    const items = list.map((itemValue, index) => {
      const at = `${pointer}/${index}`;
      const itemKey = `item:${at}`;
      const reused = this.reusable(itemKey, at, itemValue, itemCtx);
      if (reused) return reused as ItemNode;
      this.values.set(itemKey, itemValue);
      const itemBase = this.base(bp.item!, at, itemCtx, this.itemLabel(bp, index));
      const children: ViewNode[] =
        bp.item!.kind === 'group'
          ? bp.item!.children.map((child) =>
              this.node(child.blueprint, `${at}/${escape(child.name)}`, isRecord(itemValue) ? itemValue[child.name] : undefined, {
                ...itemCtx,
                required: child.required,
              }),
            )
          : [this.node(bp.item!, at, itemValue, itemCtx, itemBase.label, '__value')];
      return this.remember<ItemNode>({
        kind: 'item',
        ...itemBase,
        // An item's own messages (a rule's warning on a whole row) show on it; a plain value's on its field.
        issues: bp.item!.kind === 'group' ? itemBase.issues : EMPTY,
        invalid: bp.item!.kind === 'group' ? itemBase.invalid : false,
        index,
        level: Math.min(level + 1, 6),
        canRemove: editable && list.length > bp.minItems,
        removeLabel: this.text('ui.removeRow', index + 1),
        children,
      });
    });
    return this.remember<ArrayNode>({
      kind: 'array',
      ...base,
      level,
      items,
      canAdd: editable && list.length < bp.maxItems,
      addLabel: this.text('ui.addRow'),
      addId: ViewBuilder.addId(pointer),
      emptyText: this.text('ui.noRows'),
    });
  }

  private field(bp: Blueprint, pointer: string, value: unknown, ctx: Context, label?: string, idSuffix?: string): FieldNode {
    const base = this.base(bp, pointer, ctx, label, idSuffix);
    const widget = (FIELD_WIDGETS.has(bp.widget ?? '') ? bp.widget : 'text') as FieldWidget;
    const input = INPUT_WIDGETS.has(widget) ? (widget as InputWidget) : undefined;
    return this.remember<FieldNode>({
      kind: 'field',
      ...base,
      issues: base.issues.map((issue) => forInput(issue, widget, this.locale)),
      widget,
      value,
      text: input ? formatInput(input, value, this.locale) : value === undefined || value === null ? '' : String(value),
      format: input ? inputPattern(input, this.locale) : undefined,
      options: bp.options,
      maxLength: bp.maxLength,
    });
  }

  private derived(bp: Blueprint, pointer: string, value: unknown, ctx: Context, label?: string, idSuffix?: string): DerivedNode {
    const base = this.base(bp, pointer, ctx, label, idSuffix);
    const widget: DerivedWidget = bp.widget === 'duration' || bp.widget === 'money' || bp.widget === 'number' ? bp.widget : 'text';
    return this.remember<DerivedNode>({ kind: 'derived', ...base, disabled: true, widget, value, text: derivedText(widget, value, this.locale) });
  }
}

interface Context {
  /** Rebuild even what looks unchanged (the list around it changed length). */
  force: boolean;
  required: boolean;
  /** False inside a hidden part. */
  visible: boolean;
  level: number;
  hidden: ReadonlySet<string>;
  shown: Readonly<Record<string, readonly Issue[]>>;
  disabled: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

