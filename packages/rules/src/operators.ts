/**
 * The domain operators that Asysta's rules and derived fields use on top of standard JSON Logic.
 * Dates are `YYYY-MM-DD` strings, times `HH:MM`, durations integer minutes. An argument of the
 * wrong kind gives null (like a missing value), never an exception.
 */
import {
  addDays,
  addMonths,
  daysBetween,
  isDate,
  isMonth,
  minutesBetween,
  monthOf,
  monthsBetween,
  textOf,
} from '@asysta/core';
import { fieldReader, iterable, LogicRuntimeError, type EvaluationContext, type OperatorDefinition } from './logic.js';

type Grouping = 'month' | 'year' | 'all';
const GROUP_LENGTH: Record<Grouping, number> = { month: 7, year: 4, all: 0 };

/**
 * Running totals of one array in time order, per calendar month or year of each item's own date,
 * computed once per rule evaluation (the context lives for one rule on one record): a forEach rule
 * over n rows then costs n steps, not n².
 */
const runningCache = new WeakMap<EvaluationContext, Map<unknown, Map<string, (number | null)[]>>>();

function runningTotals(array: unknown[], valueField: string, orderFields: string[], group: Grouping, ctx: EvaluationContext): (number | null)[] {
  let byArray = runningCache.get(ctx);
  if (!byArray) {
    byArray = new Map();
    runningCache.set(ctx, byArray);
  }
  let bySpec = byArray.get(array);
  if (!bySpec) {
    bySpec = new Map();
    byArray.set(array, bySpec);
  }
  const key = `${valueField}\u0000${orderFields.join('\u0000')}\u0000${group}`;
  let totals = bySpec.get(key);
  if (totals) return totals;
  iterable(array, ctx);
  const readValue = fieldReader(valueField);
  const readers = orderFields.map((f) => fieldReader(f));
  const [readDate] = readers;
  const keys = array.map((item) => readers.map((read) => {
    const v = read(item);
    return typeof v === 'string' ? v : '';
  }));
  const order = array.map((_item, i) => i).filter((i) => {
    const date = readDate ? readDate(array[i]) : null;
    return typeof date === 'string' && isDate(date);
  });
  // Date order, then the other order fields (the time a meeting started), then the typed order.
  order.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k]! < kb[k]! ? -1 : 1;
    return a - b;
  });
  totals = array.map(() => null);
  const sums = new Map<string, number>();
  for (const i of order) {
    const groupKey = keys[i]![0]!.slice(0, GROUP_LENGTH[group]);
    const value = readValue(array[i]);
    const sum = (sums.get(groupKey) ?? 0) + (typeof value === 'number' && Number.isFinite(value) ? value : 0);
    sums.set(groupKey, sum);
    totals[i] = sum;
  }
  bySpec.set(key, totals);
  return totals;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const dates = (a: unknown, b: unknown): a is string => isString(a) && isString(b) && isDate(a) && isDate(b);

export const DOMAIN_OPERATORS: Readonly<Record<string, OperatorDefinition>> = {
  /** `{"param": "maxFamilies"}` – the value of a pack parameter in force on the as-of date. */
  param: {
    minArgs: 1,
    maxArgs: 1,
    evaluate: ([name], ctx) => {
      const value = ctx.param(textOf(name));
      if (value === undefined) throw new LogicRuntimeError('problem.parameterNoValue', { name: textOf(name), date: ctx.asOf });
      return value;
    },
  },
  /** `{"asOf": []}` – the evaluation date. */
  asOf: { minArgs: 0, maxArgs: 0, evaluate: (_args, ctx) => ctx.asOf },
  /** Whole minutes from an `HH:MM` to a later `HH:MM`; null otherwise. */
  minutesBetween: {
    minArgs: 2,
    maxArgs: 2,
    evaluate: ([from, to]) => (isString(from) && isString(to) ? (minutesBetween(from, to) ?? null) : null),
  },
  /** `{"sum": [array, "field"]}` – the sum of the numbers (of one field of each item); others are skipped. */
  sum: {
    minArgs: 1,
    maxArgs: 2,
    reads: { array: 0, fields: [1] },
    evaluate: ([array, field], ctx) => {
      let total = 0;
      const read = field === undefined ? undefined : fieldReader(String(field));
      for (const item of iterable(array, ctx)) {
        const value = read ? read(item) : item;
        if (typeof value === 'number' && Number.isFinite(value)) total += value;
      }
      return total;
    },
  },
  /** `{"count": [array]}` – the number of items. */
  /**
   * `{"sumSoFar": [array, "minutes", ["date", "time.from"], index, "month"]}` – the total of a field
   * over the items of the same calendar month (or "year", or "all") as the item at `index`, up to and
   * including it, adding up in time order (the first order field must be a YYYY-MM-DD date; ties keep
   * the typed order) – whatever order the rows were typed in. Null for an item without a valid date.
   */
  sumSoFar: {
    minArgs: 4,
    maxArgs: 5,
    reads: { array: 0, fields: [1, 2] },
    evaluate: ([array, valueField, orderFields, index, group], ctx) => {
      const fields = (Array.isArray(orderFields) ? orderFields : [orderFields]).map(String);
      const grouping: Grouping = group === 'year' || group === 'all' ? group : 'month';
      if (!Array.isArray(array) || typeof index !== 'number') return null;
      return runningTotals(array, String(valueField), fields, grouping, ctx)[index] ?? null;
    },
  },
  count: { minArgs: 1, maxArgs: 1, reads: { array: 0, fields: [] }, evaluate: ([array]) => (Array.isArray(array) ? array.length : 0) },
  /** `{"unique": [array, "field"?]}` – the distinct values (of one field), in order of first appearance. */
  unique: {
    minArgs: 1,
    maxArgs: 2,
    reads: { array: 0, fields: [1] },
    evaluate: ([array, field], ctx) => {
      const seen = new Map<string, unknown>();
      const read = field === undefined ? undefined : fieldReader(String(field));
      for (const item of iterable(array, ctx)) {
        const value = read ? read(item) : item;
        if (value !== null && value !== undefined) seen.set(JSON.stringify(value), value);
      }
      return [...seen.values()];
    },
  },
  /** `{"slice": [array, start, end?]}` – as Array.prototype.slice. */
  slice: {
    minArgs: 2,
    maxArgs: 3,
    reads: { array: 0, fields: [], result: 'items' },
    evaluate: ([array, start, end], ctx) => iterable(array, ctx).slice(Number(start), end === undefined ? undefined : Number(end)),
  },
  daysBetween: { minArgs: 2, maxArgs: 2, evaluate: ([a, b]) => (dates(a, b) ? daysBetween(a, b as string) : null) },
  monthsBetween: { minArgs: 2, maxArgs: 2, evaluate: ([a, b]) => (dates(a, b) ? monthsBetween(a, b as string) : null) },
  addDays: {
    minArgs: 2,
    maxArgs: 2,
    evaluate: ([date, n]) => (isString(date) && isDate(date) && Number.isInteger(n) ? addDays(date, n as number) : null),
  },
  addMonths: {
    minArgs: 2,
    maxArgs: 2,
    evaluate: ([date, n]) => (isString(date) && isDate(date) && Number.isInteger(n) ? addMonths(date, n as number) : null),
  },
  /** Whole weeks from `a` to `b` (weeks of pregnancy: from the date pregnancy is counted from). */
  weeksBetween: {
    minArgs: 2,
    maxArgs: 2,
    evaluate: ([a, b]) => (dates(a, b) ? Math.floor(daysBetween(a, b as string) / 7) : null),
  },
  /**
   * `{"inPeriod": [date, from, to]}` – from ≤ date ≤ to, where a null `to` is an open end
   * (a family still in care). Null when `date` or `from` is not a date.
   */
  inPeriod: {
    minArgs: 3,
    maxArgs: 3,
    evaluate: ([date, from, to]) => {
      if (!dates(date, from)) return null;
      if (to === null || to === undefined || to === '') return (from as string) <= date;
      return isString(to) && isDate(to) ? (from as string) <= date && date <= to : null;
    },
  },
  /** `{"monthOf": [date]}` – the `YYYY-MM` of a date. */
  monthOf: { minArgs: 1, maxArgs: 1, evaluate: ([date]) => (isString(date) && isDate(date) ? monthOf(date) : null) },
  /** `{"sameMonth": [dateOrMonth, dateOrMonth]}` – both fall in one calendar month. */
  sameMonth: {
    minArgs: 2,
    maxArgs: 2,
    evaluate: ([a, b]) => {
      const month = (v: unknown) => (isString(v) ? (isDate(v) ? monthOf(v) : isMonth(v) ? v : null) : null);
      const ma = month(a);
      return ma !== null && ma === month(b);
    },
  },
};
