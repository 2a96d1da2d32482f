/** What a renderer shows when a form cannot be shown: plain text in the locale, never an exception's own words. */
import { AsystaError, translate, type Locale } from '@asysta/core';

export interface LoadError {
  /** Localized message (plain text). */
  message: string;
  /** Where each problem is, when known (from AsystaError details). */
  issues: { path: string; message: string }[];
}

export function describeLoadError(error: unknown, locale: Locale): LoadError {
  if (error instanceof AsystaError) {
    return {
      message: error.message.split('\n')[0] ?? error.message,
      issues: error.details.map((detail) => ({ path: detail.path, message: detail.message })),
    };
  }
  // Anything else is a bug or input the model could not even read: say so without details (an
  // exception's message may quote data).
  return { message: translate('ui.loadError.unexpected', locale), issues: [] };
}
