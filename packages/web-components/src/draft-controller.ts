/**
 * Drafts for the element: the draft session of `@asysta/forms` (restore, autosave, page lifecycle,
 * other tabs, values not carried over) bound to the element's life – it listens to the page while
 * the element is connected and asks the element to update when what it shows changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createDraftSession, type DraftSession, type DraftSessionOptions } from '@asysta/forms/runtime';

export class DraftController implements ReactiveController {
  readonly session: DraftSession;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: DraftSessionOptions = {},
  ) {
    this.session = createDraftSession(options);
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe ??= this.session.subscribe(() => this.host.requestUpdate());
    this.session.connect();
  }

  hostDisconnected(): void {
    this.session.disconnect();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
