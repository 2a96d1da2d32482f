import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '@asysta/core';
import { evaluateCase } from '@asysta/cases';
import { validateSubmission } from '@asysta/forms';
import { doc, nowakCase, timeCard } from './fixtures.js';

// Count the documents checked as their form checks them, to see what is evaluated again.
vi.mock('@asysta/forms', async (importOriginal) => {
  const original = await importOriginal<typeof import('@asysta/forms')>();
  return { ...original, validateSubmission: vi.fn(original.validateSubmission) };
});
const checked = vi.mocked(validateSubmission);

const options = { asOf: '2026-06-30', profile: 'konstancin-jeziorna' } as const;
const april = timeCard('2026-04', [
  { date: '2026-04-07', from: '09:00', to: '13:00' },
  { date: '2026-04-21', from: '10:00', to: '13:00' },
], '2026-04-30');

function withDocument(kase: Case, document: Case['documents'][number], at = kase.documents.length): Case {
  const documents = [...kase.documents];
  documents.splice(at, 0, document);
  return { ...kase, documents };
}

afterEach(() => checked.mockClear());

describe('evaluateCase since an earlier report', () => {
  it('after one new document evaluates only that document, and reports as a fresh evaluation does', () => {
    const before = nowakCase();
    const since = evaluateCase(before, options);
    checked.mockClear();
    const after = withDocument(before, april);
    const again = evaluateCase(after, { ...options, since });
    expect(checked).toHaveBeenCalledTimes(1);
    expect(checked.mock.calls[0]![0]).toBe('karta-czasu-pracy');
    expect(again).toEqual(evaluateCase(after, options));
    // The quota over 6 h in April is among what changed.
    expect(again.verdicts.filter((v) => v.document === before.documents.length && v.status === 'fail').length).toBeGreaterThan(0);
  });

  it('gives every verdict the index it has now, when a document comes in between', () => {
    const before = nowakCase();
    const since = evaluateCase(before, options);
    const after = withDocument(before, april, 1);
    const again = evaluateCase(after, { ...options, since });
    expect(again).toEqual(evaluateCase(after, options));
    expect(again.verdicts.some((v) => v.document === 1 && v.kind === 'rodzina-rok')).toBe(true);
    expect(again.verdicts.some((v) => v.document === 3 && v.kind === 'plan-pracy-z-rodzina')).toBe(true);
  });

  it('evaluates again a document changed in place (its content, not the object, is what counts)', () => {
    const kase = withDocument(nowakCase(), april);
    const since = evaluateCase(kase, options);
    const rows = (kase.documents.at(-1)!.data as { rows: { time: { to: string } }[] }).rows;
    rows[0]!.time.to = '09:30';
    checked.mockClear();
    const again = evaluateCase(kase, { ...options, since });
    expect(checked).toHaveBeenCalledTimes(1);
    expect(again).toEqual(evaluateCase(kase, options));
    expect(again).not.toEqual(since);
  });

  it('evaluates everything again under another as-of date, profile or locale', () => {
    const kase = nowakCase();
    const since = evaluateCase(kase, options);
    for (const other of [{ asOf: '2026-07-31' }, { profile: 'rakow' }, { locale: 'en' as const }]) {
      checked.mockClear();
      const again = evaluateCase(kase, { ...options, ...other, since });
      expect(checked).toHaveBeenCalledTimes(kase.documents.length);
      expect(again).toEqual(evaluateCase(kase, { ...options, ...other }));
    }
  });

  it('does not take data that is not JSON for the JSON it prints as', () => {
    const kase = nowakCase();
    const valid = doc('karta-czasu-pracy', { month: '2026-04', rows: [] }, '2026-04-30');
    const since = evaluateCase(withDocument(kase, valid), options);
    const notJson = withDocument(kase, { ...valid, data: { month: '2026-04', rows: [], assistant: () => 'Anna Kowalska' } });
    const again = evaluateCase(notJson, { ...options, since });
    expect(again).toEqual(evaluateCase(notJson, options));
    expect(again.problems.some((p) => p.code === 'case.document.invalidData')).toBe(true);
  });
});
