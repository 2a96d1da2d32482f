/**
 * The facts the rules read, built from the case's documents. Each fact kind is documented for
 * administrators in docs/cases.md (what it holds, which document feeds it); the packs' test cases
 * use the same shapes.
 */
import { addDays, addMonths, AsystaError, isDate, isMonth, minutesBetween, monthOf, todayInWarsaw, type Case, type CaseDocument, type Locale } from '@asysta/core';
import { readCase, type ReadCase } from './read.js';
import type { CaseFact, CaseFacts, CaseFactsOptions } from './types.js';

type Data = Record<string, unknown>;

/** A document that may feed the facts: usable, not a draft, created on or before the as-of date. */
export interface FactDocument {
  index: number;
  document: CaseDocument;
  data: Data;
}

/** One visit (meeting) with its time, from a time card row or a journal entry. */
export interface Visit {
  date: string;
  from?: string;
  minutes: number;
  /** The assistant who worked: the document's, or the one working with the family on that day. */
  assistant: string | undefined;
  pointer: string;
  document: number;
}

const obj = (v: unknown): Data => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const date = (v: unknown): string | undefined => (typeof v === 'string' && isDate(v) ? v : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const byDate = <T extends { date: string }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function factDocuments(read: ReadCase, asOf: string): FactDocument[] {
  const out: FactDocument[] = [];
  read.value.documents.forEach((document, index) => {
    if (!read.usable[index] || document.status === 'draft' || document.created > asOf) return;
    out.push({ index, document, data: obj(document.data) });
  });
  return out;
}

/** The assistant of the case working with the family on a day (the first listed when several). */
export function assistantOn(value: Case, day: string): string | undefined {
  return value.assistants.find((a) => a.from <= day && (!a.to || day <= a.to))?.id;
}

/**
 * Every visit with its time, in time order: time card rows, and journal visits for the months no
 * time card covers (the journal and the card describe the same meetings; the card is what is paid).
 */
export function visitsOf(value: Case, documents: readonly FactDocument[]): Visit[] {
  const visits: Visit[] = [];
  const carded = new Set<string>();
  const take = (d: FactDocument, field: string, onlyUncarded: boolean) => {
    arr(d.data[field]).forEach((raw, r) => {
      const row = obj(raw);
      const day = date(row['date']);
      if (!day) return;
      if (onlyUncarded && carded.has(monthOf(day))) return;
      const time = obj(row['time']);
      const minutes = typeof row['minutes'] === 'number' && Number.isFinite(row['minutes']) ? row['minutes'] : (minutesBetween(String(time['from'] ?? ''), String(time['to'] ?? '')) ?? 0);
      const visit: Visit = { date: day, minutes, assistant: d.document.assistant ?? assistantOn(value, day), pointer: `/documents/${d.index}/data/${field}/${r}`, document: d.index };
      if (typeof time['from'] === 'string') visit.from = time['from'];
      visits.push(visit);
    });
  };
  const cards = documents.filter((d) => d.document.form === 'karta-czasu-pracy');
  for (const card of cards) {
    const month = card.data['month'];
    if (typeof month === 'string' && isMonth(month)) carded.add(month);
    for (const row of arr(card.data['rows'])) {
      const day = date(obj(row)['date']);
      if (day) carded.add(monthOf(day));
    }
  }
  for (const card of cards) take(card, 'rows', false);
  for (const journal of documents.filter((d) => d.document.form === 'dziennik-asystenta')) take(journal, 'visits', true);
  return visits.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : (a.from ?? '') !== (b.from ?? '') ? ((a.from ?? '') < (b.from ?? '') ? -1 : 1) : a.document - b.document || (a.pointer < b.pointer ? -1 : 1)));
}

/**
 * A year of a local project (Konstancin-Jeziorna: "w każdym roku realizacji projektu"): the n-th
 * 12 months from the project's first month, the last one cut at the project's end; days `YYYY-MM-DD`.
 * Without a project the calendar year stands in for it (`projectYear` null).
 */
export interface ProjectYear {
  projectYear: number | null;
  from: string;
  to: string;
}

/** The project years that have begun by `asOf` (without a project: the calendar years `fromYear`…`asOf`). */
export function projectYearsOf(project: Case['project'], asOf: string, fromYear = asOf.slice(0, 4)): ProjectYear[] {
  const years: ProjectYear[] = [];
  if (!project) {
    for (let y = Math.min(Number(fromYear), Number(asOf.slice(0, 4))); y <= Number(asOf.slice(0, 4)); y++) years.push({ projectYear: null, from: `${y}-01-01`, to: `${y}-12-31` });
    return years;
  }
  const start = `${project.start}-01`;
  const last = addDays(addMonths(`${project.end}-01`, 1), -1);
  for (let n = 0; n < 100; n++) {
    const from = addMonths(start, 12 * n);
    if (from > last || from > asOf) break;
    const end = addDays(addMonths(start, 12 * (n + 1)), -1);
    years.push({ projectYear: n + 1, from, to: end < last ? end : last });
  }
  return years;
}

export function visitRow(v: Visit): Data {
  const row: Data = { date: v.date, minutes: v.minutes };
  if (v.from) row['time'] = { from: v.from };
  return row;
}

function isZaZyciem(value: Case, documents: readonly FactDocument[]): boolean {
  return value.family.zaZyciem === true || documents.some((d) => d.document.form === 'za-zyciem');
}

interface Lifecycle {
  referral?: { date: string; pointer: string };
  basis?: { kind: string; date: string | null; pointer: string; datePointer: string };
  firstContact?: { date: string | null; socialWorkerPresent: boolean; pointer: string };
  assessments: { date: string; type: string | null; pointer: string }[];
  plans: { date: string; evaluationDate: string | null; actions: number; revision: boolean; pointer: string }[];
  evaluations: { date: string; planDate: string | null; pointer: string }[];
  closing?: { date: string; reason: string | null; finalAssessment: string | null; monitoringUntil: string | null; pointer: string };
  workStart: string | null;
  workStartPointer: string;
  workEnd: string | null;
  workEndPointer: string;
  monitoringUntil: string | null;
  monitoringPointer: string;
}

export function lifecycleOf(value: Case, documents: readonly FactDocument[]): Lifecycle {
  const events = value.events ?? [];
  const eventOf = (kind: string) => {
    const i = events.findIndex((e) => e.kind === kind);
    return i < 0 ? undefined : { date: events[i]!.date, pointer: `/events/${i}/date` };
  };
  const life: Lifecycle = { assessments: [], plans: [], evaluations: [], workStart: null, workStartPointer: '/assistants', workEnd: null, workEndPointer: '', monitoringUntil: null, monitoringPointer: '' };
  for (const d of documents) {
    const at = `/documents/${d.index}/data`;
    const data = d.data;
    switch (d.document.form) {
      case 'skierowanie-i-podstawa': {
        const request = obj(data['request']);
        const requested = date(request['date']);
        if (requested && !life.referral) life.referral = { date: requested, pointer: `${at}/request/date` };
        const kind = text(data['basis']);
        if (kind && !life.basis) {
          const basisDate = kind === 'consent' ? date(obj(data['consent'])['date']) : kind === 'court-order' ? date(obj(data['courtOrder'])['date']) : date(obj(data['byLaw'])['leavingDate']);
          const datePointer = kind === 'consent' ? `${at}/consent/date` : kind === 'court-order' ? `${at}/courtOrder/date` : `${at}/byLaw/leavingDate`;
          life.basis = { kind, date: basisDate ?? null, pointer: `${at}/basis`, datePointer };
        }
        const contact = obj(data['firstContact']);
        if (Object.keys(contact).length && !life.firstContact) {
          life.firstContact = { date: date(contact['date']) ?? null, socialWorkerPresent: contact['socialWorkerPresent'] === true, pointer: `${at}/firstContact` };
        }
        break;
      }
      case 'ocena-sytuacji-rodziny': {
        const day = date(data['assessmentDate']);
        if (day) life.assessments.push({ date: day, type: text(data['assessmentType']) ?? null, pointer: `${at}/assessmentDate` });
        break;
      }
      case 'plan-pracy-z-rodzina': {
        const day = date(data['drawnUpOn']) ?? date(obj(data['signedAt'])['date']);
        const schedule = obj(data['schedule']);
        const actions = arr(schedule['family']).length + arr(schedule['assistant']).length + arr(schedule['socialWorker']).length;
        if (day) life.plans.push({ date: day, evaluationDate: date(data['evaluationDate']) ?? null, actions, revision: false, pointer: `${at}/drawnUpOn` });
        break;
      }
      case 'zmiana-planu-pracy': {
        const day = date(data['revisionDate']);
        if (day) life.plans.push({ date: day, evaluationDate: date(data['evaluationDate']) ?? null, actions: arr(data['actions']).length, revision: true, pointer: `${at}/revisionDate` });
        break;
      }
      case 'ocena-planu-pracy': {
        const day = date(data['meetingDate']);
        if (day) life.evaluations.push({ date: day, planDate: date(data['planDate']) ?? null, pointer: `${at}/meetingDate` });
        break;
      }
      case 'zakonczenie-pracy': {
        const day = date(data['closingDate']);
        if (day && !life.closing) {
          life.closing = {
            date: day,
            reason: text(data['reason']) ?? null,
            finalAssessment: date(data['finalAssessmentDate']) ?? null,
            monitoringUntil: date(obj(data['monitoring'])['until']) ?? null,
            pointer: at,
          };
        }
        break;
      }
    }
  }
  life.assessments.sort(byDate);
  life.plans.sort(byDate);
  life.evaluations.sort(byDate);
  // A final assessment recorded as an assessment document counts as well as the closing form's date.
  if (life.closing && !life.closing.finalAssessment) {
    const final = life.assessments.filter((a) => a.type === 'final').pop();
    if (final) life.closing.finalAssessment = final.date;
  }
  const started = eventOf('work-started');
  const firstFrom = [...value.assistants].sort((a, b) => (a.from < b.from ? -1 : 1))[0];
  if (started) [life.workStart, life.workStartPointer] = [started.date, started.pointer];
  else if (life.firstContact?.date) [life.workStart, life.workStartPointer] = [life.firstContact.date, `${life.firstContact.pointer}/date`];
  else if (firstFrom) [life.workStart, life.workStartPointer] = [firstFrom.from, `/assistants/${value.assistants.indexOf(firstFrom)}/from`];
  const ended = eventOf('work-ended');
  if (life.closing) [life.workEnd, life.workEndPointer] = [life.closing.date, `${life.closing.pointer}/closingDate`];
  else if (ended) [life.workEnd, life.workEndPointer] = [ended.date, ended.pointer];
  const monitoring = eventOf('monitoring-ended');
  if (life.closing?.monitoringUntil) [life.monitoringUntil, life.monitoringPointer] = [life.closing.monitoringUntil, `${life.closing.pointer}/monitoring/until`];
  else if (monitoring) [life.monitoringUntil, life.monitoringPointer] = [monitoring.date, monitoring.pointer];
  if (!life.referral) {
    const referral = eventOf('referral');
    if (referral) life.referral = referral;
  }
  if (!life.firstContact) {
    const contact = eventOf('first-contact');
    // The fact's `/firstContact` is the event itself: a rule's path (`/firstContact/date`) goes on under it.
    if (contact) life.firstContact = { date: contact.date, socialWorkerPresent: false, pointer: contact.pointer.replace(/\/date$/, '') };
  }
  if (!life.basis && value.basis) life.basis = { kind: value.basis.kind, date: value.basis.date, pointer: '/basis/kind', datePointer: '/basis/date' };
  return life;
}

function indexSources(prefix: string, pointers: readonly string[], into: Record<string, string>): void {
  pointers.forEach((pointer, k) => (into[`${prefix}/${k}`] = pointer));
}

/** The facts of one case (without what needs the assistant's other cases: see `assistantFacts`). */
export function factsOfRead(read: ReadCase, asOf: string): CaseFact[] {
  const value = read.value;
  const documents = factDocuments(read, asOf);
  const life = lifecycleOf(value, documents);
  const visits = visitsOf(value, documents).filter((v) => v.date <= asOf);
  const facts: CaseFact[] = [];

  // sprawa – the lifecycle of the work.
  {
    const sources: Record<string, string> = { '': '' };
    if (life.referral) sources['/referral'] = sources['/referral/date'] = life.referral.pointer;
    if (life.basis) {
      sources['/basis'] = sources['/basis/kind'] = life.basis.pointer;
      sources['/basis/date'] = life.basis.datePointer;
    }
    if (life.firstContact) sources['/firstContact'] = life.firstContact.pointer;
    indexSources('/assessments', life.assessments.map((a) => a.pointer), sources);
    indexSources('/plans', life.plans.map((p) => p.pointer), sources);
    indexSources('/evaluations', life.evaluations.map((e) => e.pointer), sources);
    if (life.closing) {
      sources['/closing'] = life.closing.pointer;
      sources['/closing/date'] = `${life.closing.pointer}/closingDate`;
      sources['/closing/finalAssessment'] = `${life.closing.pointer}/finalAssessmentDate`;
    }
    life.plans.forEach((plan, k) => {
      const root = plan.pointer.replace(/\/(drawnUpOn|revisionDate)$/, '');
      sources[`/plans/${k}/evaluationDate`] = `${root}/evaluationDate`;
      sources[`/plans/${k}/actions`] = `${root}/${plan.revision ? 'actions' : 'schedule'}`;
    });
    life.evaluations.forEach((evaluation, k) => (sources[`/evaluations/${k}/planDate`] = evaluation.pointer.replace(/meetingDate$/, 'planDate')));
    if (life.monitoringUntil) sources['/monitoringUntil'] = life.monitoringPointer;
    sources['/workStart'] = life.workStartPointer;
    if (life.workEnd) sources['/workEnd'] = life.workEndPointer;
    facts.push({
      kind: 'sprawa',
      key: value.id,
      facts: {
        family: value.family.id,
        referral: life.referral ? { date: life.referral.date } : null,
        basis: life.basis ? { kind: life.basis.kind, date: life.basis.date } : null,
        firstContact: life.firstContact ? { date: life.firstContact.date, socialWorkerPresent: life.firstContact.socialWorkerPresent } : null,
        assessments: life.assessments.map(({ date: d, type }) => ({ date: d, type })),
        plans: life.plans.map(({ date: d, evaluationDate, actions, revision }) => ({ date: d, evaluationDate, actions, revision })),
        evaluations: life.evaluations.map(({ date: d, planDate }) => ({ date: d, planDate })),
        workStart: life.workStart,
        workEnd: life.workEnd,
        closing: life.closing ? { date: life.closing.date, reason: life.closing.reason, finalAssessment: life.closing.finalAssessment } : null,
        monitoringUntil: life.monitoringUntil,
      },
      sources,
    });
  }

  // rodzina – work period, assessments, monitoring (pl-wspieranie-rodziny).
  {
    const sources: Record<string, string> = { '': '', '/assessments': life.assessments.at(-1)?.pointer ?? life.workStartPointer, '/workStart': life.workStartPointer };
    indexSources('/assessments', life.assessments.map((a) => a.pointer), sources);
    if (life.workEnd) sources['/workEnd'] = life.workEndPointer;
    sources['/monitoringUntil'] = life.monitoringUntil ? life.monitoringPointer : life.workEndPointer;
    facts.push({
      kind: 'rodzina',
      key: value.family.id,
      facts: {
        family: value.family.id,
        zaZyciem: isZaZyciem(value, documents),
        workStart: life.workStart,
        workEnd: life.workEnd,
        assessments: life.assessments.map(({ date: d, type }) => ({ date: d, type })),
        monitoringUntil: life.monitoringUntil,
      },
      sources,
    });
  }

  // rodzina-rok – one per calendar year with visits, and the as-of year.
  const years = new Set(visits.map((v) => v.date.slice(0, 4)));
  years.add(asOf.slice(0, 4));
  for (const year of [...years].sort()) {
    const rows = visits.filter((v) => v.date.startsWith(year));
    const months = new Map<string, number>();
    for (const v of rows) months.set(monthOf(v.date), (months.get(monthOf(v.date)) ?? 0) + v.minutes);
    const sources: Record<string, string> = { '': '' };
    indexSources('/rows', rows.map((v) => v.pointer), sources);
    facts.push({
      kind: 'rodzina-rok',
      key: year,
      facts: { year: Number(year), family: value.family.id, rows: rows.map(visitRow), months: [...months].map(([month, totalMinutes]) => ({ month, totalMinutes })) },
      sources,
    });
  }

  // rodzina-rok-projektu – one per year of the project begun by the as-of date (calendar years without one).
  for (const year of projectYearsOf(value.project, asOf, visits[0]?.date.slice(0, 4))) {
    const rows = visits.filter((v) => year.from <= v.date && v.date <= year.to);
    const sources: Record<string, string> = { '': value.project ? '/project' : '' };
    indexSources('/rows', rows.map((v) => v.pointer), sources);
    facts.push({ kind: 'rodzina-rok-projektu', key: `${year.projectYear ?? year.from.slice(0, 4)}`, facts: { ...year, family: value.family.id, rows: rows.map(visitRow) }, sources });
  }

  // harmonogram-projektu – the months worked within a local project (Konstancin-Jeziorna).
  if (value.project) {
    const months: string[] = [];
    const pointers: string[] = [];
    for (const v of visits) {
      const month = monthOf(v.date);
      if (!months.includes(month)) {
        months.push(month);
        pointers.push(v.pointer);
      }
    }
    const sources: Record<string, string> = { '': '/project' };
    indexSources('/workMonths', pointers, sources);
    facts.push({ kind: 'harmonogram-projektu', key: value.project.id ?? value.id, facts: { projectStart: value.project.start, projectEnd: value.project.end, workMonths: months }, sources });
  }

  // asystent – qualifications (art. 12), one per assistant who has them recorded.
  value.assistants.forEach((assistant, i) => {
    if (!assistant.qualifications) return;
    facts.push({
      kind: 'asystent',
      key: assistant.id,
      facts: { id: assistant.id, trainingHours: null, yearsWithChildrenOrFamilies: null, ...assistant.qualifications },
      sources: {
        '': `/assistants/${i}/qualifications`,
        '/education': `/assistants/${i}/qualifications/education`,
        '/trainingHours': `/assistants/${i}/qualifications/trainingHours`,
        '/yearsWithChildrenOrFamilies': `/assistants/${i}/qualifications/yearsWithChildrenOrFamilies`,
      },
    });
  });
  return facts;
}

/** When the next assessment of the family's situation is due: 6 months (the Act) after the last one, or after the start of work. */
export function nextAssessmentDueOf(read: ReadCase, asOf: string, intervalMonths = 6): string | undefined {
  const life = lifecycleOf(read.value, factDocuments(read, asOf));
  const last = life.assessments.filter((a) => a.date <= asOf).at(-1)?.date ?? life.workStart;
  return last ? addMonths(last, intervalMonths) : undefined;
}

/** Every fact kind of the case the built-in packs read, with where each part came from. */
export function caseFacts(input: unknown, options: CaseFactsOptions = {}): CaseFacts {
  const locale = options.locale ?? 'pl';
  const asOf = checkedAsOf(options.asOf, locale);
  const read = readCase(input, asOf, locale);
  return { caseId: read.value.id, asOf, facts: factsOfRead(read, asOf), problems: read.problems };
}

export function checkedAsOf(asOf: string | undefined, locale: Locale): string {
  const day = asOf ?? todayInWarsaw();
  if (!isDate(day)) throw new AsystaError('error.asOf.invalid', locale, { value: String(day) });
  return day;
}
