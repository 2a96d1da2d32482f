/**
 * An assistant's caseload across cases: the families worked with at the same time (art. 15 ust. 4 –
 * "Za życiem" families count too) and the year's hours across families (local quotas), as the
 * obciazenie-asystenta and asystent-rok facts.
 */
import { AsystaError, type Locale } from '@asysta/core';
import { checkedAsOf, factDocuments, lifecycleOf, visitRow, visitsOf } from './facts.js';
import { engineFor, verdictsOf } from './evaluate.js';
import { readCase, type ReadCase } from './read.js';
import type { CaseFact, Caseload, CaseloadFamily, CaseloadOptions, CaseProblem } from './types.js';

function prefixed(problem: CaseProblem, caseIndex: number): CaseProblem {
  return { ...problem, path: `/${caseIndex}${problem.path}` };
}

interface ReadCases {
  reads: (ReadCase | undefined)[];
  problems: CaseProblem[];
}

function readAll(cases: readonly unknown[], asOf: string, locale: Locale): ReadCases {
  const problems: CaseProblem[] = [];
  const reads = cases.map((input, i) => {
    try {
      const read = readCase(input, asOf, locale);
      problems.push(...read.problems.map((p) => prefixed(p, i)));
      return read;
    } catch (error) {
      if (!(error instanceof AsystaError)) throw error;
      const details = error.details.length ? error.details : [{ path: '', message: error.message }];
      for (const d of details) problems.push({ path: `/${i}${d.path}`, severity: 'error', code: error.code, message: d.message });
      return undefined;
    }
  });
  return { reads, problems };
}

/**
 * The facts about one assistant across the cases: obciazenie-asystenta (every family with the
 * period the assistant worked with it) and asystent-rok (the as-of year's visits across families).
 * Pointers in the sources are into the array of cases: "/3/documents/5/data/rows/0".
 */
export function assistantFacts(cases: readonly unknown[], options: CaseloadOptions): { facts: CaseFact[]; families: CaseloadFamily[]; problems: CaseProblem[] } {
  const locale = options.locale ?? 'pl';
  const asOf = checkedAsOf(options.asOf, locale);
  const { reads, problems } = readAll(cases, asOf, locale);
  const families: CaseloadFamily[] = [];
  const familySources: Record<string, string> = { '': '' };
  const year = asOf.slice(0, 4);
  const rows: Record<string, unknown>[] = [];
  const rowPointers: { date: string; from: string; pointer: string }[] = [];
  const yearFamilies = new Set<string>();
  reads.forEach((read, c) => {
    if (!read) return;
    const value = read.value;
    const documents = factDocuments(read, asOf);
    const life = lifecycleOf(value, documents);
    const zaZyciem = value.family.zaZyciem === true || documents.some((d) => d.document.form === 'za-zyciem');
    value.assistants.forEach((assistant, a) => {
      if (assistant.id !== options.assistant) return;
      // The work ends with the closing of the case even when the assistant's period was left open.
      let to = assistant.to ?? null;
      if (life.workEnd && (to === null || life.workEnd < to)) to = life.workEnd;
      const active = assistant.from <= asOf && (to === null || asOf <= to);
      familySources[`/families/${families.length}`] = `/${c}/assistants/${a}`;
      families.push({ caseId: value.id, familyId: value.family.id, from: assistant.from, to, zaZyciem, active });
      if (assistant.from.slice(0, 4) <= year && (to === null || to.slice(0, 4) >= year)) yearFamilies.add(value.family.id);
    });
    for (const visit of visitsOf(value, documents)) {
      if (visit.assistant !== options.assistant || !visit.date.startsWith(year) || visit.date > asOf) continue;
      rows.push({ ...visitRow(visit), family: value.family.id });
      rowPointers.push({ date: visit.date, from: visit.from ?? '', pointer: `/${c}${visit.pointer}` });
      yearFamilies.add(value.family.id);
    }
  });
  // Rows in time order across the cases (the rule adds them up in date order anyway; this keeps the facts readable).
  const order = rows.map((_r, i) => i).sort((x, y) => {
    const a = rowPointers[x]!;
    const b = rowPointers[y]!;
    return a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.from !== b.from ? (a.from < b.from ? -1 : 1) : x - y;
  });
  const yearSources: Record<string, string> = { '': '' };
  order.forEach((i, k) => (yearSources[`/rows/${k}`] = rowPointers[i]!.pointer));
  const facts: CaseFact[] = [
    {
      kind: 'obciazenie-asystenta',
      key: options.assistant,
      facts: { assistant: options.assistant, families: families.map((f) => ({ id: f.familyId, case: f.caseId, from: f.from, to: f.to, zaZyciem: f.zaZyciem })) },
      sources: familySources,
    },
    {
      kind: 'asystent-rok',
      key: `${options.assistant} ${year}`,
      facts: { year: Number(year), assistant: options.assistant, families: [...yearFamilies].map((id) => ({ id })), rows: order.map((i) => rows[i]!) },
      sources: yearSources,
    },
  ];
  return { facts, families, problems };
}

/** The 15-family limit (art. 15 ust. 4) across an assistant's cases, with the year's quotas of the profile. */
export function caseload(cases: readonly unknown[], options: CaseloadOptions): Caseload {
  const locale = options.locale ?? 'pl';
  const asOf = checkedAsOf(options.asOf, locale);
  const profile = options.profile ?? 'default';
  const engine = engineFor(profile, locale);
  const { facts, families, problems } = assistantFacts(cases, { ...options, asOf });
  const verdicts = facts.flatMap((fact) => verdictsOf(fact, engine.evaluate(fact.facts, { recordKind: fact.kind, asOf, locale }).results));
  const active = families.filter((f) => f.active);
  return {
    assistant: options.assistant,
    asOf,
    families,
    activeCount: active.length,
    zaZyciemCount: active.filter((f) => f.zaZyciem).length,
    limit: engine.parametersAsOf(asOf)['pl-wspieranie-rodziny.maxFamiliesPerAssistant'],
    facts,
    verdicts,
    problems,
  };
}
