/**
 * What the rules playground knows about the files being edited – framework-free, so that it is
 * tested in Node as well as shown in the page. Each problem is located three ways: the file, the
 * JSON Pointer and the line (and the span an editor underlines), with the message in the locale:
 * JSON syntax, the published format's shape, then what the engine checks when it loads the packs
 * and the profile (operators, arities, parameters, placeholders, known packs and rules).
 */
import { cliText } from '@asysta/cli/messages';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import {
  AsystaError,
  jsonSyntaxReason,
  parsePointer,
  validateProfileShape,
  validateRulePackShape,
  type Locale,
  type Profile,
  type RulePack,
} from '@asysta/core';
import {
  builtInPacks,
  createRulesEngine,
  diffProfile,
  runPackTests,
  type PackTestResult,
  type ProfileDifference,
  type RulesEngine,
} from '@asysta/rules';

export interface EditedFile {
  /** The file name shown and exported ("moj-ops.profile.json"). */
  name: string;
  /** A data file is only parsed (the form itself checks the data). */
  kind: 'profile' | 'pack' | 'data';
  text: string;
}

export interface Problem {
  file: string;
  pointer: string;
  /** 1-based. */
  line: number;
  column: number;
  /** The span to underline (offsets into the file's text). */
  from: number;
  to: number;
  message: string;
}

/** How an edited pack differs from the built-in pack of its id. */
export interface PackChange {
  pack: string;
  parameters: { name: string; before: string; after: string }[];
  addedRules: string[];
  removedRules: string[];
  changedRules: string[];
}

export interface Analysis {
  problems: Problem[];
  /** Set when every file is valid. */
  profile?: Profile;
  packs: RulePack[];
  engine?: RulesEngine;
  tests: PackTestResult[];
  difference?: ProfileDifference;
  packChanges: PackChange[];
}

interface Parsed {
  file: EditedFile;
  tree: Node | undefined;
  value: unknown;
}

/** Where each line starts, for offsets → line and column. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/**
 * The span of a pointer in a parsed file: a property's name when the pointer ends at a property, an
 * item when at an item; a pointer to something missing is shown at its nearest existing parent.
 */
export function locatePointer(tree: Node | undefined, pointer: string): { from: number; to: number } {
  if (!tree) return { from: 0, to: 0 };
  const tokens = parsePointer(pointer).map((token) => (/^\d+$/.test(token) ? Number(token) : token));
  for (let length = tokens.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, tokens.slice(0, length));
    if (!node) continue;
    const property = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    const shown = property ?? node;
    // A whole object or array would underline a screenful: its first line is enough.
    const to = shown.type === 'object' || shown.type === 'array' ? shown.offset + 1 : shown.offset + shown.length;
    return { from: shown.offset, to };
  }
  return { from: 0, to: 0 };
}

function problemAt(parsed: Parsed, pointer: string, message: string): Problem {
  const { from, to } = locatePointer(parsed.tree, pointer);
  const { line, column } = position(parsed.file.text, from);
  return { file: parsed.file.name, pointer: pointer || '/', line, column, from, to, message };
}

function syntaxMessage(error: ParseError, locale: Locale): string {
  return cliText('cli.syntax', locale, { reason: jsonSyntaxReason(printParseErrorCode(error.error), locale) });
}

/** A file's JSON value, or its syntax errors located (in the locale). */
export function parseJsonFile(file: Pick<EditedFile, 'name' | 'text'>, locale: Locale): { value: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  const { value } = parse({ ...file, kind: 'data' }, locale, problems);
  return { value, problems };
}

function parse(file: EditedFile, locale: Locale, problems: Problem[]): Parsed {
  const errors: ParseError[] = [];
  const tree = parseTree(file.text, errors, { disallowComments: true, allowTrailingComma: false });
  for (const error of errors) {
    const { line, column } = position(file.text, error.offset);
    problems.push({ file: file.name, pointer: '', line, column, from: error.offset, to: error.offset + Math.max(1, error.length), message: syntaxMessage(error, locale) });
  }
  let value: unknown;
  if (!errors.length) value = JSON.parse(file.text);
  return { file, tree, value };
}

/** The problems of an AsystaError from the engine, each in the file its `source` names. */
function locateEngineError(error: AsystaError, parsed: Parsed[], fallback: Parsed): Problem[] {
  const fileOf = (source: string | undefined): Parsed => {
    const [kind, id] = (source ?? '').split(':');
    const found = parsed.find((p) => {
      const value = p.value as { id?: unknown } | undefined;
      if (kind === 'pack') return p.file.kind === 'pack' && value?.id === id;
      if (kind === 'profile') return p.file.kind === 'profile' && value?.id === id;
      return false;
    });
    return found ?? fallback;
  };
  if (!error.details.length) return [problemAt(fallback, '', error.message)];
  return error.details.map((detail) => problemAt(fileOf(detail.source), detail.path, detail.message));
}

function packChange(pack: RulePack, locale: Locale): PackChange | undefined {
  const builtIn = builtInPacks.find((p) => p.id === pack.id);
  if (!builtIn) return undefined;
  const since = locale === 'en' ? 'from' : 'od';
  const dated = (values: readonly { from: string; value: number }[] | undefined) => (values ?? []).map((v) => `${v.value} (${since} ${v.from})`).join(', ') || '—';
  const names = [...new Set([...Object.keys(builtIn.parameters), ...Object.keys(pack.parameters)])];
  const parameters = names
    .filter((name) => JSON.stringify(builtIn.parameters[name]?.values) !== JSON.stringify(pack.parameters[name]?.values))
    .map((name) => ({
      name,
      before: dated(builtIn.parameters[name]?.values),
      after: dated(pack.parameters[name]?.values),
    }));
  const before = new Map(builtIn.rules.map((r) => [r.id, JSON.stringify(r)]));
  const after = new Map(pack.rules.map((r) => [r.id, JSON.stringify(r)]));
  const change: PackChange = {
    pack: pack.id,
    parameters,
    addedRules: [...after.keys()].filter((id) => !before.has(id)),
    removedRules: [...before.keys()].filter((id) => !after.has(id)),
    changedRules: [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id)),
  };
  const changed = change.parameters.length + change.addedRules.length + change.removedRules.length + change.changedRules.length;
  return changed ? change : undefined;
}

/** Everything the page shows about the files, as of a date. Never throws for what is typed. */
export function analyse(files: readonly EditedFile[], asOf: string, locale: Locale): Analysis {
  const problems: Problem[] = [];
  const parsed = files.filter((file) => file.kind !== 'data').map((file) => parse(file, locale, problems));
  const profileFile = parsed.find((p) => p.file.kind === 'profile');
  const packFiles = parsed.filter((p) => p.file.kind === 'pack');
  const empty: Analysis = { problems, packs: [], tests: [], packChanges: [] };
  if (!profileFile) return empty;

  for (const p of parsed) {
    if (p.value === undefined) continue;
    const shape = p.file.kind === 'profile' ? validateProfileShape(p.value, locale) : validateRulePackShape(p.value, locale);
    for (const issue of shape) problems.push(problemAt(p, issue.path, issue.message));
  }
  if (problems.length) return empty;

  const packs = packFiles.map((p) => p.value as RulePack);
  const profile = profileFile.value as Profile;
  // Each pack on its own first, so that its problems point into its file, then the profile.
  for (const p of packFiles) {
    try {
      createRulesEngine({ profile: { id: 'asysta-playground', title: { pl: 'plac zabaw', en: 'playground' }, packs: [(p.value as RulePack).id] }, packs, locale });
    } catch (error) {
      if (!(error instanceof AsystaError)) throw error;
      problems.push(...locateEngineError(error, parsed, p));
    }
  }
  let engine: RulesEngine | undefined;
  if (!problems.length) {
    try {
      engine = createRulesEngine({ profile, packs, locale });
    } catch (error) {
      if (!(error instanceof AsystaError)) throw error;
      problems.push(...locateEngineError(error, parsed, profileFile));
    }
  }
  if (!engine || problems.length) return { ...empty, packs, profile };

  const tests = packs.flatMap((pack) => runPackTests(pack, packs, [profile]));
  const difference = diffProfile({ profile, packs, asOf, locale });
  const packChanges = packs.map((pack) => packChange(pack, locale)).filter((c): c is PackChange => c !== undefined);
  return { problems, profile, packs, engine, tests, difference, packChanges };
}

/** The built-in profile and the packs it runs, as the files an administrator starts from. */
export function builtInFiles(profile: Profile, packIds: readonly string[]): EditedFile[] {
  const text = (value: unknown, schema: string) => `${JSON.stringify({ $schema: schema, ...(value as object) }, null, 2)}\n`;
  const strip = <T extends object>(value: T) => {
    const { $schema: _schema, ...rest } = value as T & { $schema?: string };
    return rest;
  };
  return [
    { name: `${profile.id}.profile.json`, kind: 'profile', text: text(strip(profile), 'https://asysta.dev/schemas/profile.schema.json') },
    ...packIds.map((id): EditedFile => {
      const pack = builtInPacks.find((p) => p.id === id)!;
      return { name: `${id}.rules.json`, kind: 'pack', text: text(strip(pack), 'https://asysta.dev/schemas/rule-pack.schema.json') };
    }),
  ];
}

