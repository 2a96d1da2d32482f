/**
 * One report for a case: every document checked as its form checks it (schema, derived values, the
 * form's rules), and every rule about the case fed from the facts of all its documents – each
 * verdict attached to the document and field it concerns.
 */
import { AsystaError, checkJsonInput, type Locale, type RulePack } from '@asysta/core';
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

/** A document's outcome, its paths relative to its data, so that it fits the document at any index. */
interface DocumentOutcome {
  issues: { path: string; severity: 'error' | 'warning'; code: string; message: string }[];
  results: RuleResult[];
}

/**
 * What an evaluation lends the next one (`since`): the outcome of each document and the verdicts on
 * each fact, keyed by their content. Kept beside the report (a WeakMap: it goes with the report and
 * is never part of it, nor of its JSON).
 */
interface Reusable {
  /** The options the outcomes hold for: profile, locale and as-of date. */
  options: string;
  documents: Map<string, DocumentOutcome>;
  facts: Map<string, RuleResult[]>;
}

const reusableOf = new WeakMap<CaseReport, Reusable>();

/**
 * A 64-bit fingerprint of a text (two 32-bit multiplicative hashes side by side), so that an outcome
 * is kept under a few bytes rather than the document: two different documents sharing one is as
 * likely as 1 in 2^64. Not for security: a case's author gains nothing by a collision with their own case.
 */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(36) + ':' + (b >>> 0).toString(36) + ':' + text.length.toString(36);
}

/**
 * The content key of a document's data: its form, version and JSON text. Undefined when the data is
 * not plain JSON within the limits its form checks (its text would not say what the form sees).
 */
function documentKey(document: { form: string; version: string; data: unknown }, locale: Locale): string | undefined {
  try {
    checkJsonInput(document.data, { locale, source: 'data' });
    return fingerprint(`${document.form}\u0000${document.version}\u0000${JSON.stringify(document.data)}`);
  } catch {
    return undefined;
  }
}

/** A document checked as its form checks it, the rules' verdicts on it left to the report. */
function evaluateDocument(form: string, data: unknown, options: { profile: string; asOf: string; locale: Locale }): DocumentOutcome {
  const result = validateSubmission(form, data, options);
  const issues: DocumentOutcome['issues'] = [];
  for (const [severity, list] of [['error', result.errors], ['warning', result.warnings]] as const) {
    for (const { path, message, code, ruleId } of list) {
      if (!ruleId) issues.push({ path, severity, code, message }); // a rule's issue is its verdict, with values and reference
    }
  }
  return { issues, results: result.report.results.filter((verdict) => !caseLevelRules.has(verdict.ruleId)) };
}

/**
 * Every document checked as its form checks it and every case rule on the case's facts. With
 * `since` (the report on this case before a change), a document or fact whose content is the same
 * as one that report saw keeps its outcome instead of being evaluated again: after one new document,
 * only that document and the facts it feeds are evaluated. The case itself is read again whole
 * (its shape, references and order of dates span documents).
 */
export function evaluateCase(input: unknown, options: EvaluateCaseOptions = {}): CaseReport {
  const locale = options.locale ?? 'pl';
  const profile = options.profile ?? 'default';
  const asOf = checkedAsOf(options.asOf, locale);
  const engine = engineFor(profile, locale);
  const read = readCase(input, asOf, locale);
  const problems: CaseProblem[] = [...read.problems];
  const verdicts: CaseVerdict[] = [];
  let documentsEvaluated = 0;
  const reusable: Reusable = { options: `${profile}\u0000${locale}\u0000${asOf}`, documents: new Map(), facts: new Map() };
  const before = options.since ? reusableOf.get(options.since) : undefined;
  const earlier = before?.options === reusable.options ? before : undefined;

  read.value.documents.forEach((document, index) => {
    if (!read.usable[index] || document.created > asOf) return;
    const at = `/documents/${index}/data`;
    const key = documentKey(document, locale);
    let outcome = key === undefined ? undefined : (reusable.documents.get(key) ?? earlier?.documents.get(key));
    if (!outcome) {
      try {
        outcome = evaluateDocument(document.form, document.data, { profile, asOf, locale });
      } catch (error) {
        const message = error instanceof AsystaError ? error.message : error instanceof Error ? error.message : String(error);
        problems.push({ path: `/documents/${index}`, document: index, severity: 'error', code: 'case.document.invalidData', message });
        return;
      }
    }
    if (key !== undefined) reusable.documents.set(key, outcome);
    documentsEvaluated++;
    for (const issue of outcome.issues) problems.push({ path: at + issue.path, document: index, severity: issue.severity, code: issue.code, message: issue.message });
    for (const verdict of outcome.results) verdicts.push({ ...verdict, kind: document.form, document: index, pointer: at + verdict.path });
  });

  for (const fact of factsOfRead(read, asOf)) {
    // Facts are built here from the case: plain JSON, so their text says all the rules read.
    const key = fingerprint(`${fact.kind}\u0000${JSON.stringify(fact.facts)}`);
    let results = reusable.facts.get(key) ?? earlier?.facts.get(key);
    results ??= engine.evaluate(fact.facts, { recordKind: fact.kind, asOf, locale }).results;
    reusable.facts.set(key, results);
    verdicts.push(...verdictsOf(fact, results));
  }
  const fields = { caseId: read.value.id, asOf, locale, profile, problems, verdicts, documentsEvaluated };
  const report: CaseReport = { ...fields, ...count(fields) };
  reusableOf.set(report, reusable);
  return report;
}

export { count as countReport };
