/**
 * `asysta` – the administrators' command line. Polish by default (`--locale en`), readable in a
 * terminal, `--json` for machines. Exit codes: 0 all good, 1 rules or tests failed, 2 invalid input
 * (with the file, the JSON Pointer and the line).
 */
import { cliText, type CliMessageKey } from './messages.js';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AsystaError,
  describeKind,
  formatCount,
  formatDurationShort,
  formatMoney,
  formats,
  isDate,
  isLocale,
  jsonSyntaxReason,
  localize,
  todayInWarsaw,
  translate,
  type Locale,
  type Profile,
  type Reference,
  type RulePack,
  withDomainDefinitions,
} from '@asysta/core';
import { builtInPacks, builtInProfiles, createRulesEngine, diffProfile, runPackTests, type RuleResult, type RulesEngine } from '@asysta/rules';
import { createFormModel, getFormDefinition, listForms, validateSubmission, type DataValidator, type FormDefinition } from '@asysta/forms';
import { compile as compileTypes } from 'json-schema-to-typescript';
import { Ajv } from 'ajv';
import { caseCommand } from './case-commands.js';
import { commandHelp, generalHelp, groupHelp } from './help.js';
import { compileFormValidators, formExportName } from './compile.js';
import { describeJsonSourceError, JsonSourceError, JsonSyntaxError, lineOf, readJsonSource, type JsonSource } from './json-source.js';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_INVALID = 2;

class UsageError extends Error {}

// The placeholders of usage lines as the Polish help writes them: no English in Polish mode.
const USAGE_WORDS_PL: Readonly<Record<string, string>> = {
  file: 'plik',
  'file...': 'plik...',
  'file.json': 'plik.json',
  'file.js': 'plik.js',
  profile: 'profil',
  form: 'formularz',
  'data.json': 'dane.json',
  'definition.json': 'definicja.json',
  'definition.json...': 'definicja.json...',
};

function usageIn(text: string, locale: Locale): string {
  if (locale !== 'pl') return text;
  return text.replace(/<([\w.]+)>/g, (whole, word: string) => (Object.prototype.hasOwnProperty.call(USAGE_WORDS_PL, word) ? `<${USAGE_WORDS_PL[word]}>` : whole));
}

/** A problem with an input file: where it is and what it is. */
interface Located {
  file: string;
  line?: number;
  path: string;
  message: string;
}

class InvalidInput extends Error {
  constructor(readonly problems: Located[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

function locate(source: JsonSource, error: AsystaError): Located[] {
  if (!error.details.length) return [{ file: source.file, path: '', message: error.message }];
  return error.details.map((d) => {
    const line = lineOf(source, d.path);
    return { file: source.file, ...(line ? { line } : {}), path: d.path, message: d.message };
  });
}

/**
 * Read a JSON file, or an InvalidInput saying where and why not. Duplicate keys are warnings on
 * stderr (both lines), `expect` says what the file must hold at its root.
 */
async function load(file: string, cwd: string, locale: Locale, stderr?: CliIo['stderr'], expect?: 'object'): Promise<JsonSource> {
  let source: JsonSource;
  try {
    source = { ...(await readJsonSource(resolve(cwd, file))), file };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new InvalidInput([{ file, line: error.line, path: '', message: cliText('cli.syntax', locale, { reason: `${jsonSyntaxReason(error.message, locale)} (${error.line}:${error.column})` }) }]);
    }
    if (error instanceof JsonSourceError) {
      throw new InvalidInput([{ file, ...(error.line ? { line: error.line } : {}), path: error.pointer, message: describeJsonSourceError(error, locale) }]);
    }
    const reason = (error as { code?: string }).code === 'ENOENT' ? 'ENOENT' : error instanceof Error ? error.message : String(error);
    throw new InvalidInput([{ file, path: '', message: cliText('cli.readError', locale, { reason }) }]);
  }
  for (const d of source.duplicates) {
    stderr?.write(`! ${file}:${d.secondLine} ${d.path || '/'}: ${cliText('cli.duplicateKey', locale, { key: d.key, first: d.firstLine, second: d.secondLine })}\n`);
  }
  const value = source.value;
  if (expect === 'object' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    throw new InvalidInput([{ file, line: 1, path: '', message: translate('problem.notObject', locale, { kind: describeKind(kind, 'given', locale) }) }]);
  }
  return source;
}

function kindOf(file: string, value: unknown): 'pack' | 'profile' | undefined {
  if (file.endsWith('.rules.json')) return 'pack';
  if (file.endsWith('.profile.json')) return 'profile';
  if (value !== null && typeof value === 'object') {
    if ('rules' in value) return 'pack';
    if ('packs' in value) return 'profile';
  }
  return undefined;
}

/** Expand directories into their *.rules.json / *.profile.json files. */
async function expandFiles(paths: string[], cwd: string, suffixes: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    const info = await stat(full).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(full)).filter((n) => suffixes.some((s) => n.endsWith(s))).sort();
      out.push(...names.map((n) => join(path, n)));
    } else {
      out.push(path);
    }
  }
  return out;
}

function formatReference(reference: Reference, locale: Locale): string {
  return [localize(reference.title, locale), reference.article, reference.journal, reference.url].filter(Boolean).join(', ');
}

/**
 * How a rule's values are written in its message (`values[name].format`) or, for a parameter, its
 * `unit`: minutes read "7 godz. 30 min", hours "8 godz.", grosze as money – never a bare 450 beside 8.
 */
function unitsOf(result: RuleResult, packs: readonly RulePack[]): Record<string, string> {
  const pack = [...packs].reverse().find((p) => p.id === result.packId);
  const rule = pack?.rules.find((r) => r.id === result.ruleId);
  const units: Record<string, string> = {};
  for (const [name, parameter] of Object.entries(pack?.parameters ?? {})) units[name] = parameter.unit;
  for (const [name, value] of Object.entries((rule as { values?: Record<string, { format?: string }> } | undefined)?.values ?? {})) {
    if (value.format) units[name] = value.format;
  }
  return units;
}

function formatValues(values: Readonly<Record<string, unknown>>, units: Readonly<Record<string, string>>, locale: Locale): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${typeof value === 'number' ? formatWithUnit(value, units[name], locale) : typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

function formatWithUnit(value: number, unit: string | undefined, locale: Locale): string {
  switch (unit) {
    case 'duration':
    case 'minutes':
      return formatDurationShort(value, locale);
    case 'hours':
      return formatDurationShort(value * 60, locale);
    case 'money':
    case 'grosze':
      return formatMoney(value, locale);
    default:
      return String(value);
  }
}

interface Options {
  locale: Locale;
  json: boolean;
  packs: RulePack[];
  /** The --pack files, in the order of `packs`. */
  packFiles: string[];
  profiles: Profile[];
  asOf: string;
}

async function extraPacks(files: string[], io: CliIo, locale: Locale): Promise<RulePack[]> {
  return (await packSources(files, io, locale)).map((s) => s.value as RulePack);
}

async function packSources(files: string[], io: CliIo, locale: Locale): Promise<JsonSource[]> {
  const sources: JsonSource[] = [];
  for (const file of files) sources.push(await load(file, io.cwd, locale, io.stderr, 'object'));
  return sources;
}

/** The packs a profile file names that lie beside it as <pack id>.rules.json (and are not built in or given). */
async function siblingPacks(file: string, profile: Profile, options: Options, io: CliIo): Promise<RulePack[]> {
  const known = new Set([...builtInPacks, ...options.packs].map((p) => p.id));
  const wanted = (Array.isArray(profile.packs) ? profile.packs : []).filter((id) => typeof id === 'string' && !known.has(id));
  const siblings: string[] = [];
  for (const id of wanted) {
    const candidate = join(dirname(file), `${id}.rules.json`);
    if (await stat(resolve(io.cwd, candidate)).catch(() => undefined)) siblings.push(candidate);
  }
  return extraPacks(siblings, io, options.locale);
}

interface Rules {
  engine: RulesEngine;
  /** Every pack the engine knows, the given ones last (they replace built-in packs of the same id). */
  packs: RulePack[];
}

/**
 * The rules of `--profile` (a built-in id or a *.profile.json file, with the packs beside it) and
 * the `--pack` files. A pack the profile does not use would change nothing: that is an error naming
 * the pack, the profile's packs and the built-in profiles that do use it, never a silent no-op.
 */
async function resolveRules(profileArg: string | undefined, options: Options, io: CliIo): Promise<Rules> {
  const { profile, source } = await resolveProfileArgument(profileArg ?? 'default', io, options.locale);
  const packs = [...options.packs, ...(source && typeof profile === 'object' ? await siblingPacks(source.file, profile, options, io) : [])];
  let engine: RulesEngine;
  try {
    engine = createRulesEngine({ profile, packs, profiles: options.profiles, locale: options.locale });
  } catch (error) {
    if (error instanceof AsystaError) throw new InvalidInput(source ? locate(source, error) : [{ file: profileArg ?? 'default', path: '', message: error.message }]);
    throw error;
  }
  const problems: Located[] = [];
  options.packFiles.forEach((file, i) => {
    const pack = options.packs[i]!;
    if (engine.profile.packs.includes(pack.id)) {
      if (builtInPacks.some((p) => p.id === pack.id)) io.stderr.write(`! ${file}: ${cliText('cli.pack.replaces', options.locale, { id: pack.id })}\n`);
      return;
    }
    const users = builtInProfiles.filter((p) => createRulesEngine({ profile: p.id }).profile.packs.includes(pack.id)).map((p) => p.id);
    problems.push({
      file,
      path: '/id',
      message: cliText(users.length ? 'cli.pack.unused' : 'cli.pack.unusedAnywhere', options.locale, {
        id: pack.id,
        profile: engine.profile.id,
        packs: engine.profile.packs.join(', '),
        users: users.join(', '),
      }),
    });
  });
  if (problems.length) throw new InvalidInput(problems);
  return { engine, packs: [...builtInPacks, ...packs] };
}

async function validateCommand(files: string[], options: Options, io: CliIo): Promise<number> {
  if (!files.length) throw new UsageError('rules validate <file...>');
  const report: { file: string; valid: boolean; problems: Located[] }[] = [];
  for (const file of files) {
    try {
      const source = await load(file, io.cwd, options.locale, io.stderr, 'object');
      const kind = kindOf(file, source.value);
      if (!kind) throw new InvalidInput([{ file, path: '', message: cliText('cli.unknownKind', options.locale) }]);
      try {
        if (kind === 'pack') {
          const pack = source.value as RulePack;
          createRulesEngine({
            profile: { id: 'asysta-validate', title: { pl: 'validate', en: 'validate' }, packs: [typeof pack.id === 'string' ? pack.id : '?'] },
            packs: [...options.packs, pack],
            locale: options.locale,
          });
          report.push({ file, valid: true, problems: [] });
          if (!options.json) io.stdout.write(`✓ ${file}: ${cliText('cli.valid.pack', options.locale, { id: pack.id, rules: formatCount(pack.rules.length, 'rule', options.locale), tests: formatCount(pack.tests.length, 'test', options.locale) })}\n`);
        } else {
          const profile = source.value as Profile;
          const packs = [...options.packs, ...(await siblingPacks(file, profile, options, io))];
          createRulesEngine({ profile, packs, profiles: options.profiles, locale: options.locale });
          report.push({ file, valid: true, problems: [] });
          if (!options.json) io.stdout.write(`✓ ${file}: ${cliText('cli.valid.profile', options.locale, { id: profile.id })}\n`);
        }
      } catch (error) {
        if (error instanceof AsystaError) throw new InvalidInput(locate(source, error));
        throw error;
      }
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      report.push({ file, valid: false, problems: error.problems });
      if (!options.json) {
        for (const p of error.problems) io.stdout.write(`✗ ${p.file}${p.line ? `:${p.line}` : ''} ${p.path || '/'}: ${p.message}\n`);
      }
    }
  }
  if (options.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return report.every((r) => r.valid) ? EXIT_OK : EXIT_INVALID;
}

async function testCommand(paths: string[], options: Options, io: CliIo): Promise<number> {
  const files = await expandFiles(paths, io.cwd, ['.rules.json']);
  // Folders or files given, but no pack among them: say so rather than test the built-in ones.
  if (paths.length && !files.length) {
    throw new InvalidInput(paths.map((path) => ({ file: path, path: '', message: cliText('cli.test.noPacks', options.locale, { path }) })));
  }
  const sources = await packSources(files, io, options.locale);
  const packs = files.length ? sources.map((s) => s.value as RulePack) : [...builtInPacks];
  const all = [...options.packs, ...packs];
  const results = packs.flatMap((pack, i) => {
    try {
      // The pack is checked on its own first, so that its problems point into its file.
      createRulesEngine({ profile: { id: 'asysta-test', title: { pl: 'test', en: 'test' }, packs: [pack.id] }, packs: [...options.packs, pack], locale: options.locale });
      return runPackTests(pack, all);
    } catch (error) {
      if (error instanceof AsystaError) {
        const source = sources[i];
        throw new InvalidInput(source ? locate(source, error) : [{ file: pack.id, path: '', message: error.message }]);
      }
      throw error;
    }
  });
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ passed, failed, results }, null, 2)}\n`);
  } else {
    for (const r of results) {
      io.stdout.write(`${r.passed ? '✓' : '✗'} ${r.pack} › ${r.name}\n`);
      for (const [rule, [expected, actual]] of Object.entries(r.mismatches)) {
        io.stdout.write(`    ${cliText('cli.test.expected', options.locale, { rule, expected, actual })}\n`);
      }
    }
    io.stdout.write(`${cliText('cli.test.summary', options.locale, { passed, failed })}\n`);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function resolveProfileArgument(arg: string, io: CliIo, locale: Locale): Promise<{ profile: string | Profile; source?: JsonSource }> {
  if (!arg.endsWith('.json')) return { profile: arg };
  const source = await load(arg, io.cwd, locale, io.stderr, 'object');
  return { profile: source.value as Profile, source };
}

async function explainCommand(args: string[], values: Record<string, unknown>, options: Options, io: CliIo): Promise<number> {
  const [positional] = args;
  const flag = values['profile'] as string | undefined;
  if (positional && flag && positional !== flag) throw new UsageError(cliText('cli.explain.twoProfiles', options.locale, { positional, flag }));
  const profileArg = positional ?? flag;
  const factsFile = values['facts'];
  const formArg = values['form'];
  const dataFile = values['data'];
  const fromForm = typeof formArg === 'string' && typeof dataFile === 'string';
  if (!profileArg || (typeof factsFile === 'string') === fromForm) throw new UsageError('rules explain <profile> --facts <file.json> | --form <form> --data <data.json>');
  const { engine, packs } = await resolveRules(profileArg, options, io);
  const factsSource = await load(fromForm ? dataFile : (factsFile as string), io.cwd, options.locale, io.stderr, fromForm ? 'object' : undefined);
  let facts = factsSource.value as Record<string, unknown>;
  let kind = values['kind'] as string | undefined;
  if (fromForm) {
    // The rules judge what the form submits: its derived values first (a 7.5 h card is 450 minutes).
    const { definition, source } = await loadDefinition(formArg, io, options.locale);
    try {
      const model = createFormModel(definition, {
        locale: options.locale,
        asOf: options.asOf,
        profile: engine.profile.id,
        engine,
        data: facts,
        ...(formArg.endsWith('.json') ? { validator: nodeValidator(definition) } : {}),
      });
      facts = model.getState().data;
      kind = definition.id;
    } catch (error) {
      throw formError(error, formArg, source, factsSource);
    }
  }
  // A facts file may carry its kind: { "recordKind": "…", "facts": { … } }.
  if (!fromForm && facts && typeof facts === 'object' && typeof facts['recordKind'] === 'string' && 'facts' in facts) {
    kind ??= facts['recordKind'];
    facts = facts['facts'] as Record<string, unknown>;
  }
  if (!kind) throw new InvalidInput([{ file: factsSource.file, path: '/recordKind', message: cliText('cli.explain.noKind', options.locale) }]);
  const evaluateOptions = { recordKind: kind, asOf: options.asOf, locale: options.locale };
  let report;
  try {
    report = values['trace'] ? engine.explain(facts, evaluateOptions) : engine.evaluate(facts, evaluateOptions);
  } catch (error) {
    if (error instanceof AsystaError) throw new InvalidInput(locate(factsSource, error));
    throw error;
  }
  if (options.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(
      `${cliText('cli.explain.header', options.locale, { profile: report.profile, asOf: report.asOf, kind, count: formatCount(report.results.length, 'result', options.locale) })}\n\n`,
    );
    for (const result of report.results) writeResult(result, packs, options.locale, io);
  }
  return report.results.some((r) => r.status === 'fail' || r.status === 'error') ? EXIT_FAILED : EXIT_OK;
}

function writeResult(result: RuleResult, packs: readonly RulePack[], locale: Locale, io: CliIo): void {
  const status = cliText(`cli.status.${result.status}` as CliMessageKey, locale);
  io.stdout.write(`[${status}] ${result.title} (${result.ruleId}) ${result.path || '/'}\n`);
  if (result.message) io.stdout.write(`    ${result.message}\n`);
  if (Object.keys(result.values).length) io.stdout.write(`    ${cliText('cli.explain.values', locale, { values: formatValues(result.values, unitsOf(result, packs), locale) })}\n`);
  io.stdout.write(`    ${cliText('cli.explain.source', locale, { source: formatReference(result.reference, locale) })}\n`);
  if (result.reference.note) io.stdout.write(`    ${cliText('cli.explain.note', locale, { note: localize(result.reference.note, locale) })}\n`);
  for (const step of result.trace ?? []) io.stdout.write(`      ${step.path} = ${JSON.stringify(step.value)}\n`);
  io.stdout.write('\n');
}

/** The built-in profiles: id, title, the profile each extends and the packs it ends up with. */
function listProfilesCommand(options: Options, io: CliIo): number {
  const rows = builtInProfiles.map((p) => ({
    id: p.id,
    title: localize(p.title, options.locale),
    extends: p.extends ?? null,
    packs: createRulesEngine({ profile: p.id, locale: options.locale }).profile.packs,
  }));
  if (options.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT_OK;
  }
  for (const row of rows) {
    const base = row.extends ? cliText('cli.profile.extends', options.locale, { base: row.extends }) : '';
    io.stdout.write(`${cliText('cli.profile.listed', options.locale, { id: row.id, title: row.title, base, packs: row.packs.join(', ') })}\n`);
  }
  return EXIT_OK;
}

async function diffCommand(args: string[], options: Options, io: CliIo): Promise<number> {
  const [profileArg] = args;
  if (!profileArg) throw new UsageError('profile diff <profile>');
  const { profile: requested, source } = await resolveProfileArgument(profileArg, io, options.locale);
  const known = [...builtInProfiles, ...options.profiles];
  const profile = typeof requested === 'string' ? known.find((p) => p.id === requested) : requested;
  let difference;
  try {
    // An unknown id: resolving it gives the located error (with the profiles there are).
    if (!profile) createRulesEngine({ profile: requested, packs: options.packs, profiles: options.profiles, locale: options.locale });
    difference = diffProfile({ profile: profile!, packs: options.packs, profiles: options.profiles, asOf: options.asOf, locale: options.locale });
  } catch (error) {
    if (error instanceof AsystaError) throw new InvalidInput(source ? locate(source, error) : [{ file: profileArg, path: '', message: error.message }]);
    throw error;
  }
  const p = profile!;
  const packsById = new Map([...builtInPacks, ...options.packs].map((pack) => [pack.id, pack]));
  const { addedPacks: added, parameters, disabledRules: disabled } = difference;
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ profile: p.id, base: p.extends ?? null, addedPacks: added, parameters, disabledRules: disabled }, null, 2)}\n`);
    return EXIT_OK;
  }
  const title = localize(p.title, options.locale);
  io.stdout.write(
    `${p.extends ? cliText('cli.diff.header', options.locale, { id: p.id, title, base: p.extends }) : cliText('cli.diff.noBase', options.locale, { id: p.id, title })}\n`,
  );
  for (const id of added) {
    const pack = packsById.get(id);
    io.stdout.write(`  ${cliText('cli.diff.pack', options.locale, { id, title: pack ? localize(pack.title, options.locale) : id })}\n`);
  }
  for (const change of parameters) {
    const from = change.from ? cliText('cli.diff.from', options.locale, { date: change.from }) : '';
    io.stdout.write(`  ${cliText('cli.diff.parameter', options.locale, { name: change.name, before: String(change.before ?? '—'), after: change.after, from, reason: change.reason })}\n`);
  }
  for (const d of disabled) io.stdout.write(`  ${cliText('cli.diff.disabled', options.locale, { id: d.rule, reason: d.reason })}\n`);
  if (!added.length && !parameters.length && !disabled.length) io.stdout.write(`  ${cliText('cli.diff.none', options.locale)}\n`);
  return EXIT_OK;
}

/** A validator compiled in Node for a definition that is not built in (the CLI may use ajv's compiler). */
function nodeValidator(definition: FormDefinition): DataValidator {
  const ajv = new Ajv({ allErrors: true, strict: true, keywords: ['tsType'] });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv.compile(withDomainDefinitions(definition.schema)) as DataValidator;
}

/** A form model's AsystaError located: the data's own problems in the data file, a broken definition in its file. */
function formError(error: unknown, formArg: string, definitionSource: JsonSource | undefined, dataSource: JsonSource): unknown {
  if (!(error instanceof AsystaError)) return error;
  const inData = error.code === 'error.input.limits' || error.code === 'error.data.notObject';
  const source = inData ? dataSource : definitionSource;
  return new InvalidInput(source ? locate(source, error) : [{ file: formArg, path: '', message: error.message }]);
}

async function loadDefinition(arg: string, io: CliIo, locale: Locale): Promise<{ definition: FormDefinition; source?: JsonSource }> {
  if (!arg.endsWith('.json')) {
    try {
      return { definition: getFormDefinition(arg, locale) };
    } catch (error) {
      if (error instanceof AsystaError) throw new InvalidInput([{ file: arg, path: '', message: error.message }]);
      throw error;
    }
  }
  const source = await load(arg, io.cwd, locale, io.stderr, 'object');
  return { definition: source.value as FormDefinition, source };
}

async function formsCommand(command: string | undefined, args: string[], values: Record<string, unknown>, options: Options, io: CliIo): Promise<number> {
  const { locale } = options;
  if (command === 'list') {
    const forms = listForms();
    if (options.json) io.stdout.write(`${JSON.stringify(forms, null, 2)}\n`);
    else for (const f of forms) io.stdout.write(`${f.id.padEnd(28)} ${f.version.padEnd(8)} ${localize(f.title, locale)}\n`);
    return EXIT_OK;
  }
  if (command === 'validate' || command === 'compile') {
    if (!args.length) throw new UsageError(`forms ${command} <definition.json...>`);
    const { engine } = await resolveRules(values['profile'] as string | undefined, options, io);
    const definitions: FormDefinition[] = [];
    let invalid = false;
    for (const file of args) {
      const { definition, source } = await loadDefinition(file, io, locale);
      try {
        // The schema must compile, and then the whole definition is checked as the form model would.
        const validator = (() => {
          try {
            return nodeValidator(definition);
          } catch (error) {
            throw new InvalidInput([{ file, path: '/schema', message: (error as Error).message }]);
          }
        })();
        createFormModel(definition, { validator, locale, profile: engine.profile.id, engine });
        definitions.push(definition);
        if (command === 'validate' && !options.json) io.stdout.write(`✓ ${file}: ${cliText('cli.valid.form', locale, { id: definition.id })}\n`);
      } catch (error) {
        const problems =
          error instanceof InvalidInput ? error.problems : error instanceof AsystaError ? (source ? locate(source, error) : [{ file, path: '', message: error.message }]) : undefined;
        if (!problems) throw error;
        invalid = true;
        for (const p of problems) io.stdout.write(`✗ ${p.file}${p.line ? `:${p.line}` : ''} ${p.path || '/'}: ${p.message}\n`);
      }
    }
    if (invalid) return EXIT_INVALID;
    if (command === 'compile') {
      const out = values['out'];
      if (typeof out !== 'string') throw new UsageError('forms compile <definition.json...> --out <file.js>');
      const header = `// Precompiled by \`asysta forms compile\` – do not edit. Forms: ${definitions.map((d) => d.id).join(', ')}.\n`;
      await writeFile(resolve(io.cwd, out), compileFormValidators(definitions, '@asysta/core', header));
      io.stdout.write(`✓ ${cliText('cli.forms.compiled', locale, { file: out, forms: definitions.map((d) => `${d.id} (${formExportName(d.id)})`).join(', ') })}\n`);
    }
    return EXIT_OK;
  }
  if (command === 'check') {
    const [formArg, dataFile] = args;
    if (!formArg || !dataFile) throw new UsageError('forms check <form> <data.json>');
    const { definition, source: definitionSource } = await loadDefinition(formArg, io, locale);
    const dataSource = await load(dataFile, io.cwd, locale, io.stderr, 'object');
    let validator: DataValidator | undefined;
    if (formArg.endsWith('.json')) {
      try {
        validator = nodeValidator(definition);
      } catch (error) {
        throw new InvalidInput([{ file: formArg, path: '/schema', message: (error as Error).message }]);
      }
    }
    const { engine } = await resolveRules(values['profile'] as string | undefined, options, io);
    let result;
    try {
      result = validateSubmission(definition, dataSource.value, {
        locale,
        asOf: options.asOf,
        profile: engine.profile.id,
        engine,
        ...(validator ? { validator } : {}),
      });
    } catch (error) {
      throw formError(error, formArg, definitionSource, dataSource);
    }
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ valid: result.valid, errors: result.errors, warnings: result.warnings, report: result.report }, null, 2)}\n`);
    } else {
      const counts = { errors: formatCount(result.errors.length, 'error', locale), warnings: formatCount(result.warnings.length, 'warning', locale) };
      io.stdout.write(`${result.valid ? '✓' : '✗'} ${dataFile}: ${cliText(result.valid ? 'cli.forms.valid' : 'cli.forms.invalid', locale, counts)}\n`);
      for (const [mark, issues] of [['✗', result.errors], ['!', result.warnings]] as const) {
        for (const issue of issues) {
          const line = lineOf(dataSource, issue.path);
          io.stdout.write(`  ${mark} ${dataFile}${line ? `:${line}` : ''} ${issue.path || '/'}: ${issue.message}\n`);
        }
      }
    }
    return result.valid ? EXIT_OK : EXIT_FAILED;
  }
  if (command === 'types') {
    const [formArg] = args;
    if (!formArg) throw new UsageError('forms types <form>');
    const { definition } = await loadDefinition(formArg, io, locale);
    const name = formExportName(definition.id).replace(/^./, (c) => c.toUpperCase());
    const ts = await compileTypes({ ...withDomainDefinitions(definition.schema), title: name } as never, name, {
      bannerComment: `/** Data of the form "${definition.id}" ${definition.version}: ${localize(definition.title, locale)}. Generated by \`asysta forms types\`. */`,
      additionalProperties: false,
      format: true,
      style: { singleQuote: true, printWidth: 120 },
    });
    io.stdout.write(ts);
    return EXIT_OK;
  }
  throw new UsageError(['forms', command].filter(Boolean).join(' '));
}

/** Run the command line; returns the exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = 'pl';
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        locale: { type: 'string' },
        json: { type: 'boolean' },
        pack: { type: 'string', multiple: true },
        facts: { type: 'string' },
        form: { type: 'string' },
        data: { type: 'string' },
        kind: { type: 'string' },
        'as-of': { type: 'string' },
        profile: { type: 'string' },
        out: { type: 'string' },
        trace: { type: 'boolean' },
        assistant: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.locale !== undefined) {
      if (!isLocale(values.locale)) throw new UsageError(`--locale ${values.locale}`);
      locale = values.locale;
    }
    const [group, command, ...rest] = positionals;
    if (values.help || !group) {
      const help = (group && command && commandHelp(`${group} ${command}`, locale)) || (group && groupHelp(group, locale)) || generalHelp(locale);
      io.stdout.write(help);
      return values.help ? EXIT_OK : EXIT_INVALID;
    }
    const asOf = values['as-of'] ?? todayInWarsaw();
    if (!isDate(asOf)) throw new UsageError(translate('error.asOf.invalid', locale, { value: asOf }));
    const packFiles = await packSources(values.pack ?? [], io, locale);
    // Each --pack is checked on its own, so that its problems point into its file.
    for (const source of packFiles) {
      try {
        createRulesEngine({ packs: [source.value as RulePack], locale });
      } catch (error) {
        if (error instanceof AsystaError) throw new InvalidInput(locate(source, error));
        throw error;
      }
    }
    const options: Options = {
      locale,
      json: values.json ?? false,
      packs: packFiles.map((s) => s.value as RulePack),
      packFiles: packFiles.map((s) => s.file),
      profiles: [],
      asOf,
    };
    if (group === 'rules' && command === 'validate') return await validateCommand(rest, options, io);
    if (group === 'rules' && command === 'test') return await testCommand(rest, options, io);
    if (group === 'rules' && command === 'explain') return await explainCommand(rest, values, options, io);
    if (group === 'profile' && command === 'list') return listProfilesCommand(options, io);
    if (group === 'profile' && command === 'diff') return await diffCommand(rest, options, io);
    if (group === 'forms') return await formsCommand(command, rest, values, options, io);
    if (group === 'case') return await caseCommand(command, rest, { locale, json: options.json, asOf, profile: values.profile, assistant: values.assistant }, io);
    throw new UsageError([group, command].filter(Boolean).join(' '));
  } catch (error) {
    if (error instanceof InvalidInput) {
      for (const p of error.problems) io.stderr.write(`✗ ${p.file}${p.line ? `:${p.line}` : ''} ${p.path || '/'}: ${p.message}\n`);
      return EXIT_INVALID;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${cliText('cli.usage', locale, { reason: usageIn((error as Error).message, locale) })}\n`);
      return EXIT_INVALID;
    }
    if (error instanceof AsystaError) {
      io.stderr.write(`✗ ${error.message}\n`);
      return EXIT_INVALID;
    }
    throw error;
  }
}
