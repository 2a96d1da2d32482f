import { useEffect, useMemo } from 'react';
import type { LoadError, Locale } from '@asysta/forms/runtime';
import { attempt } from './AsystaForm.js';
import type { FormSource, MakeModel, ProfileSource } from './model-source.js';
import { PrintSheet } from './view/Print.js';
import { LoadErrorBox } from './view/Summary.js';

export interface AsystaPrintProps {
  /** A built-in form id (e.g. "karta-czasu-pracy"), a form definition, or a form's module (`@asysta/ui-react/runtime`). */
  form: FormSource;
  /** An OPS profile id, or a profile's module: its centre's name heads the page. */
  profile?: ProfileSource | undefined;
  /** "pl" (default) or "en". */
  locale?: Locale | undefined;
  asOf?: string | undefined;
  /** The record to print; none (or an empty one) prints the blank paper template. */
  data?: unknown;
  /** When the form cannot be printed (unknown form or profile, broken definition, refused data). */
  onError?: ((detail: LoadError) => void) | undefined;
}

/**
 * A form as its paper template, shown on screen as it prints (a print preview, a page that prints
 * a saved record without the editable form, the blank template to fill in by hand). Text only; the
 * host's `window.print()` prints it on A4. Never throws to the host: it shows an error box instead.
 */
export function AsystaPrintWith(props: AsystaPrintProps & { makeModel: MakeModel }) {
  const { form, profile, asOf, data, makeModel } = props;
  const locale: Locale = props.locale === 'en' ? 'en' : 'pl';
  const created = useMemo(() => attempt(makeModel, { form, profile, asOf, validator: undefined, engine: undefined }, locale, data, false), [makeModel, form, profile, asOf, locale, data]);
  const onError = props.onError;
  useEffect(() => {
    if (created.error) onError?.(created.error);
  }, [created.error, onError]);
  if (!created.model) {
    return (
      <div className="asysta-form" lang={locale}>
        <LoadErrorBox error={created.error} locale={locale} />
      </div>
    );
  }
  return <PrintSheet view={created.model.getPrintView()} preview />;
}
