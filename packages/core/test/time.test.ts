import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  isDate,
  isDateInMonth,
  isMonth,
  isTime,
  minutesBetween,
  monthsBetween,
  todayInWarsaw,
} from '@asysta/core';

describe('dates and times', () => {
  it('recognises real dates, months and times only', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2026-3-1')).toBe(false);
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isTime('23:59')).toBe(true);
    expect(isTime('24:00')).toBe(false);
    expect(isTime('9:00')).toBe(false);
  });

  it('counts whole minutes between two times of one day', () => {
    expect(minutesBetween('10:00', '11:30')).toBe(90);
    expect(minutesBetween('11:30', '10:00')).toBeUndefined();
    expect(minutesBetween('10:00', '10:00')).toBeUndefined();
    expect(minutesBetween('10:00', 'x')).toBeUndefined();
  });

  it('does calendar arithmetic on civil dates', () => {
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
    // The change to summer time (29 March 2026) does not shorten a day.
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2025-09-15', '2026-03-15')).toBe(6);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isDateInMonth('2026-03-31', '2026-03')).toBe(true);
    expect(isDateInMonth('2026-04-01', '2026-03')).toBe(false);
  });

  it('takes today in Europe/Warsaw, not in UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Warsaw (UTC+2 in summer).
    expect(todayInWarsaw(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    expect(todayInWarsaw(new Date('2026-01-31T22:59:00Z'))).toBe('2026-01-31');
  });
});
