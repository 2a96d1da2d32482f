/**
 * The framework-free form model that every renderer and the server use. It owns the data (one write
 * path: setValue, addItem, removeItem, moveItem, setData), the interaction (touched fields, submit
 * attempts, focus requests, steps) and the view tree renderers draw; `evaluation.ts` computes the state.
 * This module knows no built-in form or profile: model.ts (every built-in) and runtime.ts (one form's
 * module) are the two ways in.
 */
import {
  AsystaError,
  escapePointerToken,
  getAtPointer,
  isDate,
  isLocale,
  isSafeKey,
  parsePointer,
  resolveLimits,
  textOf,
  todayInWarsaw,
  toJsonData,
  type InputLimits,
  type Locale,
} from '@asysta/core';
import { Evaluation, setIn, type Data, type Setup } from './evaluation.js';
import { Interaction, type SaveState } from './interaction.js';
import type { FormListener, FormModel, FormModelOptions, SaveConfirmation, SubmitResult } from './model-types.js';
import { PrintBuilder } from './print-view.js';
import { shownIssues } from './shown.js';
import type { StepSupport } from './step-support.js';
import type { StepControl } from './steps.js';
import { ViewBuilder } from './view-tree.js';
import type { FormViewTree } from './view-types.js';
import type { PrintView } from './print-view.js';

export interface ModelCoreOptions extends FormModelOptions {
  /** Limits for the data (DEFAULT_INPUT_LIMITS of @asysta/core by default, within HARD_INPUT_LIMITS). */
  limits?: Partial<InputLimits>;
}

/** A plain JSON copy within the limits (see @asysta/core's limits); anything else is an AsystaError. */
export function toPlainData(data: unknown, locale: Locale, limits?: InputLimits): Data {
  if (data === undefined || data === null) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new AsystaError('error.data.notObject', locale);
  return toJson(data, '', locale, limits) as Data;
}

/** One walk without recursion that copies JSON data and refuses the rest, located (core's limits). */
function toJson(value: unknown, pointer: string, locale: Locale, limits?: InputLimits): unknown {
  return toJsonData(value, { locale, source: pointer || 'data', ...(limits ? { limits } : {}) });
}

export function resolveOptions(options: FormModelOptions): { locale: Locale; asOf: string } {
  // An unknown locale falls back to Polish: the form stays usable.
  const locale: Locale = isLocale(options.locale) ? options.locale : 'pl';
  const asOf = options.asOf ?? todayInWarsaw();
  if (typeof asOf !== 'string' || !isDate(asOf)) throw new AsystaError('error.asOf.invalid', locale, { value: textOf(asOf) });
  return { locale, asOf };
}

/**
 * The form model over a prepared form and its rules engine. A write that does not fit the form
 * throws an AsystaError naming its pointer and changes nothing.
 */
export function createModel(setup: Setup, options: ModelCoreOptions, resolved: { locale: Locale; asOf: string }, support?: StepSupport): FormModel {
  let locale = resolved.locale;
  const evaluation = new Evaluation(setup, resolved.asOf);
  const builders = new Map<Locale, ViewBuilder>();
  const builder = () => {
    let found = builders.get(locale);
    if (!found) {
      found = new ViewBuilder(setup.form, locale);
      builders.set(locale, found);
    }
    return found;
  };
  const interaction = new Interaction();
  // Steps come with the support the caller passes (model.ts, or a form module that declares steps).
  const attached = support?.attach(setup.form.definition, interaction.steps, options.layout, {
    errorPaths: () => state.errors.map((issue) => issue.path),
    firstField: (pointer) => builder().firstField(pointer, state.draft),
    requestFocus: (id) => interaction.requestFocus(id),
    summaryId: ViewBuilder.summaryId,
    locale: () => locale,
  });
  const steps = attached?.control;
  const limits = resolveLimits(options.limits, locale);
  let raw = toPlainData(options.data, locale, limits);
  interaction.prefill(raw);
  let state = evaluation.run(raw, locale);
  let view: FormViewTree | undefined;
  let printView: PrintView | undefined;
  const printBuilders = new Map<Locale, PrintBuilder>();
  const listeners = new Set<FormListener>();
  let disabled = options.disabled === true;

  const update = (changed?: readonly string[]) => {
    state = evaluation.run(raw, locale, changed);
    notify();
  };
  const notify = () => {
    view = undefined;
    printView = undefined;
    for (const listener of listeners) listener(state);
  };
  const fail = (key: 'error.pointer.invalid' | 'error.pointer.notAField' | 'error.pointer.hidden' | 'error.pointer.notAList', pointer: string): never => {
    throw new AsystaError(key, locale, { pointer });
  };

  /** The tokens of a pointer into a visible part of the form, or an AsystaError. */
  const locate = (pointer: unknown): string[] => {
    if (typeof pointer !== 'string') return fail('error.pointer.invalid', textOf(pointer));
    let tokens: string[];
    try {
      tokens = parsePointer(pointer);
    } catch {
      return fail('error.pointer.invalid', pointer);
    }
    if (!tokens.every(isSafeKey) || !builder().blueprintAt(pointer)) fail('error.pointer.notAField', pointer);
    // Indexes must name an item that exists or the next one, within the list's maxItems: never a gap.
    let node: unknown = state.draft;
    let at = '';
    for (const token of tokens) {
      const blueprint = builder().blueprintAt(at);
      if (blueprint?.kind === 'array') {
        const length = Array.isArray(node) ? node.length : 0;
        const index = Number(token);
        if (index > length) throw new AsystaError('error.pointer.noItem', locale, { pointer: at || '/', index });
        if (index >= blueprint.maxItems) throw new AsystaError('error.pointer.full', locale, { pointer: at || '/', max: blueprint.maxItems });
      }
      at += `/${escapePointerToken(token)}`;
      if (state.hidden.some((hidden) => at === hidden || patternMatches(hidden, at))) fail('error.pointer.hidden', pointer);
      node = node !== null && typeof node === 'object' ? (node as Data)[token] : undefined;
    }
    return tokens;
  };

  const listAt = (pointer: string): { tokens: string[]; items: unknown[]; maxItems: number } => {
    const tokens = locate(pointer);
    const blueprint = builder().blueprintAt(pointer);
    if (blueprint?.kind !== 'array') fail('error.pointer.notAList', pointer);
    const items = getAtPointer(raw, pointer);
    return { tokens, items: Array.isArray(items) ? items : [], maxItems: blueprint!.maxItems };
  };

  const itemIndex = (pointer: string, items: readonly unknown[], index: unknown): number => {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= items.length) {
      throw new AsystaError('error.pointer.noItem', locale, { pointer, index: String(index) });
    }
    return index;
  };

  const changed = () => {
    interaction.save = 'none';
  };

  /** What the host calls about this submit; a later change or submit makes it a no-op. */
  const confirmationOf = (attempt: number): SaveConfirmation => {
    const settle = (next: SaveState) => {
      if (interaction.submitAttempts !== attempt || interaction.save === 'none' || interaction.save === next) return;
      interaction.save = next;
      notify();
    };
    return {
      saved: () => settle('saved'),
      failed: () => settle('failed'),
      waitUntil(promise) {
        settle('saving');
        Promise.resolve(promise).then(
          () => settle('saved'),
          () => settle('failed'),
        );
      },
    };
  };

  const submit = (): SubmitResult => {
    interaction.submitAttempts++;
    interaction.save = state.valid ? 'handed-over' : 'none';
    if (state.valid) interaction.focus = undefined;
    else interaction.requestFocus(ViewBuilder.summaryId);
    notify();
    return { valid: state.valid, data: state.data, report: state.report, errors: state.errors, confirmation: confirmationOf(interaction.submitAttempts) };
  };

  /** A move between steps (or none, in a form on one page): what the person sees changes, the data does not. */
  const step = (move: (control: StepControl) => boolean): boolean => {
    if (!steps?.active) return false;
    const moved = move(steps);
    notify();
    return moved;
  };

  return {
    definition: setup.form.definition,
    getState: () => state,
    getView() {
      if (!view) {
        const submitted = interaction.submitAttempts > 0;
        const checked = steps && ((path: string) => steps.isChecked(path));
        const shown = shownIssues(state, { submitted, touched: interaction.touched, reached: interaction.reached, checked });
        view = builder().build({
          draft: state.draft,
          hidden: state.hidden,
          shown: shown.byPath,
          shownErrors: shown.errors,
          shownWarnings: shown.warnings,
          submitted: interaction.submitAttempts > 0,
          save: interaction.save,
          disabled,
          focus: interaction.focus,
        });
        if (attached) view = attached.build(view, { submitted, locale, labelAt: (pointer) => builder().labelAt(pointer) });
      }
      return view;
    },
    getPrintView() {
      if (!printView) {
        let printer = printBuilders.get(locale);
        if (!printer) {
          printer = new PrintBuilder(setup.form, locale);
          printBuilders.set(locale, printer);
        }
        printView = printer.build({ draft: state.draft, hidden: state.hidden, organisation: setup.engine.profile.organisation });
      }
      return printView;
    },
    getInteraction: () => interaction.snapshot(),
    setData(next, setOptions) {
      const plain = toPlainData(next, locale, limits);
      raw = plain;
      if (setOptions?.interaction) interaction.restore(setOptions.interaction);
      else {
        interaction.clearTouched();
        interaction.prefill(plain);
      }
      changed();
      update();
    },
    setValue(pointer, value) {
      const tokens = locate(pointer);
      if (!tokens.length) fail('error.pointer.notAField', pointer);
      const plain = value === undefined ? undefined : toJson(value, pointer, locale, limits);
      raw = setIn(raw, tokens, plain) as Data;
      changed();
      update(tokens);
    },
    addItem(pointer, value) {
      const { tokens, items, maxItems } = listAt(pointer);
      if (items.length >= maxItems) throw new AsystaError('error.pointer.full', locale, { pointer, max: maxItems });
      const blueprint = builder().blueprintAt(`${pointer}/0`);
      const item = value !== undefined ? toJson(value, `${pointer}/${items.length}`, locale, limits) : blueprint?.kind === 'group' ? {} : blueprint?.kind === 'array' ? [] : '';
      raw = setIn(raw, tokens, [...items, item]) as Data;
      changed();
      state = evaluation.run(raw, locale);
      const at = `${pointer}/${items.length}`;
      const first = builder().firstField(at, state.draft);
      const node = builder().blueprintAt(at);
      interaction.requestFocus(first !== undefined ? builder().fieldId(first) : node?.kind === 'field' ? builder().fieldId(at) : ViewBuilder.itemId(at));
      notify();
      return items.length;
    },
    removeItem(pointer, index) {
      const { tokens, items } = listAt(pointer);
      const removed = itemIndex(pointer, items, index);
      raw = setIn(raw, tokens, items.filter((_, i) => i !== removed)) as Data;
      interaction.reindex(pointer, (i) => (i === removed ? undefined : i > removed ? i - 1 : i));
      changed();
      state = evaluation.run(raw, locale);
      const left = items.length - 1;
      // The next item (now at the same index), else the previous one, else the add button.
      const focusIndex = removed < left ? removed : left > 0 ? left - 1 : undefined;
      interaction.requestFocus(focusIndex === undefined ? ViewBuilder.addId(pointer) : ViewBuilder.itemId(`${pointer}/${focusIndex}`));
      notify();
    },
    moveItem(pointer, from, to) {
      const { tokens, items } = listAt(pointer);
      const source = itemIndex(pointer, items, from);
      const target = itemIndex(pointer, items, to);
      if (source === target) return;
      const next = [...items];
      const [moved] = next.splice(source, 1);
      next.splice(target, 0, moved);
      raw = setIn(raw, tokens, next) as Data;
      interaction.reindex(pointer, (i) => {
        if (i === source) return target;
        if (source < target && i > source && i <= target) return i - 1;
        if (source > target && i >= target && i < source) return i + 1;
        return i;
      });
      changed();
      state = evaluation.run(raw, locale);
      interaction.requestFocus(ViewBuilder.itemId(`${pointer}/${target}`));
      notify();
    },
    touch(pointer) {
      if (typeof pointer !== 'string' || !builder().blueprintAt(pointer)) return;
      if (interaction.touch(pointer)) notify();
    },
    submit,
    advance() {
      if (steps?.active && !steps.reviewing) {
        step((control) => control.next());
        return undefined;
      }
      return submit();
    },
    nextStep: () => step((control) => control.next()),
    previousStep: () => step((control) => control.previous()),
    goToStep(target, focusId) {
      if (!steps) throw new AsystaError('error.step.unknown', locale, { step: textOf(target), available: '—' });
      steps.goTo(target, focusId);
      notify();
    },
    setLayout(layout) {
      if (!steps || (layout !== 'steps' && layout !== 'single') || layout === steps.layout) return;
      steps.layout = layout;
      notify();
    },
    setDisabled(next) {
      if (next === disabled) return;
      disabled = next;
      notify();
    },
    setLocale(next) {
      if (next === locale || !isLocale(next)) return;
      locale = next;
      update();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Does a hidden-part pattern ("/benefit", "/rows/*\/x") cover a concrete pointer? */
function patternMatches(pattern: string, pointer: string): boolean {
  if (!pattern.includes('*')) return pointer === pattern || pointer.startsWith(`${pattern}/`);
  const a = pattern.split('/');
  const b = pointer.split('/');
  return b.length >= a.length && a.every((token, i) => token === b[i] || (token === '*' && /^\d+$/.test(b[i]!)));
}
