import type { MouseEvent, Ref } from 'react';
import type { Issue, Locale } from '@asysta/forms';
import { safeTokens } from './pointer.js';
import { t } from './texts.js';

type Schema = Record<string, unknown>;

/** A human name for the place of an issue: "Spotkanie 3 – Data", "Asystent rodziny", or the form's title. */
export function labelAt(schema: Schema, pointer: string, formTitle: string): string {
  const names: string[] = [];
  let item = -1;
  let node: Schema | undefined = schema;
  for (const token of safeTokens(pointer)) {
    if (!node) break;
    const items: unknown = node['items'];
    if (node['type'] === 'array' && items && typeof items === 'object' && /^\d+$/.test(token)) {
      node = items as Schema;
      const title = typeof node['title'] === 'string' ? node['title'] : '';
      names.push(`${title} ${Number(token) + 1}`.trim());
      item = names.length - 1;
    } else {
      const props = node['properties'] as Record<string, Schema> | undefined;
      node = props && Object.hasOwn(props, token) ? props[token] : undefined;
      const title = node && typeof node['title'] === 'string' ? node['title'] : token;
      names.push(title);
    }
  }
  if (!names.length) return formTitle;
  // The last two names, plus the nearest array item when they do not include it ("Spotkanie 1 – Godzina od… do… – Do").
  const start = Math.max(0, names.length - 2);
  const shown = item >= 0 && item < start ? [names[item]!, ...names.slice(start)] : names.slice(start);
  return shown.join(' – ');
}

export interface ErrorSummaryProps {
  locale: Locale;
  errors: readonly Issue[];
  warnings: readonly Issue[];
  /** After a failed submit the summary is an alert; otherwise a labelled region. */
  alert: boolean;
  headingId: string;
  hrefOf: (pointer: string) => string;
  labelOf: (pointer: string) => string;
  onNavigate: (pointer: string) => void;
  ref?: Ref<HTMLDivElement>;
}

function IssueLinks(props: { issues: readonly Issue[]; severity: string } & Pick<ErrorSummaryProps, 'hrefOf' | 'labelOf' | 'onNavigate'>) {
  const { issues, severity, hrefOf, labelOf, onNavigate } = props;
  return (
    <ul className={`asysta-summary__list asysta-summary__list--${severity}`}>
      {issues.map((issue, index) => (
        <li key={`${issue.path}-${issue.code}-${index}`} data-severity={issue.severity}>
          <a
            href={hrefOf(issue.path)}
            onClick={(event: MouseEvent<HTMLAnchorElement>) => {
              event.preventDefault();
              onNavigate(issue.path);
            }}
          >
            <span className="asysta-summary__field">{labelOf(issue.path)}</span>: {issue.message}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The summary at the top of the form: every visible error and warning, each a link that moves
 * focus to its field (GOV.UK pattern). Focused after a failed submit.
 */
export function ErrorSummary(props: ErrorSummaryProps) {
  const { locale, errors, warnings, alert, headingId, ref, hrefOf, labelOf, onNavigate } = props;
  const links = { hrefOf, labelOf, onNavigate };
  if (!errors.length && !warnings.length) return null;
  const heading = errors.length ? t('ui.errorSummary.title', locale) : t('ui.warningSummary.title', locale);
  return (
    <div
      ref={ref}
      className={`asysta-summary${errors.length ? ' asysta-summary--error' : ' asysta-summary--warning'}`}
      role={alert ? 'alert' : 'region'}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h2 id={headingId} className="asysta-summary__title">
        {heading}
      </h2>
      {errors.length > 0 && <IssueLinks {...links} issues={errors} severity="error" />}
      {errors.length > 0 && warnings.length > 0 && <h3 className="asysta-summary__subtitle">{t('ui.warningSummary.title', locale)}</h3>}
      {warnings.length > 0 && <IssueLinks {...links} issues={warnings} severity="warning" />}
    </div>
  );
}

export interface LoadErrorInfo {
  /** Localized message (plain text). */
  message: string;
  /** Where each problem is, when known (from AsystaError details). */
  issues: { path: string; message: string }[];
}

/** A definition or profile that cannot be shown: a visible box instead of a blank or a crash. */
export function LoadErrorBox({ error, locale }: { error: LoadErrorInfo; locale: Locale }) {
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
