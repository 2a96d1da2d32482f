import { useState, type ChangeEvent } from 'react';
import {
  enumOptionsIndexForValue,
  enumOptionsValueForIndex,
  getInputProps,
  type BaseInputTemplateProps,
  type RegistryWidgetsType,
  type WidgetProps,
} from '@rjsf/utils';
import { formatDuration } from '@asysta/forms';
import { asystaContext, useFieldA11y } from './context.js';

function emptyTo(value: string, options: WidgetProps['options']): unknown {
  return value === '' ? options.emptyValue : value;
}

/** The one `<input>`: id for the label, aria-describedby/aria-invalid from the field, no HTML5 validation bubbles. */
export function BaseInputTemplate(props: BaseInputTemplateProps) {
  const { id, htmlName, value, readonly, disabled, autofocus, onBlur, onFocus, onChange, onChangeOverride, options, schema, required, type, placeholder } =
    props;
  const a11y = useFieldA11y();
  const inputProps = getInputProps(schema, type, options);
  const numeric = inputProps.type === 'number' || inputProps.type === 'integer';
  const inputValue = numeric ? (value || value === 0 ? value : '') : (value ?? '');
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    if (numeric && next !== '') onChange(Number(next));
    else onChange(emptyTo(next, options));
  };
  return (
    <input
      {...inputProps}
      id={id}
      name={htmlName || id}
      className="asysta-input"
      value={inputValue as string | number}
      readOnly={readonly}
      disabled={disabled}
      autoFocus={autofocus}
      placeholder={placeholder || undefined}
      aria-required={required || undefined}
      aria-invalid={a11y.invalid || undefined}
      aria-describedby={a11y.describedBy}
      onChange={onChangeOverride ?? handleChange}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
    />
  );
}

function inputOfType(type: string) {
  return function TypedInput(props: WidgetProps) {
    return <BaseInputTemplate {...props} type={type} />;
  };
}

/** A derived duration (integer minutes) as words – "1 godzina 30 minut" – read-only. */
function DurationWidget({ id, value, registry }: WidgetProps) {
  const { locale } = asystaContext(registry.formContext);
  const a11y = useFieldA11y();
  const text = typeof value === 'number' && Number.isFinite(value) ? formatDuration(value, locale) : '—';
  return (
    <output id={id} className="asysta-output" aria-live="off" aria-describedby={a11y.describedBy} data-minutes={typeof value === 'number' ? value : undefined}>
      {text}
    </output>
  );
}

function CheckboxWidget({ id, htmlName, value, disabled, readonly, autofocus, onChange, onBlur, onFocus, label, required }: WidgetProps) {
  const a11y = useFieldA11y();
  return (
    <div className="asysta-checkbox">
      <input
        type="checkbox"
        id={id}
        name={htmlName || id}
        checked={value === true}
        disabled={disabled || readonly}
        autoFocus={autofocus}
        aria-required={required || undefined}
        aria-invalid={a11y.invalid || undefined}
        aria-describedby={a11y.describedBy}
        onChange={(event) => onChange(event.target.checked)}
        onBlur={(event) => onBlur(id, event.target.checked)}
        onFocus={(event) => onFocus(id, event.target.checked)}
      />
      <label htmlFor={id} className="asysta-label asysta-label--inline">
        {label}
      </label>
    </div>
  );
}

function TextareaWidget({ id, htmlName, value, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, required }: WidgetProps) {
  const a11y = useFieldA11y();
  return (
    <textarea
      id={id}
      name={htmlName || id}
      className="asysta-input asysta-textarea"
      value={(value as string | undefined) ?? ''}
      rows={typeof options.rows === 'number' ? options.rows : 4}
      disabled={disabled}
      readOnly={readonly}
      autoFocus={autofocus}
      aria-required={required || undefined}
      aria-invalid={a11y.invalid || undefined}
      aria-describedby={a11y.describedBy}
      onChange={(event) => onChange(emptyTo(event.target.value, options))}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
    />
  );
}

function SelectWidget({ id, htmlName, value, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, required, placeholder }: WidgetProps) {
  const a11y = useFieldA11y();
  const enumOptions = options.enumOptions ?? [];
  const selected = enumOptionsIndexForValue(value, enumOptions);
  const fromIndex = (index: string) => (index === '' ? options.emptyValue : enumOptionsValueForIndex(index, enumOptions, options.emptyValue));
  return (
    <select
      id={id}
      name={htmlName || id}
      className="asysta-input asysta-select"
      value={typeof selected === 'string' ? selected : ''}
      disabled={disabled || readonly}
      autoFocus={autofocus}
      aria-required={required || undefined}
      aria-invalid={a11y.invalid || undefined}
      aria-describedby={a11y.describedBy}
      onChange={(event) => onChange(fromIndex(event.target.value))}
      onBlur={(event) => onBlur(id, fromIndex(event.target.value))}
      onFocus={(event) => onFocus(id, fromIndex(event.target.value))}
    >
      <option value="">{placeholder ?? ''}</option>
      {enumOptions.map((option, index) => (
        <option key={index} value={String(index)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

function RadioWidget({ id, htmlName, value, disabled, readonly, onChange, onBlur, onFocus, options, label, required }: WidgetProps) {
  const a11y = useFieldA11y();
  const enumOptions = options.enumOptions ?? [];
  const selected = enumOptionsIndexForValue(value, enumOptions);
  return (
    <fieldset className="asysta-radio" id={id} aria-describedby={a11y.describedBy} aria-invalid={a11y.invalid || undefined}>
      <legend className="asysta-legend asysta-legend--inline">{label}</legend>
      {enumOptions.map((option, index) => {
        const optionId = `${id}-${index}`;
        return (
          <div key={index} className="asysta-radio__option">
            <input
              type="radio"
              id={optionId}
              name={htmlName || id}
              value={String(index)}
              checked={selected === String(index)}
              disabled={disabled || readonly}
              aria-required={required || undefined}
              onChange={() => onChange(option.value)}
              onBlur={() => onBlur(id, value)}
              onFocus={() => onFocus(id, value)}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Money: typed in złoty ("12,50"), stored as integer grosze (1250). */
function MoneyWidget(props: WidgetProps) {
  const { value, onChange, options } = props;
  const shown = typeof value === 'number' ? (value / 100).toFixed(2).replace('.', ',') : '';
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const handle = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    const normalized = text.replace(/\s/g, '').replace(',', '.');
    if (normalized === '') onChange(options.emptyValue);
    else if (/^-?\d+(\.\d{0,2})?$/.test(normalized)) onChange(Math.round(Number(normalized) * 100));
  };
  return (
    <BaseInputTemplate
      {...props}
      type="text"
      value={draft ?? shown}
      onChangeOverride={handle}
      onBlur={(id) => {
        setDraft(undefined);
        props.onBlur(id, value);
      }}
      options={{ ...options, inputType: 'text' }}
    />
  );
}

export const widgets: RegistryWidgetsType = {
  TextWidget: inputOfType('text'),
  text: inputOfType('text'),
  DateWidget: inputOfType('date'),
  date: inputOfType('date'),
  month: inputOfType('month'),
  TimeWidget: inputOfType('time'),
  time: inputOfType('time'),
  duration: DurationWidget,
  money: MoneyWidget,
  CheckboxWidget,
  checkbox: CheckboxWidget,
  TextareaWidget,
  textarea: TextareaWidget,
  SelectWidget,
  select: SelectWidget,
  RadioWidget,
  radio: RadioWidget,
};
