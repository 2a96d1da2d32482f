/**
 * The view tree: everything a renderer draws, decided once in @asysta/forms so that every renderer
 * shows the same form. Renderers map nodes to DOM; they never read the JSON Schema. Nodes keep their
 * identity between updates when nothing in them changed, so a renderer can skip them.
 */
import type { SaveState } from './interaction.js';
import type { Issue, Locale } from '@asysta/core';
import type { InputWidget } from './inputs.js';

export type FieldWidget = InputWidget | 'checkbox' | 'select' | 'radio' | 'hidden';
export type DerivedWidget = 'duration' | 'money' | 'number' | 'text';

interface NodeBase {
  /** JSON Pointer of the value ("" for the root). */
  readonly pointer: string;
  /** A DOM-safe id for the pointer, unique in the form ("_rows_3_date"; "" for the root). Renderers prefix it. */
  readonly id: string;
  readonly label: string;
  /** Help under the label or heading. */
  readonly hint?: string | undefined;
  /** Every part up to the root is required (an asterisk next to the label). */
  readonly required: boolean;
  /** False for a conditional part hidden now: not drawn, not validated, its values kept. */
  readonly visible: boolean;
  readonly disabled: boolean;
  /** Issues to show here now (errors, then warnings, then notes). */
  readonly issues: readonly Issue[];
  /** An error is shown here (aria-invalid). */
  readonly invalid: boolean;
}

export interface FieldNode extends NodeBase {
  readonly kind: 'field';
  readonly widget: FieldWidget;
  /** The value in the data (what was typed, also when it does not fit the schema). */
  readonly value: unknown;
  /** What the input shows for the value (dates as DD.MM.RRRR, money with a comma…). */
  readonly text: string;
  /** How the input is written, for inputs that read text as a value ("DD.MM.RRRR"). */
  readonly format?: string | undefined;
  /** Choices of a select or radio group, labels in the locale. */
  readonly options?: readonly { readonly value: unknown; readonly label: string }[] | undefined;
  readonly maxLength?: number | undefined;
}

/** A value the form computes (a row's minutes, the month's total): shown, never typed. */
export interface DerivedNode extends NodeBase {
  readonly kind: 'derived';
  readonly widget: DerivedWidget;
  readonly value: unknown;
  /** The value as words in the locale ("1 godzina 30 minut"), or "—". */
  readonly text: string;
}

/** An object: a fieldset with its legend, or (the root) the form body. */
export interface GroupNode extends NodeBase {
  readonly kind: 'group';
  /** Heading level of its legend (3 for the form's sections, one more per level below). */
  readonly level: number;
  /** "timeRange" for a from–to pair drawn on one line. */
  readonly widget?: 'timeRange' | undefined;
  readonly children: readonly ViewNode[];
}

export interface ArrayNode extends NodeBase {
  readonly kind: 'array';
  readonly level: number;
  readonly items: readonly ItemNode[];
  readonly canAdd: boolean;
  readonly addLabel: string;
  /** Id of the add button (focus goes there when the last item is removed). */
  readonly addId: string;
  /** Shown when there are no items. */
  readonly emptyText: string;
}

export interface ItemNode extends NodeBase {
  readonly kind: 'item';
  readonly index: number;
  readonly level: number;
  readonly canRemove: boolean;
  readonly removeLabel: string;
  /** The item's fields; for a list of plain values, the one field of the item. */
  readonly children: readonly ViewNode[];
}

export type ViewNode = FieldNode | DerivedNode | GroupNode | ArrayNode | ItemNode;

export interface SummaryEntry {
  readonly issue: Issue;
  /** "Spotkanie 3 – Data": where the issue is, as a person reads it. */
  readonly label: string;
  readonly message: string;
  /** Id of the node (or add button) a link in the summary moves focus to. */
  readonly targetId: string;
  /** In a form shown in steps: the step (id) the target is in – a link opens it (`goToStep(step, targetId)`). */
  readonly step?: string | undefined;
}

export interface ErrorSummary {
  readonly id: string;
  readonly title: string;
  readonly errors: readonly SummaryEntry[];
  readonly warnings: readonly SummaryEntry[];
  /** After a failed submit the summary is an alert; before, a labelled region. */
  readonly alert: boolean;
}

/** Where focus goes after the last action; `seq` grows with every request, so a renderer applies each once. */
export interface FocusRequest {
  readonly id: string;
  readonly seq: number;
}

export interface FormViewTree {
  readonly locale: Locale;
  readonly title: string;
  readonly description?: string | undefined;
  readonly root: GroupNode;
  readonly summary: ErrorSummary;
  readonly submitLabel: string;
  /** What became of the last valid submit, in words (empty when nothing): only what the host confirmed. */
  readonly status: string;
  /** The same as a state, for the renderers' styling ("failed" is drawn as an error). */
  readonly save: SaveState;
  readonly focus?: FocusRequest | undefined;
  readonly orientation: 'portrait' | 'landscape';
  /** Labels of the lines to sign on paper. */
  readonly signatures: readonly string[];
  /** A form shown in steps: the indicator, the heading, Back (`root` then holds the current step's parts only). */
  readonly steps?: StepsView | undefined;
  /** The check-your-answers page (in place of the parts) before the submit of a form shown in steps. */
  readonly review?: ReviewView | undefined;
}

/** One step in the indicator. */
export interface StepEntry {
  readonly id: string;
  readonly title: string;
  /** 1, 2, … */
  readonly number: number;
  readonly current: boolean;
  /** Id of its button in the indicator. */
  readonly buttonId: string;
  /** "błędy do poprawienia" when it shows errors now. */
  readonly note?: string | undefined;
}

export interface StepsView {
  /** The indicator's name ("Kroki formularza"). */
  readonly label: string;
  readonly list: readonly StepEntry[];
  /** Index of the current step (the last step's on the check-your-answers page). */
  readonly current: number;
  readonly reviewing: boolean;
  /** "Krok 2 z 5: Cele", or the check-your-answers page's title. */
  readonly heading: string;
  /** Id of the heading: focus goes there when a step opens. */
  readonly headingId: string;
  /** "Wstecz" (`previousStep()`); absent on the first step. */
  readonly backLabel?: string | undefined;
}

/** Where a "Zmień" link goes: `goToStep(step, targetId)`. */
export interface ReviewChange {
  readonly step: string;
  readonly targetId: string;
  readonly label: string;
}

/** One answer: what was asked and what was answered, as text. */
export interface ReviewRow {
  /** Id of the node the answer is from (unique in the form). */
  readonly id: string;
  readonly label: string;
  readonly text: string;
  /** Nothing was answered ("Nie podano"). */
  readonly empty: boolean;
  /** Absent for a value the form computes. */
  readonly change?: ReviewChange | undefined;
}

export interface ReviewSection {
  readonly step: string;
  readonly title: string;
  /** Id of the section's heading. */
  readonly headingId: string;
  readonly rows: readonly ReviewRow[];
}

export interface ReviewView {
  readonly sections: readonly ReviewSection[];
}
