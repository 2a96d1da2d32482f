/**
 * Binds a Lit element to a form model (the pattern of TanStack Form's lit adapter): loads the form's
 * and the profile's modules (one `import()` each, code-split, so a page fetches only what it shows),
 * makes the model, subscribes while connected, and asks the element to update when the model
 * changes. The model stays the one owner of the form; the element only draws its view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  AsystaError,
  createFormModelFrom,
  describeLoadError,
  engineFromModule,
  translate,
  type FormDefinition,
  type FormModel,
  type FormModule,
  type FormState,
  type InteractionSnapshot,
  type LoadError,
  type Locale,
  type OwnProfile,
} from '@asysta/forms/runtime';
import type { RulesEngine } from '@asysta/rules';
import { FORM_MODULES, PROFILE_IDS, PROFILE_MODULES } from './generated/catalogue.js';

export interface ModelOptions {
  form: string | FormDefinition | undefined;
  /** A built-in profile id, the URL of an own profile file, or an own profile object. */
  profile: string | OwnProfile | undefined;
  asOf: string | undefined;
  locale: Locale;
  disabled: boolean;
}

// Modules and engines are immutable once loaded: elements on one page share them.
const formModules = new Map<string, Promise<FormModule>>();
const engines = new Map<string, Promise<RulesEngine>>();

function loadModule<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let found = cache.get(key);
  if (!found) {
    found = load();
    // A failed load (offline, 404) is tried again next time.
    found.catch(() => cache.delete(key));
    cache.set(key, found);
  }
  return found;
}

/** An own profile file (`moj-ops.profile.json`, `/ops/moj-ops.profile.json`), not a built-in id. */
const isProfileUrl = (profile: unknown): profile is string => typeof profile === 'string' && (profile.includes('/') || /\.json(?:[?#].*)?$/.test(profile));

/** A module that could not be fetched (offline, 404, not a form): a message a person can act on; the details go to the event. */
class Unreachable extends Error {
  readonly loadError: LoadError;
  constructor(what: string, cause: unknown, locale: Locale) {
    super(what);
    this.loadError = {
      message: translate('ui.loadError.module', locale),
      issues: [{ path: '', message: `${what}: ${cause instanceof Error ? cause.message : String(cause)}` }],
    };
  }
}

export class ModelController implements ReactiveController {
  model: FormModel | undefined;
  /** Why the form cannot be shown (plain text in the locale), or why host data was refused. */
  error: LoadError | undefined;
  /** A form's modules are being fetched. */
  loading = false;
  private key: unknown[] = [];
  private unsubscribe: (() => void) | undefined;
  private attempt = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** After every change of the model's state (not for touch or submit). */
    private readonly onState: (state: FormState) => void,
    /** When a form cannot be shown. */
    private readonly onError: (error: LoadError) => void,
    /** A new model was made (after its modules loaded). */
    private readonly onModel: (model: FormModel) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * Makes the model anew when the form, profile or as-of date changed (keeping what was typed), and
   * passes the locale and disabled state on.
   */
  configure(options: ModelOptions, initialData: () => unknown): void {
    const key = [options.form, options.profile, options.asOf];
    if (key.every((part, i) => part === this.key[i]) && (this.model || this.loading || this.error)) {
      this.model?.setLocale(options.locale);
      this.model?.setDisabled(options.disabled);
      return;
    }
    this.key = key;
    const attempt = ++this.attempt;
    this.loading = true;
    void this.make(options)
      .then((make) => {
        if (attempt !== this.attempt) return;
        const previous = this.model;
        const carried: { data: unknown; interaction?: InteractionSnapshot } | undefined = previous
          ? { data: previous.getState().draft, interaction: previous.getInteraction() }
          : undefined;
        const data = carried ? undefined : initialData();
        const model = make(data);
        if (carried) model.setData(carried.data, carried.interaction ? { interaction: carried.interaction } : {});
        this.unsubscribe?.();
        this.unsubscribe = undefined;
        this.model = model;
        this.error = undefined;
        this.loading = false;
        this.listen();
        this.onModel(model);
        this.host.requestUpdate();
      })
      .catch((error: unknown) => {
        if (attempt !== this.attempt) return;
        // What was typed before a failed reload is kept: the old model stays.
        this.error = error instanceof Unreachable ? error.loadError : describeLoadError(error, options.locale);
        this.loading = false;
        this.onError(this.error);
        this.host.requestUpdate();
      });
  }

  /** Loads what the form needs; resolves with a function that makes its model (or rejects with the reason). */
  private async make(options: ModelOptions): Promise<(data: unknown) => FormModel> {
    const { locale } = options;
    const common = { locale, disabled: options.disabled, ...(options.asOf ? { asOf: options.asOf } : {}) };
    const { profile } = options;
    const ownProfile = (profile !== undefined && typeof profile === 'object') || isProfileUrl(profile);
    if ((options.form !== undefined && typeof options.form === 'object') || ownProfile) {
      // An own definition or profile: the full package, with the formats' validators, only now.
      const { createFormModel, fetchOwnProfile } = await import('@asysta/forms');
      const resolved = typeof profile === 'string' && isProfileUrl(profile) ? await fetchOwnProfile(profile, { locale }) : profile;
      const form = options.form ?? '';
      return (data) => createFormModel(form, { ...common, ...(resolved ? { profile: resolved } : {}), ...(data === undefined ? {} : { data }) });
    }
    const id = options.form ?? '';
    const loadForm = Object.hasOwn(FORM_MODULES, id) ? FORM_MODULES[id] : undefined;
    if (!loadForm) throw new AsystaError('error.form.unknown', locale, { id, available: Object.keys(FORM_MODULES).join(', ') });
    const profileId = (typeof profile === 'string' && profile) || 'default';
    // The profile's module for this form: the rules that apply to it, not every pack's.
    const loadProfile = PROFILE_IDS.includes(profileId) ? PROFILE_MODULES[`${profileId}/${id}`] : undefined;
    if (!loadProfile) throw new AsystaError('error.profile.unknown', locale, { id: profileId, available: PROFILE_IDS.join(', ') });
    const [module, engine] = await Promise.all([
      loadModule(formModules, id, () => loadForm().then((m) => m.default)).catch((error: unknown) => {
        throw new Unreachable(`forms/${id}`, error, locale);
      }),
      loadModule(engines, `${profileId}/${id}|${locale}`, () => loadProfile().then((m) => engineFromModule(m.default, locale))).catch((error: unknown) => {
        if (error instanceof AsystaError) throw error;
        throw new Unreachable(`profiles/${profileId}`, error, locale);
      }),
    ]);
    if (!module || typeof module !== 'object' || !module.definition || typeof module.validate !== 'function') {
      throw new Unreachable(`forms/${id}`, new Error('not a form module'), locale);
    }
    return (data) => createFormModelFrom(module, { ...common, profile: profileId, engine, ...(data === undefined ? {} : { data }) });
  }

  /** Host data replaces the form's; refused data keeps the form as it was and is reported. */
  setData(data: unknown, locale: Locale): LoadError | undefined {
    if (!this.model) return undefined;
    try {
      this.model.setData(data);
      this.error = undefined;
    } catch (error) {
      this.error = describeLoadError(error, locale);
    }
    this.host.requestUpdate();
    return this.error;
  }

  private listen(): void {
    if (!this.model || this.unsubscribe) return;
    const model = this.model;
    let last = model.getState();
    this.unsubscribe = model.subscribe((state) => {
      this.host.requestUpdate();
      if (state !== last) {
        last = state;
        this.onState(state);
      }
    });
  }
}
