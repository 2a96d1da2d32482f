import { describe, expect, it } from 'vitest';
import { createFormModel, shownIssues } from '@asysta/forms';

describe('shownIssues', () => {
  const state = createFormModel('karta-czasu-pracy', {
    profile: 'konstancin-jeziorna',
    asOf: '2026-03-31',
    data: { month: '2026-03', rows: [{ date: '2026-03-02', time: { from: '08:00', to: '15:00' }, place: 'x' }] },
  }).getState();

  it('hides errors of untouched fields until submit, but always shows warnings', () => {
    const untouched = shownIssues(state, { submitted: false, touched: [] });
    expect(untouched.errors).toEqual([]);
    expect(untouched.warnings.map((w) => w.path)).toEqual(['/rows/0']);
    const submitted = shownIssues(state, { submitted: true, touched: [] });
    expect(submitted.errors.map((e) => e.path)).toEqual(state.errors.map((e) => e.path));
  });

  it('shows an error once its field, or a field inside it, was touched', () => {
    const touched = shownIssues(state, { submitted: false, touched: ['/assistant'] });
    expect(touched.errors.map((e) => e.path)).toEqual(['/assistant']);
    const inside = shownIssues(state, { submitted: false, touched: ['/rows/0/place'] });
    expect(inside.byPath['/rows/0/place']!.map((i) => i.code)).toEqual(['schema.minLength']);
  });

  it('counts fields that came from the host as touched', () => {
    const model = createFormModel('karta-czasu-pracy', { asOf: '2026-03-31', data: { rows: [{ place: 'x' }] } });
    const view = model.getView();
    expect(view.summary.errors.map((e) => e.issue.path)).toEqual(['/rows/0/place']);
  });
});
