import type { FieldProps, RegistryFieldsType } from '@rjsf/utils';
import { pointerOf } from '../pointer.js';
import { t } from '../texts.js';
import { asystaContext, EMPTY_ISSUES } from './context.js';
import { IssueList } from './IssueList.js';

type Range = { from?: string; to?: string };
const KEYS = ['from', 'to'] as const;

/**
 * `"ui:field": "timeRange"`: two `<input type="time">` labelled From/To in a fieldset whose legend
 * is the field's title; each input shows its own messages (e.g. "end before start" at /to).
 */
export function TimeRangeField(props: FieldProps) {
  const { fieldPathId, formData, onChange, schema, registry, disabled, readonly, required } = props;
  const context = asystaContext(registry.formContext);
  const separator = registry.globalFormOptions.idSeparator;
  const value: Range = formData && typeof formData === 'object' ? (formData as Range) : {};
  const pointer = pointerOf(fieldPathId.path);
  const properties = (schema.properties ?? {}) as Record<string, { title?: string } | boolean>;
  const requiredKeys = Array.isArray(schema.required) ? schema.required : [];

  const set = (key: (typeof KEYS)[number], text: string) => {
    const next: Range = { ...value };
    if (text) next[key] = text;
    else delete next[key];
    onChange(next, fieldPathId.path);
  };

  return (
    <fieldset className="asysta-time-range" id={fieldPathId.$id} tabIndex={-1}>
      <legend className="asysta-legend">
        {schema.title}
        {required && (
          <span className="asysta-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      <div className="asysta-time-range__inputs">
        {KEYS.map((key) => {
          const id = `${fieldPathId.$id}${separator}${key}`;
          const here = `${pointer}/${key}`;
          const issues = context.issues[here] ?? EMPTY_ISSUES;
          const issuesId = issues.length ? `${id}__issues` : undefined;
          const invalid = issues.some((issue) => issue.severity === 'error');
          const sub = properties[key];
          const label = (typeof sub === 'object' && sub.title) || t(key === 'from' ? 'ui.from' : 'ui.to', context.locale);
          return (
            <div key={key} className={`asysta-field asysta-field--leaf${invalid ? ' asysta-field--error' : ''}`} data-pointer={here}>
              <label htmlFor={id} className="asysta-label">
                {label}
              </label>
              <IssueList id={issuesId} issues={issues} locale={context.locale} />
              <input
                type="time"
                id={id}
                name={id}
                className="asysta-input asysta-input--time"
                value={value[key] ?? ''}
                disabled={disabled}
                readOnly={readonly}
                aria-required={(required && requiredKeys.includes(key)) || undefined}
                aria-invalid={invalid || undefined}
                aria-describedby={issuesId}
                onChange={(event) => set(key, event.target.value)}
                onBlur={() => context.onTouch(here)}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export const fields: RegistryFieldsType = { timeRange: TimeRangeField };
