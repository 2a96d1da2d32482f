/**
 * Dates and times as the forms carry them: `YYYY-MM-DD`, `YYYY-MM`, `HH:MM` strings, durations in
 * integer minutes. Calendar arithmetic is done on the civil date (no time zone involved); "today"
 * is the civil date in Europe/Warsaw, where the assistants work.
 */
import { isRealDate, pad2 } from './pesel.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isMonth(value: string): boolean {
  const m = MONTH.exec(value);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** Minutes since midnight of an `HH:MM` time, or undefined when it is not one. */
export function minutesOfDay(value: string): number | undefined {
  const m = TIME.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/**
 * Whole minutes from `from` to `to` on one day; undefined when either is missing or not a time,
 * or when `to` is not after `from` (a meeting cannot end before it starts; a form reports that).
 */
export function minutesBetween(from: string, to: string): number | undefined {
  const start = minutesOfDay(from);
  const end = minutesOfDay(to);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return end - start;
}

/** The `YYYY-MM` month of a `YYYY-MM-DD` date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function isDateInMonth(date: string, month: string): boolean {
  return isDate(date) && isMonth(month) && monthOf(date) === month;
}

/** Today's civil date in Europe/Warsaw, `YYYY-MM-DD`. */
export function todayInWarsaw(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function toDayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Whole calendar months from `a` to `b`, counting a month only when its day is reached. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  const months = (by - ay) * 12 + (bm - am);
  if (months > 0 && bd < ad) return months - 1;
  if (months < 0 && bd > ad) return months + 1;
  return months;
}

/** `date` plus `n` days, `YYYY-MM-DD`. */
export function addDays(date: string, n: number): string {
  const t = new Date((toDayNumber(date) + n) * 86_400_000);
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** `date` plus `n` months; the day is clamped to the end of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad2(month)}-${pad2(Math.min(d, last))}`;
}
