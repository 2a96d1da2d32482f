/** The built-in cross-field checks a definition can ask for: time order, overlaps, dates in the month. */
import { escapePointerToken, isDate, isMonth, minutesOfDay, monthOf, translate, unescapePointerToken, type Check, type Issue, type Locale } from '@asysta/core';
import type { Read, ReadSet } from '@asysta/rules';
import { expand, patternTokens } from './paths.js';

type ParsedRange = { from: string; to: string; start: number; end: number } | undefined;

// Unchanged rows are shared between updates of the model: parse each range object once.
const parsedRanges = new WeakMap<object, ParsedRange>();

function timeRange(value: unknown): ParsedRange {
  if (value === null || typeof value !== 'object') return undefined;
  if (parsedRanges.has(value)) return parsedRanges.get(value);
  const parsed = parseRange(value);
  parsedRanges.set(value, parsed);
  return parsed;
}

function parseRange(value: object): ParsedRange {
  const { from, to } = value as { from?: unknown; to?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string') return undefined;
  const start = minutesOfDay(from);
  const end = minutesOfDay(to);
  return start === undefined || end === undefined ? undefined : { from, to, start, end };
}

/** What a check reads of the data (see @asysta/rules' reads): it runs again only when one of them changed. */
export function checkReads(check: Check): ReadSet {
  const whole = (pattern: string): Read => ({ pattern: patternTokens(pattern).map((t) => (t === '*' ? t : unescapePointerToken(t))), whole: true });
  switch (check.kind) {
    case 'timeOrder':
      return [whole(check.range)];
    case 'dateInMonth':
      return [whole(check.date), whole(check.month)];
    case 'noOverlap':
      return [whole(`${check.rows}/*/${escapePointerToken(check.date)}`), whole(`${check.rows}/*/${escapePointerToken(check.range)}`)];
    default:
      // A kind this version does not know reads everything.
      return [{ pattern: [], whole: true }];
  }
}

/** The issues one check finds in the data. */
export function runCheck(check: Check, data: unknown, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const error = (path: string, code: 'check.time.order' | 'check.time.overlap' | 'check.date.outsideMonth', params: Record<string, string | number>) =>
    issues.push({ path, severity: 'error', code, source: 'check', message: translate(code, locale, params) });

  switch (check.kind) {
    case 'timeOrder':
      for (const match of expand(data, check.range)) {
        const range = timeRange(match.value);
        if (range && range.end <= range.start) error(`${match.path}/to`, 'check.time.order', { from: range.from, to: range.to });
      }
      break;
    case 'dateInMonth': {
      const [month] = expand(data, check.month);
      if (typeof month?.value !== 'string' || !isMonth(month.value)) break;
      for (const match of expand(data, check.date)) {
        if (typeof match.value === 'string' && isDate(match.value) && monthOf(match.value) !== month.value) {
          error(match.path, 'check.date.outsideMonth', { date: match.value, month: month.value });
        }
      }
      break;
    }
    case 'noOverlap': {
      const rows = expand(data, `${check.rows}/*`);
      const seen: { date: string; start: number; end: number; row: number }[] = [];
      for (const row of rows) {
        const record = row.value as Record<string, unknown> | null;
        if (record === null || typeof record !== 'object') continue;
        const date = record[check.date];
        const range = timeRange(record[check.range]);
        if (typeof date !== 'string' || !range || range.end <= range.start) continue;
        const clash = seen.find((other) => other.date === date && range.start < other.end && other.start < range.end);
        if (clash) {
          error(`${row.path}/${check.range}/from`, 'check.time.overlap', { date, from: range.from, to: range.to, other: clash.row + 1 });
        }
        seen.push({ date, start: range.start, end: range.end, row: row.indexes[0]! });
      }
      break;
    }
  }
  return issues;
}
