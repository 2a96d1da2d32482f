/**
 * The view tree as React elements: one memoized component per node kind, so a keystroke re-renders
 * only the nodes the model rebuilt (the field, its item, its list, the root). Components read
 * nothing but their node and the render context; every change goes through the model.
 */
import { createElement, memo, useState, type ReactNode } from 'react';
import {
  parseInput,
  type ArrayNode,
  type DerivedNode,
  type FieldNode,
  type GroupNode,
  type InputWidget,
  type ItemNode,
  type ViewNode,
} from '@asysta/forms';
import { IssueList } from './IssueList.js';
import { useRenderContext } from './context.js';

function Required({ required }: { required: boolean }) {
  return required ? (
    <span className="asysta-required" aria-hidden="true">
      {' '}
      *
    </span>
  ) : null;
}

/** Ids of the hint and messages that describe a control, and whether it shows an error. */
function described(domId: string, node: ViewNode, extraHint?: string) {
  const hintId = node.hint || extraHint ? `${domId}__hint` : undefined;
  const issuesId = node.issues.length ? `${domId}__issues` : undefined;
  return { hintId, issuesId, describedBy: [issuesId, hintId].filter(Boolean).join(' ') || undefined };
}

function Hint({ id, text, format }: { id: string | undefined; text?: string | undefined; format?: string | undefined }) {
  if (!id) return null;
  return (
    <p id={id} className="asysta-help">
      {[text, format].filter(Boolean).join(' ')}
    </p>
  );
}

function Heading({ level, children }: { level: number; children: ReactNode }) {
  return createElement(`h${Math.min(Math.max(level, 2), 6)}`, { className: `asysta-heading asysta-heading--${level}` }, children);
}

/** A text input that keeps what is typed while focused and shows the model's text otherwise. */
function TextInput({ node, domId, describedBy }: { node: FieldNode; domId: string; describedBy: string | undefined }) {
  const { write } = useRenderContext();
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const widget = node.widget as InputWidget;
  const numeric = widget === 'number' || widget === 'money' || widget === 'date' || widget === 'time' || widget === 'month';
  const props = {
    id: domId,
    name: domId,
    className: `asysta-input asysta-input--${widget}`,
    value: editing ?? node.text,
    disabled: node.disabled,
    'aria-required': node.required || undefined,
    'aria-invalid': node.invalid || undefined,
    'aria-describedby': describedBy,
    maxLength: node.maxLength,
    onFocus: () => setEditing(node.text),
    onBlur: () => {
      setEditing(undefined);
      write((model) => model.touch(node.pointer));
    },
  };
  if (widget === 'textarea') {
    return <textarea {...props} rows={4} onChange={(event) => { setEditing(event.target.value); write((model) => model.setValue(node.pointer, parseInput(widget, event.target.value))); }} />;
  }
  return (
    <input
      {...props}
      type="text"
      autoComplete="off"
      inputMode={widget === 'money' ? 'decimal' : numeric ? 'numeric' : undefined}
      onChange={(event) => {
        setEditing(event.target.value);
        write((model) => model.setValue(node.pointer, parseInput(widget, event.target.value)));
      }}
    />
  );
}

const FieldView = memo(function FieldView({ node }: { node: FieldNode }) {
  const { prefix, write, locale } = useRenderContext();
  if (!node.visible || node.widget === 'hidden') return null;
  const domId = prefix + node.id;
  const { hintId, issuesId, describedBy } = described(domId, node, node.format);
  const className = `asysta-field asysta-field--${node.widget}${node.invalid ? ' asysta-field--error' : ''}`;
  const issues = <IssueList id={issuesId} issues={node.issues} locale={locale} />;

  if (node.widget === 'checkbox') {
    return (
      <div className={className} data-pointer={node.pointer}>
        {issues}
        <div className="asysta-checkbox">
          <input
            type="checkbox"
            id={domId}
            name={domId}
            checked={node.value === true}
            disabled={node.disabled}
            aria-required={node.required || undefined}
            aria-invalid={node.invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => write((model) => model.setValue(node.pointer, event.target.checked))}
            onBlur={() => write((model) => model.touch(node.pointer))}
          />
          <label htmlFor={domId} className="asysta-label asysta-label--inline">
            {node.label}
            <Required required={node.required} />
          </label>
        </div>
        <Hint id={hintId} text={node.hint} />
      </div>
    );
  }

  const options = node.options ?? [];
  const selected = options.findIndex((option) => option.value === node.value);
  if (node.widget === 'radio') {
    return (
      <fieldset className={`${className} asysta-radio`} data-pointer={node.pointer} aria-describedby={describedBy}>
        <legend className="asysta-label">
          {node.label}
          <Required required={node.required} />
        </legend>
        <Hint id={hintId} text={node.hint} />
        {issues}
        {options.map((option, index) => {
          const optionId = index === 0 ? domId : `${domId}-${index}`;
          return (
            <div key={index} className="asysta-radio__option">
              <input
                type="radio"
                id={optionId}
                name={domId}
                checked={selected === index}
                disabled={node.disabled}
                aria-invalid={node.invalid || undefined}
                onChange={() => write((model) => model.setValue(node.pointer, option.value))}
                onBlur={() => write((model) => model.touch(node.pointer))}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </fieldset>
    );
  }

  return (
    <div className={className} data-pointer={node.pointer}>
      <label htmlFor={domId} className="asysta-label">
        {node.label}
        <Required required={node.required} />
      </label>
      <Hint id={hintId} text={node.hint} format={node.format} />
      {issues}
      {node.widget === 'select' ? (
        <select
          id={domId}
          name={domId}
          className="asysta-input asysta-select"
          value={selected < 0 ? '' : String(selected)}
          disabled={node.disabled}
          aria-required={node.required || undefined}
          aria-invalid={node.invalid || undefined}
          aria-describedby={describedBy}
          onChange={(event) => write((model) => model.setValue(node.pointer, event.target.value === '' ? undefined : options[Number(event.target.value)]?.value))}
          onBlur={() => write((model) => model.touch(node.pointer))}
        >
          <option value="" />
          {options.map((option, index) => (
            <option key={index} value={String(index)}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <TextInput node={node} domId={domId} describedBy={describedBy} />
      )}
    </div>
  );
});

const DerivedView = memo(function DerivedView({ node }: { node: DerivedNode }) {
  const { prefix, locale } = useRenderContext();
  if (!node.visible) return null;
  const domId = prefix + node.id;
  const { hintId, issuesId, describedBy } = described(domId, node);
  return (
    <div className="asysta-field asysta-field--derived" data-pointer={node.pointer}>
      <span className="asysta-label" id={`${domId}__label`}>
        {node.label}
      </span>
      <Hint id={hintId} text={node.hint} />
      <IssueList id={issuesId} issues={node.issues} locale={locale} />
      <output id={domId} className="asysta-output" aria-live="off" aria-labelledby={`${domId}__label`} aria-describedby={describedBy} tabIndex={-1}>
        {node.text}
      </output>
    </div>
  );
});

const GroupView = memo(function GroupView({ node }: { node: GroupNode }) {
  const { prefix, locale } = useRenderContext();
  if (!node.visible) return null;
  const domId = prefix + node.id;
  const children = node.children.map((child) => <NodeView key={`${child.kind}${child.pointer}`} node={child} />);
  const { hintId, issuesId, describedBy } = described(domId, node);
  if (node.pointer === '') {
    return (
      <div className="asysta-object asysta-object--root" id={domId} tabIndex={-1} data-pointer="">
        <IssueList id={issuesId} issues={node.issues} locale={locale} />
        {children}
      </div>
    );
  }
  const timeRange = node.widget === 'timeRange';
  return (
    <fieldset
      className={`asysta-object${timeRange ? ' asysta-time-range' : ''}${node.invalid ? ' asysta-object--error' : ''}`}
      id={domId}
      tabIndex={-1}
      aria-describedby={describedBy}
      data-pointer={node.pointer}
    >
      <legend className="asysta-legend">
        {timeRange ? (
          <span className="asysta-label">
            {node.label}
            <Required required={node.required} />
          </span>
        ) : (
          <Heading level={node.level}>{node.label}</Heading>
        )}
      </legend>
      <Hint id={hintId} text={node.hint} />
      <IssueList id={issuesId} issues={node.issues} locale={locale} />
      <div className={timeRange ? 'asysta-time-range__inputs' : 'asysta-object__fields'}>{children}</div>
    </fieldset>
  );
});

const ItemView = memo(function ItemView({ node }: { node: ItemNode }) {
  const { prefix, locale, write } = useRenderContext();
  const domId = prefix + node.id;
  const arrayPointer = node.pointer.slice(0, node.pointer.lastIndexOf('/'));
  const { issuesId, describedBy } = described(domId, node);
  const remove = node.canRemove && (
    <button type="button" className="asysta-button asysta-button--remove" onClick={() => write((model) => model.removeItem(arrayPointer, node.index))}>
      {node.removeLabel}
    </button>
  );
  const plain = node.children.length === 1 && node.children[0]!.pointer === node.pointer;
  if (plain) {
    return (
      <li className="asysta-array__item asysta-array__item--plain" id={domId} tabIndex={-1}>
        {node.children.map((child) => (
          <NodeView key={child.kind} node={child} />
        ))}
        {remove}
      </li>
    );
  }
  return (
    <li className="asysta-array__item">
      <fieldset className="asysta-object asysta-object--item" id={domId} tabIndex={-1} aria-describedby={describedBy} data-pointer={node.pointer}>
        <legend className="asysta-legend">
          <Heading level={node.level}>{node.label}</Heading>
        </legend>
        <IssueList id={issuesId} issues={node.issues} locale={locale} />
        <div className="asysta-object__fields">
          {node.children.map((child) => (
            <NodeView key={`${child.kind}${child.pointer}`} node={child} />
          ))}
        </div>
      </fieldset>
      {remove}
    </li>
  );
});

const ArrayView = memo(function ArrayView({ node }: { node: ArrayNode }) {
  const { prefix, locale, write } = useRenderContext();
  if (!node.visible) return null;
  const domId = prefix + node.id;
  const { hintId, issuesId, describedBy } = described(domId, node);
  return (
    <fieldset className={`asysta-array${node.invalid ? ' asysta-array--error' : ''}`} id={domId} tabIndex={-1} aria-describedby={describedBy} data-pointer={node.pointer}>
      <legend className="asysta-legend">
        <Heading level={node.level}>
          {node.label}
          <Required required={node.required} />
        </Heading>
      </legend>
      <Hint id={hintId} text={node.hint} />
      <IssueList id={issuesId} issues={node.issues} locale={locale} />
      {node.items.length ? (
        <ol className="asysta-array__items">
          {node.items.map((item) => (
            <ItemView key={item.pointer} node={item} />
          ))}
        </ol>
      ) : (
        <p className="asysta-array__empty">{node.emptyText}</p>
      )}
      {node.canAdd && (
        <button type="button" id={prefix + node.addId} className="asysta-button asysta-button--add" onClick={() => write((model) => model.addItem(node.pointer))}>
          {node.addLabel}
        </button>
      )}
    </fieldset>
  );
});

export function NodeView({ node }: { node: ViewNode }) {
  switch (node.kind) {
    case 'field':
      return <FieldView node={node} />;
    case 'derived':
      return <DerivedView node={node} />;
    case 'group':
      return <GroupView node={node} />;
    case 'array':
      return <ArrayView node={node} />;
    case 'item':
      return <ItemView node={node} />;
  }
}
