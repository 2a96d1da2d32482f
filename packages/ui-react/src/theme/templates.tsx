import { useEffect, useRef, type FocusEvent } from 'react';
import type {
  ArrayFieldItemTemplateProps,
  ArrayFieldTemplateProps,
  DescriptionFieldProps,
  FieldTemplateProps,
  IconButtonProps,
  ObjectFieldTemplateProps,
  SubmitButtonProps,
  TemplatesType,
  TitleFieldProps,
} from '@rjsf/utils';
import { pointerOf } from '../pointer.js';
import { t } from '../texts.js';
import { asystaContext, EMPTY_ISSUES, FieldA11yContext } from './context.js';
import { IssueList } from './IssueList.js';

type Templates = Partial<Omit<TemplatesType, 'ButtonTemplates'>> & { ButtonTemplates?: Partial<TemplatesType['ButtonTemplates']> };

function uiText(uiSchema: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = uiSchema?.[key];
  return typeof value === 'string' && value ? value : undefined;
}

function isContainer(schema: { type?: unknown }): boolean {
  return schema.type === 'object' || schema.type === 'array';
}

/**
 * Every field: label tied to the control (for/id), help text and messages referenced by
 * aria-describedby, aria-invalid when an error is shown. Containers (objects, arrays) show their
 * own messages (e.g. a rule's warning on a whole row) after their content.
 */
function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, hidden, required, displayLabel, rawHelp, registry, fieldPathId, schema, uiSchema } = props;
  const context = asystaContext(registry.formContext);
  const pointer = pointerOf(fieldPathId.path);
  const issues = context.issues[pointer] ?? EMPTY_ISSUES;
  if (hidden) return <div hidden>{children}</div>;

  const container = isContainer(schema);
  const help = rawHelp ?? uiText(uiSchema, 'ui:help');
  const description = uiText(uiSchema, 'ui:description');
  const helpId = help ? `${id}__help` : undefined;
  const descriptionId = description ? `${id}__description` : undefined;
  const issuesId = issues.length ? `${id}__issues` : undefined;
  const invalid = issues.some((issue) => issue.severity === 'error');
  const describedBy = [issuesId, descriptionId, helpId].filter(Boolean).join(' ') || undefined;
  const severity = invalid ? 'error' : issues.some((i) => i.severity === 'warning') ? 'warning' : undefined;
  const className = ['asysta-field', container ? 'asysta-field--group' : 'asysta-field--leaf', severity && `asysta-field--${severity}`]
    .filter(Boolean)
    .join(' ');
  const onBlur = container ? undefined : (_event: FocusEvent) => context.onTouch(pointer);
  const messages = <IssueList id={issuesId} issues={issues} locale={context.locale} />;

  return (
    <FieldA11yContext.Provider value={{ describedBy, invalid }}>
      <div className={className} data-pointer={pointer} onBlur={onBlur}>
        {displayLabel && !container && label && (
          <label htmlFor={id} className="asysta-label">
            {label}
            {required && (
              <span className="asysta-required" aria-hidden="true">
                {' '}
                *
              </span>
            )}
          </label>
        )}
        {description && (
          <p id={descriptionId} className="asysta-description">
            {description}
          </p>
        )}
        {help && (
          <p id={helpId} className="asysta-help">
            {help}
          </p>
        )}
        {!container && messages}
        {children}
        {container && messages}
      </div>
    </FieldA11yContext.Provider>
  );
}

/** The position of an array item in the path, 1-based, when the field is one. */
function itemNumber(path: readonly (string | number)[]): number | undefined {
  const last = path[path.length - 1];
  return typeof last === 'number' ? last + 1 : undefined;
}

/** Objects: the root is a plain group, every other object a fieldset with a legend ("Spotkanie 3"). */
function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { properties, fieldPathId, title, registry, uiSchema } = props;
  const context = asystaContext(registry.formContext);
  const content = properties.filter((p) => !p.hidden).map((p) => <div key={p.name}>{p.content}</div>);
  const hiddenContent = properties.filter((p) => p.hidden).map((p) => <div key={p.name} hidden>{p.content}</div>);
  if (fieldPathId.path.length === 0) {
    return (
      <div className="asysta-object asysta-object--root" id={fieldPathId.$id} tabIndex={-1}>
        {content}
        {hiddenContent}
      </div>
    );
  }
  const n = itemNumber(fieldPathId.path);
  const name = uiText(uiSchema, 'ui:title') ?? title;
  const legend = n === undefined ? name : name ? `${name} ${n}` : t('ui.row', context.locale, { n });
  return (
    <fieldset className={`asysta-object${n === undefined ? '' : ' asysta-object--item'}`} id={fieldPathId.$id} tabIndex={-1}>
      {legend && <legend className="asysta-legend">{legend}</legend>}
      <div className="asysta-object__fields">{content}</div>
      {hiddenContent}
    </fieldset>
  );
}

/**
 * Arrays: a fieldset with a list of items and an "Add row" button; after adding, focus moves to
 * the new row's first control so keyboard users continue where they are.
 */
function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { items, canAdd, onAddClick, fieldPathId, title, registry, uiSchema, disabled, readonly } = props;
  const context = asystaContext(registry.formContext);
  const listRef = useRef<HTMLOListElement>(null);
  const addedRef = useRef(false);
  const count = items.length;
  useEffect(() => {
    if (!addedRef.current) return;
    addedRef.current = false;
    const rows = listRef.current?.children;
    const last = rows?.[rows.length - 1];
    last?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, [count]);
  const name = uiText(uiSchema, 'ui:title') ?? title;
  return (
    <fieldset className="asysta-array" id={fieldPathId.$id} tabIndex={-1}>
      {name && <legend className="asysta-legend">{name}</legend>}
      {count ? (
        <ol className="asysta-array__items" ref={listRef}>
          {items}
        </ol>
      ) : (
        <p className="asysta-array__empty">{t('ui.noRows', context.locale)}</p>
      )}
      {canAdd && !readonly && (
        <button
          type="button"
          className="asysta-button asysta-button--add"
          disabled={disabled}
          onClick={(event) => {
            addedRef.current = true;
            onAddClick(event);
          }}
        >
          {t('ui.addRow', context.locale)}
        </button>
      )}
    </fieldset>
  );
}

/** One array item with a remove button whose accessible name says which row ("Usuń wiersz 3"). */
function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, buttonsProps, index, registry, disabled, readonly } = props;
  const context = asystaContext(registry.formContext);
  return (
    <li className="asysta-array__item">
      {children}
      {buttonsProps.hasRemove && !readonly && (
        <button
          type="button"
          className="asysta-button asysta-button--remove"
          disabled={disabled}
          onClick={buttonsProps.onRemoveItem}
        >
          {t('ui.removeRow', context.locale, { n: index + 1 })}
        </button>
      )}
    </li>
  );
}

function TitleFieldTemplate({ id, title }: TitleFieldProps) {
  return title ? (
    <p id={id} className="asysta-title-field">
      {title}
    </p>
  ) : null;
}

/** Schema descriptions are developer documentation (often English only): only `ui:description` is shown. */
function DescriptionFieldTemplate(_props: DescriptionFieldProps) {
  return null;
}

function SubmitButton({ registry }: SubmitButtonProps) {
  const context = asystaContext(registry.formContext);
  return (
    <div className="asysta-actions">
      <button type="submit" className="asysta-button asysta-button--submit">
        {t('ui.submit', context.locale)}
      </button>
    </div>
  );
}

function AddButton({ registry, uiSchema: _ui, iconType: _i, icon: _icon, ...rest }: IconButtonProps) {
  const context = asystaContext(registry.formContext);
  return (
    <button type="button" className="asysta-button asysta-button--add" {...rest}>
      {t('ui.addRow', context.locale)}
    </button>
  );
}

function RemoveButton({ registry, uiSchema: _ui, iconType: _i, icon: _icon, ...rest }: IconButtonProps) {
  const context = asystaContext(registry.formContext);
  return (
    <button type="button" className="asysta-button asysta-button--remove" {...rest}>
      {t('ui.removeRow', context.locale, { n: '' }).trim()}
    </button>
  );
}

function Nothing() {
  return null;
}

export const templates: Templates = {
  FieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  TitleFieldTemplate,
  DescriptionFieldTemplate,
  // Errors come from the form model, shown by FieldTemplate and the error summary.
  ErrorListTemplate: Nothing,
  FieldErrorTemplate: Nothing,
  FieldHelpTemplate: Nothing,
  ButtonTemplates: { SubmitButton, AddButton, RemoveButton, MoveUpButton: Nothing, MoveDownButton: Nothing, CopyButton: Nothing },
};
