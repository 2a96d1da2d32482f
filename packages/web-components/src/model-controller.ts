/**
 * Binds a Lit element to a form model (the pattern of TanStack Form's lit adapter): makes the model
 * from the element's options, subscribes while connected, and asks the element to update when the
 * model changes. The model stays the one owner of the form; the element only draws its view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createFormModel,
  describeLoadError,
  type FormDefinition,
  type FormModel,
  type FormState,
  type InteractionSnapshot,
  type LoadError,
  type Locale,
} from '@asysta/forms';

export interface ModelOptions {
  form: string | FormDefinition | undefined;
  profile: string | undefined;
  asOf: string | undefined;
  locale: Locale;
  disabled: boolean;
}

export class ModelController implements ReactiveController {
  model: FormModel | undefined;
  /** Why the form cannot be shown (plain text in the locale), or why host data was refused. */
  error: LoadError | undefined;
  private key: unknown[] = [];
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called after every change of the model's state (not for touch or submit). */
    private readonly onState: (state: FormState) => void,
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
   * Makes the model anew when the form, profile or as-of date changed (keeping what was typed),
   * and passes the locale and disabled state on. Returns an error to report, if any.
   */
  configure(options: ModelOptions, initialData: unknown): LoadError | undefined {
    const key = [options.form, options.profile, options.asOf];
    if (this.model && key.every((part, i) => part === this.key[i])) {
      this.model.setLocale(options.locale);
      this.model.setDisabled(options.disabled);
      return undefined;
    }
    this.key = key;
    const previous = this.model;
    const carried: { data: unknown; interaction?: InteractionSnapshot } | undefined = previous
      ? { data: previous.getState().draft, interaction: previous.getInteraction() }
      : undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    try {
      this.model = createFormModel(options.form ?? '', {
        locale: options.locale,
        disabled: options.disabled,
        ...(options.profile ? { profile: options.profile } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
        ...(carried || initialData === undefined ? {} : { data: initialData }),
      });
      if (carried) this.model.setData(carried.data, carried.interaction ? { interaction: carried.interaction } : {});
      this.error = undefined;
    } catch (error) {
      // What was typed before a failed reload is kept: the old model stays until a new one loads.
      this.model = previous;
      this.error = describeLoadError(error, options.locale);
    }
    this.listen();
    return this.error;
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
