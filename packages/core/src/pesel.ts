/** PESEL: RRMMDDPPPPK – birth date (month offset encodes the century), serial, sex digit, check digit. */

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3] as const;

/** Month offsets by century, as the PESEL register defines them (1800–2299). */
const CENTURY_BY_OFFSET: ReadonlyMap<number, number> = new Map([
  [80, 1800],
  [0, 1900],
  [20, 2000],
  [40, 2100],
  [60, 2200],
]);

export type PeselProblem = 'format' | 'checksum' | 'date';

export interface PeselInfo {
  birthDate: string;
  sex: 'female' | 'male';
}

export type PeselResult = { valid: true; info: PeselInfo } | { valid: false; problem: PeselProblem };

export function parsePesel(value: string): PeselResult {
  if (!/^\d{11}$/.test(value)) return { valid: false, problem: 'format' };
  const digits = Array.from(value, Number);
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * (digits[i] ?? 0), 0);
  if ((10 - (sum % 10)) % 10 !== digits[10]) return { valid: false, problem: 'checksum' };
  const encodedMonth = Number(value.slice(2, 4));
  const offset = Math.floor(encodedMonth / 20) * 20;
  const century = CENTURY_BY_OFFSET.get(offset);
  const month = encodedMonth - offset;
  const year = (century ?? 0) + Number(value.slice(0, 2));
  const day = Number(value.slice(4, 6));
  if (century === undefined || !isRealDate(year, month, day)) return { valid: false, problem: 'date' };
  return {
    valid: true,
    info: { birthDate: `${year}-${pad2(month)}-${pad2(day)}`, sex: (digits[9] ?? 0) % 2 === 0 ? 'female' : 'male' },
  };
}

export function isValidPesel(value: string): boolean {
  return parsePesel(value).valid;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
