/**
 * The view tree as Lit templates: the same DOM as <AsystaForm> draws (classes, ids, `data-pointer`,
 * ARIA), so one stylesheet and one conformance suite serve both. Each node is drawn through `guard`
 * on its identity: a node the model did not rebuild is skipped, so a keystroke touches the field, its
 * item, its list and the root. Every change goes through the model.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  parseInput,
  translate,
  type ArrayNode,
  type DerivedNode,
  type ErrorSummary,
  type FieldNode,
  type FormModel,
  type GroupNode,
  type InputWidget,
  type Issue,
  type ItemNode,
  type Locale,
  type ViewNode,
} from '@asysta/forms/runtime';

export interface RenderContext {
  model: FormModel;
  locale: Locale;
  prefix: string;
  /** Runs a write of the person's (errors the model refuses change nothing). */
  write: (action: (model: FormModel) => void) => void;
  /** What is typed into a text input while it has the focus, by pointer (shown instead of the model's text). */
  editing: Map<string, string>;
  navigate: (id: string) => void;
}

const PREFIX = { error: 'ui.errorPrefix', warning: 'ui.warningPrefix', info: 'ui.infoPrefix' } as const;

function required(flag: boolean) {
  return flag ? html`<span class="asysta-required" aria-hidden="true"> *</span>` : nothing;
}

function described(domId: string, node: ViewNode, extraHint?: string) {
  const hintId = node.hint || extraHint ? `${domId}__hint` : undefined;
  const issuesId = node.issues.length ? `${domId}__issues` : undefined;
  return { hintId, issuesId, describedBy: [issuesId, hintId].filter(Boolean).join(' ') || undefined };
}

function hint(id: string | undefined, text?: string, format?: string) {
  return id ? html`<p id=${id} class="asysta-help">${[text, format].filter(Boolean).join(' ')}</p>` : nothing;
}

function referenceText(issue: Issue, locale: Locale): string | undefined {
  const ref = issue.reference;
  if (!ref) return undefined;
  const parts = [ref.title[locale], ref.article, ref.journal].filter((p): p is string => Boolean(p));
  return parts.length ? translate('ui.source', locale, { source: parts.join(', ') }) : undefined;
}

/** The messages at one node: text only, each with its kind spelled out for screen readers. */
export function issueList(id: string | undefined, issues: readonly Issue[], locale: Locale) {
  if (!id || !issues.length) return nothing;
  return html`<ul id=${id} class="asysta-issues" part="issues">
    ${issues.map((issue) => {
      const reference = referenceText(issue, locale);
      return html`<li class="asysta-issue asysta-issue--${issue.severity}" data-severity=${issue.severity} data-code=${issue.code}>
        <span class="asysta-issue__kind">${translate(PREFIX[issue.severity], locale)}: </span><span class="asysta-issue__message">${issue.message}</span>${reference ? html`<small class="asysta-issue__reference">${reference}</small>` : nothing}
      </li>`;
    })}
  </ul>`;
}

function heading(level: number, content: unknown) {
  const cls = `asysta-heading asysta-heading--${level}`;
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2:
      return html`<h2 class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls}>${content}</h5>`;
    default:
      return html`<h6 class=${cls}>${content}</h6>`;
  }
}

function textInput(ctx: RenderContext, node: FieldNode, domId: string, describedBy: string | undefined) {
  const widget = node.widget as InputWidget;
  const numeric = widget === 'number' || widget === 'money' || widget === 'date' || widget === 'time' || widget === 'month';
  const value = ctx.editing.get(node.pointer) ?? node.text;
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    ctx.editing.set(node.pointer, text);
    ctx.write((model) => model.setValue(node.pointer, parseInput(widget, text)));
  };
  const onFocus = () => ctx.editing.set(node.pointer, node.text);
  const onBlur = (event: Event) => {
    ctx.editing.delete(node.pointer);
    // Leaving the input shows the model's text ("05.03.2026" for "5.03.2026"), even when the node is unchanged.
    (event.target as HTMLInputElement | HTMLTextAreaElement).value = node.text;
    ctx.write((model) => model.touch(node.pointer));
  };
  if (widget === 'textarea') {
    return html`<textarea id=${domId} name=${domId} part="input" class="asysta-input asysta-input--textarea" rows="4"
      .value=${live(value)} ?disabled=${node.disabled} aria-required=${node.required ? 'true' : nothing} aria-invalid=${node.invalid ? 'true' : nothing}
      aria-describedby=${describedBy ?? nothing} maxlength=${node.maxLength ?? nothing} @input=${onInput} @focus=${onFocus} @blur=${onBlur}></textarea>`;
  }
  return html`<input type="text" autocomplete="off" id=${domId} name=${domId} part="input" class="asysta-input asysta-input--${widget}"
    inputmode=${widget === 'money' ? 'decimal' : numeric ? 'numeric' : nothing} .value=${live(value)} ?disabled=${node.disabled}
    aria-required=${node.required ? 'true' : nothing} aria-invalid=${node.invalid ? 'true' : nothing} aria-describedby=${describedBy ?? nothing}
    maxlength=${node.maxLength ?? nothing} @input=${onInput} @focus=${onFocus} @blur=${onBlur} />`;
}

function field(ctx: RenderContext, node: FieldNode) {
  if (!node.visible || node.widget === 'hidden') return nothing;
  const domId = ctx.prefix + node.id;
  const { hintId, issuesId, describedBy } = described(domId, node, node.format);
  const cls = `asysta-field asysta-field--${node.widget}${node.invalid ? ' asysta-field--error' : ''}`;
  const touch = () => ctx.write((model) => model.touch(node.pointer));
  const messages = issueList(issuesId, node.issues, ctx.locale);
  if (node.widget === 'checkbox') {
    return html`<div class=${cls} data-pointer=${node.pointer} part="field">
      ${messages}
      <div class="asysta-checkbox">
        <input type="checkbox" id=${domId} name=${domId} .checked=${live(node.value === true)} ?disabled=${node.disabled}
          aria-required=${node.required ? 'true' : nothing} aria-invalid=${node.invalid ? 'true' : nothing} aria-describedby=${describedBy ?? nothing}
          @change=${(event: Event) => ctx.write((model) => model.setValue(node.pointer, (event.target as HTMLInputElement).checked))} @blur=${touch} />
        <label for=${domId} class="asysta-label asysta-label--inline" part="label">${node.label}${required(node.required)}</label>
      </div>
      ${hint(hintId, node.hint)}
    </div>`;
  }
  const options = node.options ?? [];
  const selected = options.findIndex((option) => option.value === node.value);
  if (node.widget === 'radio') {
    return html`<fieldset class="${cls} asysta-radio" data-pointer=${node.pointer} aria-describedby=${describedBy ?? nothing} part="field">
      <legend class="asysta-label" part="label">${node.label}${required(node.required)}</legend>
      ${hint(hintId, node.hint)} ${messages}
      ${options.map((option, index) => {
        const optionId = index === 0 ? domId : `${domId}-${index}`;
        return html`<div class="asysta-radio__option">
          <input type="radio" id=${optionId} name=${domId} .checked=${live(selected === index)} ?disabled=${node.disabled} aria-invalid=${node.invalid ? 'true' : nothing}
            @change=${() => ctx.write((model) => model.setValue(node.pointer, option.value))} @blur=${touch} />
          <label for=${optionId}>${option.label}</label>
        </div>`;
      })}
    </fieldset>`;
  }
  return html`<div class=${cls} data-pointer=${node.pointer} part="field">
    <label for=${domId} class="asysta-label" part="label">${node.label}${required(node.required)}</label>
    ${hint(hintId, node.hint, node.format)} ${messages}
    ${node.widget === 'select'
      ? html`<select id=${domId} name=${domId} part="input" class="asysta-input asysta-select" ?disabled=${node.disabled}
          aria-required=${node.required ? 'true' : nothing} aria-invalid=${node.invalid ? 'true' : nothing} aria-describedby=${describedBy ?? nothing}
          @change=${(event: Event) => {
            const index = (event.target as HTMLSelectElement).value;
            ctx.write((model) => model.setValue(node.pointer, index === '' ? undefined : options[Number(index)]?.value));
          }} @blur=${touch}>
          <option value="" .selected=${live(selected < 0)}></option>
          ${options.map((option, index) => html`<option value=${String(index)} .selected=${live(selected === index)}>${option.label}</option>`)}
        </select>`
      : textInput(ctx, node, domId, describedBy)}
  </div>`;
}

function derived(ctx: RenderContext, node: DerivedNode) {
  if (!node.visible) return nothing;
  const domId = ctx.prefix + node.id;
  const { hintId, issuesId, describedBy } = described(domId, node);
  return html`<div class="asysta-field asysta-field--derived" data-pointer=${node.pointer} part="field">
    <span class="asysta-label" id="${domId}__label" part="label">${node.label}</span>
    ${hint(hintId, node.hint)} ${issueList(issuesId, node.issues, ctx.locale)}
    <output id=${domId} class="asysta-output" aria-live="off" aria-labelledby="${domId}__label" aria-describedby=${describedBy ?? nothing} tabindex="-1">${node.text}</output>
  </div>`;
}

function children(ctx: RenderContext, nodes: readonly ViewNode[]) {
  return repeat(nodes, (child) => `${child.kind}${child.pointer}`, (child) => nodeTemplate(ctx, child));
}

function group(ctx: RenderContext, node: GroupNode) {
  if (!node.visible) return nothing;
  const domId = ctx.prefix + node.id;
  const { hintId, issuesId, describedBy } = described(domId, node);
  if (node.pointer === '') {
    return html`<div class="asysta-object asysta-object--root" id=${domId} tabindex="-1" data-pointer="">
      ${issueList(issuesId, node.issues, ctx.locale)} ${children(ctx, node.children)}
    </div>`;
  }
  const timeRange = node.widget === 'timeRange';
  return html`<fieldset class="asysta-object${timeRange ? ' asysta-time-range' : ''}${node.invalid ? ' asysta-object--error' : ''}" id=${domId} tabindex="-1"
    aria-describedby=${describedBy ?? nothing} data-pointer=${node.pointer}>
    <legend class="asysta-legend">${timeRange ? html`<span class="asysta-label">${node.label}${required(node.required)}</span>` : heading(node.level, node.label)}</legend>
    ${hint(hintId, node.hint)} ${issueList(issuesId, node.issues, ctx.locale)}
    <div class=${timeRange ? 'asysta-time-range__inputs' : 'asysta-object__fields'}>${children(ctx, node.children)}</div>
  </fieldset>`;
}

function item(ctx: RenderContext, node: ItemNode) {
  const domId = ctx.prefix + node.id;
  const arrayPointer = node.pointer.slice(0, node.pointer.lastIndexOf('/'));
  const { issuesId, describedBy } = described(domId, node);
  const remove = node.canRemove
    ? html`<button type="button" part="button" class="asysta-button asysta-button--remove" @click=${() => ctx.write((model) => model.removeItem(arrayPointer, node.index))}>${node.removeLabel}</button>`
    : nothing;
  const plain = node.children.length === 1 && node.children[0]!.pointer === node.pointer;
  if (plain) {
    return html`<li class="asysta-array__item asysta-array__item--plain" id=${domId} tabindex="-1">${children(ctx, node.children)} ${remove}</li>`;
  }
  return html`<li class="asysta-array__item">
    <fieldset class="asysta-object asysta-object--item" id=${domId} tabindex="-1" aria-describedby=${describedBy ?? nothing} data-pointer=${node.pointer}>
      <legend class="asysta-legend">${heading(node.level, node.label)}</legend>
      ${issueList(issuesId, node.issues, ctx.locale)}
      <div class="asysta-object__fields">${children(ctx, node.children)}</div>
    </fieldset>
    ${remove}
  </li>`;
}

function array(ctx: RenderContext, node: ArrayNode) {
  if (!node.visible) return nothing;
  const domId = ctx.prefix + node.id;
  const { hintId, issuesId, describedBy } = described(domId, node);
  return html`<fieldset class="asysta-array${node.invalid ? ' asysta-array--error' : ''}" id=${domId} tabindex="-1" aria-describedby=${describedBy ?? nothing} data-pointer=${node.pointer}>
    <legend class="asysta-legend">${heading(node.level, html`${node.label}${required(node.required)}`)}</legend>
    ${hint(hintId, node.hint)} ${issueList(issuesId, node.issues, ctx.locale)}
    ${node.items.length
      ? html`<ol class="asysta-array__items">${repeat(node.items, (i) => i.pointer, (i) => nodeTemplate(ctx, i))}</ol>`
      : html`<p class="asysta-array__empty">${node.emptyText}</p>`}
    ${node.canAdd
      ? html`<button type="button" part="button" id=${ctx.prefix + node.addId} class="asysta-button asysta-button--add" @click=${() => ctx.write((model) => model.addItem(node.pointer))}>${node.addLabel}</button>`
      : nothing}
  </fieldset>`;
}

/** One node, redrawn only when the model rebuilt it. */
export function nodeTemplate(ctx: RenderContext, node: ViewNode): unknown {
  return guard([node, ctx], () => {
    switch (node.kind) {
      case 'field':
        return field(ctx, node);
      case 'derived':
        return derived(ctx, node);
      case 'group':
        return group(ctx, node);
      case 'array':
        return array(ctx, node);
      case 'item':
        return item(ctx, node);
    }
  });
}

function summaryLinks(ctx: RenderContext, entries: ErrorSummary['errors'], severity: string) {
  return html`<ul class="asysta-summary__list asysta-summary__list--${severity}">
    ${entries.map(
      (entry) => html`<li data-severity=${entry.issue.severity}>
        <a href="#${ctx.prefix}${entry.targetId}" @click=${(event: Event) => {
          event.preventDefault();
          // A link into another step opens it (the model then asks for focus on the field).
          if (entry.step !== undefined) ctx.write((model) => model.goToStep(entry.step!, entry.targetId));
          else ctx.navigate(ctx.prefix + entry.targetId);
        }}><span class="asysta-summary__field">${entry.label}</span>: ${entry.message}</a>
      </li>`,
    )}
  </ul>`;
}

/** The summary at the top: every error and warning shown now, each a link to its field (GOV.UK pattern), opening its step first. */
export function summaryTemplate(ctx: RenderContext, summary: ErrorSummary): TemplateResult | typeof nothing {
  const { errors, warnings } = summary;
  if (!errors.length && !warnings.length) return nothing;
  const headingId = `${ctx.prefix}${summary.id}__title`;
  return html`<div id=${ctx.prefix + summary.id} part="summary" class="asysta-summary${errors.length ? ' asysta-summary--error' : ' asysta-summary--warning'}"
    role=${summary.alert ? 'alert' : 'region'} aria-labelledby=${headingId} tabindex="-1">
    <h2 id=${headingId} class="asysta-summary__title">${summary.title}</h2>
    ${errors.length ? summaryLinks(ctx, errors, 'error') : nothing}
    ${errors.length && warnings.length ? html`<h3 class="asysta-summary__subtitle">${translate('ui.warningSummary.title', ctx.locale)}</h3>` : nothing}
    ${warnings.length ? summaryLinks(ctx, warnings, 'warning') : nothing}
  </div>`;
}

/** A form that cannot be shown: a visible box, text only (its first line; the details go with the event). */
export function loadErrorTemplate(locale: Locale, message: string) {
  return html`<div class="asysta-load-error" role="alert" part="error">
    <p class="asysta-load-error__title"><strong>${translate('ui.loadError.title', locale)}</strong></p>
    <p class="asysta-load-error__message">${message.split('\n')[0]}</p>
  </div>`;
}
