/**
 * One report for a case: every document checked as its form checks it (schema, derived values, the
 * form's rules), and every rule about the case fed from the facts of all its documents – each
 * verdict attached to the document and field it concerns.
 */
import { AsystaError, type Locale, type RulePack } from '@asysta/core';
import { builtInPacks, sharedRulesEngine, type RuleResult, type RulesEngine } from '@asysta/rules';
import { validateSubmission } from '@asysta/forms';
import { checkedAsOf, factsOfRead } from './facts.js';
import { readCase } from './read.js';
import type { CaseFact, CaseProblem, CaseReport, CaseVerdict, EvaluateCaseOptions } from './types.js';

/** The record kinds built from a whole case or an assistant's cases, not from one document. */
export const CASE_FACT_KINDS = ['sprawa', 'rodzina', 'rodzina-rok', 'harmonogram-projektu', 'asystent', 'asystent-rok', 'obciazenie-asystenta', 'rodzina-rok-projektu', 'asystent-rok-projektu'] as const;

/** The engine of a built-in profile (shared with the forms in this process). */
export function engineFor(profile: string, locale: Locale): RulesEngine {
  return sharedRulesEngine(profile, locale);
}

/**
 * Rules that read a case-level kind as well as a form (the monthly quota reads one card and the
 * family's year): their verdict on a document is left to the case level, where all cards are seen.
 */
const caseLevelRules = new Set(
  (builtInPacks as readonly RulePack[]).flatMap((p) => p.rules.filter((r) => r.appliesTo.some((k) => (CASE_FACT_KINDS as readonly string[]).includes(k))).map((r) => r.id)),
);

/**
 * The case pointer for a verdict's path in the facts: the longest source that is the path or one of its
 * ancestors, and the rest of the path under it. Walks up the path (its depth), never over all sources.
 */
export function resolvePointer(sources: Readonly<Record<string, string>>, path: string): string {
  const own = (key: string) => Object.prototype.hasOwnProperty.call(sources, key);
  let key = path;
  while (key !== '') {
    if (own(key)) return sources[key]! + path.slice(key.length);
    key = key.slice(0, key.lastIndexOf('/'));
  }
  // The root source names the whole fact (e.g. the case itself): the path inside the facts is not the case's.
  return own('') ? sources['']! : '';
}

export function documentOf(pointer: string): number | undefined {
  const m = /^\/documents\/(\d+)(?:\/|$)/.exec(pointer);
  return m ? Number(m[1]) : undefined;
}

export function verdictsOf(fact: CaseFact, results: readonly RuleResult[]): CaseVerdict[] {
  return results.map((result) => {
    const pointer = resolvePointer(fact.sources, result.path);
    const document = documentOf(pointer);
    const verdict: CaseVerdict = { ...result, kind: fact.kind, pointer };
    if (document !== undefined) verdict.document = document;
    return verdict;
  });
}

function count(report: Pick<CaseReport, 'problems' | 'verdicts'>): { errorCount: number; warningCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  for (const p of report.problems) {
    if (p.severity === 'error') errorCount++;
    else if (p.severity === 'warning') warningCount++;
  }
  for (const v of report.verdicts) {
    if (v.status === 'error' || (v.status === 'fail' && v.severity === 'error')) errorCount++;
    else if (v.status === 'fail' && v.severity === 'warning') warningCount++;
  }
  return { errorCount, warningCount };
}

export function evaluateCase(input: unknown, options: EvaluateCaseOptions = {}): CaseReport {
  const locale = options.locale ?? 'pl';
  const profile = options.profile ?? 'default';
  const asOf = checkedAsOf(options.asOf, locale);
  const engine = engineFor(profile, locale);
  const read = readCase(input, asOf, locale);
  const problems: CaseProblem[] = [...read.problems];
  const verdicts: CaseVerdict[] = [];
  let documentsEvaluated = 0;

  read.value.documents.forEach((document, index) => {
    if (!read.usable[index] || document.created > asOf) return;
    const at = `/documents/${index}/data`;
    try {
      const result = validateSubmission(document.form, document.data, { profile, asOf, locale });
      documentsEvaluated++;
      for (const issue of [...result.errors.map((e) => ['error', e] as const), ...result.warnings.map((w) => ['warning', w] as const)]) {
        const [severity, { path, message, code, ruleId }] = issue;
        if (ruleId) continue; // the rule's verdict below says it, with its values and reference
        problems.push({ path: at + path, document: index, severity, code, message });
      }
      for (const verdict of result.report.results) {
        if (caseLevelRules.has(verdict.ruleId)) continue;
        verdicts.push({ ...verdict, kind: document.form, document: index, pointer: at + verdict.path });
      }
    } catch (error) {
      const message = error instanceof AsystaError ? error.message : error instanceof Error ? error.message : String(error);
      problems.push({ path: `/documents/${index}`, document: index, severity: 'error', code: 'case.document.invalidData', message });
    }
  });

  for (const fact of factsOfRead(read, asOf)) {
    const report = engine.evaluate(fact.facts, { recordKind: fact.kind, asOf, locale });
    verdicts.push(...verdictsOf(fact, report.results));
  }
  const report = { caseId: read.value.id, asOf, locale, profile, problems, verdicts, documentsEvaluated };
  return { ...report, ...count(report) };
}

export { count as countReport };
