import {
  Component,
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ErrorInfo,
  type ReactNode,
} from 'react';
// The Form component by its own module: @rjsf/core's index also exports `getTestRegistry`, which
// imports @rjsf/validator-ajv8 (ajv's run-time code generator) – rjsf-team/react-jsonschema-form#5295.
import Form, { type IChangeEvent } from '@rjsf/core/lib/components/Form.js';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import {
  AsystaError,
  createFormModel,
  shownIssues,
  type FormDefinition,
  type FormModel,
  type Issue,
  type Locale,
  type RuleReport,
} from '@asysta/forms';
import { ErrorSummary, labelAt, LoadErrorBox, type LoadErrorInfo } from './ErrorSummary.js';
import { idOf, parentOf } from './pointer.js';
import { t } from './texts.js';
import { asystaTheme, type AsystaFormContext } from './theme/index.js';
import { createStructuralValidator } from './validator.js';

export interface AsystaChangeDetail {
  /** The data as typed plus derived values (row minutes, totals). */
  data: Record<string, unknown>;
  /** No errors (warnings do not block). */
  valid: boolean;
  errors: readonly Issue[];
  warnings: readonly Issue[];
}

export interface AsystaSubmitDetail {
  data: Record<string, unknown>;
  /** Every rule's verdict, each explaining itself. */
  report: RuleReport;
}

export type AsystaErrorDetail = LoadErrorInfo;

export interface AsystaFormProps {
  /** A built-in form id (e.g. "karta-czasu-pracy") or a form definition object. */
  form: string | FormDefinition;
  /** An OPS profile id, e.g. "konstancin-jeziorna"; "default" when absent. */
  profile?: string | undefined;
  /** "pl" (default) or "en". */
  locale?: Locale | undefined;
  /** The date rules are evaluated as of (YYYY-MM-DD); today in Europe/Warsaw when absent. */
  asOf?: string | undefined;
  /** Initial data; passing a new object later replaces the data (never mutated). */
  data?: unknown;
  /** After every change, with the data and whether it is valid. */
  onChange?: ((detail: AsystaChangeDetail) => void) | undefined;
  /** On submit, only when the data is valid. */
  onSubmit?: ((detail: AsystaSubmitDetail) => void) | undefined;
  /** When the form cannot be shown (unknown form or profile, broken definition). */
  onError?: ((detail: AsystaErrorDetail) => void) | undefined;
}

const validator = createStructuralValidator<unknown, AsystaFormContext>();
const DEFAULT_STATE_BEHAVIOR = { emptyObjectFields: 'skipDefaults' } as const;

function toLoadError(error: unknown, locale: Locale): LoadErrorInfo {
  if (error instanceof AsystaError) {
    return {
      message: error.message.split('\n')[0] ?? error.message,
      issues: error.details.map((d) => ({ path: d.path, message: d.message })),
    };
  }
  // Anything else is a bug or a definition the model could not even read: say so without details
  // (an exception message may quote data).
  return { message: t('ui.loadError.unexpected', locale), issues: [] };
}

type Attempt = { model: FormModel; error?: undefined } | { model?: undefined; error: LoadErrorInfo };

function attempt(form: string | FormDefinition, profile: string | undefined, asOf: string | undefined, locale: Locale, data: unknown): Attempt {
  try {
    return {
      model: createFormModel(form, {
        locale,
        ...(profile ? { profile } : {}),
        ...(asOf ? { asOf } : {}),
        ...(data === undefined ? {} : { data }),
      }),
    };
  } catch (error) {
    return { error: toLoadError(error, locale) };
  }
}

const noSubscribe = () => () => {};
const noState = () => undefined;

/** Catches a crash while rendering the form so the host page never breaks. */
class RenderGuard extends Component<{ locale: Locale; onError: (detail: LoadErrorInfo) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    this.props.onError({ message: t('ui.loadError.unexpected', this.props.locale), issues: [] });
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return <LoadErrorBox locale={this.props.locale} error={{ message: t('ui.loadError.unexpected', this.props.locale), issues: [] }} />;
    }
    return this.props.children;
  }
}

/**
 * An Asysta form in React: the form model (validation, derived values, rules) wired to rjsf with
 * the Asysta theme. Never throws to the host: a form that cannot be shown renders an error box
 * and calls `onError`.
 */
export function AsystaForm(props: AsystaFormProps) {
  const { form, profile, asOf, data, onChange, onSubmit } = props;
  const locale: Locale = props.locale === 'en' ? 'en' : 'pl';

  // One model per form/profile/as-of date. Locale and data are pushed into it (setLocale/setData)
  // below, so they are read here only as initial values.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const created = useMemo(() => attempt(form, profile, asOf, locale, data), [form, profile, asOf]);
  const model = created.model;

  const subscribe = useCallback((listener: () => void) => (model ? model.subscribe(listener) : () => {}), [model]);
  const getSnapshot = useCallback(() => model?.getState(), [model]);
  const state = useSyncExternalStore(model ? subscribe : noSubscribe, model ? getSnapshot : noState, model ? getSnapshot : noState);

  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [saved, setSaved] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const lastEmitted = useRef<unknown>(undefined);
  const seen = useRef<{ model?: FormModel; data?: unknown }>({});

  const reactId = useId();
  const idPrefix = `asysta-${reactId.replace(/[^A-Za-z0-9-]/g, '')}`;

  // Locale changes go into the model (labels and messages are re-localized there).
  useEffect(() => {
    model?.setLocale(locale);
  }, [model, locale]);

  // New data from the host replaces the model's; a model created anew keeps what was typed.
  useEffect(() => {
    if (!model) return;
    const previous = seen.current;
    if (previous.model && data !== previous.data && data !== lastEmitted.current) model.setData(data);
    else if (previous.model && previous.model !== model) model.setData(previous.model.getState().draft);
    seen.current = { model, data };
  }, [model, data]);

  const reportError = useEffectEvent((error: LoadErrorInfo) => props.onError?.(error));
  useEffect(() => {
    if (created.error) reportError(created.error);
  }, [created.error]);

  useEffect(() => {
    if (focusRequest) summaryRef.current?.focus();
  }, [focusRequest]);

  const onTouch = useCallback(
    (pointer: string) =>
      setTouched((previous) => {
        if (previous.has(pointer)) return previous;
        const next = new Set(previous);
        next.add(pointer);
        return next;
      }),
    [],
  );

  const visible = useMemo(() => (state ? shownIssues(state, { submitted, touched, hostData: data }) : undefined), [state, submitted, touched, data]);

  const formContext = useMemo<AsystaFormContext>(
    () => ({ locale, issues: visible?.byPath ?? {}, idPrefix, onTouch }),
    [locale, visible, idPrefix, onTouch],
  );

  const handleChange = (event: IChangeEvent<unknown, RJSFSchema, AsystaFormContext>) => {
    if (!model) return;
    model.setData(event.formData);
    const next = model.getState();
    lastEmitted.current = next.data;
    setSaved(false);
    onChange?.({ data: next.data, valid: next.valid, errors: next.errors, warnings: next.warnings });
  };

  const handleSubmit = () => {
    if (!model) return;
    const current = model.getState();
    setSubmitted(true);
    if (current.valid) {
      setSaved(true);
      onSubmit?.({ data: current.data, report: current.report });
    } else {
      setSaved(false);
      setFocusRequest((n) => n + 1);
    }
  };

  const navigate = (pointer: string) => {
    const root = rootRef.current;
    if (!root) return;
    for (let p: string | undefined = pointer; p !== undefined; p = parentOf(p)) {
      const id = idOf(idPrefix, p);
      const target = Array.from(root.querySelectorAll<HTMLElement>('[id]')).find((el) => el.id === id);
      if (target) {
        target.focus();
        target.scrollIntoView?.({ block: 'center' });
        return;
      }
    }
  };

  if (created.error) {
    return (
      <div className="asysta-form" lang={locale}>
        <LoadErrorBox error={created.error} locale={locale} />
      </div>
    );
  }
  if (!state || !visible) return null;

  const { view } = state;
  const schema = view.schema as RJSFSchema;
  const headingId = `${idPrefix}-summary`;

  return (
    <div className={`asysta-form${view.print?.orientation === 'landscape' ? ' asysta-form--landscape' : ''}`} lang={locale} ref={rootRef}>
      <h2 className="asysta-form__title">{view.title}</h2>
      {view.description && <p className="asysta-form__description">{view.description}</p>}
      <ErrorSummary
        ref={summaryRef}
        locale={locale}
        errors={visible.errors}
        warnings={visible.warnings}
        alert={submitted && visible.errors.length > 0}
        headingId={headingId}
        hrefOf={(pointer) => `#${idOf(idPrefix, pointer)}`}
        labelOf={(pointer) => labelAt(view.schema, pointer, view.title)}
        onNavigate={navigate}
      />
      <RenderGuard locale={locale} onError={(error) => props.onError?.(error)}>
        <Form<unknown, RJSFSchema, AsystaFormContext>
          schema={schema}
          uiSchema={view.uiSchema as UiSchema<unknown, RJSFSchema, AsystaFormContext>}
          formData={state.draft}
          validator={validator}
          formContext={formContext}
          templates={asystaTheme.templates}
          widgets={asystaTheme.widgets}
          fields={asystaTheme.fields}
          idPrefix={idPrefix}
          noValidate
          noHtml5Validate
          showErrorList={false}
          experimental_defaultFormStateBehavior={DEFAULT_STATE_BEHAVIOR}
          onChange={handleChange}
          onSubmit={handleSubmit}
          className="asysta-form__body"
        />
      </RenderGuard>
      <p className="asysta-status" role="status">
        {saved ? t('ui.saved', locale) : ''}
      </p>
      {view.print && view.print.signatures.length > 0 && (
        // Lines to sign on the printed page; on screen the signature fields above are what counts.
        <div className="asysta-print-signatures" aria-hidden="true">
          {view.print.signatures.map((label) => (
            <div className="asysta-print-signatures__line" key={label}>
              {label}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
