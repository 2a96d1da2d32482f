import { describe, expect, it } from 'vitest';
import { AsystaError } from '@asysta/core';
import { builtInPacks } from '@asysta/rules';
import { createFormModel, validateSubmission } from '@asysta/forms';
import { caseFacts, caseload, CASE_FACT_KINDS, evaluateCase, nextAssessmentDue, prefill, type CaseReport } from '@asysta/cases';
import { catchAsystaError } from '../../../test/support/catch-asysta-error.js';
import { doc, nowakCase, timeCard } from './fixtures.js';

const failed = (report: CaseReport) => report.verdicts.filter((v) => v.status === 'fail').map((v) => [v.ruleId, v.pointer]);

describe('caseFacts', () => {
  it('builds every case-level fact kind from the documents, each part traced to its document and field', () => {
    const { facts, problems } = caseFacts(nowakCase(), { asOf: '2026-06-30' });
    expect(problems).toEqual([]);
    expect(facts.map((f) => f.kind)).toEqual(['sprawa', 'rodzina', 'rodzina-rok', 'rodzina-rok-projektu', 'harmonogram-projektu', 'asystent']);
    const sprawa = facts[0]!;
    expect(sprawa.facts).toMatchObject({
      referral: { date: '2026-02-16' },
      basis: { kind: 'consent', date: '2026-02-25' },
      firstContact: { date: '2026-02-25', socialWorkerPresent: true },
      assessments: [{ date: '2026-03-05', type: 'initial' }],
      plans: [{ date: '2026-03-10', evaluationDate: '2026-06-10', revision: false }],
      evaluations: [{ date: '2026-06-10', planDate: '2026-03-10' }],
      workStart: '2026-02-25',
    });
    expect(sprawa.sources['/basis/date']).toBe('/documents/0/data/consent/date');
    // The time card's rows in date order, whatever order they were typed in.
    const year = facts[2]!;
    // The project (March–December 2026) has one year so far: its own fact, for the project's yearly quotas.
    expect(facts[3]!.facts).toMatchObject({ projectYear: 1, from: '2026-03-01', to: '2026-12-31' });
    expect(year.facts['rows']).toEqual([
      { date: '2026-03-03', minutes: 120, time: { from: '10:00' } },
      { date: '2026-03-17', minutes: 180, time: { from: '09:00' } },
    ]);
    expect(year.sources['/rows/0']).toBe('/documents/3/data/rows/1');
  });

  it('leaves drafts and documents created after the as-of date out of the facts', () => {
    const value = nowakCase();
    value.documents[4]!.status = 'draft';
    const sprawa = caseFacts(value, { asOf: '2026-06-30' }).facts[0]!;
    expect(sprawa.facts['evaluations']).toEqual([]);
    const early = caseFacts(nowakCase(), { asOf: '2026-03-06' }).facts[0]!;
    expect(early.facts['plans']).toEqual([]);
  });

  it('gives the built-in packs the shapes their own test cases use', () => {
    const { facts } = caseFacts(nowakCase(), { asOf: '2026-06-30' });
    const built = caseload([nowakCase()], { assistant: 'a01', asOf: '2026-06-30' }).facts;
    const byKind = new Map([...facts, ...built].map((f) => [f.kind, Object.keys(f.facts)]));
    for (const pack of builtInPacks) {
      for (const test of pack.tests) {
        if (!(CASE_FACT_KINDS as readonly string[]).includes(test.recordKind)) continue;
        const keys = byKind.get(test.recordKind);
        expect([pack.id, test.name, keys !== undefined]).toEqual([pack.id, test.name, true]);
        for (const key of Object.keys(test.facts as object)) expect([pack.id, test.name, key, keys!.includes(key)]).toEqual([pack.id, test.name, key, true]);
      }
    }
  });
});

describe('evaluateCase', () => {
  it('attaches every verdict to the document and field it concerns, and passes a case in order', () => {
    const report = evaluateCase(nowakCase(), { asOf: '2026-06-30' });
    expect(report.problems).toEqual([]);
    expect(report.documentsEvaluated).toBe(5);
    expect(failed(report)).toEqual([]);
    const contact = report.verdicts.find((v) => v.ruleId === 'pl-wspieranie-rodziny.first-contact-after-referral')!;
    expect([contact.status, contact.document, contact.pointer]).toEqual(['pass', 0, '/documents/0/data/firstContact/date']);
    const plan = report.verdicts.find((v) => v.ruleId === 'pl-wspieranie-rodziny.plan-has-actions')!;
    expect([plan.kind, plan.document, plan.pointer]).toEqual(['plan-pracy-z-rodzina', 2, '/documents/2/data/schedule']);
  });

  it('Konstancin: the monthly quota adds up both cards of a month in date order and flags the first visit past 6 h', () => {
    const value = nowakCase();
    // A second card for March (a late correction) with a visit between the two of the first card.
    value.documents.push(timeCard('2026-03', [{ date: '2026-03-10', from: '16:00', to: '18:00' }], '2026-04-02'));
    const report = evaluateCase(value, { asOf: '2026-06-30', profile: 'konstancin-jeziorna' });
    const monthly = report.verdicts.filter((v) => v.ruleId === 'konstancin-jeziorna.hours-per-family-month');
    // One verdict per visit, from the family's year – none per card, which sees only its own rows.
    expect(monthly.map((v) => [v.kind, v.pointer, v.status])).toEqual([
      ['rodzina-rok', '/documents/3/data/rows/1', 'pass'],
      ['rodzina-rok', '/documents/5/data/rows/0', 'pass'],
      ['rodzina-rok', '/documents/3/data/rows/0', 'fail'],
    ]);
    expect(monthly[2]!.message).toContain('7 godzin');
    expect(monthly[2]!.document).toBe(3);
  });

  it('a first contact known only from the events: its verdict points at the event’s date, not into it', () => {
    const value = nowakCase();
    delete (value.documents[0]!.data as Record<string, unknown>)['firstContact'];
    value.events![1]!.date = '2026-02-10'; // before the referral of 16 February
    const report = evaluateCase(value, { asOf: '2026-06-30' });
    const contact = report.verdicts.find((v) => v.ruleId === 'pl-wspieranie-rodziny.first-contact-after-referral')!;
    expect([contact.status, contact.pointer]).toEqual(['fail', '/events/1/date']);
    expect(caseFacts(value, { asOf: '2026-06-30' }).facts[0]!.sources['/firstContact']).toBe('/events/1');
  });

  it('Raków: a plan drawn up before the initial assessment is an error at the plan', () => {
    const value = nowakCase();
    (value.documents[1]!.data as Record<string, unknown>)['assessmentDate'] = '2026-03-12';
    const report = evaluateCase(value, { asOf: '2026-06-30', profile: 'rakow' });
    expect(failed(report)).toEqual([['rakow.initial-assessment-before-plan', '/documents/2/data/drawnUpOn']]);
    expect(report.errorCount).toBe(1);
  });

  it('Milanówek: the evaluation on the plan’s date passes; a time card without the coordinator’s acceptance is flagged', () => {
    const report = evaluateCase(nowakCase(), { asOf: '2026-06-30', profile: 'milanowek' });
    expect(report.verdicts.find((v) => v.ruleId === 'milanowek.evaluation-on-planned-date')!.status).toBe('pass');
    expect(failed(report)).toEqual([['milanowek.time-card-accepted', '/documents/3/data/coordinatorAcceptance']]);
  });

  it('closing: work ended without a final assessment and monitoring is flagged at the closing document', () => {
    const value = nowakCase();
    value.documents.push(doc('zakonczenie-pracy', { closingDate: '2026-06-20', reason: 'goals-achieved' }, '2026-06-20'));
    const report = evaluateCase(value, { asOf: '2026-06-30' });
    expect(failed(report)).toEqual([
      ['pl-wspieranie-rodziny.closing-complete', '/documents/5/data'],
      ['pl-wspieranie-rodziny.monitoring-after-work', '/documents/5/data/closingDate'],
    ]);
  });
});

describe('bad input', () => {
  it('an unknown form version: an error at the document, the other documents still evaluated', () => {
    const value = nowakCase();
    value.documents[2]!.version = '9.0.0';
    const report = evaluateCase(value, { asOf: '2026-06-30' });
    expect(report.problems.map((p) => [p.path, p.code])).toEqual([['/documents/2/version', 'case.document.unknownVersion']]);
    expect(report.problems[0]!.message).toContain('nie ma wersji 9.0.0');
    expect(report.documentsEvaluated).toBe(4);
    expect(report.verdicts.some((v) => v.document === 2)).toBe(false);
    expect(report.verdicts.filter((v) => v.document === 3 || v.document === 4).length).toBeGreaterThan(0);
    expect(failed(report)).toEqual([]);
  });

  it('a member or an assistant not in the case, dates out of order, overlapping assistants', () => {
    const value = nowakCase();
    value.documents[1]!.members = ['m1', 'm9'];
    value.documents[3]!.assistant = 'a07';
    value.documents[3]!.accepted = '2026-03-30';
    value.assistants.push({ id: 'a02', name: 'Ewa Nowicka', from: '2026-05-01', to: '2026-04-01' }, { id: 'a03', from: '2026-04-01' });
    value.events!.push({ kind: 'work-ended', date: '2026-02-01' });
    const report = evaluateCase(value, { asOf: '2026-06-30', locale: 'en' });
    expect(report.problems.map((p) => [p.path, p.severity, p.code])).toEqual([
      ['/assistants/1/to', 'error', 'case.assistant.periodOrder'],
      ['/assistants/2/from', 'warning', 'case.assistant.overlap'],
      ['/documents/1/members/1', 'error', 'case.document.unknownMember'],
      ['/documents/3/assistant', 'error', 'case.document.unknownAssistant'],
      ['/documents/3/accepted', 'error', 'case.document.dateOrder'],
      ['/events/2/date', 'error', 'case.events.order'],
    ]);
    expect(report.problems[2]!.message).toBe('the family member “m9” is not in the case (members: m1, m2)');
    expect(report.documentsEvaluated).toBe(5);
  });

  it('a case that is not an object, or whose family is malformed, is an AsystaError with the pointer', () => {
    expect(() => evaluateCase('nope')).toThrow(AsystaError);
    const value = nowakCase() as unknown as Record<string, unknown>;
    value['family'] = { id: 'Rodzina Nowak', members: [] };
    const error = catchAsystaError(() => evaluateCase(value, { asOf: '2026-06-30' }));
    expect([error.code, error.details.map((d) => d.path)]).toEqual(['error.case.invalid', ['/family/id']]);
  });

  it('a 50 MB case: the oversized document is skipped with an error, the rest evaluated, in seconds', () => {
    const value = nowakCase();
    const rows = Array.from({ length: 700_000 }, (_v, i) => ({ date: '2026-03-03', time: { from: '10:00', to: '11:00' }, place: `Dom rodziny ${i}` }));
    value.documents.push(doc('karta-czasu-pracy', { assistant: 'Anna Kowalska', familyRepresentative: 'Maria Nowak', month: '2026-03', rows }, '2026-03-31'));
    expect(JSON.stringify(value).length).toBeGreaterThan(50_000_000);
    const started = performance.now();
    const report = evaluateCase(value, { asOf: '2026-06-30' });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report.problems.map((p) => [p.path, p.code])).toEqual([['/documents/5', 'case.document.tooLarge']]);
    expect(report.documentsEvaluated).toBe(5);
  }, 30_000);

  it('a document whose data breaks its form is reported at the field, with the other verdicts', () => {
    const value = nowakCase();
    (value.documents[3]!.data as { rows: { date: string }[] }).rows[0]!.date = '2026-02-30';
    const report = evaluateCase(value, { asOf: '2026-06-30' });
    expect(report.problems.map((p) => [p.path, p.code])).toEqual([['/documents/3/data/rows/0/date', 'format.date']]);
    expect(report.errorCount).toBe(1);
  });
});

describe('caseload', () => {
  const family = (n: number, extra: { zaZyciem?: boolean; closed?: string } = {}) => {
    const value = nowakCase();
    value.id = `sprawa-${n}`;
    value.family.id = `rodzina-${n}`;
    if (extra.zaZyciem) value.family.zaZyciem = true;
    if (extra.closed) value.documents.push(doc('zakonczenie-pracy', { closingDate: extra.closed, reason: 'moved-away' }, extra.closed));
    return value;
  };

  it('counts the families of one assistant at once, "Za życiem" ones too, and names the case over the limit', () => {
    const cases = [...Array.from({ length: 15 }, (_v, i) => family(i)), family(15, { zaZyciem: true }), family(16, { closed: '2026-05-31' })];
    const load = caseload(cases, { assistant: 'a01', asOf: '2026-06-30' });
    expect([load.activeCount, load.zaZyciemCount, load.limit]).toEqual([16, 1, 15]);
    expect(load.families.find((f) => f.caseId === 'sprawa-16')).toMatchObject({ to: '2026-05-31', active: false });
    const limit = load.verdicts.find((v) => v.ruleId === 'pl-wspieranie-rodziny.max-families-per-assistant')!;
    expect(limit.status).toBe('fail');
    expect(limit.message).toContain('z 16 rodzinami');
    expect(caseload(cases.slice(1), { assistant: 'a01', asOf: '2026-06-30' }).verdicts[0]!.status).toBe('pass');
  });

  it('Konstancin: 54 h is the year across the families; the visit past it is named in its case', () => {
    const cases = [0, 1, 2, 3].map((n) => {
      const value = family(n);
      value.documents = [timeCard('2026-03', [{ date: '2026-03-02', from: '08:00', to: '14:00' }], '2026-03-31'), timeCard('2026-11', [{ date: '2026-11-02', from: '08:00', to: '14:00' }], '2026-11-30'), timeCard('2026-12', [{ date: `2026-12-0${n + 1}`, from: '08:00', to: '14:00' }], '2026-12-31')];
      return value;
    });
    const load = caseload(cases, { assistant: 'a01', asOf: '2026-12-31', profile: 'konstancin-jeziorna' });
    const yearly = load.verdicts.filter((v) => v.ruleId === 'konstancin-jeziorna.hours-per-assistant-year' && v.status === 'fail');
    // 4 families × 18 h = 72 h: the 10th visit in time (2 December, family 1) is the first past 54 h.
    expect(yearly[0]!.pointer).toBe('/1/documents/2/data/rows/0');
    expect(yearly).toHaveLength(3);
  });

  it('Konstancin: the yearly quotas and the 3 families are per project year; fewer families fail only once the year is over', () => {
    // A project from March 2026 to February 2028: project years March–February, not calendar years.
    const cases = [0, 1].map((n) => {
      const value = family(n);
      value.project = { id: 'uar', start: '2026-03', end: '2028-02' };
      value.documents = [timeCard('2026-12', [{ date: '2026-12-01', from: '08:00', to: '14:00' }], '2026-12-31'), timeCard('2027-02', [{ date: `2027-02-0${n + 1}`, from: '08:00', to: '14:00' }], '2027-02-28')];
      return value;
    });
    const april = caseload(cases, { assistant: 'a01', asOf: '2027-04-15', profile: 'konstancin-jeziorna' });
    const years = april.facts.filter((f) => f.kind === 'asystent-rok-projektu');
    expect(years.map((f) => [f.facts['projectYear'], f.facts['from'], f.facts['to'], (f.facts['rows'] as unknown[]).length])).toEqual([
      [1, '2026-03-01', '2027-02-28', 4],
      [2, '2027-03-01', '2028-02-29', 0],
    ]);
    const verdict = (id: string, year: number) => april.verdicts.filter((v) => v.ruleId === id)[year - 1]!;
    // Year 1 is over with 2 families: a warning; year 2 goes on: how many are still needed, as information.
    expect([verdict('konstancin-jeziorna.min-families-per-year', 1).status, verdict('konstancin-jeziorna.min-families-per-year', 1).severity]).toEqual(['fail', 'warning']);
    expect(verdict('konstancin-jeziorna.min-families-per-year', 2).status).toBe('not-applicable');
    expect([verdict('konstancin-jeziorna.families-still-needed', 2).status, verdict('konstancin-jeziorna.families-still-needed', 2).severity]).toEqual(['fail', 'info']);
    expect(verdict('konstancin-jeziorna.families-still-needed', 2).message).toContain('brakuje jeszcze 1 rodziny');
    // The family's 18 h is counted over the project year too: one fact per project year begun.
    const family0 = caseFacts(cases[0], { asOf: '2027-04-15' }).facts.filter((f) => f.kind === 'rodzina-rok-projektu');
    expect(family0.map((f) => f.sources['/rows/1'])).toEqual(['/documents/1/data/rows/0', undefined]);
  });

  it('Konstancin: in a project of several years, 3 work months in each project year pass', () => {
    const value = family(0);
    value.project = { id: 'uar', start: '2026-01', end: '2027-12' };
    const months = ['2026-01', '2026-11', '2026-12', '2027-01', '2027-11', '2027-12'];
    value.documents = months.map((m) => timeCard(m, [{ date: `${m}-05`, from: '10:00', to: '12:00' }], `${m}-28`));
    const report = evaluateCase(value, { asOf: '2027-12-31', profile: 'konstancin-jeziorna' });
    const work = report.verdicts.filter((v) => v.ruleId === 'konstancin-jeziorna.work-months');
    expect(work.map((v) => v.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    value.documents.push(timeCard('2027-06', [{ date: '2027-06-05', from: '10:00', to: '12:00' }], '2027-06-28'));
    const june = evaluateCase(value, { asOf: '2027-12-31', profile: 'konstancin-jeziorna' }).verdicts.filter((v) => v.ruleId === 'konstancin-jeziorna.work-months' && v.status === 'fail');
    expect(june.map((v) => v.pointer)).toEqual(['/documents/6/data/rows/0']);
    expect(june[0]!.message).toContain('Praca w czerwcu 2027 r. wypada poza miesiącami pracy asystenta');
    expect(june[0]!.message).toContain('należy do 2. roku projektu, od 1 stycznia 2027');
  });

  it('a broken case is a problem at its index, the others still counted', () => {
    const load = caseload([nowakCase(), { id: 'x' }], { assistant: 'a01', asOf: '2026-06-30' });
    expect(load.activeCount).toBe(1);
    expect(load.problems[0]!.path.startsWith('/1')).toBe(true);
  });
});

describe('prefill', () => {
  it('names the case, the family and the assistant by id the same way in every form, kept in the data but not drawn', () => {
    const value = nowakCase();
    for (const form of ['karta-czasu-pracy', 'ocena-planu-pracy', 'sprawozdanie-miesieczne', 'zakonczenie-pracy']) {
      const { data, sources } = prefill(value, form, { asOf: '2026-06-09' });
      expect(data['case']).toEqual({ caseId: value.id, familyId: value.family.id, assistantId: 'a01' });
      expect(sources['/case']).toBe('/id');
      const { errors } = validateSubmission(form, data, { asOf: '2026-06-09' });
      expect(errors.filter((e) => e.path.startsWith('/case'))).toEqual([]);
      const model = createFormModel(form, { asOf: '2026-06-09', data });
      expect(model.getView().root.children.find((node) => node.pointer === '/case')?.visible).toBe(false);
    }
  });

  it('a new plan evaluation starts with the plan’s actions and the date the plan set', () => {
    const { data, sources } = prefill(nowakCase(), 'ocena-planu-pracy', { asOf: '2026-06-09' });
    expect(data['meetingDate']).toBe('2026-06-10');
    expect(data['planDate']).toBe('2026-03-10');
    const actions = data['actions'] as { lane: string; action: string; status?: string }[];
    expect(actions).toHaveLength(8);
    expect(actions.map((a) => a.lane)).toEqual(['family', 'family', 'family', 'assistant', 'assistant', 'assistant', 'social-worker', 'social-worker']);
    expect(actions.every((a) => a.status === undefined)).toBe(true);
    expect(sources['/actions/3']).toBe('/documents/2/data/schedule/assistant/0');
    // Only the statuses are left to fill in.
    const { errors } = validateSubmission('ocena-planu-pracy', data, { asOf: '2026-06-09' });
    expect([...new Set(errors.map((e) => e.code))]).toEqual(['schema.required']);
    expect(errors.every((e) => /^\/actions\/\d+\/status$/.test(e.path))).toBe(true);
  });

  it('a monthly report starts with the month’s visits from the time card, or from the journal where there is no card', () => {
    const value = nowakCase();
    value.documents.push(doc('dziennik-asystenta', { assistant: 'Anna Kowalska', familyRepresentative: 'Maria Nowak', month: '2026-04', visits: [{ date: '2026-04-20' }, { date: '2026-04-07' }] }, '2026-04-30'));
    expect(prefill(value, 'sprawozdanie-miesieczne', { asOf: '2026-06-30', month: '2026-03' }).data['visits']).toEqual([{ date: '2026-03-03' }, { date: '2026-03-17' }]);
    const april = prefill(value, 'sprawozdanie-miesieczne', { asOf: '2026-06-30', month: '2026-04' });
    expect(april.data).toMatchObject({ assistant: 'Anna Kowalska', familyRepresentative: 'Maria Nowak', month: '2026-04', planDate: '2026-03-10', visits: [{ date: '2026-04-07' }, { date: '2026-04-20' }] });
    expect(april.sources['/visits/0/date']).toBe('/documents/5/data/visits/1/date');
  });

  it('derives the next assessment’s due date from the last one and starts a periodic assessment with the members', () => {
    expect(nextAssessmentDue(nowakCase(), { asOf: '2026-06-30' })).toBe('2026-09-05');
    const assessment = prefill(nowakCase(), 'ocena-sytuacji-rodziny', { asOf: '2026-06-30' });
    expect(assessment.nextAssessmentDue).toBe('2026-09-05');
    expect(assessment.data).toMatchObject({ assessmentType: 'periodic', members: [{ fullName: 'Maria Nowak', birthDate: '1988-05-14' }, { fullName: 'Kacper Nowak', birthDate: '2012-09-23' }] });
    const { errors } = validateSubmission('ocena-sytuacji-rodziny', assessment.data, { asOf: '2026-06-30' });
    expect(errors.map((e) => e.path)).toEqual(['/assessmentDate']);
  });

  it('an unknown form is an AsystaError', () => {
    expect(() => prefill(nowakCase(), 'nie-ma')).toThrow(AsystaError);
  });
});
