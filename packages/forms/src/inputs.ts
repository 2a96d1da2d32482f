/**
 * What a person types and what the data holds, for the widgets whose two differ. Native date and time
 * inputs follow the browser's language (an English browser shows `mm/dd/yyyy` and `12:00 PM` on a
 * Polish portal), so dates, months and times are text inputs read and written here, the same way in
 * every renderer: dates as DD.MM.RRRR, months as MM.RRRR, times in 24 h, money in złoty with a comma.
 *
 * Text that does not read as a value yet is kept as it was typed: the data then fails its schema and
 * the person sees why, and nothing typed is lost.
 */
import { isDate, isMonth, isTime, type Locale } from '@asysta/core';

/** Widgets with an input of their own. */
export type InputWidget = 'text' | 'textarea' | 'date' | 'month' | 'time' | 'number' | 'money';

const pad = (n: string) => n.padStart(2, '0');

/** "5.11.2025", "05/11/2025", "5-11-2025" or "2025-11-05" → "2025-11-05". */
function readDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  const value = iso ? `${iso[1]}-${pad(iso[2]!)}-${pad(iso[3]!)}` : local ? `${local[3]}-${pad(local[2]!)}-${pad(local[1]!)}` : undefined;
  return value && isDate(value) ? value : undefined;
}

/** "11.2025", "11/2025" or "2025-11" → "2025-11". */
function readMonth(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})[./-](\d{4})$/.exec(text);
  const value = iso ? `${iso[1]}-${pad(iso[2]!)}` : local ? `${local[2]}-${pad(local[1]!)}` : undefined;
  return value && isMonth(value) ? value : undefined;
}

/** "9:00", "9.00", "0900" or "9" → "09:00" (24 h). */
function readTime(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text);
  const value = match ? `${pad(match[1]!)}:${match[2] ?? '00'}` : undefined;
  return value && isTime(value) ? value : undefined;
}

/** "12,50", "12.5" or "1 200" złoty → integer grosze. */
function readMoney(text: string): number | undefined {
  const normalized = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^-?\d+(\.\d{1,2})?$/.test(normalized) ? Math.round(Number(normalized) * 100) : undefined;
}

/**
 * The value for what was typed: `undefined` for an empty input (the field is then absent), the
 * value when the text reads as one, else the text itself.
 */
export function parseInput(widget: InputWidget, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  switch (widget) {
    case 'date':
      return readDate(trimmed) ?? text;
    case 'month':
      return readMonth(trimmed) ?? text;
    case 'time':
      return readTime(trimmed) ?? text;
    case 'money':
      return readMoney(trimmed) ?? text;
    case 'number': {
      const number = Number(trimmed.replace(',', '.'));
      return Number.isFinite(number) ? number : text;
    }
    default:
      return text;
  }
}

/** The text an input shows for a value (the inverse of `parseInput` for values it reads). */
export function formatInput(widget: InputWidget, value: unknown, locale: Locale): string {
  if (value === undefined || value === null) return '';
  const separator = locale === 'pl' ? '.' : '/';
  if (typeof value === 'string') {
    if (widget === 'date' && isDate(value)) {
      const [y, m, d] = value.split('-');
      return `${d}${separator}${m}${separator}${y}`;
    }
    if (widget === 'month' && isMonth(value)) {
      const [y, m] = value.split('-');
      return `${m}${separator}${y}`;
    }
    return value;
  }
  if (typeof value === 'number') {
    if (widget === 'money') {
      const text = (value / 100).toFixed(2);
      return locale === 'pl' ? text.replace('.', ',') : text;
    }
    return String(value);
  }
  return String(value);
}

/** How each of these inputs is written, shown to the person under the label ("DD.MM.RRRR"). */
export function inputPattern(widget: InputWidget, locale: Locale): string | undefined {
  const pl = locale === 'pl';
  switch (widget) {
    case 'date':
      return pl ? 'DD.MM.RRRR' : 'DD/MM/YYYY';
    case 'month':
      return pl ? 'MM.RRRR' : 'MM/YYYY';
    case 'time':
      return pl ? 'GG:MM' : 'HH:MM';
    case 'money':
      return pl ? 'zł, np. 12,50' : 'PLN, e.g. 12.50';
    default:
      return undefined;
  }
}
