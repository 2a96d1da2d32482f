/**
 * A form shown in steps, as renderers draw it: the view tree of the whole form narrowed to the
 * current step (the parts the step holds, and the groups around them), the step indicator and
 * heading ("Krok 2 z 5: Cele"), a summary of the current step's errors (every step's after a
 * submit, each entry naming its step), and the check-your-answers page (GOV.UK pattern: every
 * answer as text, each with a "Zmień" link back to its field).
 */
import { localize, translate, type Locale } from '@asysta/core';
import { isWithin } from './paths.js';
import { STEP_HEADING_ID, type StepControl } from './steps.js';
import type { FieldNode, FormViewTree, GroupNode, ReviewRow, ReviewSection, ReviewView, StepEntry, SummaryEntry, ViewNode } from './view-types.js';

export interface StepViewInput {
  submitted: boolean;
  locale: Locale;
  /** "Spotkanie 3 – Data": a pointer as a person reads it (the summary's labels). */
  labelAt(pointer: string): string;
}

/** Builds the stepped views of one model, reusing what did not change (narrowed roots, the review). */
export class StepViewBuilder {
  private readonly narrowed = new WeakMap<GroupNode, Map<string, GroupNode>>();
  private readonly reviews = new WeakMap<GroupNode, ReviewView>();

  constructor(private readonly control: StepControl) {}

  build(view: FormViewTree, input: StepViewInput): FormViewTree {
    const { control } = this;
    if (!control.active) return view;
    const { plan } = control;
    const { locale } = input;
    const t = (key: Parameters<typeof translate>[0], params?: Record<string, string | number>) => translate(key, locale, params);
    const stepIds = plan.steps.map((step) => step.id);
    const withStep = (entry: SummaryEntry): SummaryEntry => {
      const index = control.stepOfIssue(entry.issue.path);
      return index === undefined ? entry : { ...entry, step: stepIds[index] };
    };
    const errors = view.summary.errors.map(withStep);
    const warnings = view.summary.warnings.map(withStep);

    const current = control.current;
    const reviewing = control.reviewing;
    const currentId = stepIds[current]!;
    // Before a submit a step page lists its own issues (and the whole form's, shown on every step);
    // the review page and a submit list them all.
    const everything = input.submitted || reviewing;
    const mine = (entry: SummaryEntry) => everything || entry.step === undefined || entry.step === currentId;
    const shownErrors = errors.filter(mine);
    const shownWarnings = warnings.filter(mine);
    const withErrors = new Set(errors.map((entry) => entry.step));

    const list: StepEntry[] = plan.steps.map((step, i) => ({
      id: step.id,
      title: localize(step.title, locale),
      number: i + 1,
      current: !reviewing && i === current,
      buttonId: `${STEP_HEADING_ID}_${step.id}`,
      ...(withErrors.has(step.id) ? { note: t('ui.steps.hasErrors') } : {}),
    }));
    const total = list.length;
    return {
      ...view,
      root: reviewing ? this.narrow(view.root, '#review', []) : this.narrow(view.root, currentId, plan.steps[current]!.fields),
      summary: {
        ...view.summary,
        title: shownErrors.length ? t('ui.errorSummary.title') : t('ui.warningSummary.title'),
        errors: shownErrors,
        warnings: shownWarnings,
        alert: shownErrors.length > 0 && (input.submitted || control.state.checked.has(currentId)),
      },
      submitLabel: reviewing ? view.submitLabel : control.state.returnToReview ? t('ui.steps.backToReview') : t('ui.steps.next'),
      steps: {
        label: t('ui.steps.label'),
        list,
        current,
        reviewing,
        heading: reviewing ? t('ui.review.title') : t('ui.steps.heading', { n: current + 1, total, title: list[current]!.title }),
        headingId: STEP_HEADING_ID,
        ...(reviewing || current > 0 ? { backLabel: t('ui.steps.back') } : {}),
      },
      ...(reviewing ? { review: this.review(view.root, input) } : {}),
    };
  }

  /** The root with only the parts of one step (and the groups on the way to them); the same object while the root is. */
  private narrow(root: GroupNode, key: string, fields: readonly string[]): GroupNode {
    let byStep = this.narrowed.get(root);
    if (!byStep) this.narrowed.set(root, (byStep = new Map()));
    let found = byStep.get(key);
    if (!found) {
      const narrowed = narrowGroup(root, fields);
      // A part in no step is never drawn (the case reference): it stays in every step's tree, as on one page.
      const { plan } = this.control;
      const unclaimed = root.children.filter((node) => plan.holding(node.pointer) === undefined && plan.firstInside(node.pointer) === undefined);
      byStep.set(key, (found = unclaimed.length ? { ...narrowed, children: [...unclaimed, ...narrowed.children] } : narrowed));
    }
    return found;
  }

  private review(root: GroupNode, input: StepViewInput): ReviewView {
    let found = this.reviews.get(root);
    if (!found) this.reviews.set(root, (found = buildReview(root, this.control, input)));
    return found;
  }
}

function narrowGroup(group: GroupNode, fields: readonly string[]): GroupNode {
  // In the step's order; a group split between steps shows this step's parts of it.
  const children: ViewNode[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const child = group.children.find((node) => isWithin(field, node.pointer));
    if (!child || seen.has(child.pointer)) continue;
    seen.add(child.pointer);
    if (child.pointer === field || child.kind !== 'group') children.push(child);
    else children.push(narrowGroup(child, fields.filter((f) => isWithin(f, child.pointer))));
  }
  return { ...group, children };
}

/** "Tak" as an answer on its own (the catalogue's "tak" is for within a sentence). */
function capitalized(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The answer of a field as text: the choice's label, Tak/Nie, the typed text. */
function answerText(node: FieldNode, locale: Locale): string {
  if (node.widget === 'checkbox') return capitalized(translate(node.value === true ? 'ui.yes' : 'ui.no', locale), locale);
  if (node.options) return node.options.find((option) => option.value === node.value)?.label ?? '';
  return node.text.trim();
}

function buildReview(root: GroupNode, control: StepControl, input: StepViewInput): ReviewView {
  const { locale } = input;
  const empty = translate('ui.review.empty', locale);
  const changeLabel = translate('ui.review.change', locale);
  const sections: ReviewSection[] = [];
  control.plan.steps.forEach((step) => {
    const rows: ReviewRow[] = [];
    const add = (node: ViewNode, label: string, text: string, targetId: string | undefined) => {
      const blank = text === '';
      rows.push({ id: node.id, label, text: blank ? empty : text, empty: blank, ...(targetId !== undefined ? { change: { step: step.id, targetId, label: changeLabel } } : {}) });
    };
    const walk = (node: ViewNode): void => {
      if (!node.visible) return;
      switch (node.kind) {
        case 'field':
          if (node.widget !== 'hidden') add(node, input.labelAt(node.pointer), answerText(node, locale), node.disabled ? undefined : node.id);
          return;
        case 'derived':
          add(node, input.labelAt(node.pointer), node.text === '—' ? '' : node.text, undefined);
          return;
        case 'group':
          if (node.widget === 'timeRange') {
            const [from, to] = node.children.filter((child): child is FieldNode => child.kind === 'field');
            const text = from && to && (from.text || to.text) ? `${from.text || '…'}–${to.text || '…'}` : '';
            add(node, input.labelAt(node.pointer), text, from && !from.disabled ? from.id : undefined);
          } else node.children.forEach(walk);
          return;
        case 'array':
          if (!node.items.length) add(node, input.labelAt(node.pointer), '', node.canAdd ? node.addId : undefined);
          else node.items.forEach(walk);
          return;
        case 'item':
          node.children.forEach(walk);
          return;
      }
    };
    for (const field of step.fields) {
      const node = nodeAt(root, field);
      if (node) walk(node);
    }
    if (rows.length) sections.push({ step: step.id, title: localize(step.title, locale), headingId: `__review_${step.id}`, rows });
  });
  return { sections };
}

/** The node at a pointer outside arrays (a step's part). */
function nodeAt(root: GroupNode, pointer: string): ViewNode | undefined {
  let node: ViewNode | undefined = root;
  while (node && node.pointer !== pointer) {
    const children: readonly ViewNode[] = node.kind === 'group' ? node.children : [];
    node = children.find((child) => isWithin(pointer, child.pointer));
  }
  return node;
}
