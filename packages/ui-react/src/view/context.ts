import { createContext, useContext } from 'react';
import type { FormModel, Locale } from '@asysta/forms';

/** What every node component needs beside its node; stable for one model, so memoized nodes skip renders. */
export interface RenderContext {
  model: FormModel;
  locale: Locale;
  /** Prefix of every DOM id of this form (unique on the page). */
  prefix: string;
  /** Runs a write of the person's and tells the host (onChange). */
  write: (action: (model: FormModel) => void) => void;
  /** Show a print button beside the submit button. */
  printButton?: boolean;
}

export const RenderContextValue = createContext<RenderContext | null>(null);

export function useRenderContext(): RenderContext {
  const context = useContext(RenderContextValue);
  if (!context) throw new Error('Asysta view components render inside <AsystaForm>');
  return context;
}
