/**
 * Links between documents: the starting data of a new document from the case – a plan evaluation
 * starts with the plan's actions, a monthly report with the month's visits, an assessment with the
 * family's members; names of the family and the assistant come from the case, never retyped.
 * Only fields of the form's schema are set, each with a valid value; what the person must decide
 * (an action's status, what was done in a visit) is left empty for them.
 */
import { AsystaError, isMonth, monthOf, type Case } from '@asysta/core';
import { getFormDefinition } from '@asysta/forms';
import { assistantOn, checkedAsOf, factDocuments, lifecycleOf, nextAssessmentDueOf, visitsOf, type FactDocument } from './facts.js';
import { readCase } from './read.js';
import type { Prefill, PrefillOptions } from './types.js';

type Data = Record<string, unknown>;
const obj = (v: unknown): Data => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A person's name as the forms take it (2–200 characters), or nothing. */
const name = (v: string | undefined): string | undefined => (v !== undefined && v.trim().length >= 2 ? v.trim().slice(0, 200) : undefined);

function representative(value: Case): string | undefined {
  const members = value.family.members;
  return name((members.find((m) => m.representative) ?? members.find((m) => m.role === 'parent' || m.role === 'guardian') ?? members[0])?.name);
}

function latest(documents: readonly FactDocument[], form: string, dateField: string): FactDocument | undefined {
  return documents
    .filter((d) => d.document.form === form)
    .sort((a, b) => String(a.data[dateField] ?? '').localeCompare(String(b.data[dateField] ?? '')) || a.index - b.index)
    .at(-1);
}

const LANES: [string, string][] = [
  ['family', 'family'],
  ['assistant', 'assistant'],
  ['socialWorker', 'social-worker'],
];

export function prefill(input: unknown, formId: string, options: PrefillOptions = {}): Prefill {
  const locale = 'pl';
  const asOf = checkedAsOf(options.asOf, locale);
  const definition = getFormDefinition(formId, locale);
  if (options.month !== undefined && !isMonth(options.month)) throw new AsystaError('error.asOf.invalid', locale, { value: options.month });
  const read = readCase(input, asOf, locale);
  const value = read.value;
  const documents = factDocuments(read, asOf);
  const assistantId = options.assistant ?? assistantOn(value, asOf) ?? value.assistants.at(-1)?.id;
  const assistantIndex = value.assistants.findIndex((a) => a.id === assistantId);
  const assistantName = name(value.assistants[assistantIndex]?.name);
  const family = representative(value);
  const month = options.month ?? monthOf(asOf);
  const data: Data = {};
  const sources: Record<string, string> = {};
  const put = (path: string, v: unknown, source: string) => {
    if (v === undefined) return;
    data[path] = v;
    sources[`/${path}`] = source;
  };
  const assistantSource = assistantIndex >= 0 ? `/assistants/${assistantIndex}/name` : '/assistants';
  const plan = latest(documents, 'plan-pracy-z-rodzina', 'drawnUpOn');
  // Every form names its case the same way: by the ids of the case, the family and the assistant.
  const reference: Data = { caseId: value.id, familyId: value.family.id, ...(assistantId ? { assistantId } : {}) };
  put('case', reference, '/id');

  switch (formId) {
    case 'karta-czasu-pracy':
    case 'dziennik-asystenta':
      put('assistant', assistantName, assistantSource);
      put('familyRepresentative', family, '/family/members');
      put('month', month, '');
      break;
    case 'sprawozdanie-miesieczne': {
      put('assistant', assistantName, assistantSource);
      put('familyRepresentative', family, '/family/members');
      put('month', month, '');
      if (plan && typeof plan.data['drawnUpOn'] === 'string') put('planDate', plan.data['drawnUpOn'], `/documents/${plan.index}/data/drawnUpOn`);
      // One visit per meeting of the month, from the time card (or the journal where no card covers it).
      const visits = visitsOf(value, documents).filter((v) => monthOf(v.date) === month);
      data['visits'] = visits.map((v, k) => {
        sources[`/visits/${k}/date`] = `${v.pointer}/date`;
        return { date: v.date };
      });
      data['partialGoals'] = [];
      break;
    }
    case 'ocena-planu-pracy': {
      put('familyName', name(value.family.name) ?? family, value.family.name ? '/family/name' : '/family/members');
      if (plan) {
        const at = `/documents/${plan.index}/data`;
        if (typeof plan.data['drawnUpOn'] === 'string') put('planDate', plan.data['drawnUpOn'], `${at}/drawnUpOn`);
        if (typeof plan.data['evaluationDate'] === 'string') put('meetingDate', plan.data['evaluationDate'], `${at}/evaluationDate`);
        const actions: Data[] = [];
        const schedule = obj(plan.data['schedule']);
        for (const [field, lane] of LANES) {
          arr(schedule[field]).forEach((raw, r) => {
            const action = obj(raw);
            if (typeof action['action'] !== 'string') return;
            const item: Data = { lane, action: action['action'] };
            if (typeof action['deadline'] === 'string') item['deadline'] = action['deadline'];
            sources[`/actions/${actions.length}`] = `${at}/schedule/${field}/${r}`;
            actions.push(item);
          });
        }
        data['actions'] = actions;
      } else {
        data['actions'] = [];
      }
      break;
    }
    case 'ocena-sytuacji-rodziny': {
      put('familyRepresentative', family, '/family/members');
      put('assistant', assistantName, assistantSource);
      const life = lifecycleOf(value, documents);
      put('assessmentType', life.assessments.length ? 'periodic' : 'initial', '/documents');
      data['members'] = value.family.members.map((m, k) => {
        const member: Data = { fullName: name(m.name) ?? m.name };
        if (m.birthDate) member['birthDate'] = m.birthDate;
        sources[`/members/${k}`] = `/family/members/${k}`;
        return member;
      });
      break;
    }
    case 'plan-pracy-z-rodzina': {
      const family_: Data = {};
      if (family) family_['name'] = family;
      data['family'] = family_;
      if (assistantName) data['assistant'] = { name: assistantName };
      sources['/family/name'] = '/family/members';
      if (assistantName) sources['/assistant/name'] = assistantSource;
      break;
    }
    case 'zmiana-planu-pracy':
    case 'zakonczenie-pracy':
    case 'rodzina-wspierajaca':
      if (plan && typeof plan.data['drawnUpOn'] === 'string') put('planDate', plan.data['drawnUpOn'], `/documents/${plan.index}/data/drawnUpOn`);
      break;
    default:
      break;
  }
  const result: Prefill = { form: definition.id, version: definition.version, data, sources };
  const due = nextAssessmentDueOf(read, asOf);
  if (due) result.nextAssessmentDue = due;
  return result;
}

/** The date the next assessment of the family's situation is due (at least every 6 months, art. 15 ust. 1 pkt 15). */
export function nextAssessmentDue(input: unknown, options: { asOf?: string } = {}): string | undefined {
  const asOf = checkedAsOf(options.asOf, 'pl');
  return nextAssessmentDueOf(readCase(input, asOf, 'pl'), asOf);
}
