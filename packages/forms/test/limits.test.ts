import { describe, expect, it } from 'vitest';
import { createFormModel, getFormDefinition, validateSubmission, type FormDefinition } from '@asysta/forms';
import { catchAsystaError } from '../../../test/support/catch-asysta-error.js';

// Regression tests of issue 12 (hostile data, definitions and pointers), each with its minimal input.

const card = getFormDefinition('karta-czasu-pracy');
const example = card.examples.valid[0]!.data as Record<string, unknown>;
const options = { asOf: '2026-03-31', locale: 'en' as const };

describe('validateSubmission checks the limits first', () => {
  it('rejects a field holding arrays nested 5 000 deep with a located AsystaError (no stack overflow)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    const error = catchAsystaError(() => validateSubmission('karta-czasu-pracy', { ...example, assistant: deep }, options));
    expect(error.code).toBe('error.input.limits');
    expect(error.details[0]).toMatchObject({ source: 'data', path: `/assistant${'/0'.repeat(31)}` });
  });

  it('answers 100 000 rows on the time card with its maxItems error alone, fast', () => {
    const rows = Array.from({ length: 100_000 }, () => (example['rows'] as unknown[])[0]);
    const t0 = performance.now();
    const result = validateSubmission('karta-czasu-pracy', { ...example, rows }, { ...options, limits: { maxArrayLength: 100_000, maxBytes: 16_000_000 } });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([{ path: '/rows', code: 'schema.maxItems', message: 'At most 62 items can be added.' }]);
    expect(result.report.results).toEqual([]);
  });

  it('rejects more rows than the default array limit before looking at the schema', () => {
    const rows = new Array(10_001).fill(null);
    expect(catchAsystaError(() => validateSubmission('karta-czasu-pracy', { rows }, options)).details[0]).toMatchObject({ path: '/rows' });
  });

  it('refuses circular data, BigInt and throwing getters as AsystaError, not TypeError', () => {
    const circular: Record<string, unknown> = { ...example };
    circular['rows'] = [circular];
    expect(catchAsystaError(() => validateSubmission('karta-czasu-pracy', circular, options)).details[0]!.path).toBe('/rows/0');
    expect(catchAsystaError(() => validateSubmission('karta-czasu-pracy', { ...example, totalMinutes: 10n }, options)).details[0]!.path).toBe('/totalMinutes');
    const getter = Object.defineProperty({ ...example }, 'month', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(catchAsystaError(() => validateSubmission('karta-czasu-pracy', getter, options)).details[0]!.path).toBe('/month');
    expect(catchAsystaError(() => createFormModel('karta-czasu-pracy', { ...options, data: circular })).code).toBe('error.input.limits');
  });

  it('data within the limits stays within them for the rules once derived values are added', () => {
    // 9 000 rows pass the data limit (1 MiB); with each row's minutes they passed the rules' limit.
    const rows = Array.from({ length: 9000 }, () => (example['rows'] as unknown[])[0]);
    const model = createFormModel('karta-czasu-pracy', { ...options, data: { ...example, rows } });
    expect(model.getState().errors.map((e) => e.code)).toContain('schema.maxItems');
  });

  it('lets the host lower a limit, within the hard ceilings', () => {
    const error = catchAsystaError(() => validateSubmission('karta-czasu-pracy', example, { ...options, limits: { maxArrayLength: 1 } }));
    expect(error.details[0]!.path).toBe('/rows');
    expect(catchAsystaError(() => validateSubmission('karta-czasu-pracy', example, { ...options, limits: { maxDepth: 10_000 } })).code).toBe('error.limits.invalid');
  });

  it('never changes the data nor pollutes a prototype', () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "rows": [{"__proto__": {"polluted": 1}}]}`) as unknown;
    const before = structuredClone(hostile);
    const result = validateSubmission('karta-czasu-pracy', hostile, options);
    expect(result.valid).toBe(false);
    expect(hostile).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('definitions', () => {
  it('schema.properties.<field> = null is a located error at load', () => {
    const broken = structuredClone(card) as FormDefinition & { schema: { properties: Record<string, unknown> } };
    broken.schema.properties['assistant'] = null;
    const error = catchAsystaError(() => validateSubmission(broken, example, options));
    expect(error.code).toBe('error.definition.invalid');
    expect(error.details).toEqual([expect.objectContaining({ path: '/schema/properties/assistant', message: 'a schema (an object) must be here, got an empty value' })]);
  });

  it('a ui:widget whose toString is not a function is a located error (found by the fuzz suite)', () => {
    const broken = structuredClone(card) as FormDefinition & { uiSchema: Record<string, unknown> };
    broken.uiSchema['month'] = { 'ui:widget': { toString: {} } };
    const error = catchAsystaError(() => createFormModel(broken, options));
    expect(error.details).toEqual([expect.objectContaining({ path: '/uiSchema/month/ui:widget', message: expect.stringContaining('unknown widget "{"toString":{}}"') })]);
    expect(catchAsystaError(() => createFormModel('karta-czasu-pracy', { asOf: { toString: {} } as never })).code).toBe('error.asOf.invalid');
  });

  it('a definition nested 100 000 levels deep is a located error, not a stack overflow', () => {
    let node: unknown = {};
    for (let i = 0; i < 100_000; i++) node = { type: 'object', properties: { x: node } };
    const broken = { ...card, schema: { type: 'object', properties: { x: node } } } as unknown as FormDefinition;
    expect(catchAsystaError(() => createFormModel(broken, options)).code).toBe('error.definition.invalid');
  });
});

describe('setValue pointers', () => {
  it('rejects /rows/10000000 at once, without allocating', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: example });
    const t0 = performance.now();
    const error = catchAsystaError(() => model.setValue('/rows/10000000', {}));
    expect(performance.now() - t0).toBeLessThan(100);
    expect(error.code).toBe('error.pointer.noItem');
    expect((model.getState().data['rows'] as unknown[]).length).toBe((example['rows'] as unknown[]).length);
  });

  it('a pointer whose toString is not a function is described, not called', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: example });
    expect(catchAsystaError(() => model.setValue({ toString: {} } as never, 1)).code).toBe('error.pointer.invalid');
  });

  it('refuses a value that is not JSON data', () => {
    const model = createFormModel('karta-czasu-pracy', { ...options, data: example });
    expect(catchAsystaError(() => model.setValue('/assistant', 1n)).details[0]).toMatchObject({ source: '/assistant' });
  });
});
