import { describe, expect, it } from 'vitest';
import { createRulesEngine } from '@asysta/rules';
import { createFormModel, getFormDefinition, validateSubmission, type FormDefinition } from '@asysta/forms';
import { MAX_ENTRIES_PER_ENGINE } from '../src/setup-cache.js';
import { catchAsystaError } from '../../../test/support/catch-asysta-error.js';

// Prepared forms are reused across calls (setup-cache.ts): what is reused must never be stale.

const card = getFormDefinition('karta-czasu-pracy');
const example = card.examples.valid[0]!.data as Record<string, unknown>;
const options = { asOf: '2026-03-31', locale: 'en' as const, profile: 'konstancin-jeziorna' };

/** The time card with its total computed by `logic` instead. */
function withTotal(definition: FormDefinition, logic: unknown): FormDefinition {
  const copy = structuredClone(definition);
  copy.derived = copy.derived!.map((field) => (field.path === '/totalMinutes' ? { ...field, logic: logic as never } : field));
  return copy;
}

describe('prepared forms reused across calls', () => {
  it('serve a definition changed in place as changed, not the entry of what it was', () => {
    const definition = structuredClone(card);
    const before = validateSubmission(definition, example, options);
    definition.derived = withTotal(card, 7).derived!;
    const after = validateSubmission(definition, example, options);
    expect(after.data['totalMinutes']).toBe(7);
    expect(before.data['totalMinutes']).not.toBe(7);
  });

  it('keep their own copy: changing the object afterwards does not reach the entry made from it', () => {
    const definition = withTotal(card, 11);
    expect(validateSubmission(definition, example, options).data['totalMinutes']).toBe(11);
    (definition.derived!.find((field) => field.path === '/totalMinutes')!.logic as unknown) = 12;
    expect(validateSubmission(withTotal(card, 11), example, options).data['totalMinutes']).toBe(11);
    expect(validateSubmission(definition, example, options).data['totalMinutes']).toBe(12);
  });

  it('give a built-in form by id and by an equal object the same verdict', () => {
    const byId = validateSubmission('karta-czasu-pracy', example, options);
    const byObject = validateSubmission(structuredClone(card), example, options);
    expect(byObject).toEqual(byId);
  });

  it('still locate every problem of an invalid definition, on every call', () => {
    const broken = structuredClone(card);
    delete (broken.labels as Record<string, unknown>)['/assistant'];
    for (let i = 0; i < 2; i++) {
      const error = catchAsystaError(() => validateSubmission(broken, example, options));
      expect(error.code).toBe('error.definition.invalid');
      expect(error.details).toContainEqual(expect.objectContaining({ source: 'form:karta-czasu-pracy', path: '/labels/~1assistant' }));
    }
    // Fixed, it prepares; broken again, it fails again (the valid entry does not hide the problem).
    broken.labels['/assistant'] = card.labels['/assistant']!;
    expect(validateSubmission(broken, example, options).valid).toBe(true);
    delete (broken.labels as Record<string, unknown>)['/assistant'];
    expect(catchAsystaError(() => validateSubmission(broken, example, options)).code).toBe('error.definition.invalid');
  });

  it('are kept per profile: the same form under another profile runs that profile’s rules', () => {
    const konstancin = validateSubmission('karta-czasu-pracy', example, options);
    const statutory = validateSubmission('karta-czasu-pracy', example, { ...options, profile: 'default' });
    expect(konstancin.report.profile).toBe('konstancin-jeziorna');
    expect(statutory.report.profile).toBe('default');
    expect(statutory.report.results.map((r) => r.ruleId)).not.toEqual(konstancin.report.results.map((r) => r.ruleId));
  });

  it('stay correct past the bound, the least recently used going first', () => {
    const engine = createRulesEngine({ profile: 'konstancin-jeziorna' });
    for (let n = 0; n < MAX_ENTRIES_PER_ENGINE + 5; n++) {
      expect(validateSubmission(withTotal(card, n), example, { ...options, engine }).data['totalMinutes']).toBe(n);
    }
    expect(validateSubmission(withTotal(card, 0), example, { ...options, engine }).data['totalMinutes']).toBe(0);
  });

  it('are shared by models without sharing their state', () => {
    const first = createFormModel('karta-czasu-pracy', { ...options, data: example });
    const second = createFormModel('karta-czasu-pracy', options);
    first.setValue('/assistant', 'Ewa Zielińska');
    expect(second.getState().data['assistant']).toBeUndefined();
    expect(first.getState().data['assistant']).toBe('Ewa Zielińska');
  });
});
