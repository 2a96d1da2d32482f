/** A legal or local reference as people read it: title, article, journal, note (plain text). */
import { localize, type Locale, type Reference } from '@asysta/core';

export function ReferenceView({ reference, locale }: { reference: Reference; locale: Locale }) {
  const parts = [localize(reference.title, locale), reference.article, reference.journal].filter(Boolean);
  return (
    <span className="asysta-reference">
      {parts.join(', ')}
      {reference.note && <em> – {localize(reference.note, locale)}</em>}
    </span>
  );
}
