/**
 * String formats of the domain, used by the precompiled ajv validators (see scripts/generate.mjs)
 * and directly by code. Each is a plain predicate: no ajv at run time.
 */
import { isValidPesel } from './pesel.js';
import { isDate, isMonth, isTime } from './time.js';

export const formats = {
  date: { validate: isDate },
  month: { validate: isMonth },
  time: { validate: isTime },
  pesel: { validate: isValidPesel },
  'postal-code': { validate: (value: string) => /^\d{2}-\d{3}$/.test(value) },
  phone: { validate: (value: string) => /^(\+48)?\d{9}$/.test(value.replace(/[\s-]/g, '')) },
} as const satisfies Record<string, { validate: (value: string) => boolean }>;

export type FormatName = keyof typeof formats;
