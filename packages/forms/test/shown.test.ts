import { describe, expect, it } from 'vitest';
import { createFormModel, shownIssues } from '@asysta/forms';

describe('shownIssues', () => {
  const state = createFormModel('karta-czasu-pracy', {
    profile: 'konstancin-jeziorna',
    asOf: '2026-03-31',
    data: { month: '2026-03', rows: [{ date: '2026-03-02', time: { from: '08:00', to: '15:00' }, place: 'x' }] },
  }).getState();

  it('hides errors of untouched empty fields until submit, but always shows warnings', () => {
    const untouched = shownIssues(state, { submitted: false, touched: new Set(), hostData: {} });
    expect(untouched.errors).toEqual([]);
    expect(untouched.warnings.map((w) => w.path)).toEqual(['/rows/0']);
    const submitted = shownIssues(state, { submitted: true, touched: new Set(), hostData: {} });
    expect(submitted.errors.map((e) => e.path)).toEqual(state.errors.map((e) => e.path));
  });

  it('shows an error once its field was touched or held a value from the host', () => {
    const touched = shownIssues(state, { submitted: false, touched: new Set(['/assistant']), hostData: {} });
    expect(touched.errors.map((e) => e.path)).toEqual(['/assistant']);
    const fromHost = shownIssues(state, { submitted: false, touched: new Set(), hostData: { rows: [{ place: 'x' }] } });
    expect(fromHost.errors.map((e) => e.path)).toEqual(['/rows/0/place']);
    expect(fromHost.byPath['/rows/0/place']!.map((i) => i.code)).toEqual(['schema.minLength']);
  });
});
