/**
 * The work plan, the plan evaluation, "Za życiem" and the referral: what their examples cannot show –
 * which conditional parts a basis or an applicant shows, that typed data in a hidden part is kept in
 * the draft, derived counts following a one-row edit, enum labels of nested arrays in both locales,
 * and the goal ids the plan's example actions name (the model has no check of that kind yet).
 */
import { describe, expect, it } from 'vitest';
import { createFormModel, getFormDefinition, validateSubmission } from '@asysta/forms';

import { nodeAt, visibleSections } from './support/view.js';

type Schema = Record<string, unknown>;
const keys = (issues: readonly { path: string; code: string }[]) => issues.map((i) => `${i.path} ${i.code}`);
const firstValid = (id: string, index = 0) => {
  const example = getFormDefinition(id).examples.valid[index]!;
  return { data: example.data, options: { profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31' } };
};

describe('skierowanie-i-podstawa: the part of the chosen basis', () => {
  const { data, options } = firstValid('skierowanie-i-podstawa');

  it.each([
    ['consent', ['/courtOrder', '/byLaw']],
    ['court-order', ['/consent', '/byLaw']],
    ['by-law', ['/consent', '/courtOrder']],
  ])('basis %s hides the other two parts', (basis, hidden) => {
    const model = createFormModel('skierowanie-i-podstawa', { ...options, data: { ...data, basis } });
    const state = model.getState();
    expect([...state.hidden].sort()).toEqual([...hidden].sort());
    const shown = visibleSections(model.getView());
    for (const path of hidden) expect(shown).not.toContain(path);
  });

  it('keeps the consent typed before switching to a court order, and brings it back', () => {
    const model = createFormModel('skierowanie-i-podstawa', { ...options, data });
    model.setValue('/basis', 'court-order');
    let state = model.getState();
    expect(state.data['consent']).toBeUndefined();
    expect(state.draft['consent']).toEqual((data as Schema)['consent']);
    // A court order without case number and date: the part is required to be filled when shown.
    model.setValue('/courtOrder', {});
    state = model.getState();
    expect(keys(state.errors)).toEqual(['/basis rule.fail', '/courtOrder/caseNumber schema.required', '/courtOrder/date schema.required']);
    model.setValue('/basis', 'consent');
    state = model.getState();
    expect(state.valid).toBe(true);
    expect(state.data['consent']).toEqual((data as Schema)['consent']);
    expect(state.data['courtOrder']).toBeUndefined();
  });
});

describe('za-zyciem: the benefit check', () => {
  const pregnancy = firstValid('za-zyciem', 0);
  const withChild = firstValid('za-zyciem', 1);

  it('is hidden until a child with the art. 4 ust. 3 certificate is recorded', () => {
    const model = createFormModel('za-zyciem', { ...pregnancy.options, data: pregnancy.data, layout: 'single' });
    expect(model.getState().hidden).toContain('/benefit');
    expect(visibleSections(model.getView())).not.toContain('/benefit');
    model.setValue('/eligibility/childCertificate', true);
    const state = model.getState();
    expect(state.hidden).not.toContain('/benefit');
    expect(visibleSections(model.getView())).toContain('/benefit');
    // Shown but not filled in: the family need not apply for the benefit.
    expect(state.errors).toEqual([]);
  });

  it('asks a parent for the week of medical care and a guardian for the date care started', () => {
    const model = createFormModel('za-zyciem', { ...withChild.options, data: withChild.data });
    expect(model.getState().hidden).toEqual(['/benefit/child/careStartDate']);
    model.setValue('/benefit/applicant', 'guardian');
    let state = model.getState();
    expect(state.hidden).toEqual(['/benefit/medicalCareFromWeek']);
    // The week typed for the parent stays in the draft but leaves the data and the rules.
    expect((state.draft['benefit'] as Schema)['medicalCareFromWeek']).toBe(8);
    expect((state.data['benefit'] as Schema)['medicalCareFromWeek']).toBeUndefined();
    // …and without the date care started, the guardian's deadline cannot be met.
    expect(keys(state.errors)).toEqual(['/benefit/applicationDate rule.fail']);
    model.setValue('/benefit/child/careStartDate', '2025-12-01');
    state = model.getState();
    expect(state.valid).toBe(true);
  });

  it('labels the catalogue of support in both locales', () => {
    for (const [locale, label] of [
      ['pl', 'Opieka wytchnieniowa'],
      ['en', 'Respite care'],
    ] as const) {
      const model = createFormModel('za-zyciem', { ...withChild.options, data: withChild.data, locale, layout: 'single' });
      const kind = nodeAt(model.getView(), '/support/0/kind');
      expect(kind.kind === 'field' && kind.options).toContainEqual({ value: 'respite-care', label });
    }
  });
});

describe('ocena-planu-pracy: counts of actions by result', () => {
  const { data, options } = firstValid('ocena-planu-pracy');

  it('counts done, partly done and not done actions', () => {
    const state = validateSubmission('ocena-planu-pracy', data, options);
    expect([state.data['doneCount'], state.data['partlyDoneCount'], state.data['notDoneCount']]).toEqual([5, 2, 1]);
  });

  it('follows a one-row edit, and ignores counts sent by the client', () => {
    const model = createFormModel('ocena-planu-pracy', { ...options, data: { ...data, doneCount: 99 } });
    expect(model.getState().data['doneCount']).toBe(5);
    model.setValue('/actions/7/status', 'partly-done');
    const state = model.getState();
    expect([state.data['doneCount'], state.data['partlyDoneCount'], state.data['notDoneCount']]).toEqual([5, 3, 0]);
    expect(state.valid).toBe(true);
  });
});

describe('plan-pracy-z-rodzina: goals and areas', () => {
  const definition = getFormDefinition('plan-pracy-z-rodzina');

  it('names in its valid examples only goal ids the plan has', () => {
    for (const example of definition.examples.valid) {
      const data = example.data as {
        longTermGoals?: { id: string }[];
        shortTermGoals?: { id: string }[];
        schedule: Record<string, { goals?: string[] }[]>;
      };
      const ids = new Set([...(data.longTermGoals ?? []), ...(data.shortTermGoals ?? [])].map((g) => g.id));
      expect(ids.size).toBe((data.longTermGoals ?? []).length + (data.shortTermGoals ?? []).length);
      for (const lane of Object.values(data.schedule)) for (const action of lane) for (const id of action.goals ?? []) expect(ids).toContain(id);
    }
  });

  it('uses the same 8 programme areas as the monthly report', () => {
    const area = (id: string) => ((getFormDefinition(id).schema['definitions'] as Record<string, Schema>)['programmeArea']!['enum'] as string[]);
    expect(area('plan-pracy-z-rodzina')).toEqual(area('sprawozdanie-miesieczne'));
    expect(area('plan-pracy-z-rodzina')).toHaveLength(8);
  });

  it('labels the areas of an action in each lane, in English too', () => {
    const { data, options } = firstValid('plan-pracy-z-rodzina');
    const model = createFormModel('plan-pracy-z-rodzina', { ...options, data, locale: 'en', layout: 'single' });
    for (const lane of ['family', 'assistant', 'socialWorker']) {
      model.setValue(`/schedule/${lane}/0/programmeAreas/0`, 'addiction-therapy');
      model.setValue(`/schedule/${lane}/0/educationAreas/0`, 'household-budget');
      const programme = nodeAt(model.getView(), `/schedule/${lane}/0/programmeAreas/0`);
      const education = nodeAt(model.getView(), `/schedule/${lane}/0/educationAreas/0`);
      expect(programme.kind === 'field' && programme.options).toContainEqual({ value: 'addiction-therapy', label: '7. Motivating to addiction therapy' });
      expect(education.kind === 'field' && education.options).toContainEqual({ value: 'household-budget', label: 'c) Managing the household budget' });
    }
  });

  it('needs a deadline and an expected effect for every action, in each lane (art. 15 ust. 3)', () => {
    const { data, options } = firstValid('plan-pracy-z-rodzina');
    const model = createFormModel('plan-pracy-z-rodzina', { ...options, data });
    model.setValue('/schedule/socialWorker/1/deadline', undefined);
    const state = model.getState();
    expect(keys(state.errors)).toEqual(['/schedule/socialWorker/1 rule.fail']);
    expect(state.errors[0]!.ruleId).toBe('pl-wspieranie-rodziny.plan-social-worker-actions');
  });
});
