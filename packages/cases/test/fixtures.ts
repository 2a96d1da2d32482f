/** A family's case over a few months, built from the forms' own valid examples. */
import type { Case, CaseDocument } from '@asysta/core';
import { getFormDefinition } from '@asysta/forms';

const example = (form: string, name?: string): Record<string, unknown> => {
  const definition = getFormDefinition(form);
  const found = name ? definition.examples.valid.find((e) => e.name === name) : definition.examples.valid[0];
  return structuredClone(found!.data) as Record<string, unknown>;
};

export function doc(form: string, data: Record<string, unknown>, created: string, extra: Partial<CaseDocument> = {}): CaseDocument {
  return { form, version: getFormDefinition(form).version, status: 'accepted', created, submitted: created, accepted: created, assistant: 'a01', data, ...extra };
}

export function timeCard(month: string, rows: { date: string; from: string; to: string }[], created: string): CaseDocument {
  return doc('karta-czasu-pracy', {
    assistant: 'Anna Kowalska',
    familyRepresentative: 'Maria Nowak',
    month,
    rows: rows.map((r) => ({ date: r.date, time: { from: r.from, to: r.to }, place: 'Dom rodziny', familySignature: true })),
  }, created);
}

/** The Nowak family: referral in February 2026, assessment and plan in March, time cards, one evaluation. */
export function nowakCase(): Case {
  const referral = example('skierowanie-i-podstawa');
  Object.assign(referral, {
    request: { socialWorker: 'Joanna Kwiatkowska', date: '2026-02-16', reason: 'Trudności opiekuńczo-wychowawcze.' },
    assignment: { assistant: 'Anna Kowalska', head: 'Marek Duda', date: '2026-02-20' },
    basis: 'consent',
    consent: { signed: true, date: '2026-02-25', signedBy: 'Maria Nowak' },
    firstContact: { date: '2026-02-25', socialWorkerPresent: true, socialWorker: 'Joanna Kwiatkowska', place: 'Mieszkanie rodziny' },
  });
  const assessment = example('ocena-sytuacji-rodziny');
  Object.assign(assessment, { assessmentType: 'initial', assessmentDate: '2026-03-05' });
  const plan = example('plan-pracy-z-rodzina');
  Object.assign(plan, { drawnUpOn: '2026-03-10', evaluationDate: '2026-06-10' });
  const evaluation = example('ocena-planu-pracy');
  Object.assign(evaluation, { meetingDate: '2026-06-10', planDate: '2026-03-10' });
  return {
    id: 'sprawa-nowak',
    family: {
      id: 'rodzina-nowak',
      name: 'Nowakowie',
      members: [
        { id: 'm1', name: 'Maria Nowak', role: 'parent', birthDate: '1988-05-14', representative: true },
        { id: 'm2', name: 'Kacper Nowak', role: 'child', birthDate: '2012-09-23' },
      ],
    },
    assistants: [{ id: 'a01', name: 'Anna Kowalska', from: '2026-02-20', to: null, qualifications: { education: 'degree-relevant' } }],
    basis: { kind: 'consent', date: '2026-02-25' },
    project: { id: 'uar', start: '2026-03', end: '2026-12' },
    documents: [
      doc('skierowanie-i-podstawa', referral, '2026-02-25', { members: ['m1'] }),
      doc('ocena-sytuacji-rodziny', assessment, '2026-03-05', { members: ['m1', 'm2'] }),
      doc('plan-pracy-z-rodzina', plan, '2026-03-10'),
      timeCard('2026-03', [
        { date: '2026-03-17', from: '09:00', to: '12:00' },
        { date: '2026-03-03', from: '10:00', to: '12:00' },
      ], '2026-03-31'),
      doc('ocena-planu-pracy', evaluation, '2026-06-10'),
    ],
    events: [
      { kind: 'referral', date: '2026-02-16', document: 0 },
      { kind: 'first-contact', date: '2026-02-25', document: 0 },
    ],
  };
}
