/**
 * An assistant's caseload across cases: the families worked with at the same time (art. 15 ust. 4 –
 * "Za życiem" families count too) and the year's hours across families (local quotas), as the
 * obciazenie-asystenta and asystent-rok facts.
 */
import { AsystaError, type Locale } from '@asysta/core';
import { checkedAsOf, factDocuments, lifecycleOf, projectYearsOf, visitRow, visitsOf, type Visit } from './facts.js';
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
  const worked: AssistantCase[] = [];
  reads.forEach((read, c) => {
    if (!read) return;
    const value = read.value;
    const documents = factDocuments(read, asOf);
    const life = lifecycleOf(value, documents);
    const zaZyciem = value.family.zaZyciem === true || documents.some((d) => d.document.form === 'za-zyciem');
    const mine: AssistantCase = { c, value, periods: [], visits: [] };
    value.assistants.forEach((assistant, a) => {
      if (assistant.id !== options.assistant) return;
      // The work ends with the closing of the case even when the assistant's period was left open.
      let to = assistant.to ?? null;
      if (life.workEnd && (to === null || life.workEnd < to)) to = life.workEnd;
      const active = assistant.from <= asOf && (to === null || asOf <= to);
      familySources[`/families/${families.length}`] = `/${c}/assistants/${a}`;
      families.push({ caseId: value.id, familyId: value.family.id, from: assistant.from, to, zaZyciem, active });
      mine.periods.push({ from: assistant.from, to });
      if (assistant.from.slice(0, 4) <= year && (to === null || to.slice(0, 4) >= year)) yearFamilies.add(value.family.id);
    });
    for (const visit of visitsOf(value, documents)) {
      if (visit.assistant !== options.assistant || visit.date > asOf) continue;
      mine.visits.push(visit);
      if (!visit.date.startsWith(year)) continue;
      rows.push({ ...visitRow(visit), family: value.family.id });
      rowPointers.push({ date: visit.date, from: visit.from ?? '', pointer: `/${c}${visit.pointer}` });
      yearFamilies.add(value.family.id);
    }
    if (mine.periods.length || mine.visits.length) worked.push(mine);
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
    ...projectYearFacts(worked, options.assistant, asOf),
  ];
  return { facts, families, problems };
}

/** One case the assistant worked in: the periods with the family and the visits up to the as-of date. */
interface AssistantCase {
  c: number;
  value: ReadCase['value'];
  periods: { from: string; to: string | null }[];
  visits: Visit[];
}

/**
 * asystent-rok-projektu: for each project among the assistant's cases (the cases without one together,
 * in calendar years), each project year begun by the as-of date – the families the assistant worked
 * with in it and the visits across them (Konstancin-Jeziorna's yearly quotas are per project year).
 */
function projectYearFacts(worked: readonly AssistantCase[], assistant: string, asOf: string): CaseFact[] {
  const groups = new Map<string, AssistantCase[]>();
  for (const w of worked) {
    const p = w.value.project;
    const key = p ? (p.id ?? `${p.start}/${p.end}`) : '';
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  const facts: CaseFact[] = [];
  for (const [project, group] of groups) {
    const first = group.flatMap((w) => [...w.periods.map((p) => p.from), ...w.visits.map((v) => v.date)]).sort()[0] ?? asOf;
    for (const year of projectYearsOf(group[0]!.value.project, asOf, first.slice(0, 4))) {
      const ids = new Set<string>();
      const rows: { visit: Visit; c: number; family: string }[] = [];
      for (const w of group) {
        if (w.periods.some((p) => p.from <= year.to && (p.to === null || p.to >= year.from))) ids.add(w.value.family.id);
        for (const visit of w.visits) {
          if (visit.date < year.from || visit.date > year.to) continue;
          rows.push({ visit, c: w.c, family: w.value.family.id });
          ids.add(w.value.family.id);
        }
      }
      rows.sort((a, b) => (a.visit.date !== b.visit.date ? (a.visit.date < b.visit.date ? -1 : 1) : (a.visit.from ?? '') < (b.visit.from ?? '') ? -1 : (a.visit.from ?? '') > (b.visit.from ?? '') ? 1 : 0));
      const sources: Record<string, string> = { '': '' };
      rows.forEach((r, k) => (sources[`/rows/${k}`] = `/${r.c}${r.visit.pointer}`));
      facts.push({
        kind: 'asystent-rok-projektu',
        key: `${assistant} ${project || 'bez projektu'} ${year.projectYear ?? year.from.slice(0, 4)}`,
        facts: { ...year, assistant, project: project || null, families: [...ids].map((id) => ({ id })), rows: rows.map((r) => ({ ...visitRow(r.visit), family: r.family })) },
        sources,
      });
    }
  }
  return facts;
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
