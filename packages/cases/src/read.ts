/**
 * Reading a case: bounded before anything recurses (values, depth, per document), its shape checked
 * against the published schema, every reference (form version, assistant, member, document index)
 * and every order of dates checked – each problem at its JSON Pointer. A bad document is left out
 * of the facts; the other documents are still read.
 */
import { caseText } from './messages.js';
import { AsystaError, isDate, validateCaseShape, type Case, type CaseDocument, type Locale } from '@asysta/core';
import { listForms } from '@asysta/forms';
import type { CaseProblem } from './types.js';

/** The documented limits of a case (docs/cases.md). */
export const CASE_LIMITS = {
  /** Values (every object, array, string, number…) in the whole case. */
  maxValues: 5_000_000,
  /** Values in one document's data. */
  maxDocumentValues: 200_000,
  /** Nesting of any value. */
  maxDepth: 64,
  /** Assistants working with one family on the same day (a handover with both present is a warning). */
  maxConcurrentAssistants: 1,
} as const;

export interface ReadCase {
  value: Case;
  problems: CaseProblem[];
  /** Per document: may its data feed the facts and be evaluated? */
  usable: boolean[];
}

/** Counts values up to `limit` without recursion; -1 when the nesting is deeper than allowed. */
function countValues(root: unknown, limit: number, maxDepth: number): number {
  const stack: [unknown, number][] = [[root, 0]];
  let count = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    count++;
    if (count > limit) return count;
    if (node !== null && typeof node === 'object') {
      if (depth >= maxDepth) return -1;
      const children = Array.isArray(node) ? node : Object.values(node as Record<string, unknown>);
      for (const child of children) stack.push([child, depth + 1]);
    }
  }
  return count;
}

const EVENT_ORDER = ['referral', 'assignment', 'first-contact', 'work-ended', 'monitoring-ended'] as const;

export function readCase(input: unknown, asOf: string, locale: Locale): ReadCase {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new AsystaError('error.case.invalid', locale, { id: '?' }, [{ path: '', message: caseText('case.notObject', locale) }]);
  }
  const raw = input as Record<string, unknown>;
  const id = typeof raw['id'] === 'string' ? raw['id'] : '?';
  const problems: CaseProblem[] = [];
  const documents = Array.isArray(raw['documents']) ? (raw['documents'] as unknown[]) : [];
  const usable = documents.map(() => true);

  // Bounds first: the case without the documents' data, then each document on its own budget.
  const { documents: _documents, ...rest } = raw;
  const head = countValues(rest, CASE_LIMITS.maxValues, CASE_LIMITS.maxDepth);
  if (head < 0) throw new AsystaError('error.case.invalid', locale, { id }, [{ path: '', message: caseText('case.tooDeep', locale, { limit: CASE_LIMITS.maxDepth }) }]);
  if (head > CASE_LIMITS.maxValues) throw new AsystaError('error.case.tooLarge', locale, { limit: CASE_LIMITS.maxValues });
  let total = head;
  documents.forEach((document, i) => {
    const path = `/documents/${i}`;
    const left = Math.min(CASE_LIMITS.maxDocumentValues, CASE_LIMITS.maxValues - total);
    const count = countValues(document, left, CASE_LIMITS.maxDepth);
    if (count < 0) {
      usable[i] = false;
      problems.push({ path, document: i, severity: 'error', code: 'case.tooDeep', message: caseText('case.tooDeep', locale, { limit: CASE_LIMITS.maxDepth }) });
    } else if (count > left) {
      usable[i] = false;
      problems.push({ path, document: i, severity: 'error', code: 'case.document.tooLarge', message: caseText('case.document.tooLarge', locale, { limit: left }) });
    } else {
      total += count;
    }
  });

  // The shape, with documents that are too large left out (their data is not looked at again).
  // Documents that are not a list stay as they are, so that the shape check says so.
  const shaped = {
    ...raw,
    documents: Array.isArray(raw['documents']) ? documents.map((d, i) => (usable[i] ? d : { form: 'x', version: '0.0.0', status: 'draft', created: '2000-01-01', data: {} })) : raw['documents'],
  };
  const shapeIssues = validateCaseShape(shaped, locale);
  const outside: { path: string; message: string }[] = [];
  for (const issue of shapeIssues) {
    const m = /^\/documents\/(\d+)(?:\/|$)/.exec(issue.path);
    if (m) {
      const index = Number(m[1]);
      usable[index] = false;
      problems.push({ path: issue.path, document: index, severity: 'error', code: 'case.document.shape', message: issue.message });
    } else {
      outside.push(issue);
    }
  }
  if (outside.length) throw new AsystaError('error.case.invalid', locale, { id }, outside);
  const value = raw as unknown as Case;

  // Family members and assistants.
  const memberIds = new Set<string>();
  value.family.members.forEach((member, i) => {
    if (memberIds.has(member.id)) problems.push({ path: `/family/members/${i}/id`, severity: 'error', code: 'case.member.duplicate', message: caseText('case.member.duplicate', locale, { id: member.id }) });
    memberIds.add(member.id);
  });
  const assistantIds = new Set(value.assistants.map((a) => a.id));
  value.assistants.forEach((assistant, i) => {
    if (assistant.to && assistant.to < assistant.from) {
      problems.push({ path: `/assistants/${i}/to`, severity: 'error', code: 'case.assistant.periodOrder', message: caseText('case.assistant.periodOrder', locale, { id: assistant.id, from: assistant.from, to: assistant.to }) });
    }
  });
  // Who works with the family at once: a sweep over the periods' starts.
  const periods = value.assistants.map((a, i) => ({ i, id: a.id, from: a.from, to: a.to ?? '9999-12-31' })).filter((p) => p.to >= p.from);
  for (const period of [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.i - b.i))) {
    const together = periods.filter((p) => p.from <= period.from && period.from <= p.to);
    const sameId = together.filter((p) => p.id === period.id && p.i !== period.i && p.i < period.i);
    if (sameId.length) {
      problems.push({ path: `/assistants/${period.i}/from`, severity: 'error', code: 'case.assistant.duplicate', message: caseText('case.assistant.duplicate', locale, { id: period.id }) });
    } else if (together.length > CASE_LIMITS.maxConcurrentAssistants) {
      problems.push({
        path: `/assistants/${period.i}/from`,
        severity: 'warning',
        code: 'case.assistant.overlap',
        message: caseText('case.assistant.overlap', locale, { from: period.from, count: together.length, limit: CASE_LIMITS.maxConcurrentAssistants, ids: together.map((p) => p.id).join(', ') }),
      });
    }
  }

  // Documents: the form and its version, references, dates.
  const versions = new Map(listForms().map((f) => [f.id, f.version]));
  value.documents.forEach((document: CaseDocument, i) => {
    if (!usable[i]) return;
    const path = `/documents/${i}`;
    const known = versions.get(document.form);
    if (known === undefined) {
      usable[i] = false;
      problems.push({ path: `${path}/form`, document: i, severity: 'error', code: 'case.document.unknownForm', message: caseText('case.document.unknownForm', locale, { form: document.form, available: [...versions.keys()].join(', ') }) });
      return;
    }
    if (known !== document.version) {
      usable[i] = false;
      problems.push({ path: `${path}/version`, document: i, severity: 'error', code: 'case.document.unknownVersion', message: caseText('case.document.unknownVersion', locale, { form: document.form, version: document.version, known }) });
      return;
    }
    if (document.assistant !== undefined && !assistantIds.has(document.assistant)) {
      problems.push({ path: `${path}/assistant`, document: i, severity: 'error', code: 'case.document.unknownAssistant', message: caseText('case.document.unknownAssistant', locale, { id: document.assistant, known: [...assistantIds].join(', ') || '—' }) });
    }
    (document.members ?? []).forEach((member, m) => {
      if (!memberIds.has(member)) {
        problems.push({ path: `${path}/members/${m}`, document: i, severity: 'error', code: 'case.document.unknownMember', message: caseText('case.document.unknownMember', locale, { id: member, known: [...memberIds].join(', ') || '—' }) });
      }
    });
    const steps: ['created' | 'submitted' | 'accepted', string | undefined][] = [
      ['created', document.created],
      ['submitted', document.submitted],
      ['accepted', document.accepted],
    ];
    let before: [string, string] | undefined;
    for (const [field, date] of steps) {
      if (date === undefined || !isDate(date)) continue;
      if (before && date < before[1]) {
        problems.push({ path: `${path}/${field}`, document: i, severity: 'error', code: 'case.document.dateOrder', message: caseText('case.document.dateOrder', locale, { field, date, before: before[0], beforeDate: before[1] }) });
      }
      before = [field, date];
    }
    if (document.status === 'accepted' && !document.accepted) {
      problems.push({ path: `${path}/accepted`, document: i, severity: 'warning', code: 'case.document.statusDate', message: caseText('case.document.statusDate', locale, { status: document.status, field: 'accepted' }) });
    }
    if (document.status !== 'draft' && !document.submitted) {
      problems.push({ path: `${path}/submitted`, document: i, severity: 'warning', code: 'case.document.statusDate', message: caseText('case.document.statusDate', locale, { status: document.status, field: 'submitted' }) });
    }
    for (const [field, date] of steps.slice(1)) {
      if (date !== undefined && date > asOf) {
        problems.push({ path: `${path}/${field}`, document: i, severity: 'warning', code: 'case.document.inFuture', message: caseText('case.document.inFuture', locale, { field, date, asOf }) });
      }
    }
  });

  // Events: document references and the order of the lifecycle.
  const firstOf = new Map<string, { date: string; index: number }>();
  (value.events ?? []).forEach((event, i) => {
    if (event.document !== undefined && event.document >= value.documents.length) {
      problems.push({ path: `/events/${i}/document`, severity: 'error', code: 'case.event.unknownDocument', message: caseText('case.event.unknownDocument', locale, { index: event.document }) });
    }
    const seen = firstOf.get(event.kind);
    if (!seen || event.date < seen.date) firstOf.set(event.kind, { date: event.date, index: i });
  });
  for (let k = 1; k < EVENT_ORDER.length; k++) {
    const later = firstOf.get(EVENT_ORDER[k]!);
    if (!later) continue;
    for (let j = k - 1; j >= 0; j--) {
      const earlier = firstOf.get(EVENT_ORDER[j]!);
      if (earlier && later.date < earlier.date) {
        problems.push({
          path: `/events/${later.index}/date`,
          severity: 'error',
          code: 'case.events.order',
          message: caseText('case.events.order', locale, { kind: EVENT_ORDER[k]!, date: later.date, before: EVENT_ORDER[j]!, beforeDate: earlier.date }),
        });
        break;
      }
    }
  }
  return { value, problems, usable };
}
