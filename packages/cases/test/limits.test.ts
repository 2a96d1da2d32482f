import { describe, expect, it } from 'vitest';
import { caseFacts, evaluateCase } from '@asysta/cases';
import { catchAsystaError } from '../../../test/support/catch-asysta-error.js';
import { nowakCase } from './fixtures.js';

// Regression tests of issue 12 found by the fuzz suite (test/fuzz/cli.test.ts), with the minimal input.

describe('a case whose documents are not a list', () => {
  it.each([undefined, null, {}, 'x'])('documents = %j is a located AsystaError, not a TypeError', (documents) => {
    const hostile = { ...nowakCase(), documents } as unknown;
    const error = catchAsystaError(() => caseFacts(hostile, { asOf: '2026-03-31', locale: 'en' }));
    expect(error.code).toBe('error.case.invalid');
    expect(error.details.map((d) => d.path)).toContain('/documents');
    expect(catchAsystaError(() => evaluateCase(hostile, { asOf: '2026-03-31' })).code).toBe('error.case.invalid');
  });
});
