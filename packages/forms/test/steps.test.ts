import { describe, expect, it } from 'vitest';
import {
  AsystaError,
  createDraftKey,
  createDrafts,
  createFormModel,
  createMemoryDraftStore,
  getFormDefinition,
  listForms,
  type FormDefinition,
  type FormModel,
  type FormViewTree,
} from '@asysta/forms';
import { createFormModelFrom, engineFromModule } from '@asysta/forms/runtime';
import planModule from '@asysta/forms/forms/plan-pracy-z-rodzina';
import timeCardModule from '@asysta/forms/forms/karta-czasu-pracy';
import defaultForPlan from '@asysta/rules/profile-modules/default/plan-pracy-z-rodzina';
import { allNodes } from './support/view.js';

const planOptions = { asOf: '2026-03-31' } as const;
const plan = getFormDefinition('plan-pracy-z-rodzina');
const planData = plan.examples.valid[0]!.data;

function catchError(fn: () => unknown): AsystaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AsystaError) return error;
    throw error;
  }
  throw new Error('expected an AsystaError');
}

/** The ids of every node, add button and item drawn now. */
function drawnIds(view: FormViewTree): Set<string> {
  const ids = new Set<string>();
  for (const node of allNodes(view)) {
    ids.add(node.id);
    if (node.kind === 'array') ids.add(node.addId);
  }
  return ids;
}

/** The parts drawn at the top of the form now (the case reference is in the tree, never drawn). */
const topLevel = (view: FormViewTree) => view.root.children.filter((node) => node.visible).map((node) => node.pointer);

/** The first step's fields of the work plan, filled in. */
function fillFirstStep(model: FormModel): void {
  model.setValue('/family/name', 'Kowalscy');
  model.setValue('/assistant/name', 'Anna Nowak');
  model.setValue('/drawnUpOn', '2026-03-02');
}

describe('steps of a definition', () => {
  it('are checked at load: unknown parts, parts in two steps, parts in none, ids used twice – each at its pointer', () => {
    const broken = structuredClone(plan) as FormDefinition;
    const list = broken.steps!.list;
    list[1]!.fields = ['/swot', '/swott'];
    list[2]!.fields = ['/mainGoal', '/longTermGoals', '/swot/strengths'];
    list[3]!.id = 'swot';
    list[6]!.fields = ['/evaluationDate', '/signedAt'];
    const error = catchError(() => createFormModel(broken, { ...planOptions, locale: 'en' }));
    expect(error.details.map((d) => `${d.path}: ${d.message}`)).toEqual([
      '/steps/list/1/fields/1: "/swott" is not a field of the schema',
      '/steps/list/2/fields/2: "/swot/strengths" already belongs to the step "swot" (through "/swot")',
      '/steps/list/3/id: duplicate step id "swot"',
      '/steps/list: the part "/shortTermGoals" belongs to no step',
      '/steps/list: the part "/signatures" belongs to no step',
    ]);
  });

  it('are a closed format: an unknown key, a pointer into a list or a single step is refused', () => {
    const broken = structuredClone(plan) as FormDefinition;
    (broken.steps!.list[0] as unknown as Record<string, unknown>)['colour'] = 'red';
    broken.steps!.list[1]!.fields = ['/swot/strengths/*'];
    const error = catchError(() => createFormModel(broken, planOptions));
    expect(error.details.map((d) => d.path)).toEqual(expect.arrayContaining(['/steps/list/0/colour', '/steps/list/1/fields/0']));
    const single = structuredClone(plan) as FormDefinition;
    single.steps!.list = single.steps!.list.slice(0, 1);
    expect(catchError(() => createFormModel(single, planOptions)).details.map((d) => d.path)).toContain('/steps/list');
  });

  it('leave out a part that is never drawn (the case reference) and cover every other part of each stepped form', () => {
    const stepped = listForms().filter((form) => getFormDefinition(form.id).steps);
    expect(stepped.map((form) => form.id)).toEqual(
      expect.arrayContaining(['plan-pracy-z-rodzina', 'ocena-sytuacji-rodziny', 'za-zyciem', 'ocena-planu-pracy', 'sprawozdanie-miesieczne', 'skierowanie-i-podstawa']),
    );
    for (const { id } of stepped) {
      const definition = getFormDefinition(id);
      const model = createFormModel(id, { asOf: '2026-03-31', layout: 'single' });
      const claimed = definition.steps!.list.flatMap((step) => step.fields);
      expect(claimed).not.toContain('/case');
      for (const section of model.getView().root.children) {
        if (section.pointer === '/case') continue;
        expect(claimed.some((field) => field === section.pointer || field.startsWith(`${section.pointer}/`))).toBe(true);
      }
    }
  });
});

describe('a form shown in steps', () => {
  it('shows one step at a time with its indicator and heading, in Polish and English', () => {
    const model = createFormModel('plan-pracy-z-rodzina', planOptions);
    const view = model.getView();
    expect(view.steps).toMatchObject({ current: 0, reviewing: false, heading: 'Krok 1 z 7: Rodzina i asystent', label: 'Kroki formularza', headingId: '__step' });
    expect(view.steps!.backLabel).toBeUndefined();
    expect(view.steps!.list.map((step) => [step.number, step.title, step.current])).toEqual([
      [1, 'Rodzina i asystent', true],
      [2, 'Analiza SWOT', false],
      [3, 'Cele', false],
      [4, 'Działania rodziny', false],
      [5, 'Działania asystenta rodziny', false],
      [6, 'Działania pracownika socjalnego', false],
      [7, 'Ocena i podpisy', false],
    ]);
    expect(topLevel(view)).toEqual(['/family', '/assistant', '/drawnUpOn']);
    expect(view.submitLabel).toBe('Dalej');
    model.setLocale('en');
    expect(model.getView().steps!.heading).toBe('Step 1 of 7: Family and assistant');
    expect(model.getView().submitLabel).toBe('Continue');
  });

  it('"Dalej" with errors stays, shows the step’s errors only and focuses the summary', () => {
    const model = createFormModel('plan-pracy-z-rodzina', planOptions);
    expect(model.getView().summary.errors).toEqual([]);
    expect(model.nextStep()).toBe(false);
    const view = model.getView();
    expect(view.steps!.current).toBe(0);
    expect(view.focus?.id).toBe(view.summary.id);
    expect(view.summary.alert).toBe(true);
    expect(view.summary.errors.map((e) => [e.step, e.targetId])).toEqual([
      ['rodzina', '_family_name'],
      ['rodzina', '_assistant_name'],
      ['rodzina', '_drawnUpOn'],
    ]);
    // The other steps' errors (the main goal, the lanes) wait for their own "Dalej" or the submit.
    expect(model.getState().errors.some((e) => e.path === '/mainGoal')).toBe(true);
    const drawn = drawnIds(view);
    for (const entry of view.summary.errors) expect(drawn).toContain(entry.targetId);
    expect(view.steps!.list[0]!.note).toBe('błędy do poprawienia');
  });

  it('"Dalej" and "Wstecz" keep every value and move focus to the heading', () => {
    const model = createFormModel('plan-pracy-z-rodzina', planOptions);
    fillFirstStep(model);
    expect(model.nextStep()).toBe(true);
    let view = model.getView();
    expect(view.steps!.heading).toBe('Krok 2 z 7: Analiza SWOT');
    expect(view.steps!.backLabel).toBe('Wstecz');
    expect(view.focus?.id).toBe('__step');
    expect(topLevel(view)).toEqual(['/swot']);
    model.setValue('/swot/strengths/0', 'Zaangażowana babcia');
    expect(model.previousStep()).toBe(true);
    view = model.getView();
    expect(view.steps!.current).toBe(0);
    expect(view.summary.errors).toEqual([]);
    expect(model.getState().draft).toMatchObject({ family: { name: 'Kowalscy' }, swot: { strengths: ['Zaangażowana babcia'] } });
    expect(model.previousStep()).toBe(false);
  });

  it('splits a group between steps: each lane of the schedule is a step inside its section', () => {
    const model = createFormModel('plan-pracy-z-rodzina', { ...planOptions, data: planData });
    model.goToStep('dzialania-asystenta');
    const schedule = model.getView().root.children.find((node) => node.visible);
    expect(schedule).toMatchObject({ pointer: '/schedule', kind: 'group', label: 'II. Harmonogram działań' });
    expect(schedule?.kind === 'group' && schedule.children.map((lane) => lane.pointer)).toEqual(['/schedule/assistant']);
    // The same narrowed root while nothing changed (renderers skip it).
    expect(model.getView().root).toBe(model.getView().root);
  });

  it('shows the check-your-answers page after the last step: every answer as text, each with a "Zmień" link', () => {
    const model = createFormModel('plan-pracy-z-rodzina', { ...planOptions, data: planData });
    model.goToStep(6);
    expect(model.nextStep()).toBe(true);
    const view = model.getView();
    expect(view.steps).toMatchObject({ reviewing: true, heading: 'Sprawdź odpowiedzi przed zapisaniem', backLabel: 'Wstecz' });
    expect(view.steps!.list.every((step) => !step.current)).toBe(true);
    expect(topLevel(view)).toEqual([]);
    expect(view.root.children.map((node) => node.pointer)).toEqual(['/case']);
    expect(view.submitLabel).toBe('Zapisz');
    const sections = view.review!.sections;
    expect(sections.map((section) => section.title)).toEqual(plan.steps!.list.map((step) => step.title.pl));
    expect(sections[0]!.rows[0]).toEqual({
      id: '_family_name',
      label: 'Rodzina – Imię i nazwisko',
      text: 'Katarzyna Wiśniewska',
      empty: false,
      change: { step: 'rodzina', targetId: '_family_name', label: 'Zmień' },
    });
    expect(sections[0]!.rows.find((row) => row.id === '_drawnUpOn')?.text).toBe('10.02.2026');
    const signed = sections[6]!.rows.find((row) => row.id === '_signatures_family_signed');
    expect(signed?.text).toMatch(/^(Tak|Nie)$/);
    // Choices by their label, not their value.
    const area = sections[3]!.rows.find((row) => row.id === '_schedule_family_0_programmeAreas_0__value');
    expect(area?.text).toBe('8. Kompetencje społeczne i zaradność życiowa');
  });

  it('"Zmień" opens the step at the field, and "Dalej" there goes back to the answers', () => {
    const model = createFormModel('plan-pracy-z-rodzina', { ...planOptions, data: planData });
    model.goToStep(6);
    model.nextStep();
    const change = model.getView().review!.sections[2]!.rows[0]!.change!;
    model.goToStep(change.step, change.targetId);
    let view = model.getView();
    expect(view.steps!.heading).toBe('Krok 3 z 7: Cele');
    expect(view.focus?.id).toBe(change.targetId);
    expect(drawnIds(view)).toContain(change.targetId);
    expect(view.submitLabel).toBe('Wróć do sprawdzenia odpowiedzi');
    expect(model.nextStep()).toBe(true);
    view = model.getView();
    expect(view.steps!.reviewing).toBe(true);
    expect(view.focus?.id).toBe('__step');
  });

  it('says "Nie podano" for what was not answered, and gives no "Zmień" for a value the form computes', () => {
    const model = createFormModel('ocena-sytuacji-rodziny', { asOf: '2026-03-31' });
    model.goToStep('podpis');
    model.setValue('/assessmentDate', '2026-03-02');
    model.setValue('/assistantSignature/signed', true);
    expect(model.nextStep()).toBe(true);
    expect(model.getView().steps!.reviewing).toBe(true);
    const rows = model.getView().review!.sections.flatMap((section) => section.rows);
    expect(rows.find((row) => row.id === '_familyRepresentative')).toMatchObject({ text: 'Nie podano', empty: true });
    expect(rows.find((row) => row.id === '_assistantSignature_signed')).toMatchObject({ text: 'Tak', empty: false });
    const income = rows.find((row) => row.id === '_incomePerPerson');
    expect(income).toBeDefined();
    expect(income!.change).toBeUndefined();
    // A list without items: one row, and "Zmień" goes to its add button.
    expect(rows.find((row) => row.id === '_members')).toMatchObject({ text: 'Nie podano', change: { targetId: '_members__add' } });
  });

  it('a submit from the answers shows every step’s errors, each entry naming its step, and a link opens it at the field', () => {
    const model = createFormModel('plan-pracy-z-rodzina', planOptions);
    fillFirstStep(model);
    model.goToStep(6);
    model.nextStep();
    expect(model.getView().steps!.reviewing).toBe(true);
    const result = model.advance();
    expect(result?.valid).toBe(false);
    const view = model.getView();
    expect(view.focus?.id).toBe(view.summary.id);
    const steps = new Set(view.summary.errors.map((entry) => entry.step));
    expect([...steps]).toEqual(expect.arrayContaining(['cele', 'dzialania-rodziny']));
    expect(view.steps!.list.filter((step) => step.note).map((step) => step.id)).toEqual([...steps]);
    const entry = view.summary.errors.find((e) => e.step === 'cele')!;
    model.goToStep(entry.step!, entry.targetId);
    const opened = model.getView();
    expect(opened.steps!.heading).toBe('Krok 3 z 7: Cele');
    expect(opened.focus?.id).toBe(entry.targetId);
    expect(drawnIds(opened)).toContain(entry.targetId);
    // After a submit the summary keeps every step's errors.
    expect(opened.summary.errors.length).toBe(view.summary.errors.length);
  });

  it('every invalid example of every stepped form: each summary entry opens a step that draws its target', () => {
    for (const { id } of listForms()) {
      const definition = getFormDefinition(id);
      if (!definition.steps) continue;
      for (const example of definition.examples.invalid) {
        const model = createFormModel(id, { profile: example.profile ?? 'default', asOf: example.asOf ?? '2026-03-31', data: example.data, layout: 'steps' });
        model.submit();
        const entries = model.getView().summary.errors;
        expect(entries.length).toBeGreaterThan(0);
        for (const entry of entries) {
          // An issue of the whole form (an unknown field) shows on the root, in every step.
          if (entry.step === undefined) expect(entry.targetId, `${id} / ${example.name}: ${entry.issue.path}`).toBe('');
          else model.goToStep(entry.step, entry.targetId);
          expect(drawnIds(model.getView()), `${id} / ${example.name}: ${entry.issue.path}`).toContain(entry.targetId);
        }
      }
    }
  });

  it('advance() is "Dalej" on a step page and the submit on the answers page', () => {
    const model = createFormModel('plan-pracy-z-rodzina', { ...planOptions, data: planData });
    expect(model.advance()).toBeUndefined();
    expect(model.getView().steps!.current).toBe(1);
    model.goToStep('podpisy');
    model.advance();
    const result = model.advance();
    expect(result).toMatchObject({ valid: true });
    expect(model.getView().status).toBe('Dane przekazano do zapisania.');
  });

  it('goes to a step by id or index; an unknown step is a located error', () => {
    const model = createFormModel('plan-pracy-z-rodzina', planOptions);
    model.goToStep('cele');
    expect(model.getView().steps!.current).toBe(2);
    model.goToStep(4);
    expect(model.getView().steps!.current).toBe(4);
    expect(catchError(() => model.goToStep('nie-ma')).message).toBe(
      'Formularz nie ma kroku „nie-ma”. Kroki: rodzina, swot, cele, dzialania-rodziny, dzialania-asystenta, dzialania-pracownika, podpisy.',
    );
    expect(() => model.goToStep(7)).toThrow(AsystaError);
    expect(model.getView().steps!.current).toBe(4);
  });

  it('layout "single" (an option or setLayout) shows the whole form on one page, as before', () => {
    const single = createFormModel('plan-pracy-z-rodzina', { ...planOptions, layout: 'single' });
    expect(single.getView().steps).toBeUndefined();
    expect(topLevel(single.getView())).toContain('/schedule');
    expect(single.getView().submitLabel).toBe('Zapisz');
    expect(single.nextStep()).toBe(false);
    const model = createFormModel('plan-pracy-z-rodzina', planOptions);
    model.goToStep('cele');
    model.setLayout('single');
    expect(model.getView().steps).toBeUndefined();
    expect(topLevel(model.getView())).toHaveLength(11);
    model.setLayout('steps');
    expect(model.getView().steps!.current).toBe(2);
    // Not a layout: the definition's.
    expect(createFormModel('plan-pracy-z-rodzina', { ...planOptions, layout: 'both' as never }).getView().steps).toBeDefined();
  });

  it('the definition chooses the layout when the host does not', () => {
    expect(getFormDefinition('skierowanie-i-podstawa').steps!.layout).toBe('single');
    expect(createFormModel('skierowanie-i-podstawa', { asOf: '2026-03-31' }).getView().steps).toBeUndefined();
    expect(createFormModel('skierowanie-i-podstawa', { asOf: '2026-03-31', layout: 'steps' }).getView().steps!.heading).toBe('Krok 1 z 4: Rodzina');
    expect(createFormModel('ocena-planu-pracy', { asOf: '2026-03-31' }).getView().steps!.heading).toBe('Krok 1 z 4: Rodzina i spotkanie');
  });

  it('a form without steps is always on one page', () => {
    const model = createFormModel('karta-czasu-pracy', { asOf: '2026-03-31' });
    model.setLayout('steps');
    expect(model.getView().steps).toBeUndefined();
    expect(model.nextStep()).toBe(false);
    expect(model.previousStep()).toBe(false);
    expect(() => model.goToStep(0)).toThrow(AsystaError);
    expect(model.getInteraction()).toEqual({ touched: [], submitAttempts: 0 });
    expect(model.advance()).toMatchObject({ valid: false });
  });
});

describe('steps in the interaction and drafts', () => {
  it('getInteraction() keeps the step and the checked steps; setData brings them back, an unknown step is the first', () => {
    const model = createFormModel('plan-pracy-z-rodzina', planOptions);
    model.nextStep();
    fillFirstStep(model);
    model.nextStep();
    model.nextStep();
    // The goals have errors: it stays there.
    expect(model.nextStep()).toBe(false);
    const interaction = model.getInteraction();
    expect(interaction).toMatchObject({ step: 'cele', checkedSteps: ['rodzina', 'swot', 'cele'] });
    const copy = createFormModel('plan-pracy-z-rodzina', planOptions);
    copy.setData(model.getState().draft, { interaction });
    expect(copy.getView().steps!.heading).toBe('Krok 3 z 7: Cele');
    // The step was checked: its errors show again.
    const shown = model.getView().summary.errors.map((entry) => `${entry.step} ${entry.issue.path}`);
    expect(shown.length).toBeGreaterThan(0);
    expect(copy.getView().summary.errors.map((entry) => `${entry.step} ${entry.issue.path}`)).toEqual(shown);
    copy.setData(model.getState().draft, { interaction: { ...interaction, step: 'nie-ma', checkedSteps: [7 as never] } });
    expect(copy.getView().steps!.current).toBe(0);
    expect(copy.getInteraction().checkedSteps).toBeUndefined();
  });

  it('a draft brings back the step and the check-your-answers page', async () => {
    const drafts = createDrafts({ store: createMemoryDraftStore(), key: await createDraftKey() });
    const model = createFormModel('plan-pracy-z-rodzina', { ...planOptions, data: planData });
    model.goToStep('podpisy');
    model.nextStep();
    await drafts.save('rodzina-1', model);
    const restored = createFormModel('plan-pracy-z-rodzina', planOptions);
    expect(await drafts.restore('rodzina-1', restored)).toMatchObject({ status: 'restored' });
    expect(restored.getView().steps).toMatchObject({ reviewing: true });
    expect(restored.getInteraction()).toMatchObject({ step: 'podpisy', reviewing: true, checkedSteps: ['podpisy'] });
  });
});

describe('steps on a page of one form (its module)', () => {
  it('come with the module of a form that declares them, and only with it', () => {
    expect(planModule.steps).toBeDefined();
    expect(timeCardModule.steps).toBeUndefined();
    const engine = engineFromModule(defaultForPlan);
    const model = createFormModelFrom(planModule, { engine, asOf: '2026-03-31' });
    expect(model.getView().steps!.heading).toBe('Krok 1 z 7: Rodzina i asystent');
    // A module of one's own without them: the form on one page.
    const { steps: _steps, ...withoutSteps } = planModule;
    expect(createFormModelFrom(withoutSteps, { engine, asOf: '2026-03-31' }).getView().steps).toBeUndefined();
  });
});
