/**
 * `asysta case …` – a family's case from the command line:
 *   case check <case.json> [--profile] [--as-of]   the report; exit 1 when a rule fails
 *   case facts <case.json> [--as-of]               the facts the rules see, with their sources
 *   case caseload <dir> --assistant <id> [--as-of] the families of one assistant at once
 * Bad input (a file that is not JSON, too large, a case that is not a case) exits 2 with the file,
 * the JSON Pointer and the line; problems inside a case are part of its report.
 */
import { cliText } from './messages.js';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AsystaError, formatCount, formatDate, jsonSyntaxReason, localize, translate, type Locale } from '@asysta/core';
import { caseFacts, caseload, evaluateCase, type CaseProblem, type CaseVerdict } from '@asysta/cases';
import { describeJsonSourceError, JsonSourceError, JsonSyntaxError, lineOf, parseJsonSource, type JsonSource } from './json-source.js';

export interface CaseCommandOptions {
  locale: Locale;
  json: boolean;
  asOf: string;
  profile?: string | undefined;
  assistant?: string | undefined;
}

interface CaseIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

/** Case files larger than this are refused before they are read. */
export const MAX_CASE_FILE_BYTES = 64 * 1024 * 1024;
/** Up to this size a case file is parsed with positions, so problems get their line. */
const LINES_UP_TO_BYTES = 5 * 1024 * 1024;

class CaseInputError extends Error {}

interface Loaded {
  file: string;
  value: unknown;
  source?: JsonSource;
}

async function loadCase(file: string, io: CaseIo, locale: Locale): Promise<Loaded> {
  const full = resolve(io.cwd, file);
  const info = await stat(full).catch((error: Error) => {
    throw new CaseInputError(`✗ ${file}: ${cliText('cli.readError', locale, { reason: error.message })}`);
  });
  if (info.size > MAX_CASE_FILE_BYTES) {
    throw new CaseInputError(`✗ ${file}: ${cliText('cli.readError', locale, { reason: `${info.size} B > ${MAX_CASE_FILE_BYTES} B` })}`);
  }
  const text = await readFile(full, 'utf8');
  if (info.size <= LINES_UP_TO_BYTES) {
    try {
      const source = parseJsonSource(file, text);
      return { file, value: source.value, source };
    } catch (error) {
      if (error instanceof JsonSyntaxError) {
        throw new CaseInputError(`✗ ${file}:${error.line} /: ${cliText('cli.syntax', locale, { reason: `${jsonSyntaxReason(error.message, locale)} (${error.line}:${error.column})` })}`);
      }
      if (error instanceof JsonSourceError) {
        throw new CaseInputError(`✗ ${file}${error.line ? `:${error.line}` : ''} ${error.pointer || '/'}: ${describeJsonSourceError(error, locale)}`);
      }
      throw error;
    }
  }
  try {
    return { file, value: JSON.parse(text) as unknown };
  } catch (error) {
    throw new CaseInputError(`✗ ${file} /: ${cliText('cli.syntax', locale, { reason: (error as Error).message })}`);
  }
}

function where(loaded: Loaded, pointer: string): string {
  const line = loaded.source ? lineOf(loaded.source, pointer) : undefined;
  return `${loaded.file}${line ? `:${line}` : ''} ${pointer || '/'}`;
}

function caseError(loaded: Loaded, error: AsystaError): string {
  if (!error.details.length) return `✗ ${loaded.file}: ${error.message}`;
  return error.details.map((d) => `✗ ${where(loaded, d.path)}: ${d.message}`).join('\n');
}

function problemLine(loaded: Loaded, p: CaseProblem, locale: Locale): string {
  const mark = p.severity === 'error' ? '✗' : '!';
  return `${mark} ${where(loaded, p.path)}: ${p.message}${p.severity === 'warning' ? ` (${translate('ui.warningPrefix', locale).toLowerCase()})` : ''}`;
}

/** A verdict shown to the person: a rule not met or that could not run (an unmet `info` rule only informs). */
const shown = (v: CaseVerdict) => v.status === 'fail' || v.status === 'error';
/** A verdict that makes the command exit 1: an unmet `info` rule (e.g. families still needed mid-year) does not. */
const blocking = (v: CaseVerdict) => v.status === 'error' || (v.status === 'fail' && v.severity !== 'info');
const statusText = (v: CaseVerdict, locale: Locale) => cliText(v.status === 'fail' && v.severity === 'info' ? 'cli.status.info' : `cli.status.${v.status}`, locale);

function verdictLines(loaded: Loaded, v: CaseVerdict, locale: Locale): string {
  const status = statusText(v, locale);
  const reference = [localize(v.reference.title, locale), v.reference.article, v.reference.journal].filter(Boolean).join(', ');
  return [`[${status}] ${v.title} (${v.ruleId}, ${v.severity})`, `    ${where(loaded, v.pointer)}`, `    ${v.message}`, `    ${cliText('cli.explain.source', locale, { source: reference })}`].join('\n');
}

async function checkCommand(args: string[], options: CaseCommandOptions, io: CaseIo): Promise<number> {
  const [file] = args;
  if (!file) throw new CaseInputError(cliText('cli.usage', options.locale, { reason: 'case check <case.json>' }));
  const loaded = await loadCase(file, io, options.locale);
  let report;
  try {
    report = evaluateCase(loaded.value, { profile: options.profile ?? 'default', asOf: options.asOf, locale: options.locale });
  } catch (error) {
    if (error instanceof AsystaError) throw new CaseInputError(caseError(loaded, error));
    throw error;
  }
  const failing = report.verdicts.filter(shown);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const { locale } = options;
    io.stdout.write(
      `${cliText('cli.case.summary', locale, {
        id: report.caseId,
        profile: report.profile,
        asOf: formatDate(report.asOf, locale),
        documents: formatCount(report.documentsEvaluated, 'document', locale),
        errors: formatCount(report.errorCount, 'error', locale),
        warnings: formatCount(report.warningCount, 'warning', locale),
      })}\n`,
    );
    for (const p of report.problems) io.stdout.write(`${problemLine(loaded, p, locale)}\n`);
    for (const v of failing) io.stdout.write(`\n${verdictLines(loaded, v, locale)}\n`);
  }
  return failing.some(blocking) || report.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

async function factsCommand(args: string[], options: CaseCommandOptions, io: CaseIo): Promise<number> {
  const [file] = args;
  if (!file) throw new CaseInputError(cliText('cli.usage', options.locale, { reason: 'case facts <case.json>' }));
  const loaded = await loadCase(file, io, options.locale);
  try {
    const facts = caseFacts(loaded.value, { asOf: options.asOf, locale: options.locale });
    io.stdout.write(`${JSON.stringify(facts, null, 2)}\n`);
    return facts.problems.some((p) => p.severity === 'error') ? 1 : 0;
  } catch (error) {
    if (error instanceof AsystaError) throw new CaseInputError(caseError(loaded, error));
    throw error;
  }
}

async function caseloadCommand(args: string[], options: CaseCommandOptions, io: CaseIo): Promise<number> {
  const [dir] = args;
  if (!dir || !options.assistant) throw new CaseInputError(cliText('cli.usage', options.locale, { reason: 'case caseload <dir> --assistant <id> --as-of <date>' }));
  const names = (await readdir(resolve(io.cwd, dir)).catch(() => [] as string[])).filter((n) => n.endsWith('.json')).sort();
  if (!names.length) throw new CaseInputError(`✗ ${dir}: ${cliText('cli.caseload.noCases', options.locale, { dir })}`);
  const loaded: Loaded[] = [];
  let broken = 0;
  for (const name of names) {
    try {
      loaded.push(await loadCase(join(dir, name), io, options.locale));
    } catch (error) {
      if (!(error instanceof CaseInputError)) throw error;
      broken++;
      io.stderr.write(`${error.message}\n`);
    }
  }
  const load = caseload(
    loaded.map((l) => l.value),
    { assistant: options.assistant, asOf: options.asOf, locale: options.locale, profile: options.profile ?? 'default' },
  );
  // Pointers of a caseload start with the case's index: show the file instead.
  const fileOf = (pointer: string) => {
    const m = /^\/(\d+)(\/.*)?$/.exec(pointer);
    const l = m ? loaded[Number(m[1])] : undefined;
    return l ? where(l, m![2] ?? '') : pointer;
  };
  const failing = load.verdicts.filter(shown);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ ...load, files: loaded.map((l) => l.file) }, null, 2)}\n`);
  } else {
    const { locale } = options;
    io.stdout.write(
      `${cliText('cli.caseload.summary', locale, {
        assistant: load.assistant,
        asOf: formatDate(load.asOf, locale),
        families: formatCount(load.activeCount, 'family', locale),
        limit: load.limit ?? '—',
        zaZyciem: load.zaZyciemCount,
      })}\n`,
    );
    for (const f of load.families) io.stdout.write(`  ${f.active ? '•' : '◦'} ${f.familyId} (${f.caseId}) ${f.from} – ${f.to ?? '…'}${f.zaZyciem ? ' „Za życiem”' : ''}\n`);
    for (const p of load.problems) io.stdout.write(`${p.severity === 'error' ? '✗' : '!'} ${fileOf(p.path)}: ${p.message}\n`);
    for (const v of failing) {
      io.stdout.write(`\n[${statusText(v, locale)}] ${v.title} (${v.ruleId})\n    ${fileOf(v.pointer)}\n    ${v.message}\n`);
    }
  }
  return failing.some(blocking) ? 1 : broken || load.problems.some((p) => p.severity === 'error') ? 2 : 0;
}

/** Runs `asysta case <command>`; returns the exit code (0 good, 1 a rule failed, 2 invalid input). */
export async function caseCommand(command: string | undefined, args: string[], options: CaseCommandOptions, io: CaseIo): Promise<number> {
  try {
    if (command === 'check') return await checkCommand(args, options, io);
    if (command === 'facts') return await factsCommand(args, options, io);
    if (command === 'caseload') return await caseloadCommand(args, options, io);
    throw new CaseInputError(cliText('cli.usage', options.locale, { reason: ['case', command].filter(Boolean).join(' ') }));
  } catch (error) {
    if (error instanceof CaseInputError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof AsystaError) {
      io.stderr.write(`✗ ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
