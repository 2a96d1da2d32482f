import type { Issue, Locale } from '@asysta/forms';
import { t } from '../texts.js';

function referenceText(issue: Issue, locale: Locale): string | undefined {
  const ref = issue.reference;
  if (!ref) return undefined;
  const parts = [ref.title[locale], ref.article, ref.journal].filter((p): p is string => Boolean(p));
  return parts.length ? t('ui.source', locale, { source: parts.join(', ') }) : undefined;
}

const PREFIX = { error: 'ui.errorPrefix', warning: 'ui.warningPrefix', info: 'ui.infoPrefix' } as const;

/** The messages at one field: text only (never HTML), each with its kind spelled out for screen readers. */
export function IssueList({ id, issues, locale }: { id: string | undefined; issues: readonly Issue[]; locale: Locale }) {
  if (!issues.length || !id) return null;
  return (
    <ul id={id} className="asysta-issues">
      {issues.map((issue, index) => {
        const reference = referenceText(issue, locale);
        return (
          <li
            key={`${issue.code}-${issue.ruleId ?? ''}-${index}`}
            className={`asysta-issue asysta-issue--${issue.severity}`}
            data-severity={issue.severity}
            data-code={issue.code}
          >
            <span className="asysta-issue__kind">{t(PREFIX[issue.severity], locale)}: </span>
            <span className="asysta-issue__message">{issue.message}</span>
            {reference && <small className="asysta-issue__reference">{reference}</small>}
          </li>
        );
      })}
    </ul>
  );
}
