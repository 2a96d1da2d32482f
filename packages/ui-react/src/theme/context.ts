import { createContext, useContext } from 'react';
import type { Issue, Locale } from '@asysta/forms';

/**
 * What the Asysta theme reads from rjsf's `formContext`: the issues to show (already filtered –
 * errors appear once a field was touched, had a value or the form was submitted; warnings and
 * notes always), keyed by JSON Pointer; the locale; and a callback for "the user left this field".
 */
export interface AsystaFormContext {
  locale: Locale;
  /** Visible issues by JSON Pointer, in the order errors, warnings, infos. */
  issues: Readonly<Record<string, readonly Issue[]>>;
  idPrefix: string;
  onTouch: (pointer: string) => void;
}

export const EMPTY_ISSUES: readonly Issue[] = [];

/** How the control of the current field is described to assistive technology. */
export interface FieldA11y {
  /** Ids of the elements that describe the control (its messages and help text). */
  describedBy: string | undefined;
  invalid: boolean;
}

export const FieldA11yContext = createContext<FieldA11y>({ describedBy: undefined, invalid: false });

export function useFieldA11y(): FieldA11y {
  return useContext(FieldA11yContext);
}

export function asystaContext(formContext: unknown): AsystaFormContext {
  return formContext as AsystaFormContext;
}
