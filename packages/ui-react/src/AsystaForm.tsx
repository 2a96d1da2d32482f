import {
  Component,
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ErrorInfo,
  type ReactNode,
  type Ref,
} from 'react';
// The Form component by its own module: @rjsf/core's index also exports `getTestRegistry`, which
// imports @rjsf/validator-ajv8 (ajv's run-time code generator) – rjsf-team/react-jsonschema-form#5295.
import Form from '@rjsf/core/lib/components/Form.js';
import type { FieldProps, RJSFSchema, UiSchema, ValidatorType } from '@rjsf/utils';
import {
  createDraftSession,
  stepPosition,
  describeLoadError,
  type DataValidator,
  type Drafts,
  type FormModel,
  type Issue,
  type LoadError,
  type Locale,
  type RuleReport,
  type SaveConfirmation,
  type RulesEngine,
  type SummaryEntry,
} from '@asysta/forms/runtime';
import type { FormSource, MakeModel, ProfileSource } from './model-source.js';
import { RenderContextValue, type RenderContext } from './view/context.js';
import { DraftParts, DraftPartsValue, type DraftPartsContext } from './view/DraftParts.js';
import { NodeView } from './view/Nodes.js';
import { PrintSheet, usePrinting } from './view/Print.js';
import { StepBody, StepsNav } from './view/Steps.js';
import { t } from './texts.js';
import { ErrorSummaryView, LoadErrorBox } from './view/Summary.js';

export interface AsystaChangeDetail {
  /** The data as typed plus derived values (row minutes, totals). */
  data: Record<string, unknown>;
  /** No errors (warnings do not block). */
  valid: boolean;
  errors: readonly Issue[];
  warnings: readonly Issue[];
}

export interface AsystaSubmitDetail extends SaveConfirmation {
  data: Record<string, unknown>;
  /** Every rule's verdict, each explaining itself. */
  report: RuleReport;
}

export type AsystaErrorDetail = LoadError;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

export interface AsystaFormProps {
  /**
   * A built-in form id (e.g. "karta-czasu-pracy"), a form definition object, or a form's module
   * (`@asysta/forms/forms/<id>`); `@asysta/ui-react/runtime` takes the module only.
   */
  form: FormSource;
  /**
   * An OPS profile id, e.g. "konstancin-jeziorna" ("default" when absent), or with a form's module the
   * profile's module for it (`@asysta/rules/profile-modules/<profile>/<form>`).
   */
  profile?: ProfileSource | undefined;
  /** "pl" (default) or "en". */
  locale?: Locale | undefined;
  /** The date rules are evaluated as of (YYYY-MM-DD); today in Europe/Warsaw when absent. */
  asOf?: string | undefined;
  /** Initial data; passing a new object later replaces the data (never mutated). */
  data?: unknown;
  /** Every control disabled. */
  disabled?: boolean | undefined;
  /**
   * A "Drukuj" button beside the submit button (it calls `window.print()`). Whatever starts the
   * printing – this button, the browser's print command, the host's own `window.print()` – the page
   * prints the form as its paper template.
   */
  printButton?: boolean | undefined;
  /** For a definition that is not built in: its precompiled validator (`asysta forms compile`). */
  validator?: DataValidator | undefined;
  /**
   * A rules engine of one's own instead of the built-in profile's: an own profile with its packs
   * (`createRulesEngine({ profile, packs })` from @asysta/rules). Pass the same engine while it holds.
   */
  engine?: RulesEngine | undefined;
  /**
   * A form that declares steps: one step at a time with a check-your-answers page ("steps") or all
   * on one page ("single"); the definition's choice when absent.
   */
  layout?: 'steps' | 'single' | undefined;
  /** After every change the person makes, with the data and whether it is valid. */
  onChange?: ((detail: AsystaChangeDetail) => void) | undefined;
  /**
   * On submit, only when the data is valid. The form says the data was handed over until the host
   * confirms: return a promise (the form says "saving…", then saved or failed), or call
   * `detail.saved()` / `detail.failed()` later.
   */
  onSubmit?: ((detail: AsystaSubmitDetail) => unknown) | undefined;
  /** When the form cannot be shown (unknown form or profile, broken definition) or host data is refused. */
  onError?: ((detail: AsystaErrorDetail) => void) | undefined;
  /**
   * Keep drafts under this key (e.g. the family's case id and the form id): what is typed is saved
   * encrypted (IndexedDB by default), restored on the next load with a notice and a discard button,
   * and removed after a valid submit or `clearDraft()`. No drafts without it.
   */
  draftKey?: string | undefined;
  /** Drafts of the host's (`createDrafts`: its own store or key); IndexedDB with its own key by default. */
  drafts?: Drafts | undefined;
  /** `clearDraft()`: remove this form's draft (e.g. when the host saved the data elsewhere, or at logout). */
  ref?: Ref<AsystaFormHandle> | undefined;
}

/** What a ref to `<AsystaForm>` gives the host. */
export interface AsystaFormHandle {
  /** Remove this form's draft and those set aside from it. */
  clearDraft(): Promise<void>;
}

/**
 * rjsf needs a validator; validation is the model's, so this one has nothing to say. (It is not
 * `@rjsf/validator-ajv8`: that compiles schemas at run time with `new Function`, which a strict CSP
 * forbids, and ships ajv's code generator.)
 */
const silentValidator: ValidatorType<unknown, RJSFSchema, RenderContext> = {
  validateFormData: () => ({ errors: [], errorSchema: {} }),
  isValid: () => true,
  rawValidation: () => ({ errors: [] }),
};

/** rjsf draws the `<form>`; its one field is the model's view (rjsf holds no data of the form). */
const SHELL_SCHEMA: RJSFSchema = { type: 'object' };
const SHELL_UI: UiSchema<unknown, RJSFSchema, RenderContext> = { 'ui:field': 'asystaView' };
const PassThrough = ({ children }: { children?: ReactNode }) => <>{children}</>;
const SHELL_TEMPLATES = { FieldTemplate: PassThrough, ErrorListTemplate: () => null };

type Attempt = { model: FormModel; error?: undefined } | { model?: undefined; error: LoadError };

interface ModelInputs {
  form: FormSource;
  profile: ProfileSource | undefined;
  asOf: string | undefined;
  validator: DataValidator | undefined;
  engine: RulesEngine | undefined;
}

export function attempt(makeModel: MakeModel, { form, profile, asOf, validator, engine }: ModelInputs, locale: Locale, data: unknown, disabled: boolean): Attempt {
  try {
    return {
      model: makeModel(form, profile || undefined, {
        locale,
        disabled,
        ...(validator ? { validator } : {}),
        ...(engine ? { engine } : {}),
        ...(asOf ? { asOf } : {}),
        ...(data === undefined ? {} : { data }),
      }),
    };
  } catch (error) {
    return { error: describeLoadError(error, locale) };
  }
}

/** Catches a crash while rendering the form so the host page never breaks. */
class RenderGuard extends Component<{ locale: Locale; onError: (detail: LoadError) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Not the exception's own words: they may quote data.
    this.props.onError(describeLoadError(undefined, this.props.locale));
  }

  override render(): ReactNode {
    if (this.state.failed) return <LoadErrorBox locale={this.props.locale} error={describeLoadError(undefined, this.props.locale)} />;
    return this.props.children;
  }
}

/** The form body: the model's view, redrawn when the model changes (one React commit per change). */
function ViewField(props: FieldProps<unknown, RJSFSchema, RenderContext>) {
  const context = props.registry.formContext;
  const { model, prefix, locale } = context;
  const view = useSyncExternalStore(model.subscribe, model.getView, model.getView);
  const rootRef = useRef<HTMLDivElement>(null);
  const applied = useRef(0);

  const focusById = useCallback((id: string) => {
    // By id in the form's own document or shadow root (the custom element renders into one).
    const root = rootRef.current?.getRootNode() as Document | ShadowRoot | undefined;
    const target = root?.getElementById(id);
    if (!target) return false;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
    return true;
  }, []);

  // A summary link into another step opens it (the model then asks for focus on the field).
  const follow = useCallback(
    (id: string, entry: SummaryEntry) => (entry.step !== undefined ? context.write((model) => model.goToStep(entry.step!, entry.targetId)) : focusById(id)),
    [context, focusById],
  );

  // Focus moves where the model asks (summary after a failed submit, new item, next item, a step's heading), once per request.
  useLayoutEffect(() => {
    const focus = view.focus;
    if (!focus || focus.seq <= applied.current) return;
    applied.current = focus.seq;
    focusById(prefix + focus.id);
  }, [view.focus, prefix, focusById]);

  return (
    <div className={`asysta-form${view.orientation === 'landscape' ? ' asysta-form--landscape' : ''}`} lang={locale} ref={rootRef}>
      <DraftParts />
      <h2 className="asysta-form__title">{view.title}</h2>
      {view.description && <p className="asysta-form__description">{view.description}</p>}
      {view.steps && <StepsNav steps={view.steps} context={context} />}
      <ErrorSummaryView summary={view.summary} locale={locale} prefix={prefix} onNavigate={follow} />
      <RenderContextValue.Provider value={context}>
        {view.steps ? <StepBody view={view} steps={view.steps} /> : <NodeView node={view.root} />}
      </RenderContextValue.Provider>
      <div className="asysta-actions">
        <button type="submit" className="asysta-button asysta-button--submit" disabled={view.root.disabled}>
          {view.submitLabel}
        </button>
        {context.printButton && (
          <button type="button" className="asysta-button asysta-button--print" onClick={() => window.print()}>
            {t('print.button', locale)}
          </button>
        )}
      </div>
      <p className={`asysta-status asysta-status--${view.save}`} role="status">
        {view.status}
      </p>
      {view.signatures.length > 0 && (
        // Lines to sign on the printed page; on screen the signature fields above are what counts.
        <div className="asysta-print-signatures" aria-hidden="true">
          {view.signatures.map((label) => (
            <div className="asysta-print-signatures__line" key={label}>
              {label}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

const SHELL_FIELDS = { asystaView: ViewField };

// rjsf compares its props with a deep equality that holds any two functions equal – and a model is
// an object of functions – so a new model (another profile, as-of date or engine) would never reach
// the view. Each model gets its own key: a new model draws a new shell.
const modelKeys = new WeakMap<FormModel, number>();
let lastModelKey = 0;
function keyOf(model: FormModel): number {
  let key = modelKeys.get(model);
  if (key === undefined) {
    key = ++lastModelKey;
    modelKeys.set(model, key);
  }
  return key;
}

/**
 * An Asysta form in React: @rjsf/core's `Form` as the shell, the form model (data, derived values,
 * validation, rules, what to show) as the one owner of the form, drawn from its view tree. Never
 * throws to the host: a form that cannot be shown renders an error box and calls `onError`.
 * `makeModel` is the entry's (see model-source.ts).
 */
export function AsystaFormWith({ ref, ...props }: AsystaFormProps & { makeModel: MakeModel }) {
  const { form, profile, asOf, data, validator, engine } = props;
  const locale: Locale = props.locale === 'en' ? 'en' : 'pl';
  const disabled = props.disabled === true;

  // One model per form, profile, as-of date, validator and engine. Locale and data are pushed into
  // it (setLocale/setData) below, so they are read here only as initial values.
  const created = useMemo(
    () => attempt(props.makeModel, { form, profile, asOf, validator, engine }, locale, data, disabled),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.makeModel, form, profile, asOf, validator, engine, disabled],
  );
  const model = created.model;
  const [hostError, setHostError] = useState<LoadError | undefined>(undefined);
  const seen = useRef<{ model?: FormModel; data?: unknown }>({});

  const printing = usePrinting();
  const printButton = props.printButton === true;
  const reactId = useId();
  const prefix = `asysta-${reactId.replace(/[^A-Za-z0-9-]/g, '')}`;

  const reportError = useEffectEvent((error: LoadError) => props.onError?.(error));
  const emitChange = useEffectEvent((state: ReturnType<FormModel['getState']>) =>
    props.onChange?.({ data: state.data, valid: state.valid, errors: state.errors, warnings: state.warnings }),
  );
  // The host's latest onSubmit, for the submit handler.
  const onSubmitRef = useRef(props.onSubmit);
  useLayoutEffect(() => {
    onSubmitRef.current = props.onSubmit;
  });
  /** Set while host data goes in: a change the host made is not reported back to it (no loops). */
  const applyingHostData = useRef(false);

  // Drafts: the draft session both renderers share.
  const [session] = useState(() => createDraftSession());
  useImperativeHandle(ref, () => ({ clearDraft: () => session.clear() }), [session]);
  useEffect(() => {
    session.connect();
    return () => session.disconnect();
  }, [session]);

  useEffect(() => {
    model?.setLocale(locale);
  }, [model, locale]);

  // Before the first paint: a host that asks for one page never sees a step.
  const layout = props.layout === 'steps' || props.layout === 'single' ? props.layout : undefined;
  useLayoutEffect(() => {
    if (layout) model?.setLayout(layout);
  }, [model, layout]);

  // Every change of the data the person makes reaches the host once (touch and submit change none).
  useEffect(() => {
    if (!model) return;
    let last = model.getState();
    let position = stepPosition(model);
    return model.subscribe((state) => {
      if (state === last) {
        // A move to another step changes no data, but the draft keeps where the person is.
        const now = stepPosition(model);
        if (now !== position && !applyingHostData.current) session.changed();
        position = now;
        return;
      }
      last = state;
      if (applyingHostData.current) return;
      // What the host sets is the host's; only what the person changes goes into the draft.
      session.changed();
      emitChange(state);
    });
  }, [model, session]);

  // New data from the host replaces the model's; a model created anew keeps what was typed.
  useEffect(() => {
    if (!model) return;
    const previous = seen.current;
    applyingHostData.current = true;
    try {
      if (previous.model === model && data !== previous.data) model.setData(data);
      else if (previous.model && previous.model !== model) model.setData(previous.model.getState().draft, { interaction: previous.model.getInteraction() });
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the effect syncs a prop into the model; its refusal is state to show
      setHostError(undefined);
    } catch (error) {
      // Data the model refuses (not an object, not JSON): the form keeps what it had and says why.
      const described = describeLoadError(error, locale);
      setHostError(described);
      reportError(described);
    } finally {
      applyingHostData.current = false;
    }
    seen.current = { model, data };
  }, [model, data, locale]);

  // After the effect above: a remade model has what was typed before its draft is attached.
  const draftKey = props.draftKey || undefined;
  const hostDrafts = props.drafts;
  useEffect(() => {
    if (model) void session.attach(model, draftKey, hostDrafts);
  }, [model, draftKey, hostDrafts, session]);

  useEffect(() => {
    if (created.error) reportError(created.error);
  }, [created.error]);

  // The person discards a restored draft: it is removed and the form goes back to the host's data.
  const drafts = useMemo<DraftPartsContext>(() => {
    const discard = async () => {
      if (!(await session.discard()) || !model) return;
      applyingHostData.current = true;
      try {
        model.setData(data ?? {});
      } catch {
        // The host's data was refused when it came (and said so then): the form stays as it is.
      } finally {
        applyingHostData.current = false;
      }
    };
    return { session, prefix, locale, discard: () => void discard() };
  }, [session, prefix, locale, model, data]);

  const context = useMemo<RenderContext | undefined>(() => {
    if (!model) return undefined;
    return {
      model,
      locale,
      prefix,
      printButton,
      write(action) {
        try {
          action(model);
        } catch {
          // A write the model refuses changes nothing (the view offers only writes that fit).
        }
      },
    };
  }, [model, locale, prefix, printButton]);

  if (created.error || !model || !context) {
    return (
      <div className="asysta-form" lang={locale}>
        <LoadErrorBox error={created.error ?? describeLoadError(undefined, locale)} locale={locale} />
      </div>
    );
  }

  const handleSubmit = () => {
    // On a step page the form's button is "Dalej"; on the check-your-answers page and on one page, the submit.
    const result = model.advance();
    if (!result?.valid) return;
    void session.clear();
    const { confirmation } = result;
    const returned = onSubmitRef.current?.({ data: result.data, report: result.report, ...confirmation });
    if (isThenable(returned)) confirmation.waitUntil(returned);
  };

  return (
    <RenderGuard locale={locale} onError={(error) => props.onError?.(error)}>
      {/* While the page prints: the paper template, and (after it) nothing of the screen form. */}
      {printing && <PrintSheet view={model.getPrintView()} />}
      {hostError && <LoadErrorBox error={hostError} locale={locale} />}
      <DraftPartsValue.Provider value={drafts}>
        <Form<unknown, RJSFSchema, RenderContext>
          key={keyOf(model)}
          schema={SHELL_SCHEMA}
          uiSchema={SHELL_UI}
          validator={silentValidator}
          formContext={context}
          fields={SHELL_FIELDS}
          templates={SHELL_TEMPLATES}
          idPrefix={prefix}
          noValidate
          noHtml5Validate
          showErrorList={false}
          onSubmit={handleSubmit}
          className="asysta-form__shell"
        >
          {/* The submit button is the view's own. */}
          <></>
        </Form>
      </DraftPartsValue.Provider>
    </RenderGuard>
  );
}
