import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPesel, parsePesel } from '@asysta/core';

/** Build a PESEL with a correct check digit from its first ten digits. */
function withCheckDigit(first10: string): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = [...first10].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return first10 + String((10 - (sum % 10)) % 10);
}

describe('PESEL', () => {
  it('accepts a known valid number and reads date and sex', () => {
    expect(parsePesel('44051401359')).toEqual({ valid: true, info: { birthDate: '1944-05-14', sex: 'male' } });
  });

  it('encodes the century in the month', () => {
    expect(parsePesel(withCheckDigit('0221150124'))).toMatchObject({ valid: true, info: { birthDate: '2002-01-15', sex: 'female' } });
    expect(parsePesel(withCheckDigit('9992311234'))).toMatchObject({ valid: true, info: { birthDate: '1899-12-31' } });
    expect(parsePesel(withCheckDigit('0041010000'))).toMatchObject({ valid: true, info: { birthDate: '2100-01-01' } });
    expect(parsePesel(withCheckDigit('9972311234'))).toMatchObject({ valid: true, info: { birthDate: '2299-12-31' } });
  });

  it('rejects a wrong check digit, a wrong length and letters', () => {
    expect(parsePesel('44051401358')).toEqual({ valid: false, problem: 'checksum' });
    expect(parsePesel('4405140135')).toEqual({ valid: false, problem: 'format' });
    expect(parsePesel('4405140135a')).toEqual({ valid: false, problem: 'format' });
  });

  it('rejects dates that do not exist, even with a correct check digit', () => {
    expect(parsePesel(withCheckDigit('0102290000'))).toEqual({ valid: false, problem: 'date' }); // 29 Feb 1901
    expect(parsePesel(withCheckDigit('0422290000'))).toMatchObject({ valid: true }); // 29 Feb 2004
    expect(parsePesel(withCheckDigit('0013010000'))).toEqual({ valid: false, problem: 'date' }); // month 13
  });

  it('changing any one digit of a valid PESEL makes it invalid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const valid = '44051401359';
        const digit = (Number(valid[position]) + delta) % 10;
        const changed = valid.slice(0, position) + digit + valid.slice(position + 1);
        expect(isValidPesel(changed)).toBe(false);
      }),
    );
  });
});
