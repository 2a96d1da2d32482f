import { forwardRef, memo, type MouseEvent } from 'react';
import type { ErrorSummary as Summary, LoadError, Locale, SummaryEntry } from '@asysta/forms';
import { t } from '../texts.js';

type Navigate = (id: string, entry: SummaryEntry) => void;

function Links({ entries, severity, prefix, onNavigate }: { entries: readonly SummaryEntry[]; severity: string; prefix: string; onNavigate: Navigate }) {
  return (
    <ul className={`asysta-summary__list asysta-summary__list--${severity}`}>
      {entries.map((entry, index) => (
        <li key={`${entry.issue.path}-${entry.issue.code}-${index}`} data-severity={entry.issue.severity}>
          <a
            href={`#${prefix}${entry.targetId}`}
            onClick={(event: MouseEvent<HTMLAnchorElement>) => {
              event.preventDefault();
              onNavigate(prefix + entry.targetId, entry);
            }}
          >
            <span className="asysta-summary__field">{entry.label}</span>: {entry.message}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The summary at the top of the form: every error and warning shown now, each a link that moves
 * focus to its field (GOV.UK pattern) – in a form shown in steps, opening the field's step first. An alert after a failed submit, a labelled region before.
 * Drawn again only when the model made a new summary (a keystroke that changes no issue keeps it).
 */
export const ErrorSummaryView = memo(forwardRef<HTMLDivElement, { summary: Summary; locale: Locale; prefix: string; onNavigate: Navigate }>(
  function ErrorSummaryView({ summary, locale, prefix, onNavigate }, ref) {
    const { errors, warnings } = summary;
    if (!errors.length && !warnings.length) return null;
    const headingId = `${prefix}${summary.id}__title`;
    return (
      <div
        ref={ref}
        id={prefix + summary.id}
        className={`asysta-summary${errors.length ? ' asysta-summary--error' : ' asysta-summary--warning'}`}
        role={summary.alert ? 'alert' : 'region'}
        aria-labelledby={headingId}
        tabIndex={-1}
      >
        <h2 id={headingId} className="asysta-summary__title">
          {summary.title}
        </h2>
        {errors.length > 0 && <Links entries={errors} severity="error" prefix={prefix} onNavigate={onNavigate} />}
        {errors.length > 0 && warnings.length > 0 && <h3 className="asysta-summary__subtitle">{t('ui.warningSummary.title', locale)}</h3>}
        {warnings.length > 0 && <Links entries={warnings} severity="warning" prefix={prefix} onNavigate={onNavigate} />}
      </div>
    );
  },
));

/** A form that cannot be shown: a visible box (text only) instead of a blank or a crash. */
export function LoadErrorBox({ error, locale }: { error: LoadError; locale: Locale }) {
  const [head, ...rest] = error.message.split('\n');
  const lines = error.issues.length ? error.issues.map((i) => `${i.path || '/'}: ${i.message}`) : rest.map((l) => l.trim()).filter(Boolean);
  return (
    <div className="asysta-load-error" role="alert">
      <p className="asysta-load-error__title">
        <strong>{t('ui.loadError.title', locale)}</strong>
      </p>
      <p className="asysta-load-error__message">{head}</p>
      {lines.length > 0 && (
        <ul className="asysta-load-error__details">
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
